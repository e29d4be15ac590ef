/**
 * Google's documented limits (issue 22 item 5), each through the built bundle on a fake that keeps
 * them (test/gas/fakes/README.md names the page each follows). Every test here fails without the
 * fix it is named for: properties of 9 KB per value and 500 KB per store, counted in bytes; custom
 * functions stopped at 30 seconds; the document lock and properties that can be null; insertSheet
 * activating the new sheet and needing its whole starting grid; developer metadata copied with a
 * duplicated sheet; a run that stops before the 6-minute limit.
 */
import { readFileSync } from 'node:fs';
import { syntheticShop } from '../../bench/synthetic';
import { FakeProperties, MAX_PROPERTY_BYTES, MAX_STORE_BYTES, propertyBytes } from './fakes/fakeServices';
import { CallLog } from './fakes/callLog';
import type { Analysis } from '../../src/core/engine';
import type { ContactRecord } from '../../src/core/models/followUpEntry';
import { loadContactLog, saveContactLog } from '../../src/gas/settingsStore';
import { storeContactList, storedContactList } from '../../src/gas/storedContacts';
import type { FakeSheet } from './fakes/fakeSpreadsheet';
import { BUNDLE } from './fakes/loadBundle';
import { fakeTime } from './support/fakeTime';
import { FIXED_NOW, fireTrigger, sampleWorld, world, type World } from './support/workbook';

const CONTACTS = 'Hubungi Hari Ini';
const SUMMARY = 'Ringkasan Segmentasi';

interface ContactList {
  entries: { key: string; name: string; bucket: string | null; link: string }[];
  more: number;
  problem: string | null;
}

function everything(sheets: FakeSheet[]): string {
  return sheets.map((s) => `## ${s.title} ${s.maxRows}x${s.maxColumns}\n${s.snapshot()}`).join('\n');
}

function lastAlert(w: World) {
  return w.ui.alerts[w.ui.alerts.length - 1];
}

