/**
 * "Perbarui otomatis setiap pagi" (issue 22 item 4) through the built bundle on the fake: saving
 * the setting makes or removes one time-driven trigger of the owner's account for this file; the
 * trigger runs the menu's segmentation in AuthMode.FULL, without any dialog, under the document
 * lock and the 6-minute budget; its outcome is kept and shown on top of "Ringkasan Segmentasi" and
 * in the panel. Each run names its reference date TanggalAcuan for the formulas.
 */
import { FakeTrigger } from './fakes/fakeScriptApp';
import type { FakeSheet } from './fakes/fakeSpreadsheet';
import { fakeTime } from './support/fakeTime';
import { fireTrigger, sampleWorld, sheetRows, type World } from './support/workbook';

const SETTINGS_KEY = 'segmentasi.pengaturan';
const SCHEDULE_KEY = 'segmentasi.pembaruan-otomatis';
const SUMMARY = 'Ringkasan Segmentasi';
const OUR_SHEETS = ['Segmentasi Pelanggan', 'Hubungi Hari Ini', SUMMARY];
/** FIXED_NOW (2026-11-21 03:15 UTC) in the sheet's zone, Asia/Jakarta. */
const AT = '21/11/2026 10.15';

function save(w: World, input: Record<string, unknown>): { ok: boolean; problems?: unknown[] } {
  return w.bundle.call('panelSimpanPengaturan', { tanggalAcuan: '2026-11-20', ...input });
}

function everything(sheets: FakeSheet[]): string {
  return sheets.map((s) => `## ${s.title} ${s.maxRows}x${s.maxColumns}\n${s.snapshot()}`).join('\n');
}

function autoStatus(w: World): string | null {
  return w.bundle.call<{ auto: string | null }>('panelMulai').auto;
}

describe('saving "Perbarui otomatis setiap pagi"', () => {
  it('makes one daily trigger at the hour in the sheet zone; saving again, from the panel or the menu, makes no second one', () => {
    const w = sampleWorld();
    expect(save(w, { perbaruiOtomatis: true }).ok).toBe(true);
    expect(w.scriptApp.triggers).toHaveLength(1);
    const [trigger] = w.scriptApp.triggers;
    expect(trigger).toMatchObject({
      handler: 'pembaruanOtomatis',
      user: 'pemilik@example.com',
      documentId: w.spreadsheet.id,
      schedule: { everyDays: 1, atHour: 6, timezone: 'Asia/Jakarta' },
    });
    // The handler is one of the bundle's top-level functions, as Apps Script needs.
    expect(w.bundle.topLevelFunctions).toContain(trigger.handler);
    expect(save(w, { perbaruiOtomatis: true, namaToko: 'Toko Sari' }).ok).toBe(true);
    w.ui.answers.push({ button: 'OK', text: 'hariHilang=200' });
    w.bundle.call('bukaPengaturan');
    expect(w.ui.alerts[w.ui.alerts.length - 1].message).toMatch(/^Tersimpan/);
    expect(w.scriptApp.triggers).toEqual([trigger]);
  });

  it('replaces the trigger when the hour changes and removes it when switched off', () => {
    const w = sampleWorld();
    save(w, { perbaruiOtomatis: true });
    const first = w.scriptApp.triggers[0];
    save(w, { perbaruiOtomatis: true, jamPembaruan: 9 });
    expect(w.scriptApp.triggers).toHaveLength(1);
    expect(w.scriptApp.triggers[0]).not.toBe(first);
    expect(w.scriptApp.triggers[0].schedule.atHour).toBe(9);
    save(w, { perbaruiOtomatis: false, jamPembaruan: 9 });
    expect(w.scriptApp.triggers).toEqual([]);
    expect(w.properties.store.has(SCHEDULE_KEY)).toBe(false);
  });

  it("says in the owner's words when Apps Script will not make the trigger, and saves nothing", () => {
    const w = sampleWorld();
    // Twenty triggers of this account in other files: Apps Script's limit per user and script.
    for (let i = 0; i < 20; i++)
      w.scriptApp.triggers.push(
        new FakeTrigger(
          `x${i}`,
          'pembaruanOtomatis',
          'pemilik@example.com',
          `lain-${i}`,
          {
            everyDays: 1,
            atHour: 6,
            timezone: null,
          },
          w.log,
        ),
      );
    const before = w.properties.store.get(SETTINGS_KEY);
    const saved = save(w, { perbaruiOtomatis: true });
    expect(saved).toEqual({
      ok: false,
      problems: [
        {
          path: 'perbaruiOtomatis',
          message: expect.stringMatching(
            /^Pembaruan otomatis tidak bisa dipasang: This script has too many triggers/,
          ),
        },
      ],
    });
    expect(w.properties.store.get(SETTINGS_KEY)).toBe(before);
  });
});

