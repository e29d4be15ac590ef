/** DOMAIN 1: a row's problem is reported under the owner's own column header. */
import { run } from '../../support/build';

describe("messages name the owner's own column", () => {
  it('an unreadable amount names "nominal", not our "Total"', () => {
    const sales = [
      ['tanggal', 'nama.pembeli', 'nominal'],
      ['2025-01-05', 'Sri', 'sepuluh'],
      ['tgl salah', 'Sri', 1000],
      ['2025-01-06', '', 1000],
    ];
    const a = run({ sales }, '2025-01-31');
    expect(a.issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'nominal'],
      [3, 'tanggal'],
      [4, 'nama.pembeli'],
    ]);
  });
});
