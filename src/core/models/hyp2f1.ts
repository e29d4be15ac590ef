/**
 * Power series with a convergence test, for the Gauss hypergeometric function 2F1 of the BG/NBD
 * model (Fader, Hardie & Lee 2005, appendix; their note "Implementing the BG/NBD model": sum the
 * series term by term, each term from the previous one, until the rest cannot matter).
 */

export interface SeriesResult {
  value: number;
  terms: number;
  converged: boolean;
}

export interface SeriesOptions {
  /** Stop when the bound on the remaining terms is below this share of the sum. */
  tolerance?: number;
  maxTerms?: number;
}

/**
 * Sums first + first*q(1) + first*q(1)*q(2) + ..., where q(j) is the ratio of term j to term
 * j-1 and tends to `limit` (|limit| < 1). Once the ratios are past `settledAfter` (no more sign
 * changes or growth from the Pochhammer factors), the rest is bounded by a geometric series with
 * ratio max(|q|, |limit|): stop when that bound is below tolerance * |sum|.
 */
export function sumSeries(
  first: number,
  ratio: (j: number) => number,
  limit: number,
  settledAfter: number,
  options: SeriesOptions = {},
): SeriesResult {
  const tolerance = options.tolerance ?? 1e-15;
  const maxTerms = options.maxTerms ?? 100_000;
  let term = first;
  let sum = first;
  if (term === 0) return { value: sum, terms: 1, converged: true };
  for (let j = 1; j <= maxTerms; j++) {
    const q = ratio(j);
    term *= q;
    sum += term;
    if (!Number.isFinite(sum)) return { value: NaN, terms: j + 1, converged: false };
    if (term === 0) return { value: sum, terms: j, converged: true };
    const rho = Math.max(Math.abs(q), Math.abs(limit));
    if (j > settledAfter && rho < 1 && (Math.abs(term) * rho) / (1 - rho) <= tolerance * Math.abs(sum)) {
      return { value: sum, terms: j + 1, converged: true };
    }
  }
  return { value: sum, terms: maxTerms + 1, converged: false };
}

/** Past this index every factor (p + j) is positive, so the terms keep their sign. */
export function settledIndex(...pochhammerBases: number[]): number {
  return Math.max(1, ...pochhammerBases.map((p) => Math.ceil(-p) + 1));
}

/** 2F1(a, b; c; z) for |z| < 1 by its defining series; NaN when it does not converge. */
export function hyp2f1(a: number, b: number, c: number, z: number, options?: SeriesOptions): SeriesResult {
  if (!(Math.abs(z) < 1)) return { value: NaN, terms: 0, converged: false };
  // term j / term j-1 = (a+j-1)(b+j-1) / ((c+j-1) j) * z
  return sumSeries(
    1,
    (j) => ((a + j - 1) * (b + j - 1) * z) / ((c + j - 1) * j),
    z,
    settledIndex(a, b, c),
    options,
  );
}
