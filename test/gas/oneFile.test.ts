/**
 * The one-file install: dist/Segmentasi.gs loaded alone, as an owner pastes it into Extensions ›
 * Apps Script of a spreadsheet. No manifest of ours and no other file: the fake's folder of pushed
 * HTML files is empty, so a page the file does not carry cannot be found. The menu, every formula
 * the file declares, a menu run and the panel's server calls then run on the fake; the expected
 * figures are the sample shop's, as README states them.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { BUNDLE, loadBundle, repoRoot } from './fakes/loadBundle';
import { fakeAppsScript } from './fakes/appsScript';
import { sampleWorld, world, type World } from './support/workbook';

const DIST = join(repoRoot(), 'dist');
const ONE_FILE = join(DIST, 'Segmentasi.gs');
const NO_FILES = mkdtempSync(join(tmpdir(), 'segmentasi-no-pushed-files-'));
const SETTINGS_KEY = 'segmentasi.pengaturan';
const CONTACT_LOG_KEY = 'segmentasi.dihubungi';

const code = readFileSync(ONE_FILE, 'utf8');
const pages = readdirSync(DIST)
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({ file: f, text: readFileSync(join(DIST, f), 'utf8') }));

/** The file alone on the fake; with the sample shop unless `empty`. */
function alone(empty = false): World {
  const options = { file: ONE_FILE, htmlDir: NO_FILES };
  return empty ? world(() => {}, 'Asia/Jakarta', options) : sampleWorld(undefined, options);
}

/** The JSDoc block right above `function name(`. */
function docOf(source: string, name: string): string | undefined {
  return new RegExp(`/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/\\s*function ${name}\\(`).exec(source)?.[0];
}

