/**
 * Sheet I/O in blocks of rows: a million-row sheet in one getValues or setValues is too large a
 * call for Apps Script, and one call per row is far too many. The calls grow with
 * rows / rowsPerChunk, never with the rows themselves.
 */
import { ReadOutOfTime, type Budget } from './budget';
import type { SheetApi } from './services';

/** Cells per getValues / setValues call. */
export const CHUNK_CELLS = 200_000;

export function rowsPerChunk(columns: number): number {
  return Math.max(1, Math.floor(CHUNK_CELLS / Math.max(columns, 1)));
}

/** Calls needed to move `rows` rows of `columns` columns. */
export function chunkCount(rows: number, columns: number): number {
  return rows > 0 ? Math.ceil(rows / rowsPerChunk(columns)) : 0;
}

/** Progress of the reads of one run, across sheets, for the budget and its message. */
export class ReadProgress {
  rowsRead = 0;
  constructor(
    readonly budget: Budget,
    readonly rowsTotal: number,
    /** Cells still to read in all sheets of this run. */
    public cellsLeft: number,
  ) {}
  /** Throws ReadOutOfTime when the rest of the reading would not leave time to finish the run. */
  check(): void {
    if (!this.budget.readFits(this.cellsLeft))
      throw new ReadOutOfTime(this.rowsRead, this.rowsTotal, Math.round(this.budget.elapsedMs() / 1000));
  }
}

/**
 * Rows 1..rows, columns 1..columns of the sheet, read chunk by chunk. With a progress, each chunk
 * is read only when the rest of the reading still fits the budget (else ReadOutOfTime is thrown).
 */
export function readRows(
  sheet: SheetApi,
  rows: number,
  columns: number,
  progress?: ReadProgress,
): unknown[][] {
  const grid: unknown[][] = [];
  if (rows < 1 || columns < 1) return grid;
  const step = rowsPerChunk(columns);
  for (let row = 1; row <= rows; row += step) {
    const n = Math.min(step, rows - row + 1);
    const read = () => sheet.getRange(row, 1, n, columns).getValues();
    let part: unknown[][];
    if (progress) {
      progress.check();
      part = progress.budget.time('read', n * columns, read);
      progress.rowsRead += n;
      progress.cellsLeft -= n * columns;
    } else part = read();
    for (const line of part) grid.push(line);
  }
  return grid;
}

/** Writes a block of rows at (row, column) in chunks; every row has the same width. */
export function writeRows(
  sheet: SheetApi,
  row: number,
  column: number,
  values: readonly unknown[][],
  budget?: Budget,
): void {
  const width = values[0]?.length ?? 0;
  if (width === 0) return;
  const step = rowsPerChunk(width);
  for (let start = 0; start < values.length; start += step) {
    const part = values.slice(start, start + step) as unknown[][];
    const write = () => sheet.getRange(row + start, column, part.length, width).setValues(part);
    if (budget) budget.time('write', part.length * width, write);
    else write();
  }
}
