/**
 * DOMAIN 9b in the product: Belanja per Kunjungan Mendatang and Nilai Pelanggan for the workbook's
 * own customers, only from a Gamma-Gamma fit on at least 30 repeat customers that converged (and a
 * BG/NBD fit for the value); otherwise blank with the reason. The sample shop against scipy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../../src/cli/csv';
import { expectedPurchases } from '../../../src/core/models/bgnbd';
import { customerValue } from '../../../src/core/models/customerValue';
import { expectedSpend, populationMeanSpend } from '../../../src/core/models/gammaGamma';
import { predictionFor } from '../../../src/core/models/prediction';
import { worthFor } from '../../../src/core/models/valuePrediction';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/core/settings';
import bgnbdReference from '../../fixtures/bgnbd_reference.json';
import reference from '../../fixtures/clv_reference.json';
import { purchases, run, salesSheet } from '../../support/build';
import { gammaGammaSpend, irregularShop } from '../../support/randomShop';

const REF = '2026-11-20';
const relative = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);
const YEAR = { steps: 12, stepLength: 30, discount: 0.01 };

describe('the settings bulanNilai and diskonBulanan', () => {
  it('default to 12 months and 1 % a month, and refuse what is out of range naming the key', () => {
    expect(DEFAULT_SETTINGS.bulanNilai).toBe(12);
    expect(DEFAULT_SETTINGS.diskonBulanan).toBe(0.01);
    expect(parseSettings({ bulanNilai: 24, diskonBulanan: 0 })).toMatchObject({
      bulanNilai: 24,
      diskonBulanan: 0,
    });
    expect(() => parseSettings({ bulanNilai: 0 })).toThrow(/bulanNilai/);
    expect(() => parseSettings({ bulanNilai: 121 })).toThrow(/bulanNilai/);
    expect(() => parseSettings({ bulanNilai: 1.5 })).toThrow(/bulanNilai/);
    expect(() => parseSettings({ diskonBulanan: -0.01 })).toThrow(/diskonBulanan/);
    expect(() => parseSettings({ diskonBulanan: 0.6 })).toThrow(/diskonBulanan/);
  });
});

describe('a shop whose spend follows the model (60 customers)', () => {
  const a = run({ sales: irregularShop(60, undefined, gammaGammaSpend()) }, REF);
  const w = worthFor(a);
  const bg = predictionFor(a);

  it('fits on the repeat customers and fills both columns of every buying customer', () => {
    expect(bg.status).toBe('ok');
    expect(w.status).toBe('ok');
    expect(w.repeaters).toBe(a.customers.filter((c) => c.measures.frequency > 0).length);
    expect(w.repeaters).toBeGreaterThanOrEqual(30);
    expect(w.spendMessage).toBeNull();
    expect(w.valueMessage).toBeNull();
    expect(w.byKey.size).toBe(60);
    expect(w.fit!.correlation).not.toBeNull();
  });

  it("gives a customer who came once the shop's mean, and a repeat customer a mean between theirs and the shop's", () => {
    const mean = populationMeanSpend(w.fit!.params);
    for (const c of a.customers) {
      const m = c.measures;
      const { spend } = w.byKey.get(m.key)!;
      if (m.frequency === 0) expect(spend).toBe(mean);
      else {
        const own = m.repeatSpend / m.frequency;
        expect(spend).toBeGreaterThanOrEqual(Math.min(own, mean) - 1e-6);
        expect(spend).toBeLessThanOrEqual(Math.max(own, mean) + 1e-6);
      }
    }
  });

  it('values each customer as 12 months of BG/NBD purchases times the spend, 1 % a month less', () => {
    const c = a.customers.find((x) => x.measures.frequency >= 3)!;
    const triple = bg.triples.get(c.measures.key)!;
    const { spend, value } = w.byKey.get(c.measures.key)!;
    let want = 0;
    for (let k = 1; k <= 12; k++) {
      const month =
        expectedPurchases(bg.fit!.params, triple, 30 * k)! -
        expectedPurchases(bg.fit!.params, triple, 30 * (k - 1))!;
      want += (month * spend) / 1.01 ** k;
    }
    expect(value!).toBeCloseTo(want, 6);
  });

  it('follows bulanNilai and diskonBulanan', () => {
    const c = a.customers[0].measures.key;
    const longer = run({ sales: irregularShop(60, undefined, gammaGammaSpend()) }, REF, { bulanNilai: 24 });
    const plain = run({ sales: irregularShop(60, undefined, gammaGammaSpend()) }, REF, { diskonBulanan: 0 });
    expect(worthFor(longer).byKey.get(c)!.value!).toBeGreaterThan(w.byKey.get(c)!.value!);
    expect(worthFor(plain).byKey.get(c)!.value!).toBeGreaterThan(w.byKey.get(c)!.value!);
    expect(worthFor(a, 24).byKey.get(c)!.value).toBeCloseTo(worthFor(longer).byKey.get(c)!.value!, 9);
  });
});

describe('honest blanks', () => {
  it('fewer than 30 repeat customers: no fit, no number, the reason counts them', () => {
    const a = run({ sales: irregularShop(20, undefined, gammaGammaSpend()) }, REF);
    const w = worthFor(a);
    expect(w.status).toBe('tooFewRepeaters');
    expect(w.fit).toBeNull();
    expect(w.byKey.size).toBe(0);
    expect(w.spendMessage).toBe(
      `Belanja per Kunjungan Mendatang dan Nilai Pelanggan dikosongkan: baru ${w.repeaters} pelanggan yang ` +
        'belanja lebih dari sekali, perlu paling sedikit 30 supaya perkiraannya bisa dipercaya.',
    );
    expect(w.valueMessage).toBe(w.spendMessage);
  });

  it('every customer spending the same each time: the fit runs off and is refused', () => {
    const w = worthFor(run({ sales: irregularShop(60) }, REF));
    expect(w.status).toBe('notConverged');
    expect(w.byKey.size).toBe(0);
    expect(w.spendMessage).toMatch(/tidak menemukan hasil yang mantap/);
  });

  it('without a BG/NBD model the spend is given and the value is blank with that reason', () => {
    // 40 customers buying every 7 days to the end: nobody ever leaves, BG/NBD runs off. Their
    // spend follows the Gamma-Gamma model.
    let seed = 7;
    const uniform = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) + 0.5) / 2147483648;
    const spend = gammaGammaSpend();
    const rows = Array.from({ length: 40 }, (_, i) =>
      Array.from({ length: 20 }, (_, k): [string, string, number] => {
        const day = new Date(Date.UTC(2026, 6, 1 + (i % 5) + 7 * k)).toISOString().slice(0, 10);
        return [day, `P${i}`, spend(i, uniform)];
      }),
    ).flat();
    const a = run({ sales: salesSheet(rows) }, REF);
    const w = worthFor(a);
    expect(predictionFor(a).status).not.toBe('ok');
    expect(w.status).toBe('ok');
    const one = w.byKey.get(a.customers[0].measures.key)!;
    expect(one.spend).toBeGreaterThan(0);
    expect(one.value).toBeNull();
    expect(w.valueMessage).toBe(predictionFor(a).message);
  });
});

describe('repeat spend: the total less the first occasion, returns subtracted', () => {
  it('takes the earliest occasion as the first, whatever the row order', () => {
    const a = run(
      {
        sales: salesSheet([
          ...purchases('Sri', ['2026-03-01'], 30_000),
          ...purchases('Sri', ['2026-01-01'], 10_000),
          ...purchases('Sri', ['2026-02-01'], 20_000),
          ['2026-03-02', 'Sri', -5_000],
        ]),
      },
      REF,
    );
    const m = a.customers[0].measures;
    expect(m.frequency).toBe(2);
    // 30.000 + 20.000 - 5.000 returned.
    expect(m.repeatSpend).toBe(45_000);
  });

  it('is 0 for a customer who came once', () => {
    const a = run({ sales: salesSheet(purchases('Sri', ['2026-03-01'], 30_000)) }, REF);
    expect(a.customers[0].measures.repeatSpend).toBe(0);
  });
});

describe('the sample shop (samples/), against scipy', () => {
  const read = (file: string) =>
    parseCsv(readFileSync(join(__dirname, '..', '..', '..', 'samples', file), 'utf8'));
  const a = run(
    { sales: read('penjualan.csv'), debts: read('hutang.csv'), customers: read('pelanggan.csv') },
    REF,
  );
  const want = reference.samples;
  const byName = new Map(a.customers.map((c) => [c.measures.name, c]));

  it("has each customer's repeat occasions and mean repeat spend as scipy's script counts them from the sales", () => {
    expect(want.customers).toHaveLength(87);
    for (const w of want.customers) {
      const m = byName.get(w.name)!.measures;
      expect(m.frequency).toBe(w.x);
      if (w.x > 0) expect(m.repeatSpend / m.frequency).toBeCloseTo(w.m, 6);
    }
  });

  it('leaves both columns blank: spend rises with visits here (correlation 0.81) and p runs off, as in scipy', () => {
    const w = worthFor(a);
    expect(w.status).toBe('notConverged');
    expect(w.byKey.size).toBe(0);
    // scipy stops on the same ridge, p beyond e^14: the likelihood still rises toward p = infinity.
    expect(want.gammaGamma.params.p).toBeGreaterThan(Math.exp(14));
    expect(want.gammaGamma.correlation).toBeCloseTo(0.8069, 4);
    // The reason names the broken assumption with the shop's own correlation.
    expect(w.valueMessage).toContain('belanja lebih besar per kunjungan (korelasi 0,8069)');
  });

  it("equals scipy per customer at scipy's parameters: spend within 1e-12, value within 1e-9 (1e-5 with our BG/NBD fit)", () => {
    const gg = want.gammaGamma.params;
    const bg = bgnbdReference.samplesFit.params;
    const triples = predictionFor(a).triples;
    for (const w of want.customers) {
      const c = byName.get(w.name)!;
      const spend = expectedSpend(gg, w.x, Math.max(0, w.m));
      expect(relative(spend, w.spend)).toBeLessThan(1e-12);
      const value = customerValue(bg, triples.get(c.measures.key)!, spend, YEAR)!;
      expect(relative(value, w.value)).toBeLessThan(1e-9);
      // With our own BG/NBD fit of the sample shop (scipy's agrees to about 1e-6).
      const own = customerValue(predictionFor(a).fit!.params, triples.get(c.measures.key)!, spend, YEAR)!;
      expect(relative(own, w.value)).toBeLessThan(1e-5);
    }
  });
});
