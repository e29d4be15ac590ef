/** Our Nelder-Mead: finds known minima, shrinks without failing, and reports a run cut short. */
import { nelderMead } from '../../../src/core/models/nelderMead';

describe('nelderMead', () => {
  it('finds the minimum of a shifted quadratic bowl in 4 dimensions', () => {
    const target = [1, -2, 0.5, 3];
    const f = (x: number[]) => x.reduce((s, xi, i) => s + (i + 1) * (xi - target[i]) ** 2, 0);
    const r = nelderMead(f, [0, 0, 0, 0], { fTolerance: 1e-14, xTolerance: 1e-8 });
    expect(r.converged).toBe(true);
    r.x.forEach((xi, i) => expect(xi).toBeCloseTo(target[i], 6));
  });

  it('follows the Rosenbrock valley to (1, 1)', () => {
    const f = ([x, y]: number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    const r = nelderMead(f, [-1.2, 1], { fTolerance: 1e-14, xTolerance: 1e-9 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 5);
    expect(r.x[1]).toBeCloseTo(1, 5);
  });

  it('survives a staircase function that forces shrink steps (where fmin 0.0.4 throws)', () => {
    const f = ([x, y]: number[]) => Math.floor(x * 3) ** 2 + Math.floor(y * 3) ** 2;
    const r = nelderMead(f, [3, 4]);
    expect(r.fx).toBe(0);
  });

  it('walks away from values that are not numbers', () => {
    const f = ([x]: number[]) => (x < 0 ? NaN : (x - 2) ** 2);
    const r = nelderMead(f, [0.1], { step: 1 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(2, 6);
  });

  it('reports converged: false when the iterations run out', () => {
    const f = ([x, y]: number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    const r = nelderMead(f, [-1.2, 1], { maxIterations: 20 });
    expect(r.converged).toBe(false);
    expect(r.iterations).toBe(20);
  });

  it('gives up, not converged, as soon as the best point meets giveUpWhen', () => {
    // Downhill forever along x: the minimiser would walk off to -infinity.
    const slope = ([x, y]: number[]) => x + y * y;
    const r = nelderMead(slope, [0, 1], { maxIterations: 1000, giveUpWhen: ([x]) => x < -15 });
    expect(r.gaveUp).toBe(true);
    expect(r.converged).toBe(false);
    expect(r.x[0]).toBeLessThan(-15);
    // The first point past -15 ends it: expansions double the step, so it stops long before 1000.
    expect(r.iterations).toBeLessThan(100);
  });

  it('never gives up on a point the predicate does not reject', () => {
    const bowl = ([x, y]: number[]) => (x - 1) ** 2 + (y + 2) ** 2;
    const r = nelderMead(bowl, [0, 0], { giveUpWhen: ([x]) => x > 5 });
    expect(r.gaveUp).toBe(false);
    expect(r.converged).toBe(true);
    expect(r.x[1]).toBeCloseTo(-2, 6);
  });
});
