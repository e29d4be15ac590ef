/**
 * Belanja per Kunjungan Mendatang and Nilai Pelanggan in the shipped bundle (DOMAIN 9b): the two
 * columns of Segmentasi Pelanggan, the Ringkasan block, and BELANJA_MENDATANG / NILAI_PELANGGAN
 * answering as the sheet does and reading the saved settings.
 */
import { run as analyse } from '../support/build';
import { gammaGammaSpend, irregularShop } from '../support/randomShop';
import { worthFor } from '../../src/core/models/valuePrediction';
import { sampleWorld, sheetRows, world } from './support/workbook';

const SETTINGS_KEY = 'segmentasi.pengaturan';
const sales = irregularShop(60, undefined, gammaGammaSpend());

function shop(settings: object = {}) {
  return world((f) => {
    f.spreadsheet.addSheet('Penjualan', sales);
    f.properties.store.set(SETTINGS_KEY, JSON.stringify({ tanggalAcuan: '2026-11-20', ...settings }));
  });
}

describe('the value columns and block after a menu run', () => {
  const w = shop();
  w.run();
  const core = analyse({ sales }, '2026-11-20');
  const worth = worthFor(core);

  it('puts "Belanja per Kunjungan Mendatang" and "Nilai Pelanggan" after Prediksi Beli, in whole rupiah', () => {
    const sheet = w.spreadsheet.sheet('Segmentasi Pelanggan');
    const rows = sheet.peek();
    const spend = rows[0].indexOf('Belanja per Kunjungan Mendatang');
    expect(spend).toBe(rows[0].indexOf('Prediksi Beli') + 1);
    expect(rows[0][spend + 1]).toBe('Nilai Pelanggan');
    expect(sheet.formatAt(2, spend + 1).numberFormat).toBe(
      sheet.formatAt(2, rows[0].indexOf('Total Belanja') + 1).numberFormat,
    );
    for (const row of rows.slice(1)) {
      const c = core.byKey.get(core.nameKey(row[0]))!;
      const want = worth.byKey.get(c.measures.key)!;
      expect(row[spend]).toBe(Math.round(want.spend));
      expect(row[spend + 1]).toBe(Math.round(want.value!));
    }
  });

  it('has the value block in Ringkasan Segmentasi', () => {
    const rows = w.spreadsheet.sheet('Ringkasan Segmentasi').peek();
    const title = rows.findIndex((r) => r[0] === 'Berapa nilai pelanggan? Perkiraan dari model Gamma-Gamma');
    expect(title).toBeGreaterThan(0);
    const total = rows.slice(title).find((r) => r[0] === 'Nilai semua pelanggan, 12 bulan ke depan')!;
    expect(total[1]).toMatch(/^Rp \d{1,3}(\.\d{3})*$/);
  });
});

describe('BELANJA_MENDATANG and NILAI_PELANGGAN', () => {
  const core = analyse({ sales }, '2026-11-20');
  const worth = worthFor(core);
  const name = 'Pelanggan 7';
  const key = core.nameKey(name);
  const ref = '2026-11-20';

  it('answer as the sheet: whole rupiah, for one name and a column with a blank', () => {
    const w = shop();
    expect(w.bundle.call('BELANJA_MENDATANG', name, sales, ref)).toBe(
      Math.round(worth.byKey.get(key)!.spend),
    );
    expect(w.bundle.call('NILAI_PELANGGAN', [[name], ['']], sales, '', ref)).toEqual([
      [Math.round(worth.byKey.get(key)!.value!)],
      [''],
    ]);
  });

  it('take the months from the argument, else from the saved bulanNilai; the saved diskonBulanan too', () => {
    const value = (w: ReturnType<typeof shop>, months: unknown = '') =>
      w.bundle.call('NILAI_PELANGGAN', name, sales, months, ref) as number;
    const usual = value(shop());
    expect(value(shop(), 24)).toBe(Math.round(worthFor(core, 24).byKey.get(key)!.value!));
    expect(value(shop({ bulanNilai: 24 }))).toBe(value(shop(), 24));
    expect(value(shop({ diskonBulanan: 0 }))).toBeGreaterThan(usual);
    expect(() => value(shop(), 0)).toThrow('bulan harus bilangan bulat 1 sampai 120: "0"');
  });

  it('show why instead of a number on the sample shop, where spend rises with visits', () => {
    const w = sampleWorld();
    const penjualan = sheetRows('penjualan.csv');
    const reason =
      'Belanja per Kunjungan Mendatang dan Nilai Pelanggan dikosongkan: perhitungan perkiraan belanja tidak ' +
      'menemukan hasil yang mantap dari data ini, jadi tidak ada angka yang ditampilkan. ' +
      'Di toko ini pelanggan yang lebih sering datang juga belanja lebih besar per kunjungan ' +
      '(korelasi 0,8069), padahal model menganggap keduanya tidak berkaitan.';
    expect(() => w.bundle.call('BELANJA_MENDATANG', 'Ibu Wati', penjualan, ref)).toThrow(reason);
    expect(() => w.bundle.call('NILAI_PELANGGAN', 'Ibu Wati', penjualan, '', ref)).toThrow(reason);
  });
});