describe('the daily run', () => {
  it("runs the menu's segmentation in the trigger's FULL mode, without any dialog, and says so on top of Ringkasan and in the panel", () => {
    const w = sampleWorld();
    save(w, { perbaruiOtomatis: true });
    expect(autoStatus(w)).toBe(
      'Pembaruan otomatis: setiap hari antara pukul 06.00 dan 07.00; belum pernah berjalan.',
    );
    fireTrigger(w, w.scriptApp.triggers[0]);
    expect(w.spreadsheet.sheets.map((s) => s.title)).toEqual(expect.arrayContaining(OUR_SHEETS));
    // getUi() fails in a trigger: no alert, no toast's dialog, nothing waits for a click.
    expect(w.ui.alerts).toEqual([]);
    const top = w.spreadsheet.sheet(SUMMARY).peek();
    expect(top[0][0]).toBe(`Pembaruan otomatis terakhir: ${AT}, selesai`);
    expect(top[1][0]).toBe(`Jalan terakhir: ${AT} (pembaruan otomatis), selesai.`);
    expect(autoStatus(w)).toBe(`Pembaruan otomatis terakhir: ${AT}, selesai`);
    expect(w.spreadsheet.sheet('Penjualan').peek()[0]).toContain('Tipe Pelanggan');
  });

  it('runs nothing outside AuthMode.FULL and says why', () => {
    const w = sampleWorld();
    save(w, { perbaruiOtomatis: true });
    const before = everything(w.spreadsheet.sheets);
    fireTrigger(w, w.scriptApp.triggers[0], 'LIMITED');
    expect(everything(w.spreadsheet.sheets)).toBe(before);
    expect(autoStatus(w)).toBe(
      `Pembaruan otomatis terakhir: ${AT}, tidak jalan karena izin belum diberikan; ` +
        'buka Segmentasi › Buka panel sekali lalu simpan Pengaturan',
    );
  });

  it('writes nothing while another run holds the document lock, and says so', () => {
    const w = sampleWorld();
    w.run();
    save(w, { perbaruiOtomatis: true });
    const before = everything(w.spreadsheet.sheets);
    w.lock.heldElsewhere = true;
    fireTrigger(w, w.scriptApp.triggers[0]);
    expect(everything(w.spreadsheet.sheets)).toBe(before);
    expect(autoStatus(w)).toBe(
      `Pembaruan otomatis terakhir: ${AT}, tidak jalan karena segmentasi lain sedang berjalan saat itu`,
    );
  });

  it('stops cleanly at the 6-minute budget and the next morning writes what was left first', () => {
    const w = sampleWorld();
    save(w, { perbaruiOtomatis: true });
    // Each cell written costs 80 ms: the first morning cannot write everything.
    const time = fakeTime(w, { readMsPerCell: 0, writeMsPerCell: 80 });
    fireTrigger(w, w.scriptApp.triggers[0]);
    expect(time.elapsed()).toBeLessThanOrEqual(6 * 60_000 - 45_000);
    const left = JSON.parse(w.properties.store.get('segmentasi.belum-ditulis') as string).ids as string[];
    expect(left.length).toBeGreaterThan(0);
    expect(autoStatus(w)).toBe(
      `Pembaruan otomatis terakhir: ${AT}, berhenti sebelum batas waktu; sisanya dikerjakan lebih dulu pada pembaruan berikutnya`,
    );
    const written = w.log.count('Range.setValues');
    time.reset();
    fireTrigger(w, w.scriptApp.triggers[0]);
    expect(JSON.parse(w.properties.store.get('segmentasi.belum-ditulis') as string).ids).toEqual([]);
    expect(w.log.count('Range.setValues')).toBeGreaterThan(written);
    expect(autoStatus(w)).toBe(`Pembaruan otomatis terakhir: ${AT}, selesai`);
    expect(w.spreadsheet.sheet(SUMMARY).peek()[0][0]).toBe(`Pembaruan otomatis terakhir: ${AT}, selesai`);
  });

  it("lets a trigger that is no longer the live one remove itself: another account's, or one left after switching off", () => {
    const w = sampleWorld();
    save(w, { perbaruiOtomatis: true });
    const first = w.scriptApp.triggers[0];
    // A colleague saves the settings too: their account gets its own trigger (they cannot see ours).
    w.session.user = 'rekan@example.com';
    save(w, { perbaruiOtomatis: true });
    w.session.user = 'pemilik@example.com';
    expect(w.scriptApp.triggers.map((t) => t.user)).toEqual(['pemilik@example.com', 'rekan@example.com']);
    const before = everything(w.spreadsheet.sheets);
    fireTrigger(w, first);
    expect(w.scriptApp.triggers.map((t) => t.user)).toEqual(['rekan@example.com']);
    expect(everything(w.spreadsheet.sheets)).toBe(before);
    fireTrigger(w, w.scriptApp.triggers[0]);
    expect(w.spreadsheet.sheets.map((s) => s.title)).toEqual(expect.arrayContaining(OUR_SHEETS));
    // Switched off by the first account: the colleague's trigger goes at its next firing.
    save(w, { perbaruiOtomatis: false });
    const left = w.scriptApp.triggers[0];
    fireTrigger(w, left);
    expect(w.scriptApp.triggers).toEqual([]);
  });
});