/** Every string literal's text in a script. */
function stringLiterals(source: string): Set<string> {
  const file = ts.createSourceFile('x.js', source, ts.ScriptTarget.ES2020, false, ts.ScriptKind.JS);
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('dist/Segmentasi.gs, the whole add-on in one file', () => {
  it('starts with the @OnlyCurrentDoc annotation, so a bound script asks only for this spreadsheet', () => {
    expect(code.split('\n')[0]).toBe('/** @OnlyCurrentDoc */');
  });

  it("declares dist/Code.js's entry points with the same JSDoc (Sheets lists the formulas from it)", () => {
    const clasp = readFileSync(BUNDLE, 'utf8');
    const one = loadBundle(fakeAppsScript().globals, ONE_FILE).topLevelFunctions;
    const pushed = loadBundle(fakeAppsScript().globals, BUNDLE).topLevelFunctions;
    expect([...one].sort()).toEqual([...pushed].sort());
    for (const name of one) {
      expect(docOf(code, name)).toBeDefined();
      expect(docOf(code, name)).toBe(docOf(clasp, name));
    }
  });

  it('carries every page of dist/ as text; dist/Code.js carries none (clasp pushes the pages)', () => {
    expect(pages.length).toBeGreaterThan(0);
    const inOneFile = stringLiterals(code);
    const inCodeJs = stringLiterals(readFileSync(BUNDLE, 'utf8'));
    for (const page of pages) {
      expect([page.file, inOneFile.has(page.text)]).toEqual([page.file, true]);
      expect([page.file, inCodeJs.has(page.text)]).toEqual([page.file, false]);
    }
  });

  it('builds the Segmentasi menu on open, each item a function of the file, reading no sheet', () => {
    const w = alone(true);
    w.bundle.call('onOpen', { authMode: 'LIMITED' });
    expect(w.ui.menus).toHaveLength(1);
    const menu = w.ui.menus[0];
    expect(menu).toMatchObject({ caption: 'Segmentasi', addon: false, added: true });
    expect(menu.items.map((i) => i.caption)).toEqual([
      'Jalankan segmentasi',
      'Buka panel',
      'Pengaturan',
      'Bantuan',
    ]);
    for (const item of menu.items) expect(w.bundle.topLevelFunctions).toContain(item.functionName);
    expect(w.log.total('Sheet.', 'Properties.')).toBe(0);
  });

  describe('every formula of the file on the sample shop, with the results README shows', () => {
    const NO_SPEND_MODEL =
      'Belanja per Kunjungan Mendatang dan Nilai Pelanggan dikosongkan: perhitungan perkiraan belanja tidak ' +
      'menemukan hasil yang mantap dari data ini, jadi tidak ada angka yang ditampilkan. ' +
      'Di toko ini pelanggan yang lebih sering datang juga belanja lebih besar per kunjungan ' +
      '(korelasi 0,8069), padahal model menganggap keduanya tidak berkaitan.';
    const w = alone();
    const sales = w.spreadsheet.sheet('Penjualan').getDataRange().getValues();
    const debts = w.spreadsheet.sheet('Hutang').getDataRange().getValues();
    // DATE(2026;11;20) as Sheets hands it to a formula: midnight WIB, a Date of the file's own realm.
    const T = w.bundle.evaluate<Date>('new Date(Date.UTC(2026, 10, 19, 17))');
    const near = (value: number, places: number) => ({ near: value, places });
    const EXAMPLES: Record<string, [unknown[], unknown]> = {
      TIPE_PELANGGAN: [['Kios Mas Yanto', sales, debts, T], 'D'],
      RETENTION_RATE: [[sales, 'bulan', T], near(0.591, 3)],
      MATRIKS_PELANGGAN: [['Bu Ratna', sales, debts, T], 'Tangkap'],
      TAHAP_PELANGGAN: [['Ibu Wati', sales, debts, T], 'Loyal'],
      // 05/12/2026 in the sheet's zone: midnight WIB is 17:00 UTC the day before.
      BELI_BERIKUTNYA: [['Ibu Wati', sales, '', T], Date.UTC(2026, 11, 4, 17)],
      SISA_HUTANG: [['Pak Joko', sales, debts, T], 169200],
      SKOR_RFM: [['Bu Ratna', sales, '', T], '345'],
      KOHORT_RETENSI: [
        [sales, T],
        ['Kohort', 'Pelanggan', 'Bulan 0', 'Bulan 1'],
      ],
      KONTRIBUSI_PELANGGAN_BARU: [[sales, 'bulan', T], near(311400 / 15869000, 6)],
      LINK_WA: [
        ['0812-1111-0001', 'Halo, pesanan siap'],
        'https://wa.me/6281211110001?text=Halo%2C%20pesanan%20siap',
      ],
      PELUANG_AKTIF: [['Ibu Wati', sales, T], near(0.997, 3)],
      PREDIKSI_BELI: [['Ibu Wati', sales, 30, T], near(1.71, 2)],
      // The sample shop's spend rises with visits: no spend model, the reason instead (docs/rumus.md).
      BELANJA_MENDATANG: [['Ibu Wati', sales, T], { throws: NO_SPEND_MODEL }],
      NILAI_PELANGGAN: [['Ibu Wati', sales, 12, T], { throws: NO_SPEND_MODEL }],
    };
    const declared = [...code.matchAll(/@customfunction\s*\*\/\s*function (\w+)\(/g)].map((m) => m[1]);

    it('has an example for each formula the file declares', () => {
      expect(declared.length).toBeGreaterThanOrEqual(12);
      expect([...declared].sort()).toEqual(Object.keys(EXAMPLES).sort());
    });

    it.each(Object.keys(EXAMPLES))('%s', (name) => {
      const [args, expected] = EXAMPLES[name];
      if (typeof expected === 'object' && expected !== null && 'throws' in expected) {
        expect(() => w.bundle.call<unknown>(name, ...args)).toThrow((expected as { throws: string }).throws);
        return;
      }
      const result = w.bundle.call<unknown>(name, ...args);
      if (name === 'BELI_BERIKUTNYA') {
        expect(Object.prototype.toString.call(result)).toBe('[object Date]');
        expect((result as Date).getTime()).toBe(expected);
      } else if (name === 'KOHORT_RETENSI') {
        expect((result as unknown[][])[0].slice(0, 4)).toEqual(expected);
      } else if (typeof expected === 'object' && expected !== null && 'near' in expected) {
        const { near: value, places } = expected as { near: number; places: number };
        expect(result).toBeCloseTo(value, places);
      } else {
        expect(result).toEqual(expected);
      }
    });
  });

  it('runs the segmentation from the menu: the counts of the sample shop, the three sheets', () => {
    const w = alone();
    w.run();
    const closing = w.ui.alerts[w.ui.alerts.length - 1];
    expect(closing.message).toContain('Pelanggan: 87 — A: 4, B: 63, C: 18, D: 2.');
    expect(closing.message).toContain('Tanggal acuan: 20/11/2026.');
    expect(w.spreadsheet.sheets.map((s) => s.title)).toEqual(
      expect.arrayContaining(['Segmentasi Pelanggan', 'Ringkasan Segmentasi', 'Hubungi Hari Ini']),
    );
  });

  describe('the panel', () => {
    const w = alone();

    it('opens from the page the file carries (createHtmlOutput), never from a pushed file', () => {
      w.bundle.call('bukaPanel');
      const panel = w.ui.sidebars[w.ui.sidebars.length - 1];
      expect(pages.map((p) => p.text)).toContain(panel.content);
      // The page of the user's language: Indonesian here, from its first "Memuat…".
      expect(panel.content).toContain('<html lang="id">');
      expect(panel.content).toContain('<p class="status info">Memuat…</p>');
      expect(panel.title).toBe('Segmentasi Pelanggan');
      expect(panel.width).toBe(300);
      expect(w.log.counts.get('HtmlService.createHtmlOutput')).toBe(1);
      expect(w.log.counts.get('HtmlService.createHtmlOutputFromFile')).toBeUndefined();
    });

    it('panelMulai: no figures and no automatic update line before the first run', () => {
      expect(w.bundle.call('panelMulai')).toEqual({ summary: null, auto: null });
    });

    it('panelJalankan: the menu run, its result as plain values; panelMulai then has its figures', () => {
      const result = w.bundle.call<{ outcome: string; message: string }>('panelJalankan');
      expect(result.outcome).toBe('done');
      expect(result.message).toContain('Pelanggan: 87 — A: 4, B: 63, C: 18, D: 2.');
      const start = w.bundle.call<{ summary: { customers: number } }>('panelMulai');
      expect(start.summary.customers).toBe(87);
    });

    it('panelHubungi and panelSudahDihubungi: Pak Joko, 37 days late, leaves the list once contacted', () => {
      type List = { entries: { key: string; name: string; bucket: string | null; link: string }[] };
      const list = w.bundle.call<List>('panelHubungi');
      const joko = list.entries.find((e) => e.name === 'Pak Joko');
      expect(joko).toMatchObject({ key: 'pak joko', bucket: 'telat31_60' });
      expect(joko?.link).toMatch(/^https:\/\/wa\.me\/6281311120005\?text=/);
      const after = w.bundle.call<List>('panelSudahDihubungi', { key: 'pak joko', bucket: 'telat31_60' });
      expect(after.entries.map((e) => e.name)).not.toContain('Pak Joko');
      // The log is kept in parts (a property holds 9 KB): here one part, "<key>.0".
      expect(w.properties.store.get(`${CONTACT_LOG_KEY}.n`)).toBe('1');
      expect(Object.keys(JSON.parse(w.properties.store.get(`${CONTACT_LOG_KEY}.0`) as string))).toEqual([
        'pak joko',
      ]);
    });

    it('panelPengaturan and panelSimpanPengaturan: the saved settings, changed and saved again', () => {
      const form = w.bundle.call<{ stored: Record<string, unknown> }>('panelPengaturan');
      expect(form.stored).toEqual({ tanggalAcuan: '2026-11-20' });
      const saved = w.bundle.call<{ ok: boolean }>('panelSimpanPengaturan', {
        ...form.stored,
        batasMacetHari: 90,
      });
      expect(saved.ok).toBe(true);
      expect(JSON.parse(w.properties.store.get(SETTINGS_KEY) as string)).toEqual({
        tanggalAcuan: '2026-11-20',
        batasMacetHari: 90,
      });
    });
  });
});
