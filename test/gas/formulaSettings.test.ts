/**
 * Formulas and menu agree: the custom formulas of the built bundle read the
 * settings saved in the document properties (what the sidebar's Simpan writes), and a formula's
 * own argument still wins over a saved one.
 */
import { sampleWorld, sheetRows } from './support/workbook';

const SETTINGS_KEY = 'segmentasi.pengaturan';
const sales = sheetRows('penjualan.csv');
const debts = sheetRows('hutang.csv');
const YANTO = 'Kios Mas Yanto';

function tipe(settings: object, ...rest: unknown[]): unknown {
  const w = sampleWorld((fake) => fake.properties.store.set(SETTINGS_KEY, JSON.stringify(settings)));
  return w.bundle.call('TIPE_PELANGGAN', YANTO, sales, debts, ...rest);
}

describe('custom formulas with saved settings', () => {
  it('use the saved batasMacetHari: repaid debts 95 days late on average are D under 60 days, C under 100', () => {
    // docs/rumus.md: Kios Mas Yanto's repaid debts were on average 95 days late; he uses credit and pays.
    expect(tipe({ tanggalAcuan: '2026-11-20' })).toBe('D');
    expect(tipe({ tanggalAcuan: '2026-11-20' }, '', 'alasan')).toContain('(batas 60 hari)');
    expect(tipe({ tanggalAcuan: '2026-11-20', batasMacetHari: 100 })).toBe('C');
  });

  it('use the saved reference date, and a tanggal_acuan argument overrides it', () => {
    // On 1 January 2024 the sample shop had sold nothing yet: no customer has data.
    expect(tipe({ tanggalAcuan: '2024-01-01' })).toBe('Tidak ada data');
    expect(tipe({ tanggalAcuan: '2024-01-01' }, '2026-11-20')).toBe('D');
  });

  it('use the payment words the owner marked (kataBelumLunas): "Transferan" on credit makes Budi C', () => {
    const book = [
      ['Tanggal', 'Pelanggan', 'Total', 'Pembayaran'],
      ['01/11/2026', 'Budi', 15000, 'Transferan'],
      ['08/11/2026', 'Budi', 20000, 'Tunai'],
    ];
    const typeOf = (settings: object) =>
      sampleWorld((fake) => fake.properties.store.set(SETTINGS_KEY, JSON.stringify(settings))).bundle.call(
        'TIPE_PELANGGAN',
        'Budi',
        book,
      );
    // Unknown, the word is reported and the sale is not taken for credit: a cash buyer, B.
    expect(typeOf({ tanggalAcuan: '2026-11-20' })).toBe('B');
    expect(typeOf({ tanggalAcuan: '2026-11-20', kataBelumLunas: ['transferan'] })).toBe('C');
    expect(typeOf({ tanggalAcuan: '2026-11-20', kataLunas: ['Transferan'] })).toBe('B');
  });

  it('use the column the owner chose (kolom): with Kasir as the customer column, Rina is a customer', () => {
    const book = [
      ['Tanggal', 'Kasir', 'Pembeli', 'Total', 'Pembayaran'],
      ['01/11/2026', 'Rina', 'Sari', 30000, 'Tunai'],
      ['02/11/2026', 'Rina', 'Budi', 15000, 'Tunai'],
    ];
    const typeOf = (settings: object) =>
      sampleWorld((fake) => fake.properties.store.set(SETTINGS_KEY, JSON.stringify(settings))).bundle.call(
        'TIPE_PELANGGAN',
        'Rina',
        book,
      );
    // By its name, Pembeli is the customer column: Rina bought nothing.
    expect(typeOf({ tanggalAcuan: '2026-11-20' })).toBe('Tidak ada data');
    // Two cash purchases, never on credit, not yet loyal (three occasions needed): B.
    expect(typeOf({ tanggalAcuan: '2026-11-20', kolom: { penjualan: { pelanggan: 'Kasir' } } })).toBe('B');
  });

  it('show the problem on the cell when the saved settings are broken', () => {
    expect(() => tipe({ batasMacetHari: 0 })).toThrow(/batasMacetHari/);
  });
});