/** The "Sudah dihubungi" log as the add-on keeps it: in parts "<key>.0", "<key>.1"..., their count in "<key>.n". */
function storedLog(w: World): Record<string, unknown> {
  const n = Number(w.properties.store.get('segmentasi.dihubungi.n') ?? 0);
  let text = '';
  for (let i = 0; i < n; i++) text += w.properties.store.get(`segmentasi.dihubungi.${i}`) ?? '';
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

function expectWithinPropertyLimits(w: World): void {
  for (const [key, value] of w.properties.store)
    expect(propertyBytes(key, value)).toBeLessThanOrEqual(MAX_PROPERTY_BYTES);
  expect(w.properties.bytes()).toBeLessThanOrEqual(MAX_STORE_BYTES);
}

describe('properties: 9 KB per value and 500 KB per store, in bytes', () => {
  it('keeps the "Sudah dihubungi" log within both limits however many customers are marked', () => {
    const w = sampleWorld();
    w.run();
    // 400 contacts of about 60 bytes each: 24 KB, far more than one property holds.
    for (let i = 0; i < 400; i++)
      w.bundle.call('panelSudahDihubungi', {
        key: `pelanggan nomor ${String(i).padStart(3, '0')}`,
        bucket: null,
      });
    const log = storedLog(w);
    expect(Object.keys(log)).toHaveLength(400);
    expect(log['pelanggan nomor 399']).toEqual({ day: 20777 }); // 20 November 2026 (day 0 is 1 January 1970)
    expectWithinPropertyLimits(w);
  });

  it('caps the log and the kept contact list, so the store stays under 500 KB (oldest contacts dropped first)', () => {
    const props = new FakeProperties(new CallLog());
    // 15,000 contacts over two months: about 570 KB as JSON, more than a whole store holds.
    const log = new Map<string, ContactRecord>(
      Array.from({ length: 15_000 }, (_, i) => [
        `pelanggan nomor ${String(i).padStart(5, '0')}`,
        { day: 20777 - (i % 60) },
      ]),
    );
    saveContactLog(props, log, 20777);
    const kept = loadContactLog(props);
    expect(kept.size).toBeGreaterThan(900);
    expect(kept.size).toBeLessThan(15_000);
    // Only the most recent days are kept: nothing older than any record dropped.
    const oldestKept = Math.min(...[...kept.values()].map((r) => r.day));
    const dropped = [...log].filter(([k]) => !kept.has(k));
    expect(dropped.every(([, r]) => r.day <= oldestKept)).toBe(true);
    // A day's list of 3,000 customers (maksHubungi up to 1,000, twice over), each with a long message.
    const entry = (i: number) => ({
      key: `k${i}`,
      kind: 'beliLagi' as const,
      name: `Pelanggan ${i}`,
      type: 'B',
      why: 'sudah waktunya belanja lagi',
      amount: null,
      date: 20700,
      phone: '081234567890',
      link: '',
      message: 'Halo, sudah waktunya belanja lagi? '.repeat(10),
      bucket: null,
      priority: i,
    });
    const analysis = { referenceDay: 20777, settings: { jedaHubungiHari: 7 } } as unknown as Analysis;
    const list = {
      today: Array.from({ length: 3000 }, (_, i) => entry(i)),
      winBack: [],
      more: 0,
      noNumber: [],
      moreNoNumber: 0,
    };
    storeContactList(props, analysis, list);
    const stored = storedContactList(props);
    expect(stored?.entries.length).toBeGreaterThan(100);
    expect((stored?.entries.length ?? 0) + (stored?.more ?? 0)).toBe(3000);
    for (const [key, value] of props.store)
      expect(propertyBytes(key, value)).toBeLessThanOrEqual(MAX_PROPERTY_BYTES);
    expect(props.bytes()).toBeLessThanOrEqual(MAX_STORE_BYTES);
  });

  it('refuses in Pengaturan, with a message, message templates too long to save, and saves nothing', () => {
    const w = sampleWorld();
    const before = w.properties.store.get('segmentasi.pengaturan');
    // Eleven templates of 590 "é" (two bytes each) are about 13 KB: each fits its own limit, not all together.
    const keys = [
      'hutang_belumJatuhTempo',
      'hutang_telat1_30',
      'hutang_telat31_60',
      'hutang_telat61_90',
      'hutang_telatLebih90',
      'komplain',
      'terimaKasih',
      'beliLagi',
      'ajakKembali',
      'ulangTahun',
      'hadiah',
    ];
    const pesan = Object.fromEntries(keys.map((k) => [k, 'é'.repeat(590)]));
    const saved = w.bundle.call<{ ok: boolean; problems: { path: string; message: string }[] }>(
      'panelSimpanPengaturan',
      { pesan },
    );
    expect(saved).toEqual({
      ok: false,
      problems: [
        {
          path: 'pesan.hutang_belumJatuhTempo',
          message:
            'Pengaturan terlalu panjang untuk disimpan: 13 KB, paling banyak 9 KB (batas Google). Perpendek pesan ini.',
        },
      ],
    });
    const one = w.bundle.call<{ ok: boolean; problems: unknown[] }>('panelSimpanPengaturan', {
      pesan: { beliLagi: 'a'.repeat(601) },
    });
    expect(one).toEqual({
      ok: false,
      problems: [{ path: 'pesan.beliLagi', message: 'Paling banyak 600 huruf.' }],
    });
    expect(w.properties.store.get('segmentasi.pengaturan')).toBe(before);
  });
});

describe('custom functions: Google stops them at 30 seconds', () => {
  it('stop themselves before 25 s with an Indonesian message that points to the menu', () => {
    const w = world(() => {});
    const sales = syntheticShop(20_000).sales;
    // Each look at the clock finds three more seconds gone: the formula's data is far too slow.
    w.bundle.evaluate(`{ let t = ${FIXED_NOW}; Date.now = () => (t += 3000); }`);
    expect(() => w.bundle.call('TIPE_PELANGGAN', 'Pelanggan 1', sales, '', '2025-12-31')).toThrow(
      /^Rumus ini dihentikan setelah \d+ detik: datanya terlalu besar untuk rumus \(Google menghentikan rumus setelah 30 detik\)\. Pakai menu Segmentasi › Jalankan segmentasi/,
    );
  });

  it('say "(opsional)" for every optional argument, and only for those', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    // The optional arguments of each formula, from its signature in src/gas/main.ts.
    const optional: Record<string, string[]> = {
      TIPE_PELANGGAN: ['hutang', 'tanggal_acuan', 'keluaran'],
      RETENTION_RATE: ['periode', 'tanggal_acuan', 'keluaran'],
      MATRIKS_PELANGGAN: ['hutang', 'tanggal_acuan', 'keluaran'],
      TAHAP_PELANGGAN: ['hutang', 'tanggal_acuan', 'keluaran'],
      BELI_BERIKUTNYA: ['hutang', 'tanggal_acuan', 'keluaran'],
      SISA_HUTANG: ['hutang', 'tanggal_acuan', 'keluaran'],
      SKOR_RFM: ['hutang', 'tanggal_acuan', 'keluaran'],
      KOHORT_RETENSI: ['tanggal_acuan'],
      KONTRIBUSI_PELANGGAN_BARU: ['periode', 'tanggal_acuan'],
      LINK_WA: ['pesan'],
      PELUANG_AKTIF: ['tanggal_acuan'],
      PREDIKSI_BELI: ['hari', 'tanggal_acuan'],
    };
    for (const [name, names] of Object.entries(optional)) {
      const doc =
        new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(`).exec(code)?.[1] ?? '';
      const params = [...doc.matchAll(/@param \{[^}]*\} (\[?)(\w+)\]? (.*)/g)];
      expect(params.length).toBeGreaterThan(names.length);
      for (const [, bracket, param, text] of params) {
        const isOptional = names.includes(param);
        expect([name, param, bracket === '[', text.startsWith('(opsional) ')]).toEqual([
          name,
          param,
          isOptional,
          isOptional,
        ]);
      }
    }
  });
});

describe('Hubungi in the panel', () => {
  it('shows the list the last run kept, without reading the book', () => {
    const w = sampleWorld();
    w.run();
    // The sheet's rows, then its last line: "dan 23 lainnya menunggu giliran hari berikutnya".
    const rows = w.spreadsheet.sheet(CONTACTS).peek();
    const sheetNames = rows.slice(1, -1).map((r) => r[0]);
    expect(rows[rows.length - 1][0]).toBe('dan 23 lainnya menunggu giliran hari berikutnya');
    w.log.reset();
    const list = w.bundle.call<ContactList>('panelHubungi');
    expect(w.log.sheetCalls()).toBe(0);
    expect(list.entries.map((e) => e.name)).toEqual(sheetNames);
    expect(list).toMatchObject({ more: 23, problem: null });
    expect(list.entries[0].link).toMatch(/^https:\/\/wa\.me\/62\d+\?text=/);
  });

  it('says to run the segmentation first when no run has kept a list', () => {
    const w = sampleWorld();
    expect(w.bundle.call<ContactList>('panelHubungi')).toEqual({
      entries: [],
      more: 0,
      gapDays: 0,
      problem:
        'Daftar belum ada. Tekan "Jalankan segmentasi" di Ringkasan dulu: daftar ini dibuat oleh segmentasi terakhir.',
    });
  });

  it('writes "Sudah dihubungi" only under the document lock', () => {
    const w = sampleWorld();
    w.run();
    const [first] = w.bundle.call<ContactList>('panelHubungi').entries;
    w.lock.heldElsewhere = true;
    expect(() => w.bundle.call('panelSudahDihubungi', { key: first.key, bucket: first.bucket })).toThrow(
      'Segmentasi sedang berjalan, jadi "Sudah dihubungi" belum dicatat. Coba lagi sebentar lagi.',
    );
    expect(storedLog(w)).toEqual({});
    w.lock.heldElsewhere = false;
    const after = w.bundle.call<ContactList>('panelSudahDihubungi', { key: first.key, bucket: first.bucket });
    expect(after.entries.map((e) => e.key)).not.toContain(first.key);
    expect(Object.keys(storedLog(w))).toEqual([first.key]);
    expect(w.lock.held).toBe(false);
  });
});

describe('a read that runs out of time', () => {
  it("says so in the catalogue's words, in the panel and in the daily update's line", () => {
    const shop = syntheticShop(100_000);
    const w = world((f) => {
      f.spreadsheet.addSheet('Penjualan', shop.sales);
      f.properties.store.set('segmentasi.pengaturan', JSON.stringify({ tanggalAcuan: '2025-12-31' }));
    });
    fakeTime(w, { readMsPerCell: 0.5, writeMsPerCell: 1 });
    const run = w.bundle.call<{ title: string; message: string }>('panelJalankan');
    expect(run.title).toBe('Segmentasi Pelanggan: berhenti sebelum batas waktu');
    expect(run.message).toMatch(
      /^Buku ini terlalu besar untuk dibaca dalam 6 menit \(batas Google Sheets untuk satu kali jalan\)/,
    );
    w.bundle.call('panelSimpanPengaturan', { tanggalAcuan: '2025-12-31', perbaruiOtomatis: true });
    fireTrigger(w, w.scriptApp.triggers[0]);
    expect(w.bundle.call<{ auto: string }>('panelMulai').auto).toMatch(
      /^Pembaruan otomatis terakhir: 21\/11\/2026 10\.15, gagal: Buku ini terlalu besar untuk dibaca dalam 6 menit/,
    );
  });
});

describe('no document lock or property store (null outside a document)', () => {
  it('gives a clear message instead of a crash when the lock is null', () => {
    const w = sampleWorld();
    w.reach.documentLock = false;
    const before = everything(w.spreadsheet.sheets);
    w.run();
    expect(lastAlert(w).message).toBe(
      'Segmentasi gagal: Spreadsheet tidak bisa dikunci di sini, jadi tidak ada yang dijalankan (dua proses tidak ' +
        'boleh menulis bersamaan). Buka spreadsheet Anda, lalu jalankan dari menu Segmentasi.',
    );
    expect(everything(w.spreadsheet.sheets)).toBe(before);
  });

  it('gives a clear message instead of a crash when the property store is null', () => {
    const w = sampleWorld();
    w.reach.documentProperties = false;
    const noStore =
      'Penyimpanan pengaturan spreadsheet tidak tersedia di sini. Buka spreadsheet Anda, lalu jalankan dari menu Segmentasi.';
    w.run();
    expect(lastAlert(w).message).toBe(`Segmentasi gagal: ${noStore}`);
    for (const endpoint of ['panelMulai', 'panelHubungi', 'panelPengaturan'])
      expect(() => w.bundle.call(endpoint)).toThrow(noStore);
    expect(() => w.bundle.call('TIPE_PELANGGAN', 'Sri', [['Tanggal', 'Pelanggan', 'Total']])).toThrow(
      noStore,
    );
  });
});

describe('our sheets beside the owner', () => {
  it('leave the owner on the sheet they were looking at (insertSheet activates the new one)', () => {
    const w = sampleWorld();
    w.spreadsheet.activate(w.spreadsheet.sheet('Hutang'));
    w.run();
    expect(w.spreadsheet.sheets.map((s) => s.title)).toContain(SUMMARY);
    expect(w.spreadsheet.getActiveSheet().title).toBe('Hutang');
  });

  it("count a new sheet's starting grid of 1000 x 26 cells against the 10-million-cell limit", () => {
    // The sample's three sheets (3 x 26,000 cells) and an archive: 9,980,000 cells. Our three new
    // sheets need 26,000 cells each as they are inserted, 78,000 in all: past the limit.
    const w = sampleWorld((f) => {
      f.spreadsheet.addSheet('Arsip', [['x']], { maxRows: 990_200, maxColumns: 10 });
    });
    expect(w.spreadsheet.cells()).toBe(9_980_000);
    const before = everything(w.spreadsheet.sheets);
    w.run();
    expect(lastAlert(w).message).toMatch(
      /^Spreadsheet ini memakai 9\.980\.000 sel dan hasil segmentasi perlu \d{2}\.\d{3} sel lagi, melewati batas/,
    );
    expect(everything(w.spreadsheet.sheets)).toBe(before);
  });

  it('never write a copy of ours (Duplicate copies our mark): the mark whose id was kept is ours', () => {
    const w = sampleWorld();
    w.run();
    const ours = w.spreadsheet.sheet('Segmentasi Pelanggan');
    const copy = w.spreadsheet.duplicate(ours);
    // The owner moves the copy before ours and writes in it.
    w.spreadsheet.sheets = [copy, ...w.spreadsheet.sheets.filter((s) => s !== copy)];
    copy.load([['Catatan saya']], 90);
    const copyBefore = everything([copy]);
    w.spreadsheet
      .sheet('Penjualan')
      .load(
        [['INV-99999', '2026-11-19', 'Pelanggan Baru Sekali', 'Kerupuk', 1, 25000, '', 25000, 'Tunai']],
        765,
      );
    w.run();
    expect(everything([copy])).toBe(copyBefore);
    expect(ours.peek().map((r) => r[0])).toContain('Pelanggan Baru Sekali');
    // Nor is the copy read as the owner's data: the same sheets and rows as before.
    expect(lastAlert(w).message).toContain('penjualan 764, hutang 98, pelanggan 31');
  });

  it('write the closing message of a run that stopped at the time limit on top of Ringkasan', () => {
    const w = sampleWorld();
    w.run();
    w.spreadsheet
      .sheet('Penjualan')
      .load(
        [['INV-99999', '2026-11-19', 'Pelanggan Baru Sekali', 'Kerupuk', 1, 25000, '', 25000, 'Tunai']],
        765,
      );
    fakeTime(w, { readMsPerCell: 0, writeMsPerCell: 80 });
    w.run();
    expect(lastAlert(w).title).toBe('Segmentasi Pelanggan: berhenti sebelum batas waktu');
    const top = String(w.spreadsheet.sheet(SUMMARY).peek()[1][0]);
    expect(top.split('\n')[0]).toBe('Jalan terakhir: 21/11/2026 10.15, berhenti sebelum batas waktu.');
    expect(top).toContain('Waktu hampir habis (batas 6 menit), jadi segmentasi berhenti dengan rapi.');
    expect(top).toContain(`Belum ditulis: sheet "${SUMMARY}"`);
  });
});
