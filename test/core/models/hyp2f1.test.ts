/** The 2F1 series: closed forms it must meet, and an honest "not converged" when z is too near 1. */
import { hyp2f1, sumSeries } from '../../../src/core/models/hyp2f1';

describe('hyp2f1 series', () => {
  it('meets 2F1(1, 1; 2; z) = -ln(1 - z) / z', () => {
    for (const z of [0.01, 0.3, 0.7, 0.95]) {
      const r = hyp2f1(1, 1, 2, z);
      expect(r.converged).toBe(true);
      expect(r.value).toBeCloseTo(-Math.log(1 - z) / z, 12);
    }
  });

  it('meets 2F1(a, b; b; z) = (1 - z)^-a, also for negative z', () => {
    for (const [a, z] of [
      [0.243, 0.5],
      [3.5, 0.2],
      [2, -0.6],
    ]) {
      const r = hyp2f1(a, 1.7, 1.7, z);
      expect(r.converged).toBe(true);
      expect(r.value / (1 - z) ** -a).toBeCloseTo(1, 13);
    }
  });

  it('ends a terminating series (a negative whole number) exactly: 2F1(-2, 1; 1; z) = (1 - z)^2', () => {
    const r = hyp2f1(-2, 1, 1, 0.4);
    expect(r).toEqual({ value: 1 - 0.8 + 0.16, terms: 3, converged: true });
  });

  it('needs more terms as z nears 1, and says so when the budget runs out instead of returning a number', () => {
    const near = hyp2f1(1, 1, 2, 0.999);
    expect(near.converged).toBe(true);
    expect(near.terms).toBeGreaterThan(hyp2f1(1, 1, 2, 0.5).terms * 10);
    const starved = hyp2f1(1, 1, 2, 0.999, { maxTerms: 100 });
    expect(starved.converged).toBe(false);
    expect(hyp2f1(1, 1, 2, 1).converged).toBe(false);
    expect(Number.isNaN(hyp2f1(1, 1, 2, 1.2).value)).toBe(true);
  });

  it('sums terms that change sign while a Pochhammer factor is negative: 2F1(-2.5, 1; 1; z) = (1 - z)^2.5', () => {
    const r = hyp2f1(-2.5, 1, 1, 0.5);
    expect(r.converged).toBe(true);
    expect(r.value).toBeCloseTo(0.5 ** 2.5, 14);
    // The geometric bound: sum of 0.5^j, j = 0.., is 2.
    expect(sumSeries(1, () => 0.5, 0.5, 1).value).toBeCloseTo(2, 14);
  });
});
