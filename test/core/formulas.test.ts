import { noData, RETENTION_HEADER, retentionRate, type FormulaEnv } from '../../src/core/formulas';
import { tipePelanggan } from '../../src/core/customerFormulas';
import { monthly, purchases, salesSheet } from '../support/build';

// 2025-06-30 10:00 WIB
const env: FormulaEnv = { timeZone: 'Asia/Jakarta', now: new Date(Date.UTC(2025, 5, 30, 3)) };
const sales = salesSheet([
  ...monthly('Sri', '2025-01', 6),
  ...purchases('Ani', ['2025-06-29']),
  ['2025-06-01', 'Joko', 5000, 'Hutang'],
]);

describe('TIPE_PELANGGAN', () => {
  it('one name in, one value out; the reference date defaults to today in the zone', () => {
    expect(tipePelanggan('Sri', sales, '', '', '', env)).toBe('A');
    expect(tipePelanggan('  ani ', sales, undefined, undefined, undefined, env)).toBe('B');
  });

  it('a column in, a column out; blank names give blank cells; unknown names "Tidak ada data"', () => {
    expect(tipePelanggan([['Sri'], [''], ['Joko'], ['Siapa']], sales, '', '', 'tipe', env)).toEqual([
      ['A'],
      [''],
      ['C'],
      [noData()],
    ]);
  });

  it('"semua" gives type, reason and action side by side', () => {
    const out = tipePelanggan([['Joko']], sales, '', '', 'semua', env) as unknown[][];
    expect(out[0]).toEqual([
      'C',
      expect.stringMatching(/belanja hutang/),
      expect.stringMatching(/tanpa hutang/),
    ]);
    expect(tipePelanggan('Sri', sales, '', '', 'alasan', env)).toMatch(/tidak pernah hutang/);
    expect(tipePelanggan('Sri', sales, '', '', 'tindakan', env)).toMatch(/Pertahankan/);
  });

  it('the customer table with its header uses its referral and complaint columns and lines up with its rows', () => {
    const table = [
      ['Nama', 'No HP', 'Direferensikan Oleh', 'Komplain'],
      ['Sri', '0812', '', ''],
      ['', '', '', ''],
      ['Ani', '', 'Sri', ''],
    ];
    expect(tipePelanggan(table, sales, '', '', '', env)).toEqual([['Tipe Pelanggan'], ['A'], [''], ['B']]);
    const noReferral = [
      ['Nama', 'Direferensikan Oleh'],
      ['Sri', ''],
    ];
    expect(tipePelanggan(noReferral, sales, '', '', 'semua', env)).toEqual([
      ['Tipe Pelanggan', 'Alasan', 'Tindakan'],
      ['B', expect.stringMatching(/belum mereferensikan/), expect.any(String)],
    ]);
  });

  it('takes the reference date as a Date, a serial number or text', () => {
    const june2 = new Date(Date.UTC(2025, 5, 1, 17)); // 2 June 2025 00:00 WIB
    expect(tipePelanggan('Ani', sales, '', june2, '', env)).toBe(noData());
    expect(tipePelanggan('Ani', sales, '', '30/06/2025', '', env)).toBe('B');
    expect(tipePelanggan('Ani', sales, '', 45838, '', env)).toBe('B'); // 2025-06-30
  });

  it('explains a missing column, a non-range argument and an unknown output in Indonesian', () => {
    expect(() => tipePelanggan('Sri', [['Tanggal', 'Nama']], '', '', '', env)).toThrow(
      /"Total" \(dicari: Total, Jumlah/,
    );
    expect(() => tipePelanggan('Sri', 'Penjualan', '', '', '', env)).toThrow(/harus berupa rentang/);
    expect(() => tipePelanggan('Sri', sales, '', '', 'warna', env)).toThrow(/keluaran tidak dikenal/);
    expect(() => tipePelanggan('Sri', sales, '', 'besok', '', env)).toThrow(/tanggal_acuan tidak terbaca/);
  });
});

describe('RETENTION_RATE', () => {
  const shop = salesSheet([
    ...purchases('a', ['2025-04-05', '2025-05-05']),
    ...purchases('b', ['2025-04-06']),
    ...purchases('c', ['2025-05-07']),
  ]);

  it('returns the rate of the latest period that ends on or before the reference date', () => {
    expect(retentionRate(shop, 'bulan', '2025-05-31', '', env)).toBe(0.5);
    expect(retentionRate(shop, '', '2025-06-15', '', env)).toBe(0.5); // June is not over: May is the latest
    expect(retentionRate(shop, '', '2025-06-30', '', env)).toBe(0); // June is over and no one came back
  });

  it('spills the whole table with keluaran "tabel"', () => {
    const table = retentionRate(shop, 'bulan', '2025-05-31', 'tabel', env) as unknown[][];
    expect(table[0]).toEqual(RETENTION_HEADER);
    expect(table.slice(1)).toEqual([
      // The first month of the data has no month before it: "awal data", not 0 retained or all new.
      ['Apr 2025', 2, 'awal data', 'awal data', 'awal data', 'awal data', 'awal data', 'awal data'],
      ['Mei 2025', 2, 1, 0, 1, 0.5, 10000, 10000],
    ]);
  });

  it('explains when there is nothing to compute', () => {
    expect(retentionRate(shop, 'bulan', '2025-04-30', '', env)).toBe('awal data');
    // July follows a June without customers: no rate, and it is not the start of the data.
    const gap = salesSheet([...purchases('a', ['2025-05-05']), ...purchases('b', ['2025-07-05'])]);
    expect(() => retentionRate(gap, 'bulan', '2025-07-31', '', env)).toThrow(/belum bisa dihitung/);
    expect(() => retentionRate(shop, 'hari', '', '', env)).toThrow(/Periode tidak dikenal/);
  });
});
