/**
 * The cells of a CSV file coded per column straight from its bytes (src/core/read/codedRows.ts):
 * each cell's bytes are hashed while its end is sought and looked up in its column's table, so a
 * name or a date met a million times is decoded once and no string is made per row. Records with
 * a quote are cut by csv-parse, as the grid does, and their cells looked up the same way.
 */
import type { ByteIds, CodedRows } from '../core/read/codedRows';
import type { ByteTexts, InvoiceNumbers } from '../core/read/invoiceNumbers';
import { isBlank } from '../core/read/text';
import { grown } from '../core/read/typedArrays';
import { EMPTY, slotTable } from '../core/read/interner';

/** FNV-1a, 32 bits. */
const FNV_START = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** Where each record starts and ends in the bytes, and whether it holds a quote. */
export interface RecordIndex {
  count: number;
  start: Int32Array;
  end: Int32Array;
  quoted: Uint8Array;
}

/** One column's distinct cells: their bytes kept in one store, decoded when the core asks. */
class ColumnCodes {
  private slots = new Int32Array(256).fill(EMPTY);
  private hashes = new Int32Array(64);
  private starts = new Int32Array(64);
  private lengths = new Int32Array(64);
  private store: Buffer = Buffer.allocUnsafe(1024);
  private stored = 0;
  private readonly texts: (string | undefined)[] = [];
  /** Code 0 is a row without this cell; texts have codes from 1. */
  private size = 1;

  /** The code of bytes[start, end), whose FNV-1a hash is `hash`. */
  code(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const length = end - start;
    // Item rows of one sale repeat the row above: compared before the table is probed.
    const last = this.lastCode;
    if (
      last > 0 &&
      this.hashes[last] === hash &&
      this.lengths[last] === length &&
      this.same(last, bytes, start, length)
    )
      return last;
    return (this.lastCode = this.probe(bytes, start, length, hash));
  }

  private lastCode = 0;

  private probe(bytes: Uint8Array, start: number, length: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const code = this.slots[slot];
      if (code === EMPTY) return this.add(slot, bytes, start, length, hash);
      if (
        this.hashes[code] === hash &&
        this.lengths[code] === length &&
        this.same(code, bytes, start, length)
      )
        return code;
    }
  }

  text(code: number): string | undefined {
    if (code === 0) return undefined;
    let text = this.texts[code];
    if (text === undefined) {
      text = this.store.toString('utf8', this.starts[code], this.starts[code] + this.lengths[code]);
      this.texts[code] = text;
    }
    return text;
  }

  private same(code: number, bytes: Uint8Array, start: number, length: number): boolean {
    const store = this.store;
    const at = this.starts[code];
    for (let k = 0; k < length; k++) if (store[at + k] !== bytes[start + k]) return false;
    return true;
  }

  private add(slot: number, bytes: Uint8Array, start: number, length: number, hash: number): number {
    const code = this.size++;
    if (code >= this.hashes.length) {
      this.hashes = grown(this.hashes, code * 2);
      this.starts = grown(this.starts, code * 2);
      this.lengths = grown(this.lengths, code * 2);
    }
    if (this.stored + length > this.store.length) {
      const store = Buffer.allocUnsafe(Math.max(this.store.length * 2, this.stored + length));
      this.store.copy(store, 0, 0, this.stored);
      this.store = store;
    }
    // Copied byte by byte: cells are short, and a subarray would be an object per new text.
    for (let k = 0; k < length; k++) this.store[this.stored + k] = bytes[start + k];
    this.hashes[code] = hash;
    this.starts[code] = this.stored;
    this.lengths[code] = length;
    this.stored += length;
    this.slots[slot] = code;
    // Kept at most half full, so a probe ends within a few slots.
    if (this.size * 2 > this.slots.length) this.rehash();
    return code;
  }

  private rehash(): void {
    this.slots = slotTable(this.hashes, 1, this.size, this.slots.length * 2);
  }

  /**
   * The code of the `normalize`d text of `code`'s cells (-1 when that is empty): the code itself
   * for ASCII bytes without a space at either end, which normalizing (trimming) leaves as they are.
   * Any other text is decoded, normalized and coded again (a new code when it is new), so two codes
   * come to one exactly when their normalized texts are one.
   */
  canonical(code: number, normalize: (text: string) => string): number {
    const length = this.lengths[code];
    if (code === 0 || length === 0) return -1;
    if (isTrimmedAscii(this.store, this.starts[code], length)) return code;
    const text = normalize(this.text(code) ?? '');
    if (text === '') return -1;
    const bytes = Buffer.from(text, 'utf8');
    return this.code(bytes, 0, bytes.length, hashOf(bytes, 0, bytes.length));
  }

  /** The codes' bytes, as views (code 0 and any code no cell normalizes to included). */
  byteTexts(): ByteTexts {
    const size = this.size;
    return {
      size,
      store: new Uint8Array(this.store.buffer, this.store.byteOffset, this.stored),
      starts: this.starts.subarray(0, size),
      lengths: this.lengths.subarray(0, size),
      hashes: this.hashes.subarray(0, size),
    };
  }
}

