/** A sheet's grid coded per column: what the sales reader looks up instead of each cell. */
import { CodeMemo, GridCodes } from '../../../src/core/read/codedRows';

describe('GridCodes', () => {
  const day = (d: number) => new Date(Date.UTC(2025, 0, d));
  const grid = [
    ['Tanggal', 'Pelanggan', 'Total', 'Tipe'],
    [day(5), 'Sri', 15000, 'A'],
    [day(5), 'Sri', 15000],
    [day(6), 'Budi', '15000', 'B'],
    ['', ' ', null, 'C'],
  ];

  it('gives cells holding the same value one code: Dates by their day, text and numbers as they are', () => {
    const rows = new GridCodes(grid, grid.length, 3, [0, 1, 2]);
    const code = (r: number, c: number) => rows.codesOf(c)[r];
    expect(code(1, 0)).toBe(code(2, 0)); // two Date objects of one day
    expect(code(3, 0)).not.toBe(code(1, 0));
    expect(code(1, 1)).toBe(code(2, 1));
    expect(code(1, 2)).not.toBe(code(3, 2)); // 15000 and "15000" are different cells
    expect(rows.value(2, code(3, 2))).toBe('15000');
    expect(rows.coded(2)).toBe(true);
    expect(rows.coded(3)).toBe(false);
    expect(rows.cell(3, 3)).toBe('B');
  });

  it('calls a row blank when every cell but the ignored column is blank', () => {
    const rows = new GridCodes(grid, grid.length, 3, [0]);
    expect([1, 2, 3, 4].map((r) => rows.blank(r))).toEqual([false, false, false, true]);
    expect(new GridCodes(grid, grid.length, -1, [0]).blank(4)).toBe(false);
    expect(rows.blank(9)).toBe(true);
  });

  it('works out a meaning once per code', () => {
    const rows = new GridCodes(grid, grid.length, -1, [1]);
    const seen: unknown[] = [];
    const memo = new CodeMemo((v) => (seen.push(v), String(v).toUpperCase()));
    const names = [1, 2, 3, 1].map((r) => memo.of(rows, 1, rows.codesOf(1)[r]));
    expect(names).toEqual(['SRI', 'SRI', 'BUDI', 'SRI']);
    expect(seen).toEqual(['Sri', 'Budi']);
  });
});
