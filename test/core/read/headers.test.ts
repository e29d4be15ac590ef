import { detectHeader, matchColumns } from '../../../src/core/read/headers';
import { SALES_FIELDS } from '../../../src/core/read/schema';
import { run } from '../../support/build';

describe('header detection', () => {
  it('finds the header under a title and a blank line, with synonyms and any case or punctuation', () => {
    const grid = [
      ['Penjualan Toko Berkah 2025'],
      [],
      ['NO. NOTA', 'tgl', 'Nama Pembeli', 'Jumlah (Rp)', 'Cara Bayar'],
    ];
    const h = detectHeader(grid, 'penjualan', 'Penjualan');
    expect(h.headerRow).toBe(2);
    expect(h.columns).toMatchObject({ nota: 0, tanggal: 1, pelanggan: 2, total: 3, pembayaran: 4 });
  });

  it('does not look past the first ten rows', () => {
    const grid = [...Array.from({ length: 10 }, () => ['judul']), ['Tanggal', 'Pelanggan', 'Total']];
    expect(() => detectHeader(grid, 'penjualan', 'Penjualan')).toThrow(/Kolom wajib tidak ditemukan/);
  });

  it('names the missing column, the synonyms looked for and the headers found', () => {
    const grid = [['Tanggal', 'Nama', 'Barang']];
    expect(() => detectHeader(grid, 'penjualan', 'Jualan')).toThrow(
      /sheet "Jualan".*"Total" \(dicari: Total, Jumlah, Nominal, Subtotal, Nilai, Amount.*Judul kolom yang ada: "Tanggal", "Nama", "Barang"/,
    );
  });

  it('prefers exact names: "Tanggal Bayar" is not the debt date, "Jumlah Bayar" is not the amount', () => {
    const grid = [['Tanggal Bayar', 'Jumlah Bayar', 'Tanggal', 'Pelanggan', 'Jumlah']];
    const h = detectHeader(grid, 'hutang', 'Hutang');
    expect(h.columns).toMatchObject({ tanggalBayar: 0, dibayar: 1, tanggal: 2, pelanggan: 3, jumlah: 4 });
  });

  it('lets the owner override the mapping', () => {
    const row = ['Tgl Order', 'Tgl Kirim', 'Customer', 'Total'];
    expect(matchColumns(row, SALES_FIELDS).tanggal).toBe(0);
    expect(matchColumns(row, SALES_FIELDS, { tanggal: 'tgl kirim' }).tanggal).toBe(1);
  });

  it('never reads our own "Tipe Pelanggan" column as an owner column', () => {
    const grid = [['Tanggal', 'Pelanggan', 'Jumlah', 'Tipe Pelanggan']];
    expect(detectHeader(grid, 'hutang', 'Hutang').columns.jenis).toBeUndefined();
  });
});

describe('reading rows', () => {
  it('skips a closing TOTAL/JUMLAH row and blank rows without reporting them', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total'],
      ['2025-01-05', 'Sri', 10000],
      ['', '', ''],
      ['JUMLAH', '', 10000],
    ];
    const a = run({ sales }, '2025-01-31');
    expect(a.customers.map((c) => c.measures.name)).toEqual(['Sri']);
    expect(a.issues).toEqual([]);
  });

  it('reports an unreadable row with its sheet, row and column, and goes on', () => {
    const sales = [
      ['Toko', '', ''],
      ['Tanggal', 'Pelanggan', 'Total'],
      ['2025-01-05', 'Sri', 'sepuluh ribu'],
      ['31/02/2025', 'Budi', 10000],
      ['2025-01-06', '', 10000],
      ['2025-01-07', 'Ani', '10rb'],
    ];
    const a = run({ sales }, '2025-01-31');
    expect(a.issues).toEqual([
      { sheet: 'Penjualan', row: 3, column: 'Total', reason: expect.stringContaining('sepuluh ribu') },
      { sheet: 'Penjualan', row: 4, column: 'Tanggal', reason: expect.stringContaining('31/02/2025') },
      {
        sheet: 'Penjualan',
        row: 5,
        column: 'Pelanggan',
        reason: expect.stringContaining('nama pelanggan kosong'),
      },
    ]);
    expect(a.customers.map((c) => c.measures.name)).toEqual(['Ani']);
  });

  it('ignores rows after the reference date', () => {
    const sales = [SALES_HEADER_ROW, ['2025-01-05', 'Sri', 10000], ['2025-02-05', 'Sri', 10000]];
    const a = run({ sales }, '2025-01-31');
    expect(a.byKey.get('sri')?.measures.occasions).toBe(1);
    expect(a.rows.afterReference).toBe(1);
  });

  it('does not change the grid it reads', () => {
    const sales = [SALES_HEADER_ROW, ['2025-01-05', ' Bu  Sri ', 'Rp 10.000']];
    const copy = JSON.stringify(sales);
    run({ sales }, '2025-01-31');
    expect(JSON.stringify(sales)).toBe(copy);
  });
});

const SALES_HEADER_ROW = ['Tanggal', 'Pelanggan', 'Total'];
