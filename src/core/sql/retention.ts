/**
 * Monthly retention (DOMAIN 7) and cohorts by first-purchase month, over the analysis window, as
 * retentionTable(…, 'bulan') and cohortTable in src/core/models compute them.
 */
import type { QueryContext } from './context';
import { windowRowsCtes, withClause } from './context';

/** Each customer's first purchase month (returns start nothing) and their distinct purchase months. */
function monthCtes(c: QueryContext): [string, string][] {
  return [
    ...windowRowsCtes(c),
    ['first_month', `SELECT k, MIN(mon) AS first_mon FROM window_rows WHERE amt >= 0 GROUP BY k`],
    ['bought_months', `SELECT DISTINCT k, mon FROM window_rows WHERE amt >= 0`],
  ];
}

/** The latest month that ends on or before the reference date. */
function lastCompleteMonth(c: QueryContext): string {
  const { q, ref } = c;
  return `(${q.monthIndex(ref)} - CASE WHEN ${q.addDays(ref, '1')} >= ${q.addMonths(q.monthStart(ref), '1')} THEN 0 ELSE 1 END)`;
}

/** The first day of month index `mon` as a DATE. */
function monthDate(c: QueryContext, mon: string): string {
  const { q, ref } = c;
  return q.addMonths(q.monthStart(ref), `${mon} - ${q.monthIndex(ref)}`);
}

export function retentionSql(c: QueryContext): string {
  const { q } = c;
  const ctes: [string, string][] = [
    ...monthCtes(c),
    ['span', `SELECT MIN(first_mon) AS first_mon, ${lastCompleteMonth(c)} AS last_mon FROM first_month`],
    [
      'months',
      `SELECT span.first_mon + i AS mon, i = 0 AS first_period FROM span CROSS JOIN ${q.series(0, c.settings.jendelaBulan + 1, 'offsets', 'i')}\n` +
        `WHERE span.first_mon + i <= span.last_mon`,
    ],
    [
      'customer_months',
      `SELECT b.mon, COUNT(*) AS active,\n` +
        `  SUM(CASE WHEN b.mon = f.first_mon THEN 1 ELSE 0 END) AS new_customers,\n` +
        `  SUM(CASE WHEN b.mon <> f.first_mon AND prev.k IS NOT NULL THEN 1 ELSE 0 END) AS retained,\n` +
        `  SUM(CASE WHEN b.mon <> f.first_mon AND prev.k IS NULL THEN 1 ELSE 0 END) AS returning_customers\n` +
        `FROM bought_months AS b JOIN first_month AS f ON f.k = b.k\n` +
        `LEFT JOIN bought_months AS prev ON prev.k = b.k AND prev.mon = b.mon - 1\n` +
        `GROUP BY b.mon`,
    ],
    [
      'month_sales',
      `SELECT w.mon, SUM(CASE WHEN w.mon = f.first_mon THEN w.amt ELSE 0 END) AS sales_new,\n` +
        `  SUM(CASE WHEN w.mon > f.first_mon THEN w.amt ELSE 0 END) AS sales_existing\n` +
        `FROM window_rows AS w JOIN first_month AS f ON f.k = w.k\n` +
        `WHERE w.mon >= f.first_mon GROUP BY w.mon`,
    ],
    [
      'table_rows',
      `SELECT m.mon, m.first_period, COALESCE(cm.active, 0) AS active, COALESCE(cm.retained, 0) AS retained,\n` +
        `  COALESCE(cm.returning_customers, 0) AS returning_customers, COALESCE(cm.new_customers, 0) AS new_customers,\n` +
        `  COALESCE(ms.sales_new, 0) AS sales_new, COALESCE(ms.sales_existing, 0) AS sales_existing\n` +
        `FROM months AS m LEFT JOIN customer_months AS cm ON cm.mon = m.mon LEFT JOIN month_sales AS ms ON ms.mon = m.mon`,
    ],
  ];
  return [
    withClause(ctes),
    `SELECT ${q.dateText(monthDate(c, 't.mon'))} AS bulan,`,
    `  ${q.dateText(q.addDays(monthDate(c, 't.mon + 1'), '-1'))} AS akhir,`,
    `  t.active AS aktif, t.retained AS bertahan, t.returning_customers AS kembali, t.new_customers AS baru,`,
    `  CASE WHEN NOT t.first_period THEN ${q.safeDiv('t.retained', 'prev.active')} END AS tingkat_retensi,`,
    `  t.first_period AS awal_data, t.sales_new AS penjualan_baru, t.sales_existing AS penjualan_lama`,
    `FROM table_rows AS t LEFT JOIN table_rows AS prev ON prev.mon = t.mon - 1`,
    `ORDER BY t.mon ASC NULLS LAST`,
  ].join('\n');
}

export function cohortsSql(c: QueryContext): string {
  const { q } = c;
  const refMonth = q.monthIndex(c.ref);
  const ctes: [string, string][] = [
    ...monthCtes(c),
    ['cohort_size', `SELECT first_mon, COUNT(*) AS size FROM first_month GROUP BY first_mon`],
    [
      'cohort_active',
      `SELECT f.first_mon, b.mon - f.first_mon AS offset_months, COUNT(*) AS active\n` +
        `FROM bought_months AS b JOIN first_month AS f ON f.k = b.k GROUP BY 1, 2`,
    ],
  ];
  return [
    withClause(ctes),
    `SELECT ${q.dateText(monthDate(c, 's.first_mon'))} AS kohort, s.size AS pelanggan, i AS bulan_ke,`,
    `  COALESCE(a.active, 0) AS aktif, ${q.float('COALESCE(a.active, 0)')} / s.size AS porsi`,
    `FROM cohort_size AS s CROSS JOIN ${q.series(0, c.settings.jendelaBulan + 1, 'offsets', 'i')}`,
    `LEFT JOIN cohort_active AS a ON a.first_mon = s.first_mon AND a.offset_months = i`,
    `WHERE s.first_mon + i <= ${refMonth}`,
    `ORDER BY s.first_mon ASC NULLS LAST, i ASC NULLS LAST`,
  ].join('\n');
}
