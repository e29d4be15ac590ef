/**
 * Nelder-Mead downhill simplex minimiser (Nelder & Mead 1965, with the standard coefficients of
 * Lagarias et al. 1998: reflect 1, expand 2, contract 1/2, shrink 1/2).
 *
 * Our own rather than the `fmin` package: fmin 0.0.4's shrink step assigns an undeclared `i`
 * (a ReferenceError in strict mode, so any run that needs a shrink throws) and it does not say
 * whether it stopped by convergence or by running out of iterations, which the BG/NBD fit must
 * know to refuse a failed fit. Non-finite values count as +Infinity, so the simplex walks away.
 */
import { checkDeadline } from '../deadline';

export interface NelderMeadOptions {
  /** Stop when the simplex's function values differ by at most this much (absolute). */
  fTolerance?: number;
  /** ... and its vertices differ from the best by at most this much in every coordinate. */
  xTolerance?: number;
  maxIterations?: number;
  /** Initial simplex: the start plus `step` along each axis. */
  step?: number;
  /** Fresh simplexes started from the best point after convergence, against early collapse. */
  restarts?: number;
  /**
   * Stops the search, not converged, as soon as the best point so far satisfies this: for a
   * caller that would refuse such a minimum anyway (a fit run off to a degenerate corner).
   */
  giveUpWhen?: (x: readonly number[]) => boolean;
}

export interface NelderMeadResult {
  x: number[];
  fx: number;
  iterations: number;
  evaluations: number;
  /** Both tolerances met before maxIterations, on the last restart too. */
  converged: boolean;
  /** Stopped because the best point met giveUpWhen. */
  gaveUp: boolean;
}

interface Vertex {
  x: number[];
  fx: number;
}

const DEFAULTS: Required<NelderMeadOptions> = {
  fTolerance: 1e-9,
  xTolerance: 1e-8,
  maxIterations: 5000,
  step: 0.5,
  restarts: 2,
  giveUpWhen: () => false,
};

/** Minimises f from x0; see NelderMeadOptions for the stopping rule. */
export function nelderMead(
  f: (x: number[]) => number,
  x0: readonly number[],
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const opts = { ...DEFAULTS, ...options };
  let evaluations = 0;
  const value = (x: number[]): number => {
    evaluations++;
    const y = f(x);
    return Number.isFinite(y) ? y : Infinity;
  };
  let best: Vertex = { x: [...x0], fx: value([...x0]) };
  let iterations = 0;
  let converged = false;
  for (let round = 0; round <= opts.restarts; round++) {
    const run = simplexSearch(value, best.x, opts, opts.maxIterations - iterations);
    iterations += run.iterations;
    if (run.gaveUp)
      return { x: run.best.x, fx: run.best.fx, iterations, evaluations, converged: false, gaveUp: true };
    const improved = best.fx - run.best.fx;
    best = run.best.fx <= best.fx ? run.best : best;
    converged = run.converged;
    // A restart that finds nothing better confirms the minimum.
    if (!converged || (round > 0 && improved <= opts.fTolerance)) break;
  }
  return { x: best.x, fx: best.fx, iterations, evaluations, converged, gaveUp: false };
}

function simplexSearch(
  value: (x: number[]) => number,
  start: number[],
  opts: Required<NelderMeadOptions>,
  maxIterations: number,
): { best: Vertex; iterations: number; converged: boolean; gaveUp: boolean } {
  const n = start.length;
  const simplex: Vertex[] = [{ x: [...start], fx: value([...start]) }];
  for (let i = 0; i < n; i++) {
    const x = [...start];
    x[i] += opts.step;
    simplex.push({ x, fx: value(x) });
  }
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    checkDeadline();
    simplex.sort((p, q) => p.fx - q.fx);
    const done = { best: simplex[0], iterations: iteration };
    if (opts.giveUpWhen(simplex[0].x)) return { ...done, converged: false, gaveUp: true };
    if (isConverged(simplex, opts)) return { ...done, converged: true, gaveUp: false };
    step(simplex, value);
  }
  simplex.sort((p, q) => p.fx - q.fx);
  return {
    best: simplex[0],
    iterations: maxIterations,
    converged: isConverged(simplex, opts),
    gaveUp: false,
  };
}

function isConverged(sorted: Vertex[], opts: Required<NelderMeadOptions>): boolean {
  const best = sorted[0];
  const worst = sorted[sorted.length - 1];
  if (!Number.isFinite(worst.fx) || worst.fx - best.fx > opts.fTolerance) return false;
  return sorted.every((v) => v.x.every((xi, i) => Math.abs(xi - best.x[i]) <= opts.xTolerance));
}

/** centroid + t * (centroid - worst) */
function along(centroid: number[], worst: number[], t: number): number[] {
  return centroid.map((c, i) => c + t * (c - worst[i]));
}

/** One iteration on a simplex sorted best first: reflect, expand, contract or shrink. */
function step(simplex: Vertex[], value: (x: number[]) => number): void {
  const n = simplex.length - 1;
  const worst = simplex[n];
  const centroid = worst.x.map((_, i) => simplex.slice(0, n).reduce((s, v) => s + v.x[i], 0) / n);
  const reflected = along(centroid, worst.x, 1);
  const fr = value(reflected);
  if (fr < simplex[0].fx) {
    const expanded = along(centroid, worst.x, 2);
    const fe = value(expanded);
    simplex[n] = fe < fr ? { x: expanded, fx: fe } : { x: reflected, fx: fr };
    return;
  }
  if (fr < simplex[n - 1].fx) {
    simplex[n] = { x: reflected, fx: fr };
    return;
  }
  // Outside contraction when the reflection beat the worst, inside otherwise.
  const outside = fr < worst.fx;
  const contracted = along(centroid, worst.x, outside ? 0.5 : -0.5);
  const fc = value(contracted);
  if (fc < (outside ? fr : worst.fx)) {
    simplex[n] = { x: contracted, fx: fc };
    return;
  }
  const best = simplex[0].x;
  for (let k = 1; k <= n; k++) {
    const x = best.map((b, i) => b + 0.5 * (simplex[k].x[i] - b));
    simplex[k] = { x, fx: value(x) };
  }
}
