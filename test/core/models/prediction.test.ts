/**
 * DOMAIN 9 in the product: Peluang Aktif and Prediksi Beli for the workbook's own customers, only
 * from a fit on at least 30 repeaters that converged; otherwise blank everywhere with the reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../../src/cli/csv';
import { analyze, retention } from '../../../src/core/engine';
import {
  fitElsewhere,
  modelInput,
  modelInputOf,
  predictionFor,
  MIN_REPEATERS,
  type ModelInput,
} from '../../../src/core/models/prediction';
import { peluangAktif, prediksiBeli } from '../../../src/core/predictionFormulas';
import { modelCsvRows, predictionLine, predictionTable } from '../../../src/core/report/predictionSummary';
import { customerTable, summaryTables } from '../../../src/core/report/reportSheets';
import { summaryText } from '../../../src/core/report/summary';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/core/settings';
import reference from '../../fixtures/bgnbd_reference.json';
import { groupTriples } from '../../../src/core/models/bgnbd';
import type { CustomerMeasures } from '../../../src/core/measure/measures';
import { d, monthly, run, salesSheet } from '../../support/build';
import { irregularShop } from '../../support/randomShop';

const REF = '2026-11-20';
const env = { timeZone: 'Asia/Jakarta', now: new Date(Date.UTC(2026, 10, 20, 5)) };
const RUN = { startedAt: '20/11/2026 12.00', seconds: 1, sheets: [] };

const column = (table: ReturnType<typeof customerTable>, header: string) => {
  const i = table.columns.findIndex((c) => c.header === header);
  return table.rows.map((r) => r[i]);
};

describe('honest limits: at least 30 customers with a repeat purchase', () => {
  const thirty = run({ sales: irregularShop(40) }, REF);
  const firstRepeater = thirty.customers.find((c) => c.measures.frequency > 0)!;
  const index = Number(firstRepeater.measures.name.replace('Pelanggan ', ''));
  const twentyNine = run({ sales: irregularShop(40, (i) => i === index) }, REF);

  it('fits with exactly 30 repeaters', () => {
    const p = predictionFor(thirty);
    expect(p.repeaters).toBe(MIN_REPEATERS);
    expect(p.status).toBe('ok');
    expect(p.message).toBeNull();
    expect(p.byKey.size).toBe(40);
  });

  it('gives P(alive) 1 to a customer who came once, and less than 1 to each repeater', () => {
    const p = predictionFor(thirty);
    for (const c of thirty.customers) {
      const alive = p.byKey.get(c.measures.key)!.pAlive;
      if (c.measures.frequency === 0) expect(alive).toBe(1);
      else expect(alive).toBeLessThan(1);
      expect(alive).toBeGreaterThan(0);
    }
  });

  it("leaves both columns blank with 29 repeaters and says why, in the catalogue's words", () => {
    const p = predictionFor(twentyNine);
    expect(p.repeaters).toBe(29);
    expect(p.status).toBe('tooFewRepeaters');
    expect(p.fit).toBeNull();
    expect(p.message).toBe(
      'Peluang Aktif dan Prediksi Beli dikosongkan: baru 29 pelanggan yang belanja lebih dari sekali, ' +
        'perlu paling sedikit 30 supaya perkiraannya bisa dipercaya.',
    );
    const table = customerTable(twentyNine);
    expect(new Set(column(table, 'Peluang Aktif'))).toEqual(new Set([null]));
    expect(new Set(column(table, 'Prediksi Beli'))).toEqual(new Set([null]));
    expect(modelCsvRows(twentyNine)).toEqual([
      ['parameter', 'nilai'],
      ['r', ''],
      ['alpha', ''],
      ['a', ''],
      ['b', ''],
      ['log_likelihood', ''],
      ['pelanggan', 39],
      ['p', ''],
      ['q', ''],
      ['v', ''],
      ['korelasi', ''],
    ]);
    expect(() =>
      peluangAktif(
        'Pelanggan 1',
        irregularShop(40, (i) => i === index),
        REF,
        env,
      ),
    ).toThrow(p.message!);
  });

  it('shows no number from a fit that does not converge (everyone buys every month: no one ever leaves)', () => {
    const rows = Array.from({ length: 30 }, (_, i) => monthly(`Setia ${i}`, '2026-01', 11)).flat();
    const a = run({ sales: salesSheet(rows) }, REF);
    const p = predictionFor(a);
    expect(p.repeaters).toBe(30);
    expect(p.status).toBe('notConverged');
    expect(p.fit).toBeNull();
    expect(p.expectedTotal).toBeNull();
    expect(p.message).toMatch(/tidak menemukan hasil yang mantap/);
    expect(new Set(column(customerTable(a), 'Prediksi Beli'))).toEqual(new Set([null]));
    expect(
      modelCsvRows(a)
        .slice(1, 6)
        .map((r) => r[1]),
    ).toEqual(['', '', '', '', '']);
    const block = predictionTable(a);
    expect(block.rows[0][1]).toBeNull();
    expect(block.rows.map((r) => r[0])).not.toContain('Parameter r');
    expect(block.rows).toContainEqual(['Keterangan', p.message]);
    expect(predictionLine(a)).toBe(p.message);
  });

  it('leaves a customer with debts only (no purchase to model) blank even when the model fits', () => {
    const debts = [
      ['Tanggal', 'Pelanggan', 'Jumlah'],
      ['2026-10-01', 'Hanya Hutang', 50000],
    ];
    const a = run({ sales: irregularShop(40), debts }, REF);
    const table = customerTable(a);
    const names = column(table, 'Pelanggan');
    const row = names.indexOf('Hanya Hutang');
    expect(row).toBeGreaterThanOrEqual(0);
    expect(column(table, 'Peluang Aktif')[row]).toBeNull();
    expect(column(table, 'Prediksi Beli')[row]).toBeNull();
    expect(predictionFor(a).customers).toBe(40);
  });
});

describe('hariPrediksi', () => {
  it('is 90 by default, takes 273, and refuses 0 and 3651 naming the key', () => {
    expect(DEFAULT_SETTINGS.hariPrediksi).toBe(90);
    expect(parseSettings({ hariPrediksi: 273 }).hariPrediksi).toBe(273);
    expect(() => parseSettings({ hariPrediksi: 0 })).toThrow(/hariPrediksi/);
    expect(() => parseSettings({ hariPrediksi: 3651 })).toThrow(/hariPrediksi/);
    expect(() => parseSettings({ hariPrediksi: 1.5 })).toThrow(/hariPrediksi/);
  });

  it('sets the period of Prediksi Beli and of the Ringkasan; the model (and P(alive)) stays the same', () => {
    const short = run({ sales: irregularShop(40) }, REF);
    const long = run({ sales: irregularShop(40) }, REF, { hariPrediksi: 273 });
    const ps = predictionFor(short);
    const pl = predictionFor(long);
    expect(pl.horizonDays).toBe(273);
    expect(pl.fit!.params).toEqual(ps.fit!.params);
    for (const [key, p] of ps.byKey) {
      expect(pl.byKey.get(key)!.pAlive).toBe(p.pAlive);
      expect(pl.byKey.get(key)!.expected!).toBeGreaterThan(p.expected!);
    }
    expect(predictionTable(long).rows[0][0]).toBe(
      'Perkiraan jumlah pembelian 273 hari ke depan (semua pelanggan)',
    );
  });
});

describe('the sample shop (samples/), fitted independently with scipy', () => {
  const read = (file: string) =>
    parseCsv(readFileSync(join(__dirname, '..', '..', '..', 'samples', file), 'utf8'));
  const a = run(
    { sales: read('penjualan.csv'), debts: read('hutang.csv'), customers: read('pelanggan.csv') },
    REF,
  );
  const p = predictionFor(a);
  const want = reference.samplesFit;

  it('has 48 repeaters among 87 buying customers, enough for the model', () => {
    expect(p.repeaters).toBe(want.repeaters);
    expect(p.customers).toBe(want.customers);
    expect(p.status).toBe('ok');
  });

  it("matches scipy's maximum likelihood: r, alpha (per day), a, b and the log-likelihood", () => {
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      expect(Math.abs(p.fit!.params[k] / want.params[k] - 1)).toBeLessThan(1e-4);
    }
    expect(p.fit!.logLikelihood).toBeCloseTo(want.logLikelihood, 4);
    const model = Object.fromEntries(modelCsvRows(a).slice(1));
    expect(model.pelanggan).toBe(87);
    expect(Math.abs((model.alpha as number) / want.params.alpha - 1)).toBeLessThan(1e-4);
  });

  it('puts the expected purchases of the next 90 days in the Ringkasan and the text summary', () => {
    const tables = summaryTables(a, retention(a, 'bulan'), RUN);
    const block = tables.find((t) => t.title === 'Akan beli lagi? Perkiraan dari model BG/NBD')!;
    const total = [...p.byKey.values()].reduce((s, c) => s + (c.expected ?? 0), 0);
    expect(p.expectedTotal).toBeCloseTo(total, 9);
    expect(block.rows[0][0]).toBe('Perkiraan jumlah pembelian 90 hari ke depan (semua pelanggan)');
    expect(block.rows[0][1]).toBe(total.toFixed(1).replace('.', ','));
    expect(summaryText(a, [])).toContain(
      `Perkiraan pembelian 90 hari ke depan: ${total.toFixed(1).replace('.', ',')} kali`,
    );
  });

  it('answers the formulas like the table: one name, a column with a blank, the customer table', () => {
    // The formulas take no debt sheet: compare with the same analysis of the sales alone.
    const sales = read('penjualan.csv');
    const table = customerTable(run({ sales }, REF));
    const value = (header: string, name: string) =>
      column(table, header)[column(table, 'Pelanggan').indexOf(name)];
    expect(peluangAktif('Ibu Wati', sales, REF, env)).toBe(value('Peluang Aktif', 'Ibu Wati'));
    expect(prediksiBeli([['Ibu Wati'], [''], ['Tidak Dikenal']], sales, '', REF, env)).toEqual([
      [value('Prediksi Beli', 'Ibu Wati')],
      [''],
      ['Tidak ada data'],
    ]);
    const customers = read('pelanggan.csv');
    const grid = peluangAktif(customers, sales, REF, env) as unknown[][];
    expect(grid[0]).toEqual(['Peluang Aktif']);
    expect(grid).toHaveLength(customers.length);
  });

  it('PREDIKSI_BELI takes a period in days, and refuses one that is not a whole number of days', () => {
    const sales = read('penjualan.csv');
    const d30 = prediksiBeli('Ibu Wati', sales, 30, REF, env) as number;
    const d90 = prediksiBeli('Ibu Wati', sales, '', REF, env) as number;
    expect(d30).toBeGreaterThan(0);
    expect(d30).toBeLessThan(d90);
    expect(() => prediksiBeli('Ibu Wati', sales, 'sebulan', REF, env)).toThrow(
      'hari harus bilangan bulat 1 sampai 3650: "sebulan"',
    );
  });
});

describe('a fit computed elsewhere (the command line fits on its second thread)', () => {
  it('is taken for the groups it was registered for, instead of fitting here', () => {
    const a = run({ sales: irregularShop(40) }, REF);
    const { groups, repeaters } = modelInput(a);
    expect(repeaters).toBeGreaterThanOrEqual(MIN_REPEATERS);
    expect(modelInput(a).groups).toBe(groups);
    const given = { r: 2, alpha: 30, a: 0.5, b: 3 };
    let asked = 0;
    fitElsewhere(groups!, () => {
      asked++;
      return {
        params: given,
        logLikelihood: -1,
        converged: true,
        iterations: 1,
        evaluations: 1,
        customers: 40,
      };
    });
    expect(predictionFor(a).fit?.params).toEqual(given);
    expect(predictionFor(a, 30).fit?.params).toEqual(given);
    expect(asked).toBe(1);
  });

  it('groups equal (x, t_x, T) in the order they first come, counting them; debts-only customers left out', () => {
    const m = (key: string, occasions: number, recencyDays: number, ageDays: number) =>
      ({ key, occasions, frequency: Math.max(0, occasions - 1), recencyDays, ageDays }) as CustomerMeasures;
    const regulars = Array.from({ length: 31 }, (_, i) => m(`r${i}`, 3, 10, 30));
    const input = modelInputOf(
      [regulars[0], m('b', 1, 0, 30), ...regulars.slice(1), m('c', 2, 5, 20), m('d', 0, 0, 0)],
      (c) => c,
    );
    expect(input.repeaters).toBe(32);
    expect(input.triples.size).toBe(33);
    expect(input.triples.has('d')).toBe(false);
    expect(input.groups).toEqual([
      { x: 2, tx: 10, T: 30, count: 31 },
      { x: 0, tx: 0, T: 30, count: 1 },
      { x: 1, tx: 5, T: 20, count: 1 },
    ]);
    expect(input.triples.get('c')).toMatchObject({ x: 1, tx: 5, T: 20 });
  });

  it('is handed out by the engine before classification ends, for the customers in report order', () => {
    let early: ModelInput | undefined;
    const a = analyze(
      { sales: { name: 'Penjualan', rows: irregularShop(40) } },
      {
        settings: parseSettings({}),
        referenceDay: d(REF),
        timeZone: 'Asia/Jakarta',
        onModelInput: (input) => (early = input),
      },
    );
    expect(modelInput(a)).toBe(early);
    // The same groups in the same order as from the finished, sorted table: the same fit.
    expect(early?.groups).toEqual(modelInputOf(a.customers, (c) => c.measures).groups);
    expect([...(early?.triples.keys() ?? [])]).toEqual(
      a.customers.filter((c) => c.measures.occasions > 0).map((c) => c.measures.key),
    );
    // The groups are groupTriples' of the buyers' (x, t_x, T) in report order, counts and all.
    const buyers = a.customers.filter((c) => c.measures.occasions > 0).map((c) => c.measures);
    const rows = buyers.map((m) => ({ x: m.frequency, tx: m.recencyDays, T: m.ageDays }));
    expect(early?.groups).toEqual(groupTriples(rows));
    expect(early?.groups?.reduce((n, g) => n + g.count, 0)).toBe(buyers.length);
    for (const [i, m] of buyers.entries()) {
      const t = early?.triples.get(m.key);
      expect([t?.x, t?.tx, t?.T]).toEqual([rows[i].x, rows[i].tx, rows[i].T]);
    }
  });
});
