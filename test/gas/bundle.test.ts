/** The artifact that ships: dist/Code.js with nothing but the Apps Script globals. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE, loadBundle, type LoadedBundle } from './fakes/loadBundle';
import { fakeAppsScript } from './fakes/appsScript';

const FORMULAS = [
  'BELANJA_MENDATANG',
  'BELI_BERIKUTNYA',
  'KOHORT_RETENSI',
  'KONTRIBUSI_PELANGGAN_BARU',
  'LINK_WA',
  'MATRIKS_PELANGGAN',
  'NILAI_PELANGGAN',
  'PELUANG_AKTIF',
  'PREDIKSI_BELI',
  'RETENTION_RATE',
  'SISA_HUTANG',
  'SKOR_RFM',
  'TAHAP_PELANGGAN',
  'TIPE_PELANGGAN',
];
const ENTRY_POINTS = [
  ...FORMULAS,
  'bukaBantuan',
  'bukaPanel',
  'bukaPengaturan',
  'jalankanSegmentasi',
  'onInstall',
  'onOpen',
  'panelHubungi',
  'panelJalankan',
  'panelMulai',
  'panelPengaturan',
  'panelSimpanPengaturan',
  'panelSudahDihubungi',
  'pembaruanOtomatis',
];

function load(timeZone = 'Asia/Jakarta'): LoadedBundle & { calls: string[] } {
  const fake = fakeAppsScript({ timeZone });
  const bundle = loadBundle(fake.globals);
  return {
    ...bundle,
    get calls() {
      return [...fake.log.counts.keys()];
    },
  };
}

describe('dist/Code.js', () => {
  it('declares exactly the entry points as top-level functions, formulas with JSDoc and @customfunction', () => {
    const bundle = load();
    expect([...bundle.topLevelFunctions].sort()).toEqual(ENTRY_POINTS);
    const code = readFileSync(BUNDLE, 'utf8');
    for (const name of ENTRY_POINTS.filter((n) => !FORMULAS.includes(n))) {
      const doc = new RegExp(`/\\*\\*((?!\\*/)[\\s\\S])*\\*/\\s*function ${name}\\(`);
      expect(code).toMatch(doc);
      expect(code).not.toMatch(new RegExp(`@customfunction\\s*\\*/\\s*function ${name}\\(`));
    }
    for (const name of FORMULAS) {
      const doc = new RegExp(`/\\*\\*((?!\\*/)[\\s\\S])*@customfunction\\s*\\*/\\s*function ${name}\\(`);
      expect(code).toMatch(doc);
      expect(code).toMatch(new RegExp(`@example =${name}\\(`));
    }
  });

  it('leaks no helper as a callable global', () => {
    const bundle = load();
    const functions = Object.keys(bundle.context).filter((k) => typeof bundle.context[k] === 'function');
    expect(functions.sort()).toEqual(ENTRY_POINTS);
  });

  it('ships the manifest with V8, Asia/Jakarta and the narrowest scopes, no addOns block', () => {
    const manifest = JSON.parse(readFileSync(join(BUNDLE, '..', 'appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Jakarta' });
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      // ScriptApp.newTrigger, getUserTriggers, deleteTrigger: the daily update's trigger.
      'https://www.googleapis.com/auth/script.scriptapp',
    ]);
    expect(manifest.addOns).toBeUndefined();
  });

  it('answers TIPE_PELANGGAN for a column of names with sheet Dates of its own realm', () => {
    const bundle = load();
    // Dates as Sheets gives them: midnight WIB, made in the bundle's realm (not this test's Date).
    const day = (y: number, m: number, d: number) =>
      bundle.evaluate<Date>(`new Date(Date.UTC(${y}, ${m - 1}, ${d} - 1, 17))`);
    const sales = [
      ['Tanggal', 'Nama Pelanggan', 'Total', 'Pembayaran'],
      ...[1, 2, 3, 4, 5, 6].map((m) => [day(2025, m, 5), 'Sri', 25000, 'Tunai']),
      [day(2025, 6, 1), 'Joko', 15000, 'Kasbon'],
      [day(2025, 6, 29), 'Ani', 'Rp 15.000', 'Tunai'],
    ];
    const debts = [
      ['Buku Kasbon'],
      [''],
      ['Tanggal', 'Pelanggan', 'Jumlah', 'Jatuh Tempo', 'Tanggal Bayar'],
      [day(2025, 3, 1), 'Budi', 50000, day(2025, 3, 15), ''],
    ];
    const names = [['Sri'], ['Joko'], [''], ['Ani'], ['Budi'], ['Tidak Dikenal']];
    const ref = day(2025, 6, 30);
    expect(bundle.call('TIPE_PELANGGAN', names, sales, debts, ref)).toEqual([
      ['A'],
      ['C'],
      [''],
      ['B'],
      ['D'],
      ['Tidak ada data'],
    ]);
    expect(bundle.calls).toContain('Spreadsheet.getSpreadsheetTimeZone');
  });

  it('answers RETENTION_RATE as a number and as a table', () => {
    const bundle = load();
    const sales = [
      ['Tgl', 'Customer', 'Amount'],
      [45752, 'a', 10], // 2025-04-05 as a serial number
      [45753, 'b', 10],
      [45782, 'a', 10], // 2025-05-05
    ];
    expect(bundle.call('RETENTION_RATE', sales, 'bulan', '31/05/2025')).toBe(0.5);
    const table = bundle.call<unknown[][]>('RETENTION_RATE', sales, 'bulan', '31/05/2025', 'tabel');
    expect(table.map((r) => r[0])).toEqual(['Periode', 'Apr 2025', 'Mei 2025']);
  });

  it('throws an Indonesian Error naming a missing column, which Sheets shows on the cell', () => {
    const bundle = load();
    expect(() => bundle.call('TIPE_PELANGGAN', 'Sri', [['Tanggal', 'Nama']])).toThrow(
      /Kolom wajib tidak ditemukan.*"Total"/,
    );
  });

  it('counts today in the spreadsheet time zone, not the machine one', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total'],
      ['2025-06-30', 'Sri', 1000],
    ];
    // 2025-06-29 20:00 UTC is already 30 June in Jakarta but still 29 June in Los Angeles.
    const freeze =
      'globalThis.Date = class extends Date { constructor(...a) { if (a.length) super(...a); else super(Date.UTC(2025, 5, 29, 20)); } }; void 0';
    const jakarta = load('Asia/Jakarta');
    const la = load('America/Los_Angeles');
    jakarta.evaluate(freeze);
    la.evaluate(freeze);
    expect(jakarta.call('TIPE_PELANGGAN', 'Sri', sales)).toBe('B');
    expect(la.call('TIPE_PELANGGAN', 'Sri', sales)).toBe('Tidak ada data');
  });

  it("answers the other articles' formulas, with dates made in the sheet's zone", () => {
    const bundle = load();
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total', 'Pembayaran'],
      ['2026-09-01', 'Sri', 10000, 'Tunai'],
      ['2026-09-11', 'Sri', 10000, 'Tunai'],
      ['2026-09-21', 'Sri', 10000, 'Tunai'],
      ['2026-10-05', 'Joko', 40000, 'Kasbon'],
    ];
    const next = bundle.call<Date>('BELI_BERIKUTNYA', 'Sri', sales, '', '2026-11-20');
    expect(Object.prototype.toString.call(next)).toBe('[object Date]');
    // Midnight 1 October 2026 in Jakarta is 30 September 17:00 UTC.
    expect(next.toISOString()).toBe('2026-09-30T17:00:00.000Z');
    expect(bundle.call('SISA_HUTANG', 'Joko', sales, '', '2026-11-20', 'umur')).toBe('Telat 31-60 hari');
    expect(bundle.call('TAHAP_PELANGGAN', [['Sri'], ['Joko']], sales, '', '2026-11-20')).toEqual([
      ['Repeater'],
      ['Inisial'],
    ]);
    expect(bundle.call('LINK_WA', '0812-3456-7890', 'Halo')).toBe('https://wa.me/6281234567890?text=Halo');
    expect(bundle.call<unknown[][]>('KOHORT_RETENSI', sales, '2026-11-20')[0].slice(0, 3)).toEqual([
      'Kohort',
      'Pelanggan',
      'Bulan 0',
    ]);
  });
});
