import {
  findSheets,
  hasCustomerColumn,
  hasDebtAmountColumn,
  headerScore,
  sheetTieMessage,
  missingSalesSheetMessage,
  nameScore,
} from '../../../src/core/read/sheetFinder';
import type { Grid } from '../../../src/core/read/grid';

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

  const tops: Record<string, Grid> = {
    Stok: [['Nama Barang', 'Jumlah', 'Harga']],
    Jualan: [['Tanggal', 'Pelanggan', 'Total']],
    Kasbon: [['Tgl', 'Nama', 'Jumlah']],
    'Data Pelanggan': [['Nama', 'No HP']],
    'Data Penjualan Lama': [['Tanggal', 'Pelanggan', 'Total']],
    Penjualan: [['Tanggal', 'Pelanggan', 'Total']],
  };

  it('takes sheets by name once their header has a customer column', () => {
    const found = findSheets(['Stok', 'Jualan', 'Kasbon', 'Data Pelanggan'], {}, (n) => tops[n]);
    expect(found.sheets).toEqual({ penjualan: 'Jualan', hutang: 'Kasbon', pelanggan: 'Data Pelanggan' });
    expect(found.how).toEqual({ penjualan: 'nama', hutang: 'nama', pelanggan: 'nama' });
    expect(found.ties).toEqual({});
  });

  it('prefers the better name when several match', () => {
    expect(findSheets(['Data Penjualan Lama', 'Penjualan'], {}, (n) => tops[n]).sheets.penjualan).toBe(
      'Penjualan',
    );
  });

  it('never takes a stock sheet for the debt book: Nama Barang is not a customer column', () => {
    // Named "Bon" (a debt synonym) but holding stock: Nama Barang, Jumlah, Harga.
    const grids: Record<string, Grid> = {
      Penjualan: [['Tanggal', 'Pelanggan', 'Total']],
      Bon: [['Tanggal', 'Nama Barang', 'Jumlah', 'Harga']],
      Gudang: [['Tanggal', 'Nama Barang', 'Jumlah', 'Harga']],
    };
    const found = findSheets(Object.keys(grids), {}, (n) => grids[n]);
    expect(found.sheets).toEqual({ penjualan: 'Penjualan', hutang: null, pelanggan: null });
    expect(hasCustomerColumn(grids.Bon, 'hutang')).toBe(false);
    expect(hasCustomerColumn([['Tanggal', 'Produk', 'Jumlah']], 'penjualan')).toBe(false);
    expect(hasCustomerColumn([['Tanggal', 'Item', 'Total']], 'penjualan')).toBe(false);
    expect(hasCustomerColumn([['Tanggal', 'Nama Pembeli', 'Total']], 'penjualan')).toBe(true);
  });

  it('keeps an empty sheet found by its name, so the run can say it was empty', () => {
    const found = findSheets(['Penjualan', 'Hutang'], {}, (n) => (n === 'Hutang' ? [] : tops.Penjualan));
    expect(found.sheets.hutang).toBe('Hutang');
  });

  it('stops and asks when two sheets of different headers score alike, by name or by header, never picking by order', () => {
    const headers: Record<string, Grid> = {
      'Penjualan 2024': [['Tgl', 'Nama Pembeli', 'Nominal', 'Ongkir']],
      'Penjualan 2025': tops.Penjualan,
    };
    const byName = findSheets(['Penjualan 2024', 'Penjualan 2025'], {}, (n) => headers[n]);
    expect(byName.sheets.penjualan).toBeNull();
    expect(byName.ties).toEqual({ penjualan: ['Penjualan 2024', 'Penjualan 2025'] });
    const message = sheetTieMessage(byName.ties) as string;
    expect(message).toContain('"Penjualan 2024", "Penjualan 2025"');
    expect(message).toContain('Pilih salah satu di Segmentasi › Pengaturan (lembar.penjualan)');
    const byHeader = findSheets(['Buku A', 'Buku B'], {}, (n) =>
      n === 'Buku A' ? [['Tgl', 'Nama Pembeli', 'Nominal']] : [['Tanggal', 'Nama Pembeli', 'Nominal']],
    );
    expect(byHeader.sheets.penjualan).toBeNull();
    expect(byHeader.ties.penjualan).toEqual(['Buku A', 'Buku B']);
    // The owner's saved choice settles it.
    const chosen = findSheets(
      ['Penjualan 2024', 'Penjualan 2025'],
      { penjualan: 'Penjualan 2025' },
      () => [],
    );
    expect(chosen.sheets.penjualan).toBe('Penjualan 2025');
    expect(sheetTieMessage(chosen.ties)).toBeNull();
  });

  it('reads sheets of one header shape that score alike as one book: month sheets, in the workbook order', () => {
    const months = ['Jan', 'Feb', 'Mar'];
    const top = (n: string): Grid =>
      n === 'Feb' ? [['Pelanggan', 'Tanggal', 'Total']] : [['Tanggal', 'Pelanggan', 'Total']];
    const found = findSheets(months, {}, top);
    expect([found.sheets.penjualan, found.groups.penjualan, found.ties]).toEqual(['Jan', months, {}]);
    // None of them is then taken for the debt book.
    expect(found.sheets.hutang).toBeNull();
    const kasbon = findSheets(['Penjualan', 'Kasbon Mei', 'Kasbon Juni'], {}, (n) =>
      n === 'Penjualan' ? tops.Penjualan : [['Tanggal', 'Pelanggan', 'Jumlah', 'Tanggal Bayar']],
    );
    expect([kasbon.sheets.hutang, kasbon.groups.hutang]).toEqual([
      'Kasbon Mei',
      ['Kasbon Mei', 'Kasbon Juni'],
    ]);
    // The customer list is one sheet: two alike are still for the owner to choose.
    expect(findSheets(['Pelanggan A', 'Pelanggan B'], {}, () => [['Nama', 'No HP']]).ties.pelanggan).toEqual([
      'Pelanggan A',
      'Pelanggan B',
    ]);
  });

  it('takes a sheet without a debt name for the debt book only by a debt amount column', () => {
    const tops: Record<string, Grid> = {
      Penjualan: [['Tanggal', 'Pelanggan', 'Total']],
      Rekap: [['Tanggal', 'Pelanggan', 'Total', 'Keterangan']],
      Kas: [['Tanggal', 'Pelanggan', 'Jumlah']],
      Sheet2: [['Tanggal', 'Pelanggan', 'Jumlah Hutang']],
    };
    const pick = (names: string[]) => findSheets(names, {}, (n) => tops[n]).sheets.hutang;
    expect(pick(['Penjualan', 'Rekap'])).toBeNull();
    expect(pick(['Penjualan', 'Kas'])).toBeNull();
    expect(pick(['Penjualan', 'Kas', 'Sheet2'])).toBe('Sheet2');
    expect(hasDebtAmountColumn([['Tgl', 'Nama', 'Sisa Hutang']])).toBe(true);
    expect(hasDebtAmountColumn([['Tgl', 'Nama', 'Total']])).toBe(false);
  });

  it('scores a sheet with only Qty and Harga as having an amount', () => {
    expect(headerScore([['Tanggal', 'Pelanggan', 'Qty', 'Harga Satuan']], 'penjualan')).toBeGreaterThan(0);
    expect(headerScore([['Tanggal', 'Pelanggan', 'Harga Satuan']], 'penjualan')).toBe(0);
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
