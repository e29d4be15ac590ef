/**
 * BG/NBD against outside truth: values computed independently with scipy from the paper's
 * formulas (scripts/bgnbd_reference.py -> test/fixtures/bgnbd_reference.json), and the paper's
 * own parameters fitted on CDNOW's sample (Fader, Hardie & Lee 2005).
 */
import {
  expectedPurchases,
  fitBgnbd,
  groupTriples,
  logLikelihoodOf,
  probabilityAlive,
  type Triple,
} from '../../../src/core/models/bgnbd';
import { hyp2f1 } from '../../../src/core/models/hyp2f1';
import reference from '../../fixtures/bgnbd_reference.json';
import { cdnowSummary, hasCdnow } from '../../support/cdnow';

const PAPER = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const relative = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe('BG/NBD against scipy (scripts/bgnbd_reference.py)', () => {
  it.each(reference.cases)(
    'P(alive), expected purchases and likelihood for x=$x, t_x=$tx, T=$T, t=$t, a=$params.a',
    (c) => {
      const customer: Triple = { x: c.x, tx: c.tx, T: c.T };
      // scipy divides by a-1 itself when a is 1 + 1e-7, so it keeps ~9 digits there.
      const digits = Math.abs(c.params.a - 1) < 1e-5 ? 1e-7 : 1e-10;
      expect(relative(probabilityAlive(c.params, customer), c.pAlive)).toBeLessThan(1e-12);
      expect(relative(expectedPurchases(c.params, customer, c.t) as number, c.expected)).toBeLessThan(digits);
      expect(logLikelihoodOf([{ ...customer, count: 1 }])(c.params)).toBeCloseTo(c.logLikelihood, 10);
    },
  );

  it('P(alive) is 1 for a customer who never came back, and falls the longer a repeater stays away', () => {
    expect(probabilityAlive(PAPER, { x: 0, tx: 0, T: 38 })).toBe(1);
    const recent = probabilityAlive(PAPER, { x: 3, tx: 35, T: 38 });
    const away = probabilityAlive(PAPER, { x: 3, tx: 10, T: 38 });
    expect(recent).toBeGreaterThan(away);
    expect(away).toBeGreaterThan(0);
  });

  it('expects nothing in a period of length 0, and more purchases in a longer period', () => {
    const c = { x: 4, tx: 30, T: 38 };
    expect(expectedPurchases(PAPER, c, 0)).toBe(0);
    expect(expectedPurchases(PAPER, c, 52) as number).toBeGreaterThan(
      expectedPurchases(PAPER, c, 13) as number,
    );
  });

  it("agrees with eq. (10) summed without Euler's transformation for a = 1 exactly (the limit, no division by 0)", () => {
    const p = { r: 0.5, alpha: 10, a: 1, b: 3 };
    const c = { x: 3, tx: 20, T: 50 };
    const nearby = { ...p, a: 1 + 1e-7 };
    // The direct series at a = 1 +- 1e-7, averaged, straddles the limit.
    const direct = (q: typeof p) => {
      const z = 30 / (q.alpha + c.T + 30);
      const f = hyp2f1(q.r + c.x, q.b + c.x, q.a + q.b + c.x - 1, z).value;
      const bracket = 1 - ((q.alpha + c.T) / (q.alpha + c.T + 30)) ** (q.r + c.x) * f;
      return ((q.a + q.b + c.x - 1) / (q.a - 1)) * bracket * probabilityAlive(q, c);
    };
    const limit = (direct(nearby) + direct({ ...p, a: 1 - 1e-7 })) / 2;
    expect(relative(expectedPurchases(p, c, 30) as number, limit)).toBeLessThan(1e-6);
  });

  it('gives null, not a number, when the series cannot converge', () => {
    // alpha + T tiny against t: z within 1e-12 of 1 needs far more than the term budget.
    expect(expectedPurchases({ r: 0.2, alpha: 1e-9, a: 0.5, b: 0.5 }, { x: 0, tx: 0, T: 0 }, 1e6)).toBeNull();
  });
});

