/**
 * The Gamma-Gamma spend model (DOMAIN 9b) against outside truth: the published CDNOW fit (Fader,
 * Hardie & Lee 2005; p = 6.25, q = 3.74, v = 15.45) and values computed independently with scipy
 * (scripts/bgnbd_reference.py -> test/fixtures/clv_reference.json).
 */
import {
  correlation,
  expectedSpend,
  fitGammaGamma,
  populationMeanSpend,
  spendLogLikelihoodOf,
  type SpendRow,
} from '../../../src/core/models/gammaGamma';
import { logGamma } from '../../../src/core/models/logGamma';
import reference from '../../fixtures/clv_reference.json';
import { cdnowSpend, hasCdnow } from '../../support/cdnow';

const relative = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe('ln Gamma', () => {
  it.each(reference.logGamma as [number, number][])("equals scipy's gammaln at %p", (z, want) => {
    // Near its zeros (1 and 2) ln Gamma is tiny: there the error is absolute.
    expect(Math.abs(logGamma(z) - want)).toBeLessThan(1e-13 * Math.max(1, Math.abs(want)));
  });

  it('gives ln 1 = 0 at 1 and 2, ln 24 at 5, and NaN outside x > 0', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1)).toBeNaN();
  });
});

describe('the formulas, by hand', () => {
  it('likelihood of one customer: p=1, q=2, v=1, x=1, m=1 gives ln G(3) - ln G(1) - ln G(2) - 3 ln 2 = -2 ln 2', () => {
    expect(spendLogLikelihoodOf([{ x: 1, m: 1 }])({ p: 1, q: 2, v: 1 })).toBeCloseTo(-2 * Math.log(2), 12);
  });

  it('likelihood of x=2, m=3 at p=0.5, q=3, v=4: ln G(4) - ln G(1) - ln G(3) + 3 ln 4 + 0 ln 3 + ln 2 - 4 ln 10', () => {
    const want = Math.log(6) - Math.log(2) + 3 * Math.log(4) + Math.log(2) - 4 * Math.log(10);
    expect(spendLogLikelihoodOf([{ x: 2, m: 3 }])({ p: 0.5, q: 3, v: 4 })).toBeCloseTo(want, 12);
  });

  it("is the shop's mean v p / (q - 1) without repeats, and halfway to one's own mean when px = q - 1", () => {
    const params = { p: 2, q: 3, v: 10 };
    expect(populationMeanSpend(params)).toBe(10);
    expect(expectedSpend(params, 0, 0)).toBe(10);
    // px = 2 = q - 1: weights 1/2 and 1/2 on 10 and 20.
    expect(expectedSpend(params, 1, 20)).toBeCloseTo(15, 12);
    // px = 8: weights 2/10 and 8/10.
    expect(expectedSpend(params, 4, 20)).toBeCloseTo(18, 12);
  });

  it('correlation: +1 when spend rises with visits, null when either does not vary', () => {
    expect(
      correlation([
        { x: 1, m: 10 },
        { x: 2, m: 20 },
        { x: 3, m: 30 },
      ]),
    ).toBeCloseTo(1, 12);
    expect(
      correlation([
        { x: 1, m: 30 },
        { x: 2, m: 20 },
        { x: 3, m: 10 },
      ]),
    ).toBeCloseTo(-1, 12);
    expect(
      correlation([
        { x: 1, m: 10 },
        { x: 1, m: 20 },
      ]),
    ).toBeNull();
    expect(correlation([{ x: 1, m: 10 }])).toBeNull();
  });
});

const describeCdnow = hasCdnow ? describe : describe.skip;

describeCdnow("CDNOW's 946 repeat customers (mean repeat spend zbar, dollars)", () => {
  const customers = hasCdnow ? cdnowSpend() : [];
  const rows: SpendRow[] = customers.filter((c) => c.x > 0).map((c) => ({ x: c.x, m: c.zbar }));
  const fit = fitGammaGamma(rows);
  const want = reference.cdnow;

  it('reproduces p = 6.25, q = 3.74, v = 15.45 within 0.5 %', () => {
    expect(rows).toHaveLength(946);
    expect(fit.converged).toBe(true);
    expect(relative(fit.params.p, 6.25)).toBeLessThan(0.005);
    expect(relative(fit.params.q, 3.74)).toBeLessThan(0.005);
    expect(relative(fit.params.v, 15.45)).toBeLessThan(0.005);
  });

  it("matches scipy's maximum likelihood: parameters, log-likelihood and the correlation of x and m", () => {
    for (const k of ['p', 'q', 'v'] as const)
      expect(relative(fit.params[k], want.gammaGamma.params[k])).toBeLessThan(1e-5);
    expect(fit.logLikelihood).toBeCloseTo(want.gammaGamma.logLikelihood, 5);
    expect(spendLogLikelihoodOf(rows)(want.gammaGamma.params)).toBeCloseTo(want.gammaGamma.logLikelihood, 8);
    expect(fit.correlation!).toBeCloseTo(want.gammaGamma.correlation, 12);
    expect(fit.correlation!).toBeCloseTo(0.1139, 4);
  });

  it.each([
    ['1', 24.658619],
    ['2', 18.911489],
    ['6', 71.462843],
    ['9', 27.282408],
  ])('expects customer %s to spend %p per future occasion (within 1e-4)', (id, spend) => {
    const c = customers.find((r) => r.id === id)!;
    expect(relative(expectedSpend(fit.params, c.x, c.zbar), spend)).toBeLessThan(1e-4);
  });

  it('expects 35.170981 from a customer without repeats (the mean), within 1e-4', () => {
    expect(relative(expectedSpend(fit.params, 0, 0), 35.170981)).toBeLessThan(1e-4);
  });

  it("equals scipy per customer: 1e-12 at scipy's parameters, 1e-5 with our own fit", () => {
    const scipy = want.gammaGamma.params;
    let own = 0;
    (want.customers as [string, number, number][]).forEach(([id, spend], i) => {
      const c = customers[i];
      expect(c.id).toBe(id);
      expect(relative(expectedSpend(scipy, c.x, c.zbar), spend)).toBeLessThan(1e-12);
      own = Math.max(own, relative(expectedSpend(fit.params, c.x, c.zbar), spend));
    });
    expect(own).toBeLessThan(1e-5);
  });
});

describe('a fit that gives no number', () => {
  it('is refused when every customer spends the same each time: no spread, the parameters run off', () => {
    const same = Array.from({ length: 60 }, (_, i) => ({ x: 1 + (i % 6), m: 50_000 }));
    const fit = fitGammaGamma(same);
    expect(fit.converged).toBe(false);
  });

  it('scales with the money: rupiah x 1000 gives the same p and q, v x 1000', () => {
    const rows = Array.from({ length: 80 }, (_, i) => ({ x: 1 + (i % 7), m: 20 + ((i * 37) % 53) }));
    const small = fitGammaGamma(rows);
    const big = fitGammaGamma(rows.map((r) => ({ x: r.x, m: r.m * 1000 })));
    expect(small.converged).toBe(true);
    expect(relative(big.params.p, small.params.p)).toBeLessThan(1e-5);
    expect(relative(big.params.q, small.params.q)).toBeLessThan(1e-5);
    expect(relative(big.params.v, small.params.v * 1000)).toBeLessThan(1e-5);
    // Each customer's density of m falls by 1000: the likelihood by 80 ln 1000.
    expect(big.logLikelihood).toBeCloseTo(small.logLikelihood - 80 * Math.log(1000), 4);
  });
});
