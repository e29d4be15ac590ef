import { analyze } from '../../../src/core/engine';
import { parseSettings } from '../../../src/core/settings';
import { noPurchase, skippedRow, typeColumn } from '../../../src/core/report/typeColumn';
import { d, run } from '../../support/build';

describe('the type column beside the owner rows', () => {
  const sales = [
    ['Laporan Penjualan'],
    [''],
    ['Tanggal', 'Pelanggan', 'Total', 'Pembayaran'],
    ['2026-10-01', 'Sri', 10000, 'Tunai'],
    ['bukan tanggal', 'Sri', 10000, 'Tunai'],
    ['', '', '', ''],
    ['2026-10-02', 'Joko', 5000, 'Kasbon'],
    ['TOTAL', '', 25000, ''],
  ];
  const customers = [['Nama'], ['Sri'], ['Baru Kenal']];
  const a = run({ sales, customers }, '2026-11-20');

  it('starts at the header row and gives each readable row its customer type', () => {
    const col = typeColumn(a, 'sales', 'Penjualan', sales.length);
    expect(col).toEqual({
      headerRow: 3,
      values: ['Tipe Pelanggan', 'B', skippedRow(), '', 'C', ''],
    });
  });

  it('marks customer-sheet people without purchases, and skips sheets not read', () => {
    // "Baru Kenal" has no contact detail and no purchase: a Suspek on the ladder.
    expect(typeColumn(a, 'customers', 'Pelanggan', 3)?.values).toEqual(['Tipe Pelanggan', 'B', 'Suspek']);
    const twice = run({ sales, customers: [...customers, ['Baru Kenal']] }, '2026-11-20');
    expect(typeColumn(twice, 'customers', 'Pelanggan', 4)?.values[3]).toBe(noPurchase());
    expect(typeColumn(a, 'debts', 'Hutang', 10)).toBeNull();
  });

  it('blanks rows past the data when our old column reaches further down', () => {
    expect(typeColumn(a, 'sales', 'Penjualan', sales.length + 2)?.values.slice(-3)).toEqual(['', '', '']);
  });

  it('ignores our own previous column when deciding whether a row is blank', () => {
    // Row 6 was emptied by the owner but still holds our old "B" in column E.
    const withOld = sales.map((r, i) => [...r, i === 5 ? 'B' : '']);
    const options = { settings: parseSettings({}), referenceDay: d('2026-11-20'), timeZone: 'Asia/Jakarta' };
    const naive = analyze({ sales: { name: 'Penjualan', rows: withOld } }, options);
    const aware = analyze({ sales: { name: 'Penjualan', rows: withOld, ignoreColumn: 4 } }, options);
    expect(naive.issues.map((i) => i.row)).toEqual([5, 6]);
    expect(aware.issues.map((i) => i.row)).toEqual([5]);
  });
});
