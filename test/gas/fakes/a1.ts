/** A1 notation as Sheets reads it: "B2", "A1:C3", whole columns "E:E" and whole rows "3:3". */
export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Parses A1 notation against a sheet of the given size; whole columns/rows span the sheet. */
export function parseA1(a1: string, maxRows: number, maxColumns: number): Rect & { wholeColumns: boolean } {
  const m = /^([A-Z]+)?(\d+)?(?::([A-Z]+)?(\d+)?)?$/i.exec(a1.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`Range not found: ${a1}`);
  const [, c1, r1, c2, r2] = m;
  const startColumn = c1 ? columnNumber(c1) : 1;
  const startRow = r1 ? Number(r1) : 1;
  const single = a1.indexOf(':') < 0;
  const endColumn = single ? startColumn : c2 ? columnNumber(c2) : c1 ? startColumn : maxColumns;
  const endRow = single ? startRow : r2 ? Number(r2) : r1 && !c1 ? startRow : maxRows;
  const wholeColumns = !single && !r1 && !r2 && !!c1 && !!c2;
  if (single && (!c1 || !r1)) throw new Error(`Range not found: ${a1}`);
  return {
    row: Math.min(startRow, endRow),
    column: Math.min(startColumn, endColumn),
    numRows: Math.abs(endRow - startRow) + 1,
    numColumns: Math.abs(endColumn - startColumn) + 1,
    wholeColumns,
  };
}

export function a1Of(r: Rect): string {
  const start = `${columnLetters(r.column)}${r.row}`;
  if (r.numRows === 1 && r.numColumns === 1) return start;
  return `${start}:${columnLetters(r.column + r.numColumns - 1)}${r.row + r.numRows - 1}`;
}
