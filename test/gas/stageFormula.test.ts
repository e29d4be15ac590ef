/**
 * TAHAP_PELANGGAN over the customer table says what the menu writes beside the same table
 * (DOMAIN 5): Prospek for someone with a number and no purchase, Suspek without a number.
 */
import { world } from './support/workbook';

const SALES = [
  ['Tanggal', 'Pelanggan', 'Total', 'Pembayaran'],
  ['2026-09-01', 'Sri', 10000, 'Tunai'],
  ['2026-10-01', 'Sri', 10000, 'Tunai'],
  ['2026-10-05', 'Joko', 40000, 'Tunai'],
];
const CUSTOMERS = [
  ['Nama', 'No HP'],
  ['Sri', '0812-1111-2222'],
  ['Rina', '0813-3333-4444'],
  ['Tono', ''],
];

describe('TAHAP_PELANGGAN and the menu on one book', () => {
  it('give people without a purchase the same rung: Prospek with a number, Suspek without', () => {
    const w = world((fake) => {
      fake.spreadsheet.addSheet('Penjualan', SALES);
      fake.spreadsheet.addSheet('Pelanggan', CUSTOMERS);
      fake.properties.store.set('segmentasi.pengaturan', JSON.stringify({ tanggalAcuan: '2026-11-20' }));
    });
    const formula = w.bundle.call<unknown[][]>('TAHAP_PELANGGAN', CUSTOMERS, SALES, '', '2026-11-20');
    expect(formula).toEqual([['Tahap'], ['Repeater'], ['Prospek'], ['Suspek']]);
    w.run();
    const sheet = w.spreadsheet.getSheetByName('Pelanggan')?.peek() ?? [];
    const col = sheet[0].indexOf('Tipe Pelanggan');
    // The menu writes the type of a customer and the rung of someone without a purchase.
    expect(sheet.slice(2).map((row) => row[col])).toEqual(['Prospek', 'Suspek']);
    expect(w.bundle.call('TAHAP_PELANGGAN', 'Rina', SALES, '', '2026-11-20')).toBe('Tidak ada data');
    const reasons = w.bundle.call<unknown[][]>(
      'TAHAP_PELANGGAN',
      CUSTOMERS,
      SALES,
      '',
      '2026-11-20',
      'semua',
    );
    expect(reasons[3]).toEqual(['Suspek', '', expect.stringMatching(/./)]);
  });
});
