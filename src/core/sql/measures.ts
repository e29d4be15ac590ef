/**
 * The per-customer measures of the sales (DOMAIN 2), as computeMeasures and groupSales give them:
 * occasions (distinct invoices, else distinct days; returns are none), first and last occasion,
 * recency, age, spend, active and observed months, and the cycle (the median gap of three or more
 * occasion days, else the shop's: the median of those cycles, else `siklusHari`).
 */
import type { QueryContext } from './context';
import { windowRowsCtes } from './context';
import type { DialectTable } from './dialect';

/** The median of `value` per `by` (the mean of the two middle values for an even count). */
export function medianCte(q: DialectTable, source: string, by: string | null, value: string): string {
  const part = by ? `PARTITION BY ${by} ` : '';
  const ranked =
    `SELECT ${by ? `${by}, ` : ''}${value} AS v, ` +
    `ROW_NUMBER() OVER (${part}ORDER BY ${value} ASC NULLS LAST) AS rn, COUNT(*) OVER (${part}) AS n FROM ${source}`;
  return (
    `SELECT ${by ? `${by}, ` : ''}AVG(v) AS median_value, MAX(n) AS n_values FROM (${ranked}) AS ranked\n` +
    `WHERE rn = ${q.intDiv('n + 1', '2')} OR rn = ${q.intDiv('n', '2')} + 1${by ? ` GROUP BY ${by}` : ''}`
  );
}

/** CTEs ending in `sales_measures`: one row per customer with a sales row in the window. */
export function salesMeasureCtes(c: QueryContext): [string, string][] {
  const { q, ref, windowStart: ws, settings } = c;
  return [
    ...windowRowsCtes(c),
    [
      'occasions',
      // An invoice is one occasion dated by its earliest row; rows without one are one per day.
      `SELECT k, MIN(d) AS d FROM window_rows WHERE amt >= 0 GROUP BY k, inv, CASE WHEN inv IS NULL THEN d END`,
    ],
    ['occasion_days', `SELECT DISTINCT k, d, ${q.monthIndex('d')} AS mon FROM occasions`],
    [
      'occasion_summary',
      `SELECT o.k, o.n AS occasions, d.first_d, d.last_d, d.active_months FROM\n` +
        `  (SELECT k, COUNT(*) AS n FROM occasions GROUP BY k) AS o\n` +
        `  JOIN (SELECT k, MIN(d) AS first_d, MAX(d) AS last_d, COUNT(DISTINCT mon) AS active_months FROM occasion_days GROUP BY k) AS d ON d.k = o.k`,
    ],
    [
      'gaps',
      `SELECT k, ${q.daysBetween('LAG(d) OVER (PARTITION BY k ORDER BY d ASC NULLS LAST)', 'd')} AS gap FROM occasion_days`,
    ],
    // One gap is not a habit: a cycle of one's own needs two gaps (three occasion days).
    [
      'own_cycle',
      `SELECT k, median_value FROM (\n  ${medianCte(q, '(SELECT k, gap FROM gaps WHERE gap IS NOT NULL) AS g', 'k', 'gap')}\n) AS m WHERE n_values >= 2`,
    ],
    // An aggregate without GROUP BY gives one row, NULL when no customer has a cycle of their own.
    [
      'shop_cycle',
      `SELECT COALESCE(median_value, ${settings.siklusHari}) AS cycle FROM (\n  ${medianCte(q, 'own_cycle', null, 'median_value')}\n) AS m`,
    ],
    ['bought_before', `SELECT DISTINCT k FROM sales_rows WHERE kind <> 'repay' AND d < ${ws} AND amt >= 0`],
    [
      'sales_measures',
      [
        `SELECT s.k, s.nm, s.total, COALESCE(o.occasions, 0) AS occasions, GREATEST(COALESCE(o.occasions, 0) - 1, 0) AS frequency,`,
        `  o.first_d, o.last_d, COALESCE(${q.daysBetween('o.first_d', 'o.last_d')}, 0) AS recency_days,`,
        `  COALESCE(${q.daysBetween('o.first_d', ref)}, 0) AS age_days, ${q.daysBetween('o.last_d', ref)} AS days_since_last,`,
        `  COALESCE(o.active_months, 0) AS active_months,`,
        `  oc.median_value IS NOT NULL AS own_cycle, COALESCE(oc.median_value, sc.cycle) AS cycle_days,`,
        `  sc.cycle AS shop_cycle_days`,
        `FROM (SELECT k, MIN(nm) AS nm, SUM(amt) AS total FROM window_rows GROUP BY k) AS s`,
        `LEFT JOIN occasion_summary AS o ON o.k = s.k`,
        `LEFT JOIN own_cycle AS oc ON oc.k = s.k`,
        `CROSS JOIN shop_cycle AS sc`,
      ].join('\n'),
    ],
  ];
}
