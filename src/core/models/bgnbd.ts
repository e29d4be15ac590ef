/**
 * The BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): while
 * alive a customer buys as a Poisson process with rate lambda ~ Gamma(r, alpha); after every
 * purchase they drop out with probability p ~ Beta(a, b). From each customer's (x repeat
 * purchases, t_x the time of the last one since the first, T the time since the first) it gives
 * the likelihood, the chance of still being alive and the expected purchases in a coming period.
 * Times are in any one unit (days in the product, weeks in the paper); alpha is in that unit.
 */
import { sumSeries, settledIndex } from './hyp2f1';
import { nelderMead } from './nelderMead';

export interface BgnbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** One customer's summary: x repeat purchases, last at t_x, observed for T since the first. */
export interface Triple {
  x: number;
  tx: number;
  T: number;
}

export interface TripleGroup extends Triple {
  count: number;
}

/** Customers with the same (x, t_x, T) add the same term: the fit's cost grows with distinct triples. */
export function groupTriples(rows: Iterable<Triple>): TripleGroup[] {
  const groups = new Map<string | number, TripleGroup>();
  for (const { x, tx, T } of rows) {
    const key = tripleKey(x, tx, T);
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { x, tx, T, count: 1 });
  }
  return [...groups.values()];
}

/** Whole days below this fit a number key (a window of 240 months is about 7,300 days). */
const DAY_LIMIT = 1 << 13;

/** One key per triple: a number for whole days and counts (no text per customer), else a text. */
export function tripleKey(x: number, tx: number, T: number): string | number {
  const whole = Number.isInteger(x) && Number.isInteger(tx) && Number.isInteger(T);
  if (whole && x >= 0 && x < 2 ** 26 && tx >= 0 && tx < DAY_LIMIT && T >= 0 && T < DAY_LIMIT)
    return (x * DAY_LIMIT + tx) * DAY_LIMIT + T;
  return `${x},${tx},${T}`;
}

function distinctIndex(values: Float64Array): { distinct: Float64Array; index: Uint32Array } {
  const distinct = Float64Array.from(new Set(values));
  const position = new Map<number, number>();
  distinct.forEach((v, i) => position.set(v, i));
  return { distinct, index: Uint32Array.from(values, (v) => position.get(v) as number) };
}

/** ln of the rising factorial p (p+1) ... (p+k-1), for k = 0..maxK: exact for whole x. */
function logRising(p: number, maxK: number, out: Float64Array): void {
  out[0] = 0;
  for (let k = 1; k <= maxK; k++) out[k] = out[k - 1] + Math.log(p + k - 1);
}

/**
 * The log-likelihood as a function of the parameters, over prepared groups: logs of alpha + T
 * and alpha + t_x are taken once per distinct value, the Gamma and Beta ratios once per x, and
 * customers who never came back (x = 0) once per distinct T. x must be a whole number
 * (purchases), t_x <= T.
 */
export function logLikelihoodOf(groups: readonly TripleGroup[]): (p: BgnbdParams) => number {
  const repeat = groups.filter((g) => g.x > 0);
  const T = distinctIndex(Float64Array.from(groups, (g) => g.T));
  const tx = distinctIndex(Float64Array.from(repeat, (g) => g.tx));
  const x = Int32Array.from(repeat, (g) => g.x);
  const count = Float64Array.from(repeat, (g) => g.count);
  const repeatT = T.index.filter((_, i) => groups[i].x > 0);
  const maxX = x.reduce((m, v) => Math.max(m, v), 0);
  const customersByX = new Float64Array(maxX + 1);
  // Customers without a repeat add count * -r ln(alpha + T): one sum per distinct T.
  const onceByT = new Float64Array(T.distinct.length);
  groups.forEach((g, i) => {
    customersByX[g.x] += g.count;
    if (g.x === 0) onceByT[T.index[i]] += g.count;
  });
  const customers = groups.reduce((s, g) => s + g.count, 0);
  const lnT = new Float64Array(T.distinct.length);
  const lnTx = new Float64Array(tx.distinct.length);
  const riseR = new Float64Array(maxX + 1);
  const riseB = new Float64Array(maxX + 1);
  const riseAB = new Float64Array(maxX + 1);
  const lnBx1 = new Float64Array(maxX + 1);
  return ({ r, alpha, a, b }) => {
    if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return NaN;
    for (let i = 0; i < lnT.length; i++) lnT[i] = Math.log(alpha + T.distinct[i]);
    for (let i = 0; i < lnTx.length; i++) lnTx[i] = Math.log(alpha + tx.distinct[i]);
    logRising(r, maxX, riseR);
    logRising(b, maxX, riseB);
    logRising(a + b, maxX, riseAB);
    for (let k = 1; k <= maxX; k++) lnBx1[k] = Math.log(b + k - 1);
    // ln[Gamma(r+x) alpha^r / Gamma(r)] + ln[B(a, b+x) / B(a, b)], summed per x.
    let total = customers * r * Math.log(alpha);
    for (let k = 1; k <= maxX; k++) total += customersByX[k] * (riseR[k] + riseB[k] - riseAB[k]);
    for (let i = 0; i < lnT.length; i++) total -= onceByT[i] * r * lnT[i];
    const lnA = Math.log(a);
    for (let i = 0; i < x.length; i++) {
      const xi = x[i];
      const stillAlive = -(r + xi) * lnT[repeatT[i]];
      // Dropped out right after the last purchase: B(a+1, b+x-1)/B(a, b+x) = a/(b+x-1).
      const droppedOut = lnA - lnBx1[xi] - (r + xi) * lnTx[tx.index[i]];
      const d = droppedOut - stillAlive;
      total +=
        count[i] * (d > 0 ? droppedOut + Math.log1p(Math.exp(-d)) : stillAlive + Math.log1p(Math.exp(d)));
    }
    return total;
  };
}

