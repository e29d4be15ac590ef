/**
 * Header rules of DOMAIN 1 that the mutation run of read/headers.ts showed untested: which row is
 * the header, the owner's choice of column, short synonyms, our own column, and the message.
 */
import { detectHeader, matchColumns, OUTPUT_HEADER } from '../../../src/core/read/headers';
import { SALES_FIELDS } from '../../../src/core/read/schema';

const SALES = ['Tanggal', 'Pelanggan', 'Total'];

describe('which row is the header', () => {
  it('finds a header on the tenth row', () => {
    const grid = [...Array.from({ length: 9 }, () => ['Laporan']), SALES, ['01/06/2025', 'Sri', 1000]];
    expect(detectHeader(grid, 'penjualan', 'Penjualan').headerRow).toBe(9);
  });

  it('takes the row with every required column over an earlier row with some of them', () => {
    const grid = [['Tanggal cetak', 'Pelanggan setia'], [], SALES];
    expect(detectHeader(grid, 'penjualan', 'Penjualan')).toMatchObject({
      headerRow: 2,
      columns: { tanggal: 0, pelanggan: 1, total: 2 },
    });
  });

  it('takes the row with more recognised columns when two rows have every required one', () => {
    const grid = [SALES, [], [...SALES, 'No Nota', 'Pembayaran']];
    expect(detectHeader(grid, 'penjualan', 'Penjualan')).toMatchObject({
      headerRow: 2,
      columns: { tanggal: 0, pelanggan: 1, total: 2, nota: 3, pembayaran: 4 },
    });
  });

  it('counts required columns before optional ones', () => {
    const optional = ['No Nota', 'Produk', 'Qty', 'Diskon', 'Pembayaran'];
    expect(detectHeader([optional, [], SALES], 'penjualan', 'Penjualan').headerRow).toBe(2);
    expect(detectHeader([SALES, [], [...optional, 'Tanggal']], 'penjualan', 'Penjualan').headerRow).toBe(0);
  });

  it('keeps the first of two equally good rows', () => {
    const grid = [SALES, ['01/06/2025', 'Sri', 1000], SALES];
    expect(detectHeader(grid, 'penjualan', 'Penjualan').headerRow).toBe(0);
  });
});

describe('columns', () => {
  it("follows the owner's choice, also for the first column, and ignores a choice that is not there", () => {
    const row = ['Harga Jual', 'Tanggal', 'Pelanggan', 'Total'];
    expect(matchColumns(row, SALES_FIELDS, { total: 'Harga Jual' })).toMatchObject({ total: 0, tanggal: 1 });
    expect(matchColumns(row, SALES_FIELDS, { total: 'Omzet Bersih' }).total).toBe(3);
    expect(matchColumns(row, SALES_FIELDS, { total: '' }).total).toBe(3);
    expect(matchColumns(row, SALES_FIELDS, { bukanKolom: 'Total' }).total).toBe(3);
  });

  it('gives a chosen column to that field only', () => {
    const row = ['Tanggal', 'Pelanggan', 'Total', 'Tgl Kirim'];
    const columns = matchColumns(row, SALES_FIELDS, { tanggal: 'Tgl Kirim' });
    expect(columns.tanggal).toBe(3);
    expect(Object.values(columns).filter((c) => c === 3)).toHaveLength(1);
  });

  it('takes the leftmost of two columns with the same header', () => {
    expect(matchColumns(['Tanggal', 'Pelanggan', 'Total', 'Tanggal'], SALES_FIELDS).tanggal).toBe(0);
    expect(matchColumns(['Pelanggan', 'Total', 'Tanggal', 'Total'], SALES_FIELDS).total).toBe(1);
  });

  it('gives each column to one field, required fields first', () => {
    // "Nama" is a customer synonym; the customer column is required, so it gets it.
    const columns = matchColumns(['Tanggal', 'Nama', 'Total'], SALES_FIELDS);
    expect(columns.pelanggan).toBe(1);
    expect(new Set(Object.values(columns)).size).toBe(Object.values(columns).length);
  });

  it('does not read short synonyms (HP, WA) inside other words', () => {
    const columns = matchColumns([...SALES, 'Warna', 'Jawaban', 'Shipping'], SALES_FIELDS);
    expect(columns).toStrictEqual({ tanggal: 0, pelanggan: 1, total: 2 });
    expect(matchColumns([...SALES, 'No. HP'], SALES_FIELDS).hp).toBe(3);
  });

  it('reads a header that names the field inside more words', () => {
    expect(matchColumns([...SALES, 'Kode Nota'], SALES_FIELDS).nota).toBe(3);
    expect(matchColumns(['Tanggal', 'Nama Lengkap Pelanggan', 'Total'], SALES_FIELDS).pelanggan).toBe(1);
  });

  it(`never reads our own "${OUTPUT_HEADER}" column as the customer column`, () => {
    expect(() => detectHeader([['Tanggal', OUTPUT_HEADER, 'Total']], 'penjualan', 'Penjualan')).toThrow(
      /"Pelanggan"/,
    );
    expect(matchColumns(['Tanggal', OUTPUT_HEADER, 'Total', 'Pelanggan'], SALES_FIELDS).pelanggan).toBe(3);
  });
});

describe('the missing-column message', () => {
  it('lists the headers found, trimmed, without blanks, and "(tidak ada)" for an empty sheet', () => {
    expect(() => detectHeader([[' Tanggal ', '', null, 'Nama ']], 'penjualan', 'Jualan')).toThrow(
      /Judul kolom yang ada: "Tanggal", "Nama"\./,
    );
    expect(() => detectHeader([], 'penjualan', 'Kosong')).toThrow(
      /sheet "Kosong".*"Tanggal".*"Pelanggan".*"Total".*Judul kolom yang ada: \(tidak ada\)/,
    );
  });
});
