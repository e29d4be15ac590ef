/** DOMAIN 1, choosing columns: by name first (whole words), then by content. */
import { detectHeader, matchColumns } from '../../../src/core/read/headers';
import { score } from '../../../src/core/read/headerScore';
import { DEBT_FIELDS, SALES_FIELDS } from '../../../src/core/read/schema';
import { run } from '../../support/build';

describe('header names by whole word', () => {
  it('matches whole words, never a prefix of a word', () => {
    expect(score('Tanggal', SALES_FIELDS.tanggal.synonyms)).toBe(3);
    expect(score('Tanggal Dibuat', SALES_FIELDS.tanggal.synonyms)).toBe(2);
    expect(score('No. Nota', SALES_FIELDS.nota.synonyms)).toBe(3);
    expect(score('Nomor Nota Jual', SALES_FIELDS.nota.synonyms)).toBe(2);
    expect(score('Kode Nota', SALES_FIELDS.nota.synonyms)).toBe(1);
    // "Tanggalan" (a calendar note) and "Totalan" are not Tanggal and Total.
    expect(score('Tanggalan', SALES_FIELDS.tanggal.synonyms)).toBe(0);
    expect(score('Totalan', SALES_FIELDS.total.synonyms)).toBe(0);
    expect(score('Namanya', SALES_FIELDS.pelanggan.synonyms)).toBe(0);
    expect(matchColumns(['Tanggalan', 'Tgl', 'Pelanggan', 'Total'], SALES_FIELDS).tanggal).toBe(1);
  });

  it('breaks a tie between equal headers by taking the leftmost', () => {
    const h = detectHeader(
      [
        ['Tanggal', 'Pelanggan', 'Total', 'Total'],
        ['2025-01-05', 'Sri', 10000, 20000],
      ],
      'penjualan',
      'Penjualan',
    );
    expect(h.columns.total).toBe(2);
    expect(matchColumns(['Tgl Order', 'Tanggal', 'Tanggal', 'Nama', 'Nama'], SALES_FIELDS)).toMatchObject({
      tanggal: 1,
      pelanggan: 3,
    });
  });

  it('never takes a product column for the customer', () => {
    for (const product of ['Nama Barang', 'Produk', 'Item', 'Nama Produk']) {
      expect(matchColumns(['Tanggal', product, 'Total'], SALES_FIELDS).pelanggan).toBeUndefined();
    }
    expect(matchColumns(['Tanggal', 'Nama Barang', 'Nama', 'Total'], SALES_FIELDS).pelanggan).toBe(2);
    expect(() => detectHeader([['Tanggal', 'Nama Barang', 'Jumlah', 'Harga']], 'hutang', 'Bon')).toThrow(
      /"Pelanggan"/,
    );
  });
});

describe('the amount column by content', () => {
  it('takes Total, not a Jumlah of small whole numbers (a quantity), and reads Jumlah as the quantity', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Jumlah', 'Total'],
      ['2025-01-05', 'Sri', 2, 30000],
      ['2025-01-06', 'Budi', 1, 12500],
    ];
    const h = detectHeader(sales, 'penjualan', 'Penjualan');
    expect(h.columns).toMatchObject({ total: 3, qty: 2 });
    const a = run({ sales }, '2025-01-31');
    expect(a.customers.map((c) => [c.measures.name, c.measures.totalSpend])).toEqual(
      expect.arrayContaining([
        ['Sri', 30000],
        ['Budi', 12500],
      ]),
    );
  });

  it('keeps Jumlah as the amount when it holds money', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Jumlah', 'Total Qty'],
      ['2025-01-05', 'Sri', 30000, 2],
    ];
    expect(detectHeader(sales, 'penjualan', 'Penjualan').columns.total).toBe(2);
  });

  it('Total beats Subtotal, whatever their order', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Subtotal', 'Total'],
      ['2025-01-05', 'Sri', 25000, 30000],
    ];
    expect(detectHeader(sales, 'penjualan', 'Penjualan').columns.total).toBe(3);
    const debts = [
      ['Tanggal', 'Pelanggan', 'Sub Total', 'Jumlah'],
      ['2025-01-05', 'Sri', 25000, 30000],
    ];
    expect(detectHeader(debts, 'hutang', 'Hutang').columns.jumlah).toBe(3);
  });

  it('with only Qty and Harga (Satuan), the amount is their product', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Qty', 'Harga Satuan'],
      ['2025-01-05', 'Sri', 3, 12000],
      ['2025-01-06', 'Sri', 2, '15rb'],
    ];
    const h = detectHeader(sales, 'penjualan', 'Penjualan');
    expect(h.product).toEqual({ qty: 2, price: 3 });
    const a = run({ sales }, '2025-01-31');
    expect(a.byKey.get('sri')?.measures.totalSpend).toBe(3 * 12000 + 2 * 15000);
  });

  it('a Jumlah of small numbers beside Harga is the quantity of the product', () => {
    const sales = [
      ['Tanggal', 'Nama Pembeli', 'Nama Barang', 'Jumlah', 'Harga'],
      ['2025-01-05', 'Sri', 'Gula', 2, 16000],
    ];
    const a = run({ sales }, '2025-01-31');
    expect(a.byKey.get('sri')?.measures.totalSpend).toBe(32000);
  });

  it("the owner's mapping is never second-guessed", () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Jumlah', 'Total'],
      ['2025-01-05', 'Sri', 2, 30000],
    ];
    expect(detectHeader(sales, 'penjualan', 'Penjualan', { total: 'Jumlah' }).columns.total).toBe(2);
    expect(DEBT_FIELDS.jumlah.required).toBe(true);
  });
});