describe('TanggalAcuan', () => {
  const jakartaMidnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d - 1, 17));

  it("names the run's reference date on Ringkasan, a date the formulas take as tanggal_acuan", () => {
    const w = sampleWorld();
    w.run();
    const named = w.spreadsheet.getNamedRanges();
    expect(
      named.map((n) => [n.getName(), n.getRange().getSheet().getName(), n.getRange().getA1Notation()]),
    ).toEqual([['TanggalAcuan', SUMMARY, 'B3']]);
    const value = w.spreadsheet.getRangeByName('TanggalAcuan')?.getValues()[0][0] as Date;
    expect(value).toEqual(jakartaMidnight(2026, 11, 20));
    const top = w.spreadsheet.sheet(SUMMARY).peek();
    expect(top[0][0]).toBe('Pembaruan otomatis: mati. Nyalakan di Segmentasi › Buka panel › Pengaturan.');
    expect(top[1][0]).toBe(`Jalan terakhir: ${AT}, selesai.`);
    expect(top[2][0]).toBe('Tanggal acuan (nama TanggalAcuan untuk rumus)');
    // A formula given TanggalAcuan answers as with DATE(2026;11;20).
    const sales = sheetRows('penjualan.csv');
    const debts = sheetRows('hutang.csv');
    const asSheets = w.bundle.evaluate<Date>(`new Date(${value.getTime()})`);
    const byDate = w.bundle.evaluate<Date>(`new Date(${jakartaMidnight(2026, 11, 20).getTime()})`);
    expect(w.bundle.call('SISA_HUTANG', 'Kios Mas Yanto', sales, debts, asSheets, 'umur')).toBe(
      w.bundle.call('SISA_HUTANG', 'Kios Mas Yanto', sales, debts, byDate, 'umur'),
    );
  });

  it("moves with every run to that run's reference date, still one name", () => {
    const w = sampleWorld();
    w.run();
    w.properties.store.set(SETTINGS_KEY, JSON.stringify({ tanggalAcuan: '2026-12-05' }));
    w.run();
    expect(w.spreadsheet.getNamedRanges()).toHaveLength(1);
    expect(w.spreadsheet.getRangeByName('TanggalAcuan')?.getValues()[0][0]).toEqual(
      jakartaMidnight(2026, 12, 5),
    );
  });

  it("leaves the owner's own TanggalAcuan where it is and says so", () => {
    const w = sampleWorld((f) => {
      const notes = f.spreadsheet.addSheet('Catatan', [['Tanggal'], [46300]]);
      f.spreadsheet.setNamedRange('TanggalAcuan', notes.getRange('A2'));
    });
    w.run();
    const named = w.spreadsheet.getNamedRanges();
    expect(named).toHaveLength(1);
    expect(named[0].getRange().getSheet().getName()).toBe('Catatan');
    expect(w.ui.alerts[w.ui.alerts.length - 1].message).toContain(
      'Nama "TanggalAcuan" sudah Anda pakai untuk Catatan!A2; tidak diubah',
    );
  });
});
