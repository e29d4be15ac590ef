/** Peluang Aktif and Prediksi Beli in the shipped bundle: the menu's sheets and the two formulas. */
import { sampleWorld, sheetRows } from './support/workbook';

describe('BG/NBD in dist/Code.js on the sample workbook', () => {
  const w = sampleWorld();
  w.run();

  it('adds "Peluang Aktif" as a percentage and "Prediksi Beli" with two decimals to Segmentasi Pelanggan', () => {
    const sheet = w.spreadsheet.sheet('Segmentasi Pelanggan');
    const rows = sheet.peek();
    const alive = rows[0].indexOf('Peluang Aktif');
    const expected = rows[0].indexOf('Prediksi Beli');
    expect(alive).toBeGreaterThan(0);
    expect(expected).toBe(alive + 1);
    expect(sheet.formatAt(2, alive + 1).numberFormat).toBe('0.0%');
    expect(sheet.formatAt(2, expected + 1).numberFormat).toBe('#,##0.00');
    const wati = rows.find((r) => r[0] === 'Ibu Wati') as unknown[];
    expect(wati[alive]).toBeGreaterThan(0.5);
    expect(wati[alive]).toBeLessThanOrEqual(1);
    expect(wati[expected]).toBeGreaterThan(0);
  });

  it('shows the expected purchases of the next 90 days in Ringkasan Segmentasi', () => {
    const rows = w.spreadsheet.sheet('Ringkasan Segmentasi').peek();
    const title = rows.findIndex((r) => r[0] === 'Akan beli lagi? Perkiraan dari model BG/NBD');
    expect(title).toBeGreaterThan(0);
    const line = rows
      .slice(title)
      .find((r) => String(r[0]).startsWith('Perkiraan jumlah pembelian')) as unknown[];
    expect(line[0]).toBe('Perkiraan jumlah pembelian 90 hari ke depan (semua pelanggan)');
    expect(line[1]).toMatch(/^\d+(,\d)?$/);
  });

  it('answers PELUANG_AKTIF and PREDIKSI_BELI with the same numbers as the sheet for the sales alone', () => {
    const sales = sheetRows('penjualan.csv');
    const ref = w.bundle.evaluate<Date>('new Date(Date.UTC(2026, 10, 19, 17))'); // 20/11/2026 WIB
    const alive = w.bundle.call('PELUANG_AKTIF', [['Ibu Wati'], ['']], sales, ref) as unknown[][];
    expect(alive[1]).toEqual(['']);
    expect(alive[0][0]).toBeGreaterThan(0.5);
    expect(alive[0][0]).toBeLessThanOrEqual(1);
    const d30 = w.bundle.call('PREDIKSI_BELI', 'Ibu Wati', sales, 30, ref) as number;
    const d90 = w.bundle.call('PREDIKSI_BELI', 'Ibu Wati', sales, '', ref) as number;
    expect(d30).toBeGreaterThan(0);
    expect(d90).toBeGreaterThan(d30);
  });

  it('shows why instead of a number when too few customers came back', () => {
    const few = [
      ['Tanggal', 'Pelanggan', 'Total'],
      ['2026-10-01', 'Sri', 10000],
      ['2026-11-01', 'Sri', 10000],
    ];
    expect(() => w.bundle.call('PELUANG_AKTIF', 'Sri', few, '2026-11-20')).toThrow(
      /baru 1 pelanggan yang belanja lebih dari sekali, perlu paling sedikit 30/,
    );
  });
});
