/** The command line's model.csv and hariPrediksi through --pengaturan (build/cli.js as a user runs it). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../../src/cli/csv';
import reference from '../fixtures/bgnbd_reference.json';
import clvReference from '../fixtures/clv_reference.json';
import { sampleShopArgs, segmentasi } from './support';

function segmentasiOnSamples(out: string, ...extra: string[]) {
  return segmentasi(...sampleShopArgs(out), ...extra);
}

describe('model.csv and hariPrediksi on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'segmentasi-model-'));

  it('writes model.csv: parameter,nilai with r, alpha per day, a, b, log_likelihood, pelanggan, p, q, v, korelasi', () => {
    const out = join(dir, 'bawaan');
    const r = segmentasiOnSamples(out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Perkiraan pembelian 90 hari ke depan: [\d.,]+ kali/);
    const model = parseCsv(readFileSync(join(out, 'model.csv'), 'utf8'));
    expect(model.map((row) => row[0])).toEqual([
      'parameter',
      'r',
      'alpha',
      'a',
      'b',
      'log_likelihood',
      'pelanggan',
      'p',
      'q',
      'v',
      'korelasi',
    ]);
    const value = Object.fromEntries(model.slice(1).map(([k, v]) => [k, Number(v)]));
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      expect(Math.abs(value[k] / reference.samplesFit.params[k] - 1)).toBeLessThan(1e-4);
    }
    expect(value.log_likelihood).toBeCloseTo(reference.samplesFit.logLikelihood, 3);
    expect(value.pelanggan).toBe(87);
    // The spend model runs off on the sample shop (spend rises with visits): p, q, v blank, the
    // correlation that says why given.
    const raw = Object.fromEntries(model.slice(1));
    expect([raw.p, raw.q, raw.v]).toEqual(['', '', '']);
    expect(value.korelasi).toBeCloseTo(clvReference.samples.gammaGamma.correlation, 6);
    const customers = parseCsv(readFileSync(join(out, 'pelanggan.csv'), 'utf8'));
    const alive = customers[0].indexOf('Peluang Aktif');
    const expected = customers[0].indexOf('Prediksi Beli');
    expect(alive).toBeGreaterThan(0);
    expect(expected).toBe(alive + 1);
    for (const row of customers.slice(1)) {
      if (row[customers[0].indexOf('Kunjungan')] === '0') continue;
      expect(Number(row[alive])).toBeGreaterThan(0);
      expect(Number(row[alive])).toBeLessThanOrEqual(1);
      expect(row[expected]).toMatch(/^\d+(\.\d{1,2})?$/);
    }
  });

  it('takes {"hariPrediksi": 273} from --pengaturan, and refuses 0 naming the key', () => {
    const file = join(dir, 'pengaturan.json');
    writeFileSync(file, JSON.stringify({ hariPrediksi: 273 }));
    const r = segmentasiOnSamples(join(dir, 'panjang'), '--pengaturan', file, '--diam');
    expect(r.code).toBe(0);
    const longer = parseCsv(readFileSync(join(dir, 'panjang', 'pelanggan.csv'), 'utf8'));
    const usual = parseCsv(readFileSync(join(dir, 'bawaan', 'pelanggan.csv'), 'utf8'));
    const col = usual[0].indexOf('Prediksi Beli');
    const wati = (rows: string[][]) => Number(rows.find((row) => row[0] === 'Ibu Wati')![col]);
    expect(wati(longer)).toBeGreaterThan(wati(usual));
    writeFileSync(file, JSON.stringify({ hariPrediksi: 0 }));
    const bad = segmentasiOnSamples(join(dir, 'salah'), '--pengaturan', file);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/hariPrediksi/);
  });
});
