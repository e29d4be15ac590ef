import {
  findSheets,
  headerScore,
  missingSalesSheetMessage,
  nameScore,
} from '../../../src/core/read/sheetFinder';
import type { Grid } from '../../../src/core/read/headers';

const noTop = (): Grid => {
  throw new Error('headers should not be read');
};

describe('finding the owner sheets', () => {
  it('scores names: exact synonym over prefix over contained word, case and space blind', () => {
    expect(nameScore('  PENJUALAN ', 'penjualan')).toBe(3);
    expect(nameScore('Jualan 2026', 'penjualan')).toBe(2);
    expect(nameScore('Data Kasbon Warung', 'hutang')).toBe(1);
    expect(nameScore('Stok', 'penjualan')).toBe(0);
    // Our own sheets are never the owner's data, though "Segmentasi Pelanggan" contains "pelanggan".
    expect(nameScore('Segmentasi Pelanggan', 'pelanggan')).toBe(0);
    expect(nameScore('Ringkasan Segmentasi', 'penjualan')).toBe(0);
  });

  it('takes sheets by name without reading any header', () => {
    const found = findSheets(['Stok', 'Jualan', 'Kasbon', 'Data Pelanggan'], {}, noTop);
    expect(found.sheets).toEqual({ penjualan: 'Jualan', hutang: 'Kasbon', pelanggan: 'Data Pelanggan' });
    expect(found.how).toEqual({ penjualan: 'nama', hutang: 'nama', pelanggan: 'nama' });
  });

  it('prefers the better name when several match', () => {
    expect(findSheets(['Data Penjualan Lama', 'Penjualan'], {}, noTop).sheets.penjualan).toBe('Penjualan');
  });

  it('falls back to header scoring, reading each sheet at most once', () => {
    const tops: Record<string, Grid> = {
      Catatan: [['Apa', 'Ini']],
      Buku: [['Laporan'], [], ['Tgl', 'Nama Pembeli', 'Nominal', 'Cara Bayar']],
      Daftar: [['Nama', 'No HP', 'Alamat']],
    };
    const reads: string[] = [];
    const found = findSheets(Object.keys(tops), {}, (n) => (reads.push(n), tops[n]));
    expect(found.sheets).toEqual({ penjualan: 'Buku', hutang: null, pelanggan: 'Daftar' });
    expect(found.how.penjualan).toBe('judul');
    expect(reads.sort()).toEqual(['Buku', 'Catatan', 'Daftar']);
  });

  it('lets a saved choice win over names, and reports a choice whose sheet is gone', () => {
    const found = findSheets(
      ['Penjualan', 'Jualan Toko 2'],
      { penjualan: 'jualan toko 2', hutang: 'Bon Lama' },
      () => [],
    );
    expect(found.sheets.penjualan).toBe('Jualan Toko 2');
    expect(found.how.penjualan).toBe('pilihan');
    expect(found.staleChoices).toEqual(['hutang']);
    // The sheet named Penjualan is not taken for another kind by its headers.
    expect(found.sheets.hutang).toBeNull();
  });

  it('needs every required column for a header score', () => {
    expect(headerScore([['Tanggal', 'Pelanggan']], 'penjualan')).toBe(0);
    expect(headerScore([['Tanggal', 'Pelanggan', 'Total', 'No Nota']], 'penjualan')).toBeGreaterThan(
      headerScore([['Tanggal', 'Pelanggan', 'Total']], 'penjualan'),
    );
  });

  it('says what it looked for when no sales sheet exists', () => {
    const message = missingSalesSheetMessage(['Stok', 'Catatan']);
    expect(message).toContain('Penjualan, Transaksi, Jualan, Omzet, Sales');
    expect(message).toContain('Tanggal (Tanggal, Tgl');
    expect(message).toContain('Sheet yang ada: Stok, Catatan');
    expect(message).toContain('lembar.penjualan=');
  });
});
