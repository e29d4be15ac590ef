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

/** The reading report's block of the summary sheet (below the status rows), up to the blank row after it. */
function firstBlock(w: World, title = 'Cara buku Anda dibaca'): unknown[][] {
  const all = w.spreadsheet.sheet(SUMMARY).peek();
  const rows = all.slice(all.findIndex((r) => r[0] === title));
  const end = rows.findIndex((r) => r.every((c) => c === '' || c === null));
  return rows.slice(0, end < 0 ? rows.length : end).map((r) => r.slice(0, 4));
}

/** The report kept for the panel: in parts of one property each (`<key>.n` of them). */
function keptReport(w: World) {
  const store = w.properties.store;
  const n = Number(store.get('segmentasi.bacaan.n'));
  let text = '';
  for (let i = 0; i < n; i++) text += store.get(`segmentasi.bacaan.${i}`);
  return JSON.parse(text);
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
      [
        'Dugaan',
        'Tanggal kosong diisi dari baris di atasnya',
        '1 baris',
        'Jualan baris 5, Tanggal: "03/11/2026"',
      ],
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
      ['Dugaan', 'Baris dilewati atau perlu dicek', '0 baris', ''],
      [
        'Dugaan',
        'Nama sama, nomor beda di data pelanggan: belanjanya tetap di satu nama, tanpa tautan WhatsApp sampai dibedakan',
        '0 orang',
        '',
      ],
      [
        'Dugaan',
        'Nama sama dengan nomornya sendiri di penjualan: dihitung sebagai orang yang berbeda',
        '0 orang',
        '',
      ],
      [
        'Dugaan',
        'Nomor bukan HP (telepon rumah atau lainnya): tanpa tautan WhatsApp, dihubungi langsung',
        '0 orang',
        '',
      ],
    ]);
  });

  it('keeps the report for the panel as plain JSON', () => {
    const w = shop();
    w.run();
    const kept = keptReport(w);
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

describe('a book kept over month sheets, with a Sisa debt book and repayments among the sales', () => {
  /** Two month sheets of one header shape, found by their names and read together. */
  const JAN = [
    ['Tanggal', 'Pelanggan', 'Total', 'Pembayaran'],
    ['03/11/2026', 'Sari', 30000, 'Tunai'],
    ['04/11/2026', 'Ani', 45000, 'Hutang'],
  ];
  const FEB = [
    ['Tanggal', 'Pelanggan', 'Total', 'Pembayaran'],
    ['10/11/2026', 'Ani', 20000, 'Bayar hutang'],
    ['11/11/2026', 'Sari', 15000, 'Tunai'],
    ['12/11/2026', 'Budi', 10000, 'Tunai'],
  ];
  /** Only what is still owed: the Sisa column is the debt amount. */
  const KASBON = [
    ['Tanggal', 'Pelanggan', 'Sisa Hutang'],
    ['04/11/2026', 'Ani', 45000],
  ];

  function months(locale?: string): World {
    return world(
      (w) => {
        w.spreadsheet.addSheet('Penjualan Januari', JAN);
        w.spreadsheet.addSheet('Penjualan Februari', FEB);
        w.spreadsheet.addSheet('Kasbon', KASBON);
        w.properties.store.set('segmentasi.pengaturan', JSON.stringify({ tanggalAcuan: '2026-11-20' }));
      },
      'Asia/Jakarta',
      locale ? { locale } : {},
    );
  }

  it('names each sheet with its own rows, takes Sisa as the debt amount, counts the repayment', () => {
    const w = months();
    w.run();
    const block = firstBlock(w);
    expect(block.slice(2, 5)).toEqual([
      ['Lembar', 'Penjualan', 'Penjualan Januari (2 baris data)', 'dari nama lembarnya'],
      ['Lembar', 'Penjualan', 'Penjualan Februari (3 baris data)', 'dari nama lembarnya'],
      ['Lembar', 'Hutang', 'Kasbon (1 baris data)', 'dari nama lembarnya'],
    ]);
    expect(block.filter((r) => r[0] === 'Kolom' && String(r[1]).startsWith('Penjualan'))).toHaveLength(4);
    expect(block.find((r) => r[1] === 'Hutang › Jumlah')).toEqual([
      'Kolom',
      'Hutang › Jumlah',
      'Sisa Hutang',
      'satu-satunya jumlah di buku hutang: sisa yang belum dibayar dianggap jumlah hutang',
    ]);
    expect(block.find((r) => r[1] === 'Pembayaran hutang di lembar penjualan')).toEqual([
      'Dugaan',
      'Pembayaran hutang di lembar penjualan',
      '1 baris',
      'Penjualan Februari baris 2, Pembayaran: "Bayar hutang"',
    ]);
    const kept = keptReport(w);
    expect(kept.sheets.map((s: { name: string; rows: number }) => [s.name, s.rows])).toEqual([
      ['Penjualan Januari', 2],
      ['Penjualan Februari', 3],
      ['Kasbon', 1],
    ]);
  });

  it('is written in English for a user whose locale is English', () => {
    const w = months('en_US');
    w.run();
    const block = firstBlock(w, 'How your book was read');
    expect(block.slice(0, 3)).toEqual([
      ['How your book was read', '', '', ''],
      ['Part', 'What', 'Read as', 'Why / examples'],
      ['Sheet', 'Sales', 'Penjualan Januari (2 data rows)', 'by the sheet name'],
    ]);
    expect(block.find((r) => r[1] === 'Debts › Jumlah')).toEqual([
      'Column',
      'Debts › Jumlah',
      'Sisa Hutang',
      'the only amount in the debt book: what is still owed is taken as the debt',
    ]);
    expect(block.find((r) => r[1] === 'Debt repayments in the sales sheet')).toEqual([
      'Assumption',
      'Debt repayments in the sales sheet',
      '1 row',
      'Penjualan Februari row 2, Pembayaran: "Bayar hutang"',
    ]);
  });
});
