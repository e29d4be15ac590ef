/**
 * The BG/NBD model's input and scores (DOMAIN 9). The fit stays in TypeScript (models/bgnbd.ts):
 * the groups query gives it (x, t_x, T, count) for every customer with an occasion, the scores
 * query takes the fitted r, alpha, a and b back as parameters and gives each customer P(alive)
 * and the expected purchases in the next `hariPrediksi` days, as probabilityAlive and
 * expectedPurchases compute them (Euler's transformation of 2F1, summed term by term).
 */
import type { QueryContext } from './context';
import { withClause } from './context';
import { salesMeasureCtes } from './measures';

/** The fitted parameters the scores query takes, in days as the fit gives them. */
export const BGNBD_PARAMETERS = ['r', 'alpha', 'a', 'b'] as const;

/**
 * Most terms of the hypergeometric series summed. Each (x, T) sums 50 + 80 / -ln z of them (the
 * terms fall off about as z^j); a last term still above 1e-15 of the sum gives no number.
 */
export const SERIES_TERMS = 1000;

const buyers = `SELECT k, nm, frequency AS x, recency_days AS t_x, age_days AS t FROM sales_measures WHERE occasions > 0`;

export function bgnbdGroupsSql(c: QueryContext): string {
  return [
    withClause([...salesMeasureCtes(c), ['buyers', buyers]]),
    `SELECT x, t_x, t, COUNT(*) AS jumlah FROM buyers GROUP BY x, t_x, t`,
    `ORDER BY x ASC NULLS LAST, t_x ASC NULLS LAST, t ASC NULLS LAST`,
  ].join('\n');
}

export function bgnbdScoresSql(c: QueryContext): string {
  const { q } = c;
  const p = (name: string) => q.float(q.param(name));
  const expm1 = (u: string) =>
    `CASE WHEN ABS(${u}) < 1e-5 THEN (${u}) * (1 + (${u}) / 2 * (1 + (${u}) / 3)) ELSE EXP(${u}) - 1 END`;
  const log1p = (x: string) =>
    `CASE WHEN ABS(${x}) < 1e-5 THEN (${x}) * (1 - (${x}) * (1.0 / 2 - (${x}) / 3)) ELSE LN(1 + (${x})) END`;
  const triple = 'x, t_x, t';
  // The series depends on x and T only: summed once per pair, not per customer's triple.
  const pair = 'x, t';
  const ctes: [string, string][] = [
    ...salesMeasureCtes(c),
    ['buyers', buyers],
    [
      'model',
      `SELECT ${pair}, ${p('r')} AS r, ${p('alpha')} AS alpha, ${p('a')} AS a, ${p('b')} AS b,\n` +
        `  ${q.float(String(c.settings.hariPrediksi))} AS h FROM (SELECT DISTINCT ${pair} FROM buyers) AS pairs`,
    ],
    [
      'consts',
      `SELECT *, LEAST(${SERIES_TERMS}, 50 + ${q.int('CEIL(-80 / LN(z))')}) AS last_j FROM (\n` +
        `  SELECT ${pair}, r, alpha, a, b, h, a + b + x - 1 AS cc, a + b - 1 - r AS big_a, h / (alpha + t + h) AS z,\n` +
        `    -(${log1p('h / (alpha + t)')}) AS ln1mz FROM model) AS m`,
    ],
    [
      'factors',
      // Term j of 2F1(A, a-1; cc; z) - 1 over its first term: each term the previous one times q(j).
      `SELECT ${pair}, j, last_j, CASE WHEN j = 0 THEN big_a * z / cc ELSE ((big_a + j) * (a - 1 + j) * z) / ((cc + j) * (j + 1)) END AS f\n` +
        `FROM consts CROSS JOIN ${q.series(0, SERIES_TERMS, 'terms', 'j')} WHERE j <= last_j`,
    ],
    [
      'running',
      `SELECT ${pair}, j, last_j,\n` +
        `  SUM(CASE WHEN f < 0 THEN 1 ELSE 0 END) OVER w AS negatives,\n` +
        `  SUM(CASE WHEN f = 0 THEN 1 ELSE 0 END) OVER w AS zeros,\n` +
        `  SUM(LN(CASE WHEN f = 0 THEN 1 ELSE ABS(f) END)) OVER w AS log_size\n` +
        `FROM factors\n` +
        `WINDOW w AS (PARTITION BY ${pair} ORDER BY j ASC NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`,
    ],
    [
      'terms',
      `SELECT ${pair}, j, last_j, CASE WHEN zeros > 0 OR log_size < -700 THEN 0\n` +
        `  ELSE (1 - 2 * MOD(negatives, 2)) * EXP(LEAST(log_size, 700)) END AS term, log_size > 700 AS overflow FROM running`,
    ],
    [
      'series',
      `SELECT ${pair}, SUM(term) AS tail,\n` +
        `  ${q.anyTrue('overflow')} OR ABS(SUM(CASE WHEN j = last_j THEN term ELSE 0 END)) > 1e-15 * ABS(SUM(term)) AS diverged\n` +
        `FROM terms GROUP BY ${pair}`,
    ],
    [
      'scores',
      [
        `SELECT b.x, b.t_x, b.t,`,
        `  CASE WHEN c.x = 0 THEN 1.0 ELSE 1 / (1 + EXP(LEAST(700, LN(c.a / (c.b + c.x - 1)) + (c.r + c.x) * LN((c.alpha + b.t) / (c.alpha + b.t_x))))) END AS p_alive,`,
        `  c.cc, c.a, c.ln1mz, s.tail, s.diverged`,
        `FROM (SELECT DISTINCT ${triple} FROM buyers) AS b JOIN consts AS c ON c.x = b.x AND c.t = b.t`,
        `JOIN series AS s ON s.x = c.x AND s.t = c.t`,
      ].join('\n'),
    ],
    [
      'expected',
      [
        `SELECT x, t_x, t, p_alive, CASE WHEN NOT diverged THEN cc * (`,
        `  CASE WHEN ABS(a - 1) < 1e-9 THEN -ln1mz * (1 + ln1mz * (a - 1) / 2) ELSE -(${expm1('ln1mz * (a - 1)')}) / (a - 1) END`,
        `  - EXP((a - 1) * ln1mz) * tail) * p_alive END AS expected FROM scores`,
      ].join('\n'),
    ],
  ];
  return [
    withClause(ctes),
    `SELECT b.k AS kunci, b.nm AS nama, b.x, b.t_x, b.t, e.p_alive AS peluang_aktif, e.expected AS prediksi_beli`,
    `FROM buyers AS b JOIN expected AS e ON e.x = b.x AND e.t_x = b.t_x AND e.t = b.t`,
    `ORDER BY b.k ASC NULLS LAST`,
  ].join('\n');
}