/** Printable ASCII at both ends and ASCII throughout: trim() takes nothing, decoding changes nothing. */
function isTrimmedAscii(bytes: Uint8Array, start: number, length: number): boolean {
  const [first, last] = [bytes[start], bytes[start + length - 1]];
  if (first <= 32 || first >= 127 || last <= 32 || last >= 127) return false;
  for (let k = 1; k < length - 1; k++) if (bytes[start + k] >= 128) return false;
  return true;
}

const UNSEEN = -2;

/** A column's cells numbered by their codes (CodedRows.byteIds): ids are codes of `table`. */
class ColumnIds implements ByteIds {
  private ids = new Int32Array(0);

  constructor(
    private readonly table: ColumnCodes,
    private readonly normalize: (text: string) => string,
  ) {}

  idOf(code: number): number {
    if (code >= this.ids.length) {
      const ids = new Int32Array(Math.max(code + 1, this.ids.length * 2)).fill(UNSEEN);
      ids.set(this.ids);
      this.ids = ids;
    }
    const known = this.ids[code];
    return known !== UNSEEN ? known : (this.ids[code] = this.table.canonical(code, this.normalize));
  }

  numbers(): InvoiceNumbers {
    return { bytes: this.table.byteTexts() };
  }

  /** Another part's ids (codes of its own table) as codes of this one, by their bytes. */
  idsOf(other: InvoiceNumbers): Int32Array {
    if (!('bytes' in other)) throw new Error('parts of one file number their invoices alike');
    const { size, store, starts, lengths, hashes } = other.bytes;
    const to = new Int32Array(size).fill(-1);
    for (let k = 1; k < size; k++)
      to[k] = this.table.code(store, starts[k], starts[k] + lengths[k], hashes[k]);
    return to;
  }
}

function hashOf(bytes: Uint8Array, start: number, end: number): number {
  let hash = FNV_START;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
  return hash;
}

/** Bytes trim() takes for blank: tab, line feed, vertical tab, form feed, carriage return, space. */
const isAsciiSpace = (b: number) => b === 32 || (b >= 9 && b <= 13);

/** Row flags: blank (every cell empty), not blank, or to be checked on its text. */
const BLANK = 0;
const NOT_BLANK = 1;
const CHECK = 2;

export interface CsvSource {
  bytes: Buffer;
  records: RecordIndex;
  delimiter: number;
  /** The cells of a record holding a quote, as the grid gives them. */
  quotedCells: (index: number) => string[];
  /** The cells of any record, as the grid gives them (rows to check for blank). */
  cells: (index: number) => readonly string[];
}

/** Codes `columns` of records [0, rows) of the file. */
export function codeCsvRows(source: CsvSource, columns: readonly number[], rows: number): CodedRows {
  const width = columns.reduce((m, c) => Math.max(m, c + 1), 0);
  const slotOf = new Int32Array(width).fill(-1);
  columns.forEach((c, i) => (slotOf[c] = i));
  const tables = columns.map(() => new ColumnCodes());
  const codes = columns.map(() => new Int32Array(rows));
  const flags = new Uint8Array(rows);
  const { bytes, records, delimiter } = source;
  for (let r = 0; r < rows; r++) {
    if (records.quoted[r]) {
      flags[r] = codeQuoted(source.quotedCells(r), r, slotOf, tables, codes);
      continue;
    }
    const end = records.end[r];
    // A row is surely not blank when a cell starts with a visible ASCII character (nearly every
    // row, at its first cell); any other row is checked on its text.
    let flag = BLANK;
    let from = records.start[r];
    for (let column = 0; ; column++) {
      const slot = column < width ? slotOf[column] : -1;
      let i = from;
      if (slot >= 0) {
        let hash = FNV_START;
        for (let b = bytes[i]; i < end && b !== delimiter; b = bytes[++i])
          hash = Math.imul(hash ^ b, FNV_PRIME);
        codes[slot][r] = tables[slot].code(bytes, from, i, hash);
      } else while (i < end && bytes[i] !== delimiter) i++;
      if (flag !== NOT_BLANK && i > from)
        flag = bytes[from] < 128 && !isAsciiSpace(bytes[from]) ? NOT_BLANK : CHECK;
      if (i >= end) break;
      from = i + 1;
    }
    flags[r] = flag;
  }
  return {
    length: rows,
    coded: (column) => column < width && slotOf[column] >= 0,
    codesOf: (column) => codes[slotOf[column]],
    value: (column, code) => tables[slotOf[column]].text(code),
    cell: (row, column) => tables[slotOf[column]].text(codes[slotOf[column]][row]),
    blank: (row) => (flags[row] === CHECK ? source.cells(row).every(isBlank) : flags[row] === BLANK),
    byteIds: (column, normalize) =>
      column < width && slotOf[column] >= 0 ? new ColumnIds(tables[slotOf[column]], normalize) : undefined,
  };
}

/** A quoted record's cells, looked up by their UTF-8 bytes as unquoted cells are. */
function codeQuoted(
  cells: readonly string[],
  r: number,
  slotOf: Int32Array,
  tables: ColumnCodes[],
  codes: Int32Array[],
): number {
  for (let column = 0; column < cells.length && column < slotOf.length; column++) {
    const slot = slotOf[column];
    if (slot < 0) continue;
    const cell = Buffer.from(cells[column], 'utf8');
    codes[slot][r] = tables[slot].code(cell, 0, cell.length, hashOf(cell, 0, cell.length));
  }
  return cells.every(isBlank) ? BLANK : NOT_BLANK;
}
