/**
 * The Gamma-Gamma model of spend per occasion (Fader, Hardie & Lee 2005, "RFM and CLV"; Fader &
 * Hardie 2013, "The Gamma-Gamma Model of Monetary Value"): a customer's spend on each occasion is
 * Gamma(p, nu) around their own mean p/nu, and nu ~ Gamma(q, v) across customers. From each repeat
 * customer's (x repeat occasions, m the mean spend of those occasions) it gives the likelihood and
 * the expected spend on a future occasion: their own mean pulled toward the shop's, the less so the
 * more often they bought. Spend is in any one currency; v is in that currency.
 */
import { logGamma as gammaln } from './logGamma';
import { nelderMead } from './nelderMead';

export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

/** One repeat customer: x > 0 repeat occasions whose mean spend is m > 0. */
export interface SpendRow {
  x: number;
  m: number;
}

/**
 * The log-likelihood as a function of the parameters, over repeat customers:
 *   sum ln G(px+q) - ln G(px) - ln G(q) + q ln v + (px-1) ln m + px ln x - (px+q) ln(v + x m).
 * The Gamma terms are taken once per distinct x, ln(v + x m) once per distinct (x, m) (spend is
 * often in round amounts: a quarter as many), and the sums of ln m, x ln m and x ln x once.
 */
export function spendLogLikelihoodOf(rows: readonly SpendRow[]): (params: GammaGammaParams) => number {
  const customersByX = new Map<number, number>();
  const pairs = new Map<number, Map<number, number>>();
  let sumLnM = 0;
  let sumXLnM = 0;
  let sumXLnX = 0;
  for (const { x, m } of rows) {
    customersByX.set(x, (customersByX.get(x) ?? 0) + 1);
    let byM = pairs.get(x);
    if (!byM) pairs.set(x, (byM = new Map()));
    byM.set(m, (byM.get(m) ?? 0) + 1);
    const lnM = Math.log(m);
    sumLnM += lnM;
    sumXLnM += x * lnM;
    sumXLnX += x * Math.log(x);
  }
  const xs: number[] = [];
  const xm: number[] = [];
  const count: number[] = [];
  for (const [x, byM] of pairs)
    for (const [m, n] of byM) {
      xs.push(x);
      xm.push(x * m);
      count.push(n);
    }
  const byX = [...customersByX];
  const n = rows.length;
  return ({ p, q, v }) => {
    if (!(p > 0 && q > 0 && v > 0)) return NaN;
    let total = n * (q * Math.log(v) - gammaln(q)) + p * (sumXLnM + sumXLnX) - sumLnM;
    for (const [x, customers] of byX) total += customers * (gammaln(p * x + q) - gammaln(p * x));
    for (let i = 0; i < xs.length; i++) total -= count[i] * (p * xs[i] + q) * Math.log(v + xm[i]);
    return total;
  };
}

export interface GammaGammaFit {
  params: GammaGammaParams;
  logLikelihood: number;
  converged: boolean;
  evaluations: number;
  customers: number;
  /** Pearson correlation of x and m over the customers fitted: the model assumes it is about 0. */
  correlation: number | null;
}

/** Parameters beyond e^±LOG_BOUND mean the fit ran off to a degenerate corner. */
const LOG_BOUND = 15;
const inBounds = (logParams: readonly number[]) => logParams.every((t) => Math.abs(t) < LOG_BOUND);

/**
 * Maximum likelihood on log-parameters (so they stay positive) by Nelder-Mead. Spend is divided
 * by its mean while fitting, so v starts near 1 whatever the currency; dividing spend by s
 * multiplies each customer's likelihood by s, so the likelihood is reported in the data's unit.
 * A fit with q <= 1 gives the shop no finite mean spend: it is no usable fit.
 */
export function fitGammaGamma(rows: readonly SpendRow[]): GammaGammaFit {
  const n = rows.length;
  const meanM = rows.reduce((s, r) => s + r.m, 0) / n;
  const scale = meanM > 0 ? meanM : 1;
  const ll = spendLogLikelihoodOf(rows.map((r) => ({ x: r.x, m: r.m / scale })));
  const toParams = (t: readonly number[]): GammaGammaParams => ({
    p: Math.exp(t[0]),
    q: Math.exp(t[1]),
    v: Math.exp(t[2]),
  });
  // p = 1, q = 2, v = 1: a mean spend of 1, the scaled data's.
  const run = nelderMead((t) => -ll(toParams(t)) / n, [0, Math.log(2), 0], {
    fTolerance: 1e-12,
    xTolerance: 1e-7,
    restarts: 1,
    giveUpWhen: (t) => !inBounds(t),
  });
  const params = toParams(run.x);
  const logLikelihood = -run.fx * n - n * Math.log(scale);
  return {
    params: { ...params, v: params.v * scale },
    logLikelihood,
    converged: run.converged && inBounds(run.x) && params.q > 1 && Number.isFinite(logLikelihood),
    evaluations: run.evaluations,
    customers: n,
    correlation: correlation(rows),
  };
}

/** Pearson correlation of x and m; null when either does not vary. */
export function correlation(rows: readonly SpendRow[]): number | null {
  const n = rows.length;
  if (n < 2) return null;
  const meanX = rows.reduce((s, r) => s + r.x, 0) / n;
  const meanM = rows.reduce((s, r) => s + r.m, 0) / n;
  let sxx = 0;
  let smm = 0;
  let sxm = 0;
  for (const { x, m } of rows) {
    sxx += (x - meanX) ** 2;
    smm += (m - meanM) ** 2;
    sxm += (x - meanX) * (m - meanM);
  }
  return sxx > 0 && smm > 0 ? sxm / Math.sqrt(sxx * smm) : null;
}

/** The shop's mean spend per occasion, E(M) = v p / (q - 1): what a customer without repeats gets. */
export function populationMeanSpend({ p, q, v }: GammaGammaParams): number {
  return (v * p) / (q - 1);
}

/**
 * E(M | x, m) = (q-1)/(px+q-1) * vp/(q-1) + px/(px+q-1) * m: a weighted mean of the shop's mean
 * and the customer's own, the own weighing more the more repeat occasions there are. x = 0 gives
 * the shop's mean.
 */
export function expectedSpend(params: GammaGammaParams, x: number, m: number): number {
  const { p, q } = params;
  if (x === 0) return populationMeanSpend(params);
  const own = p * x;
  return ((q - 1) / (own + q - 1)) * populationMeanSpend(params) + (own / (own + q - 1)) * m;
}
