/**
 * The sidebar's endpoints in the built bundle on the fake: plain JSON out (google.script.run fails
 * on a Date), input checked on the server too, nothing saved when the settings are refused.
 */
import { illegalValue } from '../sidebar/harness';
import { sampleWorld } from './support/workbook';

const SETTINGS_KEY = 'segmentasi.pengaturan';

describe('sidebar endpoints', () => {
  const w = sampleWorld();

  it('return only what google.script.run can carry', () => {
    for (const name of ['panelMulai', 'panelJalankan', 'panelHubungi', 'panelPengaturan']) {
      const value = w.bundle.call(name);
      expect([name, illegalValue(value)]).toEqual([name, null]);
      expect(JSON.parse(JSON.stringify(value))).toEqual(value);
    }
  });

  it('run the same segmentation as the menu and report it instead of alerting', () => {
    const alerts = w.ui.alerts.length;
    const run = w.bundle.call<{ outcome: string; summary: { customers: number } }>('panelJalankan');
    expect(run.outcome).toBe('done');
    expect(run.summary.customers).toBe(87);
    expect(w.ui.alerts.length).toBe(alerts);
  });

  it('refuse a malformed "Sudah dihubungi" and settings the schema refuses, changing nothing', () => {
    const before = w.properties.store.get(SETTINGS_KEY);
    expect(() => w.bundle.call('panelSudahDihubungi', { key: '', bucket: null })).toThrow(/tidak valid/);
    expect(() => w.bundle.call('panelSudahDihubungi', { key: 'sri', bucket: 'besok' })).toThrow(
      /tidak valid/,
    );
    const saved = w.bundle.call<{ ok: boolean; problems: unknown[] }>('panelSimpanPengaturan', {
      hariHilang: -1,
    });
    expect(saved).toEqual({ ok: false, problems: [{ path: 'hariHilang', message: 'Paling kecil 1.' }] });
    expect(w.bundle.call<{ ok: boolean }>('panelSimpanPengaturan', 'hariHilang=5').ok).toBe(false);
    expect(w.properties.store.get(SETTINGS_KEY)).toBe(before);
  });

  it('save valid settings and hand back the form with them in force', () => {
    const saved = w.bundle.call<{ ok: boolean; form: { current: { hariHilang: number } } }>(
      'panelSimpanPengaturan',
      {
        tanggalAcuan: '2026-11-20',
        hariHilang: 120,
      },
    );
    expect(saved.ok).toBe(true);
    expect(saved.form.current.hariHilang).toBe(120);
    expect(JSON.parse(w.properties.store.get(SETTINGS_KEY) as string)).toEqual({
      tanggalAcuan: '2026-11-20',
      hariHilang: 120,
    });
  });
});
