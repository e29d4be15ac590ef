/**
 * CSV in and out. Reading keeps the file as its bytes and cuts a record into cells only when the
 * core asks for it (a million-row file is never held as a million arrays, nor as one string); a
 * record with a quote goes through csv-parse, the rest is split on the delimiter. The sales
 * reader takes the rows coded per column instead (csvCodes.ts). Writing is plain text, numbers
 * already rounded by the caller.
 */
import { parse } from 'csv-parse/sync';
import type { Grid } from '../core/read/grid';
import { grown } from '../core/read/typedArrays';
import type { RowCoder } from '../core/read/codedRows';
import { codeCsvRows, type RecordIndex } from './csvCodes';

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

const NEWLINE = 10;
const RETURN = 13;
const QUOTE = 34;

/** One pass over the bytes (indexOf is memchr): a newline inside quotes does not end a record. */
function indexRecords(bytes: Buffer, from: number): RecordIndex {
  let start = new Int32Array(1024);
  let end = new Int32Array(1024);
  let quoted = new Uint8Array(1024);
  let count = 0;
  let pos = from;
  let nextQuote = bytes.indexOf(QUOTE, pos);
  while (pos < bytes.length) {
    let nl = bytes.indexOf(NEWLINE, pos);
    if (nl < 0) nl = bytes.length;
    let hasQuote = 0;
    if (nextQuote >= 0 && nextQuote < nl) {
      hasQuote = 1;
      // Walk quote pairs until the newline that lies outside any quote.
      let inQuote = false;
      let i = pos;
      for (; i < bytes.length; i++) {
        const b = bytes[i];
        if (b === QUOTE) inQuote = !inQuote;
        else if (b === NEWLINE && !inQuote) break;
      }
      nl = i;
      nextQuote = bytes.indexOf(QUOTE, nl);
    }
    if (count === start.length) {
      start = grown(start, count * 2);
      end = grown(end, count * 2);
      quoted = grown(quoted, count * 2);
    }
    start[count] = pos;
    end[count] = nl > pos && bytes[nl - 1] === RETURN ? nl - 1 : nl;
    quoted[count] = hasQuote;
    count++;
    pos = nl + 1;
  }
  return { count, start, end, quoted };
}

/** A CSV file for the core: `rows` as its Grid, `rowAt` the fast way to the same rows. */
export interface CsvTable {
  rows: Grid;
  rowAt: (index: number) => string[];
  /** The rows' cells coded per column, for the core's sales reader. */
  codes: RowCoder;
  delimiter: Delimiter;
  /** The first `count` rows as a Grid of their own. */
  head: (count: number) => Grid;
  /** Where row `index` starts in the file's bytes (a worker reads from there itself). */
  byteOffset: (index: number) => number;
  /** Lets the file's bytes go once it is read: the table is empty afterwards. */
  release: () => void;
}

const NO_RECORDS: RecordIndex = {
  count: 0,
  start: new Int32Array(0),
  end: new Int32Array(0),
  quoted: new Uint8Array(0),
};

const BOM = [0xef, 0xbb, 0xbf];
/** Bytes decoded to find the delimiter: the first lines are enough. */
const SNIFF_BYTES = 16384;

/**
 * The CSV file (its UTF-8 bytes, or a text) as the core's Grid: rows[i] is cut from the bytes when
 * read, so only the row in hand is an array, and the file is never one big string. Behaves as a
 * read-only array (length, index, iteration, slice); indexing goes through a Proxy, so the core's
 * row loop takes `rowAt` (or `codes`) instead.
 */
export function csvTable(input: Uint8Array | string, knownDelimiter?: Delimiter): CsvTable {
  let bytes =
    typeof input === 'string'
      ? Buffer.from(input, 'utf8')
      : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const from = BOM.every((b, i) => bytes[i] === b) ? BOM.length : 0;
  const delimiter = knownDelimiter ?? sniffDelimiter(bytes.toString('utf8', from, from + SNIFF_BYTES));
  const delimiterByte = delimiter.charCodeAt(0);
  let records = indexRecords(bytes, from);
  const quotedCells = (i: number): string[] =>
    (parse(bytes.toString('utf8', records.start[i], records.end[i]), {
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
    })[0] as string[] | undefined) ?? [''];
  let cachedIndex = -1;
  let cachedRow: string[] = [];
  const rowAt = (i: number): string[] => {
    if (i === cachedIndex) return cachedRow;
    cachedRow = records.quoted[i]
      ? quotedCells(i)
      : bytes.toString('utf8', records.start[i], records.end[i]).split(delimiter);
    cachedIndex = i;
    return cachedRow;
  };
  const codes: RowCoder = (columns, count) =>
    codeCsvRows({ bytes, records, delimiter: delimiterByte, quotedCells, cells: rowAt }, columns, count);
  const head = (count: number) => lazyGrid(() => Math.min(count, records.count), rowAt);
  const rows = lazyGrid(() => records.count, rowAt);
  const release = () => {
    bytes = Buffer.alloc(0);
    records = NO_RECORDS;
    cachedIndex = -1;
    cachedRow = [];
  };
  const byteOffset = (index: number) => (index < records.count ? records.start[index] : bytes.length);
  return { rows, rowAt, codes, delimiter, head, byteOffset, release };
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

/**
 * A text cell: quoted only when it holds a quote, comma or line break. A text starting with = + -
 * @, a tab or a carriage return gets an apostrophe before it, so a spreadsheet opening the file
 * shows it as text and never runs it as a formula (OWASP CSV injection); numbers are not text.
 */
export function csvText(s: string): string {
  const safe = FORMULA_START.test(s) ? "'" + s : s;
  return /[",\r\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
}

const FORMULA_START = /^[=+\-@\t\r]/;

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
