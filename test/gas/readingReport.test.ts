/**
 * "Cara buku Anda dibaca" through the shipped bundle on the fake (DOMAIN 1, "Show what was read"):
 * the block at the top of "Ringkasan Segmentasi", the report kept for the panel, and a column the
 * owner sets in the settings followed by the next run. Expectations written by hand.
 */
import { world, type World } from './support/workbook';

const SUMMARY = 'Ringkasan Segmentasi';

/** Jumlah holds quantities beside Total; "Transferan" is no word we know; Ani buys on credit. */
const SALES = [
  ['Tanggal', 'Kasir', 'Pembeli', 'Jumlah', 'Total', 'Pembayaran'],
  ['01/11/2026', 'Rina', 'Sari', 2, 30000, 'Tunai'],
  ['02/11/2026', 'Rina', 'Budi', 1, 15000, 'Transferan'],
  ['03/11/2026', 'Dewi', 'Ani', 3, 45000, 'Hutang'],
  ['', 'Dewi', 'Sari', 1, 10000, 'Tunai'],
  ['05/11/2026', 'Dewi', 'Budi', 1, 20000, 'Transferan'],
];

function shop(settings: Record<string, unknown> = {}): World {
  return world((w) => {
    w.spreadsheet.addSheet('Jualan', SALES);
    w.properties.store.set(
      'segmentasi.pengaturan',
      JSON.stringify({ tanggalAcuan: '2026-11-20', ...settings }),
    );
  });
}

/** The rows of the first block of the summary sheet, up to the blank row after it. */
function firstBlock(w: World): unknown[][] {
  const rows = w.spreadsheet.sheet(SUMMARY).peek();
  const end = rows.findIndex((r) => r.every((c) => c === '' || c === null));
  return rows.slice(0, end < 0 ? rows.length : end).map((r) => r.slice(0, 4));
}

describe('the reading report on Ringkasan Segmentasi', () => {
  it('opens the sheet: sheets read as what, each role column and why, every guess counted', () => {
    const w = shop();
    w.run();
    expect(firstBlock(w)).toEqual([
      ['Cara buku Anda dibaca', '', '', ''],
      ['Bagian', 'Apa', 'Dibaca sebagai', 'Alasan / contoh'],
      ['Lembar', 'Penjualan', 'Jualan (5 baris data)', 'dari nama lembarnya'],
      ['Kolom', 'Penjualan › Tanggal', 'Tanggal', 'dari judul kolomnya'],
      ['Kolom', 'Penjualan › Pelanggan', 'Pembeli', 'dari judul kolomnya'],
      [
        'Kolom',
        'Penjualan › Total',
        'Total',
        'Jumlah berisi bilangan kecil: dianggap jumlah barang; Total dipakai sebagai jumlah uang',
      ],
      ['Kolom', 'Penjualan › Pembayaran', 'Pembayaran', 'dari judul kolomnya'],
      [
        'Kolom',
        'Penjualan › Qty',
        'Jumlah',
        'Jumlah berisi bilangan kecil: dianggap jumlah barang; Total dipakai sebagai jumlah uang',
      ],
      ['Dugaan', 'Tanggal kosong diisi dari baris di atasnya', '0 baris', ''],
      ['Dugaan', 'Pembayaran hutang di lembar penjualan', '0 baris', ''],
      [
        'Dugaan',
        'Penjualan kredit tanpa baris di buku hutang (dianggap hutang terbuka)',
        '1 baris',
        'Jualan baris 4, Pembeli: "Ani"',
      ],
      [
        'Dugaan',
        'Kata pembayaran yang tidak dikenal (baris tetap dibaca)',
        '2 baris',
        'Jualan baris 3, Pembayaran: "Transferan"',
      ],
      ['Dugaan', 'Baris batal, gagal atau pending (bukan penjualan)', '0 baris', ''],
      ['Dugaan', 'Baris dilewati atau perlu dicek', '1 baris', 'Jualan baris 5, Tanggal: "tanggal kosong"'],
    ]);
  });

  it('keeps the report for the panel as plain JSON', () => {
    const w = shop();
    w.run();
    const kept = JSON.parse(w.properties.store.get('segmentasi.bacaan') as string);
    expect(kept.sheets).toEqual([{ kind: 'penjualan', name: 'Jualan', how: 'nama', rows: 5 }]);
    expect(kept.columns.map((c: { field: string }) => c.field)).toEqual([
      'tanggal',
      'pelanggan',
      'total',
      'pembayaran',
      'qty',
    ]);
  });

  it('follows a column and a word the owner set in the settings on the next run', () => {
    const w = shop({ kolom: { penjualan: { pelanggan: 'Kasir' } }, kataBelumLunas: ['Transferan'] });
    w.run();
    const block = firstBlock(w);
    expect(block[4]).toEqual(['Kolom', 'Penjualan › Pelanggan', 'Kasir', 'dipilih di pengaturan']);
    expect(block.find((r) => String(r[1]).startsWith('Kata pembayaran'))?.[2]).toBe('0 baris');
    expect(block.find((r) => String(r[1]).startsWith('Penjualan kredit'))?.[2]).toBe('3 baris');
    // The customers are now the cashiers: Rina and Dewi.
    const customers = w.spreadsheet.sheet('Segmentasi Pelanggan').peek();
    expect(
      customers
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(['Dewi', 'Rina']);
  });
});
