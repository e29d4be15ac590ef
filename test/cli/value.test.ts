/**
 * Belanja per Kunjungan Mendatang, Nilai Pelanggan and the spend model on the command line
 * (build/cli.js as a user runs it): pelanggan.csv's two columns, model.csv's p, q, v and korelasi,
 * and bulanNilai / diskonBulanan through --pengaturan.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvText, parseCsv } from '../../src/cli/csv';
import { worthFor } from '../../src/core/models/valuePrediction';
import { run } from '../support/build';
import { gammaGammaSpend, irregularShop } from '../support/randomShop';
import { segmentasi } from './support';

const REF = '2026-11-20';
const sales = irregularShop(60, undefined, gammaGammaSpend());
const dir = mkdtempSync(join(tmpdir(), 'segmentasi-nilai-'));
const salesFile = join(dir, 'penjualan.csv');
writeFileSync(salesFile, sales.map((row) => row.map((v) => csvText(String(v))).join(',')).join('\n') + '\n');

function runCli(name: string, settings?: object) {
  const out = join(dir, name);
  const extra: string[] = [];
  if (settings) {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(settings));
    extra.push('--pengaturan', file);
  }
  const r = segmentasi('--penjualan', salesFile, '--tanggal-acuan', REF, '--keluar', out, '--diam', ...extra);
  return { ...r, read: (file: string) => parseCsv(readFileSync(join(out, file), 'utf8')) };
}

/** Each customer's cell of a column of pelanggan.csv, by name. */
function column(rows: string[][], header: string): Map<string, string> {
  const i = rows[0].indexOf(header);
  return new Map(rows.slice(1).map((r) => [r[0], r[i]]));
}

describe('the value columns and the spend model on the command line', () => {
  const core = run({ sales }, REF);
  const worth = worthFor(core);
  const usual = runCli('bawaan');

  it("writes each customer's spend and value in whole rupiah, as the analysis gives them", () => {
    expect(usual.code).toBe(0);
    const rows = usual.read('pelanggan.csv');
    const spend = column(rows, 'Belanja per Kunjungan Mendatang');
    const value = column(rows, 'Nilai Pelanggan');
    expect(spend.size).toBe(60);
    for (const c of core.customers) {
      const want = worth.byKey.get(c.measures.key)!;
      expect(spend.get(c.measures.name)).toBe(String(Math.round(want.spend)));
      expect(value.get(c.measures.name)).toBe(String(Math.round(want.value!)));
    }
  });

  it('writes p, q, v and korelasi to model.csv', () => {
    const model = Object.fromEntries(usual.read('model.csv').slice(1));
    const { p, q, v } = worth.fit!.params;
    expect(Number(model.p)).toBe(Number(p.toPrecision(8)));
    expect(Number(model.q)).toBe(Number(q.toPrecision(8)));
    expect(Number(model.v)).toBe(Number(v.toPrecision(8)));
    expect(Number(model.korelasi)).toBe(Number(worth.correlation!.toPrecision(8)));
  });

  it('takes bulanNilai and diskonBulanan from --pengaturan, and refuses a discount above 0,5 naming it', () => {
    const longer = runCli('panjang', { bulanNilai: 24, diskonBulanan: 0 });
    expect(longer.code).toBe(0);
    const before = column(usual.read('pelanggan.csv'), 'Nilai Pelanggan');
    const after = column(longer.read('pelanggan.csv'), 'Nilai Pelanggan');
    const wanted = worthFor(run({ sales }, REF, { bulanNilai: 24, diskonBulanan: 0 }));
    for (const c of core.customers) {
      expect(after.get(c.measures.name)).toBe(String(Math.round(wanted.byKey.get(c.measures.key)!.value!)));
      expect(Number(after.get(c.measures.name))).toBeGreaterThanOrEqual(Number(before.get(c.measures.name)));
    }
    const bad = runCli('salah', { diskonBulanan: 2 });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/diskonBulanan/);
  });
});
