/**
 * The reading report in words: one table (the top block of "Ringkasan Segmentasi" and the command
 * line's bacaan.csv) and the lines the command line prints. Every word from the catalogue.
 */
import { msg } from '../i18n';
import type { CellExample } from '../read/assumptions';
import type { CountedAssumption, ReadColumn, ReadingReport, ReadSheet } from './readingReport';
import type { Table, TableCell } from './table';

export function sheetLine(s: ReadSheet): [string, string, string] {
  const r = msg().reading;
  return [r.kinds[s.kind], r.sheetValue(s.name, s.rows), s.how ? r.how[s.how] : ''];
}

export function columnWhy(c: ReadColumn): string {
  const why = msg().reading.columnWhy;
  // The amount line names the quantity passed over; the quantity's line names the amount taken.
  if (c.by === 'quantity')
    return c.field === 'qty' ? why.quantity(c.header, c.other) : why.quantity(c.other, c.header);
  if (c.by === 'subtotal') return why.subtotal(c.other, c.header);
  return why[c.by];
}

export function columnLine(c: ReadColumn): [string, string, string] {
  const r = msg().reading;
  return [r.role(r.kinds[c.kind], c.label), c.header, columnWhy(c)];
}

export function exampleText(e: CellExample): string {
  return msg().reading.example(e.sheet, e.row, e.column, e.cell);
}

export function assumptionLine(a: CountedAssumption): [string, string, string] {
  const r = msg().reading;
  return [r.assumptions[a.kind], r.count(a.count), a.examples.map(exampleText).join('; ')];
}

/** Four text columns: part, what, read as, why or examples; one row per sheet, column and guess. */
export function readingTable(report: ReadingReport): Table {
  const r = msg().reading;
  const h = r.columns;
  const rows: TableCell[][] = [
    ...report.sheets.map((s) => [r.parts.sheet, ...sheetLine(s)]),
    ...report.columns.map((c) => [r.parts.column, ...columnLine(c)]),
    ...report.assumptions.map((a) => [r.parts.assumption, ...assumptionLine(a)]),
  ];
  return {
    title: r.title,
    columns: [h.part, h.what, h.value, h.why].map((header) => ({ header, kind: 'text' as const })),
    rows,
  };
}

/** The printed report: a heading, then one line per sheet, column and guess. */
export function readingLines(report: ReadingReport): string[] {
  const r = msg().reading;
  const line = ([what, value, why]: [string, string, string]) =>
    `  - ${what}: ${value}${why ? ` (${why})` : ''}`;
  return [
    r.heading,
    ...report.sheets.map((s) => line(sheetLine(s))),
    ...report.columns.map((c) => line(columnLine(c))),
    ...report.assumptions.map((a) => line(assumptionLine(a))),
  ];
}
