/** CSV in and out with a real CSV library: comma or semicolon, UTF-8 with or without BOM. */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** Picks ; or , by which one the first lines use more (Indonesian Excel exports use ;). */
export function sniffDelimiter(text: string): ',' | ';' {
  const head = text
    .slice(0, 8192)
    .split(/\r?\n/)
    .slice(0, 10)
    .join('\n')
    .replace(/"[^"]*"/g, '');
  const count = (ch: string) => head.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export function parseCsv(text: string): string[][] {
  return parse(text, {
    bom: true,
    delimiter: sniffDelimiter(text.replace(/^\uFEFF/, '')),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    trim: false,
  }) as string[][];
}

export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return stringify(rows as unknown[][], { bom: false, record_delimiter: 'unix' });
}
