/**
 * Each customer's debts (DOMAIN 1-2), as buildDebts and the measures give them: the debt rows,
 * and the credit sales with no debt row of the same customer and day (open, due `tempoHari` days
 * later); payments (negative debt rows, "bayar hutang" among the sales) settle the oldest open
 * debt made on or before the payment's day first. FIFO without a loop: after payment k the
 * amount applied is S_k + min(0, min over j <= k of (D_j - S_j)), S the payments so far and D_j the
 * open amount of the debts made by payment j's day.
 */
import type { QueryContext } from './context';

const rows = (lines: string[]) => lines.join('\n');

/** CTEs ending in `debt_summary`: per customer with a debt, the debt measures. */
export function debtCtes(c: QueryContext): [string, string][] {
  const { q, ref, windowStart: ws, settings } = c;
  const tempo = String(settings.tempoHari);
  const debtRows =
    c.debtRows ??
    rows([
      `SELECT ${q.cast('NULL', 'date')} AS d, ${q.cast('NULL', 'string')} AS k, ${q.float('NULL')} AS amt,`,
      `  ${q.cast('NULL', 'date')} AS due, ${q.float('NULL')} AS paid0, ${q.cast('NULL', 'date')} AS paid_day FROM (SELECT 1) AS none WHERE FALSE`,
    ]);
  const overdue = `GREATEST(0, ${q.daysBetween('due', ref)})`;
  return [
    ['debt_rows', debtRows],
    [
      'credit_occasions',
      // The item rows of one invoice (or one customer-day) are one credit purchase.
      rows([
        `SELECT k, d, amt, ROW_NUMBER() OVER (PARTITION BY k, d ORDER BY inv ASC NULLS FIRST, amt ASC NULLS LAST) AS nth FROM (`,
        `  SELECT k, d, inv, SUM(amt) AS amt FROM sales_rows WHERE kind = 'credit' GROUP BY k, d, inv) AS o`,
        `WHERE amt > 0`,
      ]),
    ],
    ['debt_days', `SELECT k, d, COUNT(*) AS n FROM debt_rows WHERE amt > 0 GROUP BY k, d`],
    [
      'all_debts',
      rows([
        `SELECT k, d, amt, due, paid0, paid_day, 0 AS source FROM debt_rows WHERE amt > 0`,
        `UNION ALL`,
        `SELECT o.k, o.d, o.amt, ${q.addDays('o.d', tempo)} AS due, 0 AS paid0, ${q.cast('NULL', 'date')} AS paid_day, 1 AS source`,
        `FROM credit_occasions AS o LEFT JOIN debt_days AS dd ON dd.k = o.k AND dd.d = o.d`,
        `WHERE o.nth > COALESCE(dd.n, 0)`,
      ]),
    ],
    [
      'queued_debts',
      rows([
        `SELECT k, d, amt, due, paid0, paid_day, amt - paid0 AS open0,`,
        `  SUM(amt - paid0) OVER (PARTITION BY k ORDER BY d ASC NULLS LAST, source ASC NULLS LAST, due ASC NULLS LAST, amt ASC NULLS LAST`,
        `    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum_open`,
        `FROM all_debts`,
      ]),
    ],
    [
      'payments',
      rows([
        `SELECT k, d, amt, SUM(amt) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS paid_so_far, ROW_NUMBER() OVER w AS seq`,
        `FROM (SELECT k, d, ABS(amt) AS amt FROM sales_rows WHERE kind = 'repay'`,
        `  UNION ALL SELECT k, d, -amt AS amt FROM debt_rows WHERE amt < 0) AS p`,
        `WINDOW w AS (PARTITION BY k ORDER BY d ASC NULLS LAST, amt ASC NULLS LAST)`,
      ]),
    ],
    [
      'payment_reach',
      rows([
        `SELECT p.k, p.seq, MAX(p.d) AS d, MAX(p.paid_so_far) AS paid_so_far, COALESCE(SUM(qd.open0), 0) AS reachable`,
        `FROM payments AS p LEFT JOIN queued_debts AS qd ON qd.k = p.k AND qd.d <= p.d`,
        `GROUP BY p.k, p.seq`,
      ]),
    ],
    [
      'applied_payments',
      rows([
        `SELECT k, d, paid_so_far + LEAST(0, MIN(reachable - paid_so_far) OVER (PARTITION BY k ORDER BY seq ASC NULLS LAST`,
        `  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)) AS applied FROM payment_reach`,
      ]),
    ],
    [
      'settled_debts',
      rows([
        `SELECT qd.k, qd.d, qd.amt, qd.due,`,
        `  qd.paid0 + LEAST(qd.open0, GREATEST(0, COALESCE(tot.applied, 0) - (qd.cum_open - qd.open0))) AS paid,`,
        `  CASE WHEN qd.open0 <= 0 THEN CASE WHEN qd.paid0 >= qd.amt THEN qd.paid_day END`,
        `    ELSE (SELECT MIN(a.d) FROM applied_payments AS a WHERE a.k = qd.k AND a.applied >= qd.cum_open) END AS settled_day`,
        `FROM queued_debts AS qd LEFT JOIN (SELECT k, MAX(applied) AS applied FROM applied_payments GROUP BY k) AS tot ON tot.k = qd.k`,
      ]),
    ],
    [
      'debt_states',
      rows([
        `SELECT k, d, amt, due, settled_day, amt - paid AS outstanding, amt - paid > 0.005 AS is_open, d >= ${ws} AS in_window,`,
        `  ${overdue} AS days_overdue FROM settled_debts`,
      ]),
    ],
    [
      'debt_summary',
      rows([
        `SELECT k,`,
        `  SUM(CASE WHEN in_window THEN 1 ELSE 0 END) AS credit_purchases,`,
        `  COUNT(DISTINCT CASE WHEN in_window THEN d END) AS credit_days,`,
        `  SUM(CASE WHEN is_open THEN outstanding ELSE 0 END) AS outstanding,`,
        `  MAX(CASE WHEN is_open THEN days_overdue ELSE 0 END) AS max_days_overdue,`,
        `  SUM(CASE WHEN is_open AND days_overdue > ${settings.batasMacetHari} THEN 1 ELSE 0 END) AS late_open_debts,`,
        `  SUM(CASE WHEN NOT is_open AND in_window THEN 1 ELSE 0 END) AS repaid_count,`,
        `  AVG(CASE WHEN NOT is_open AND in_window AND settled_day IS NOT NULL THEN GREATEST(0, ${q.daysBetween('due', 'settled_day')}) END) AS avg_days_late,`,
        `  SUM(CASE WHEN is_open AND days_overdue <= 0 THEN outstanding ELSE 0 END) AS belum_jatuh_tempo,`,
        `  SUM(CASE WHEN is_open AND days_overdue BETWEEN 1 AND 30 THEN outstanding ELSE 0 END) AS telat_1_30,`,
        `  SUM(CASE WHEN is_open AND days_overdue BETWEEN 31 AND 60 THEN outstanding ELSE 0 END) AS telat_31_60,`,
        `  SUM(CASE WHEN is_open AND days_overdue BETWEEN 61 AND 90 THEN outstanding ELSE 0 END) AS telat_61_90,`,
        `  SUM(CASE WHEN is_open AND days_overdue > 90 THEN outstanding ELSE 0 END) AS telat_lebih_90,`,
        `  ${q.anyTrue('in_window OR is_open')} AS relevant,`,
        `  ${q.anyTrue('in_window')} AS any_in_window`,
        `FROM debt_states GROUP BY k`,
      ]),
    ],
    [
      // Credit limit of a C customer: their usual credit purchase, over the debts made in the
      // window, or over all of them when none was (an old open debt).
      'credit_amounts',
      rows([
        `SELECT ds.k, ds.amt FROM debt_states AS ds JOIN debt_summary AS s ON s.k = ds.k`,
        `WHERE ds.in_window OR NOT s.any_in_window`,
      ]),
    ],
  ];
}
