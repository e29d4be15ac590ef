/**
 * CSV in and out. Reading keeps the file as one string and cuts a record into cells only when the
 * core asks for it (a million-row file is never held as a million arrays); a record with a quote
 * goes through csv-parse, the rest is split on the delimiter. Writing is plain text, numbers
 * already rounded by the caller.
 */
import { parse } from 'csv-parse/sync';
import type { Grid } from '../core/read/headers';
import { grown } from '../core/read/typedArrays';

export type Delimiter = ',' | ';' | '\t';

const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];
const HEAD_LINES = 10;

function countOf(line: string, ch: string): number {
  return line.split(ch).length - 1;
}

/**
 * The delimiter of the header line: among the first lines, the header is the one without digits
 * (data lines carry dates and amounts such as "1,5 jt" whose commas mislead) that holds the most
 * delimiters; a title line above it holds fewer. Without such a line, all first lines count.
 */
export function sniffDelimiter(text: string): Delimiter {
  const lines = text
    .replace(/^\uFEFF/, '')
    .slice(0, 16384)
    .split(/\r?\n/)
    .slice(0, HEAD_LINES)
    .map((l) => l.replace(/"[^"]*"/g, '""'))
    .filter((l) => l.trim() !== '');
  const headerLike = lines.filter((l) => !/\d/.test(l));
  const best = (candidates: string[]) => {
    let pick: { delimiter: Delimiter; count: number } = { delimiter: ',', count: 0 };
    for (const line of candidates)
      for (const d of DELIMITERS) {
        const count = countOf(line, d);
        if (count > pick.count) pick = { delimiter: d, count };
      }
    return pick;
  };
  const header = best(headerLike);
  return header.count > 0 ? header.delimiter : best(lines).delimiter;
}

/** Where each record of the text starts and ends, and whether it holds a quote. */
interface RecordIndex {
  count: number;
  start: Int32Array;
  end: Int32Array;
  quoted: Uint8Array;
}

/** One pass with indexOf: a newline inside quotes does not end a record. */
function indexRecords(text: string, from: number): RecordIndex {
  let start = new Int32Array(1024);
  let end = new Int32Array(1024);
  let quoted = new Uint8Array(1024);
  let count = 0;
  let pos = from;
  let nextQuote = text.indexOf('"', pos);
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let hasQuote = 0;
    if (nextQuote >= 0 && nextQuote < nl) {
      hasQuote = 1;
      // Walk quote pairs until the newline that lies outside any quote.
      let inQuote = false;
      let i = pos;
      for (; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 34) inQuote = !inQuote;
        else if (ch === 10 && !inQuote) break;
      }
      nl = i;
      nextQuote = text.indexOf('"', nl);
    }
    if (count === start.length) {
      start = grown(start, count * 2);
      end = grown(end, count * 2);
      quoted = grown(quoted, count * 2);
    }
    start[count] = pos;
    end[count] = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    quoted[count] = hasQuote;
    count++;
    pos = nl + 1;
  }
  return { count, start, end, quoted };
}

/** The cells of text[start, end) split on the delimiter, as `split` would, without the line's own copy. */
function splitRecord(text: string, start: number, end: number, delimiter: string): string[] {
  const cells: string[] = [];
  let pos = start;
  for (;;) {
    const next = text.indexOf(delimiter, pos);
    if (next < 0 || next >= end) {
      cells.push(text.slice(pos, end));
      return cells;
    }
    cells.push(text.slice(pos, next));
    pos = next + 1;
  }
}

/** A CSV file for the core: `rows` as its Grid, `rowAt` the fast way to the same rows. */
export interface CsvTable {
  rows: Grid;
  rowAt: (index: number) => string[];
  delimiter: Delimiter;
  /** The first `count` rows as a Grid of their own. */
  head: (count: number) => Grid;
  /** Where row `index` starts in the file's UTF-8 bytes (a worker reads from there itself). */
  byteOffset: (index: number) => number;
  /** Lets the file's text go once it is read: the table is empty afterwards. */
  release: () => void;
}

const NO_RECORDS: RecordIndex = {
  count: 0,
  start: new Int32Array(0),
  end: new Int32Array(0),
  quoted: new Uint8Array(0),
};

/**
 * The CSV text as the core's Grid: rows[i] is cut from the text when read, so only the row in
 * hand is an array. Behaves as a read-only array (length, index, iteration, slice); indexing goes
 * through a Proxy, so the core's row loop takes `rowAt` instead.
 */
export function csvTable(raw: string, knownDelimiter?: Delimiter): CsvTable {
  const bom = raw.charCodeAt(0) === 0xfeff;
  let text = bom ? raw.slice(1) : raw;
  const delimiter = knownDelimiter ?? sniffDelimiter(text);
  let records = indexRecords(text, 0);
  let cachedIndex = -1;
  let cachedRow: string[] = [];
  const rowAt = (i: number): string[] => {
    if (i === cachedIndex) return cachedRow;
    const start = records.start[i];
    const end = records.end[i];
    cachedRow = records.quoted[i]
      ? ((parse(text.slice(start, end), { delimiter, relax_quotes: true, relax_column_count: true })[0] as
          string[] | undefined) ?? [''])
      : splitRecord(text, start, end, delimiter);
    cachedIndex = i;
    return cachedRow;
  };
  const head = (count: number) => lazyGrid(() => Math.min(count, records.count), rowAt);
  const rows = lazyGrid(() => records.count, rowAt);
  const release = () => {
    text = '';
    records = NO_RECORDS;
    cachedIndex = -1;
    cachedRow = [];
  };
  const byteOffset = (index: number) =>
    (bom ? 3 : 0) +
    Buffer.byteLength(index < records.count ? text.slice(0, records.start[index]) : text, 'utf8');
  return { rows, rowAt, delimiter, head, byteOffset, release };
}

/** A read-only array of `length()` rows, each cut by `rowAt` when indexed. */
function lazyGrid(length: () => number, rowAt: (index: number) => string[]): Grid {
  return new Proxy([] as string[][], {
    get(target, prop, receiver) {
      if (prop === 'length') return length();
      if (typeof prop === 'string') {
        const c = prop.charCodeAt(0);
        if (c >= 48 && c <= 57) {
          const i = Number(prop);
          return Number.isInteger(i) && i < length() ? rowAt(i) : undefined;
        }
      }
      return Reflect.get(target, prop, receiver);
    },
    has(target, prop) {
      if (typeof prop === 'string' && /^\d+$/.test(prop)) return Number(prop) < length();
      return Reflect.has(target, prop);
    },
  });
}

export function csvGrid(raw: string): Grid {
  return csvTable(raw).rows;
}

/** Every row of a CSV text at once (tests and small files). */
export function parseCsv(text: string): string[][] {
  const grid = csvGrid(text);
  const rows: string[][] = [];
  for (let i = 0; i < grid.length; i++) rows.push([...(grid[i] as string[])]);
  return rows;
}

/** A text cell: quoted only when it holds a quote, comma or line break. */
export function csvText(s: string): string {
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  // A number's text never holds a quote, comma or line break.
  if (typeof v === 'number') return String(v);
  return csvText(typeof v === 'string' ? v : String(v));
}

/** CSV lines of the rows; cells are written as given (round numbers before). */
export function csvLine(row: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) line += (i ? ',' : '') + csvCell(row[i]);
  return line + '\n';
}

export function toCsv(rows: Iterable<readonly unknown[]>): string {
  let out = '';
  for (const row of rows) out += csvLine(row);
  return out;
}