export interface BgnbdFit {
  params: BgnbdParams;
  /** In the data's own time unit. */
  logLikelihood: number;
  converged: boolean;
  iterations: number;
  evaluations: number;
  customers: number;
}

/** Parameters beyond e^±LOG_BOUND mean the fit ran off to a degenerate corner. */
const LOG_BOUND = 15;
const inBounds = (logParams: readonly number[]) => logParams.every((t) => Math.abs(t) < LOG_BOUND);

/**
 * Maximum likelihood on log-parameters (so they stay positive) by Nelder-Mead. Time is divided
 * by the mean T while fitting so alpha starts near 1; the likelihood is reported in the data's
 * unit (scaling time by s multiplies each customer's likelihood by s^x).
 */
export function fitBgnbd(groups: readonly TripleGroup[]): BgnbdFit {
  const customers = groups.reduce((s, g) => s + g.count, 0);
  const meanT = groups.reduce((s, g) => s + g.count * g.T, 0) / customers;
  const scale = meanT > 0 ? meanT : 1;
  const scaled = groups.map((g) => ({ ...g, T: g.T / scale, tx: g.tx / scale }));
  const ll = logLikelihoodOf(scaled);
  const toParams = (t: readonly number[]): BgnbdParams => ({
    r: Math.exp(t[0]),
    alpha: Math.exp(t[1]),
    a: Math.exp(t[2]),
    b: Math.exp(t[3]),
  });
  const run = nelderMead((t) => -ll(toParams(t)) / customers, [0, 0, 0, 0], {
    // Mean log-likelihood per customer to 1e-10, log-parameters to 1e-5 (relative 0.001 %).
    fTolerance: 1e-10,
    xTolerance: 1e-5,
    restarts: 1,
    // Such a fit is refused below anyway: stop as soon as it runs off (a third of the work on a
    // shop where nobody ever leaves, a -> 0 and b -> infinity).
    giveUpWhen: (t) => !inBounds(t),
  });
  const p = toParams(run.x);
  const repeats = groups.reduce((s, g) => s + g.count * g.x, 0);
  const logLikelihood = -run.fx * customers - repeats * Math.log(scale);
  return {
    params: { ...p, alpha: p.alpha * scale },
    logLikelihood,
    converged: run.converged && inBounds(run.x) && Number.isFinite(logLikelihood),
    iterations: run.iterations,
    evaluations: run.evaluations,
    customers,
  };
}

/** ln[(a / (b+x-1)) ((alpha+T)/(alpha+t_x))^(r+x)]: dropped-out against alive odds, x > 0. */
function logDropOdds({ r, alpha, a, b }: BgnbdParams, { x, tx, T }: Triple): number {
  return Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + tx));
}

/** P(alive | x, t_x, T) of FHL 2005: 1 for a customer who never came back (no purchase to drop out after). */
export function probabilityAlive(p: BgnbdParams, c: Triple): number {
  if (c.x === 0) return 1;
  return 1 / (1 + Math.exp(logDropOdds(p, c)));
}

/** -expm1(m d)/d, with its limit -m as d -> 0. */
function expm1Over(m: number, d: number): number {
  return Math.abs(d) < 1e-9 ? -m * (1 + (m * d) / 2) : -Math.expm1(m * d) / d;
}

/**
 * E[Y(t) | x, t_x, T], FHL 2005 eq. (10):
 *   (a+b+x-1)/(a-1) * [1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; z)] * P(alive),
 * z = t/(alpha+T+t). Euler's transformation 2F1(A,B;C;z) = (1-z)^(C-A-B) 2F1(C-A, C-B; C; z)
 * turns the bracket into 1 - (1-z)^(a-1) 2F1(a+b-1-r, a-1; c; z), whose terms fall off far
 * faster (their power of j drops by 2(r+x+1-a)). Writing (a-1)_j = (a-1)(a)_(j-1) takes the
 * division by a-1 out analytically, so a near 1 and a small t lose no digits. null when the
 * series does not converge.
 */
export function expectedPurchases(p: BgnbdParams, c: Triple, t: number): number | null {
  const { r, alpha, a, b } = p;
  const { x, T } = c;
  if (t <= 0) return 0;
  const cc = a + b + x - 1;
  const A = a + b - 1 - r;
  const z = t / (alpha + T + t);
  const ln1mz = -Math.log1p(t / (alpha + T));
  const tail = sumSeries(
    (A * z) / cc,
    (j) => ((A + j) * (a - 1 + j) * z) / ((cc + j) * (j + 1)),
    z,
    settledIndex(A, a - 1, cc),
  );
  if (!tail.converged) return null;
  const bracket = expm1Over(ln1mz, a - 1) - Math.exp((a - 1) * ln1mz) * tail.value;
  const value = cc * bracket * probabilityAlive(p, c);
  return Number.isFinite(value) ? value : null;
}
