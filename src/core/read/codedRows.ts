/**
 * A sheet's cells as codes per column: cells holding the same value share a code. A sales book
 * repeats a few thousand names, a few hundred dates and a handful of payment words a million
 * times, so the reader works out what a value means once per code (CodeMemo) and per row only
 * looks codes up. The command line codes its CSV bytes as it cuts them (src/cli/csvCodes.ts);
 * a sheet's grid (formulas, the menu) is coded here, as it is read.
 */
import type { Grid } from './grid';
import { isBlank } from './text';
import { isDate } from './dates';
import type { InvoiceTable } from './invoiceNumbers';

export interface CodedRows {
  /** Rows coded: rows 0 .. length - 1 of the sheet's grid. */
  readonly length: number;
  /** The codes of every row's cell in `column` (one of the columns coded), by row. */
  codesOf(column: number): Int32Array;
  /** Whether `column` is coded; a column of mostly distinct values may be left as it is. */
  coded(column: number): boolean;
  /** Row `row`'s cell in `column`. */
  cell(row: number, column: number): unknown;
  /** The cell value a code stands for (undefined for a row without that cell). */
  value(column: number, code: number): unknown;
  /** Whether every cell of the row is blank. */
  blank(row: number): boolean;
  /**
   * Ids for the cells of a coded `column` numbered by the coder itself, equal exactly when
   * `normalize` makes their texts equal: only a coder holding its cells as bytes has them (the
   * command line's CSV), and a column of half a million invoice numbers then makes no string.
   */
  byteIds?(column: number, normalize: (text: string) => string): ByteIds | undefined;
}

/** A coder's own numbering of a column's cells (see CodedRows.byteIds). */
export interface ByteIds extends InvoiceTable {
  /** The id of the cells coded `code`; -1 for those `normalize` leaves empty. */
  idOf(code: number): number;
}

/** The cells of `columns` of a sheet's rows [0, rows), coded by the sheet's own source. */
export type RowCoder = (columns: readonly number[], rows: number) => CodedRows;

/** What a code of one column means (never undefined), worked out the first time the code is met. */
export class CodeMemo<T> {
  private readonly known: T[] = [];
  constructor(private readonly meaning: (value: unknown) => T) {}

  of(rows: CodedRows, column: number, code: number): T {
    const known = this.known[code];
    if (known !== undefined) return known;
    return (this.known[code] = this.meaning(rows.value(column, code)));
  }
}

/**
 * A grid coded as it is read: one table per column, Dates by their time (a sheet hands a new Date
 * object for every cell), other values as they are (a string, a number, true).
 */
export class GridCodes implements CodedRows {
  private readonly tables = new Map<number, ColumnTable>();
  private readonly codes = new Map<number, Int32Array>();
  private readonly rowAt: (index: number) => readonly unknown[] | undefined;

  /** Codes `columns` of the grid; other columns are read as they are. */
  constructor(
    grid: Grid,
    readonly length: number,
    private readonly ignoreColumn: number,
    columns: readonly number[],
    rowAt?: (index: number) => readonly unknown[],
  ) {
    this.rowAt = rowAt ?? ((index) => grid[index]);
    for (const column of columns) this.tables.set(column, new ColumnTable());
  }

  coded(column: number): boolean {
    return this.tables.has(column);
  }

  codesOf(column: number): Int32Array {
    let codes = this.codes.get(column);
    if (codes === undefined) {
      const table = this.tables.get(column) as ColumnTable;
      codes = new Int32Array(this.length);
      for (let r = 0; r < this.length; r++) codes[r] = table.code(this.rowAt(r)?.[column]);
      this.codes.set(column, codes);
    }
    return codes;
  }

  value(column: number, code: number): unknown {
    return this.tables.get(column)?.values[code];
  }

  cell(row: number, column: number): unknown {
    return this.rowAt(row)?.[column];
  }

  blank(row: number): boolean {
    const cells = this.rowAt(row);
    if (!cells) return true;
    for (let c = 0; c < cells.length; c++) if (c !== this.ignoreColumn && !isBlank(cells[c])) return false;
    return true;
  }
}

/** One column's codes; a Date by its time (a sheet hands a new Date object for every cell). */
class ColumnTable {
  readonly values: unknown[] = [undefined];
  private readonly byValue = new Map<unknown, number>([[undefined, 0]]);
  private readonly byTime = new Map<number, number>();
  private last: unknown = undefined;
  private lastCode = 0;

  code(value: unknown): number {
    // Item rows of one sale repeat the row above.
    if (value === this.last) return this.lastCode;
    const date = typeof value === 'object' && value !== null && isDate(value);
    const table = date ? this.byTime : this.byValue;
    const key = date ? (value as Date).getTime() : value;
    let code = table.get(key as never);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      table.set(key as never, code);
    }
    this.last = value;
    this.lastCode = code;
    return code;
  }
}