describe('grouping by (x, t_x, T)', () => {
  it('counts identical triples once with their count, and the likelihood is the same as per customer', () => {
    const rows = [
      { x: 0, tx: 0, T: 30 },
      { x: 2, tx: 10, T: 30 },
      { x: 0, tx: 0, T: 30 },
      { x: 2, tx: 10, T: 30 },
      { x: 2, tx: 11, T: 30 },
    ];
    const groups = groupTriples(rows);
    expect(groups).toEqual([
      { x: 0, tx: 0, T: 30, count: 2 },
      { x: 2, tx: 10, T: 30, count: 2 },
      { x: 2, tx: 11, T: 30, count: 1 },
    ]);
    const one = rows.map((r) => logLikelihoodOf([{ ...r, count: 1 }])(PAPER)).reduce((s, v) => s + v, 0);
    expect(logLikelihoodOf(groups)(PAPER)).toBeCloseTo(one, 10);
  });

  it('keeps apart triples whose days or counts are beyond whole small numbers (weeks, long histories)', () => {
    const rows = [
      { x: 1, tx: 0, T: 8192 },
      { x: 1, tx: 1, T: 0 },
      { x: 1, tx: 0, T: 8192 },
      { x: 0, tx: 0, T: 2.5 },
      { x: 0, tx: 0, T: 2.5 },
      { x: 0, tx: 0, T: 2 },
    ];
    expect(groupTriples(rows)).toEqual([
      { x: 1, tx: 0, T: 8192, count: 2 },
      { x: 1, tx: 1, T: 0, count: 1 },
      { x: 0, tx: 0, T: 2.5, count: 2 },
      { x: 0, tx: 0, T: 2, count: 1 },
    ]);
  });
});

const describeCdnow = hasCdnow ? describe : describe.skip;

describeCdnow('fit on CDNOW sample, calibration to 1997-09-30, weeks (FHL 2005)', () => {
  const summary = hasCdnow ? cdnowSummary() : [];
  const groups = groupTriples(summary.map((s) => ({ x: s.frequency, tx: s.recency, T: s.T })));
  const fit = fitBgnbd(groups);

  it('reproduces r = 0.243, alpha = 4.414, a = 0.793, b = 2.426 within 0.5 %', () => {
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(2357);
    expect(relative(fit.params.r, 0.243)).toBeLessThan(0.005);
    expect(relative(fit.params.alpha, 4.414)).toBeLessThan(0.005);
    expect(relative(fit.params.a, 0.793)).toBeLessThan(0.005);
    expect(relative(fit.params.b, 2.426)).toBeLessThan(0.005);
  });

  it("reaches the log-likelihood -9582.4, and the likelihood at the paper's parameters is scipy's", () => {
    expect(fit.logLikelihood).toBeCloseTo(-9582.4, 1);
    expect(logLikelihoodOf(groups)(PAPER)).toBeCloseTo(reference.cdnowLogLikelihoodAtPaperParams, 8);
    // The maximum is at least as high as the paper's rounded parameters give.
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(reference.cdnowLogLikelihoodAtPaperParams);
  });

  it('gives the same model with time in days: alpha x 7, likelihood lower by (repeat purchases) x ln 7', () => {
    const days = fitBgnbd(groups.map((g) => ({ ...g, tx: g.tx * 7, T: g.T * 7 })));
    expect(relative(days.params.alpha, fit.params.alpha * 7)).toBeLessThan(1e-4);
    expect(relative(days.params.r, fit.params.r)).toBeLessThan(1e-4);
    expect(days.logLikelihood).toBeCloseTo(fit.logLikelihood - 2457 * Math.log(7), 2);
  });
});

describe('a fit that runs off to a corner', () => {
  it('stops once a parameter passes e^15 and is refused, when nobody ever leaves', () => {
    // 200 customers buying every 7 days from their first day to the end (T = 364): no drop-out
    // ever shows, so the likelihood keeps rising as a -> 0 and b -> infinity.
    const groups = groupTriples(
      Array.from({ length: 200 }, (_, i) => {
        const T = 364 - (i % 50);
        return { x: Math.floor(T / 7), tx: 7 * Math.floor(T / 7), T };
      }),
    );
    const fit = fitBgnbd(groups);
    expect(fit.converged).toBe(false);
    const logs = [fit.params.a, fit.params.b].map((v) => Math.abs(Math.log(v)));
    expect(Math.max(...logs)).toBeGreaterThan(15);
    // Stopped there: left alone the search wanders on for about 900 evaluations (to a ~ e^-74).
    expect(fit.evaluations).toBeLessThan(200);
  });
});
