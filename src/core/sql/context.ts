/** What every query template is given: the dialect, the inputs as CTE bodies and the dates. */
import type { Settings } from '../settings';
import { inputSources, type InputSources, type SqlTables } from './columns';
import { DIALECTS, type Dialect, type DialectTable } from './dialect';

export interface QueryContext extends InputSources {
  dialect: Dialect;
  q: DialectTable;
  settings: Settings;
  /** The reference date (the query parameter tanggal_acuan, as a DATE). */
  ref: string;
  /** The first day of the analysis window: `jendelaBulan` months before the reference date, plus one day. */
  windowStart: string;
}

/** The name of the reference date parameter. */
export const REFERENCE_PARAMETER = 'tanggal_acuan';

export function queryContext(dialect: Dialect, tables: SqlTables, settings: Settings): QueryContext {
  const q = DIALECTS[dialect];
  const ref = q.cast(q.param(REFERENCE_PARAMETER), 'date');
  const windowStart = q.addDays(q.addMonths(ref, String(-settings.jendelaBulan)), '1');
  const sources = inputSources(q, dialect, tables, settings.kolom, settings, ref);
  return { ...sources, dialect, q, settings, ref, windowStart };
}

/** `WITH a AS (...), b AS (...)` from named CTE bodies, in order. */
export function withClause(ctes: readonly (readonly [string, string])[]): string {
  return (
    'WITH\n' + ctes.map(([name, body]) => `${name} AS (\n  ${body.replace(/\n/g, '\n  ')}\n)`).join(',\n')
  );
}

/**
 * The purchase events of the window: sales rows (no repayments) from the window start through the
 * reference date, with their month index. Retention, cohorts and the measures all start here.
 */
export function windowRowsCtes(c: QueryContext): [string, string][] {
  return [
    ['sales_rows', c.salesRows],
    [
      'window_rows',
      `SELECT d, k, nm, amt, inv, kind, ${c.q.monthIndex('d')} AS mon FROM sales_rows\n` +
        `WHERE kind <> 'repay' AND d >= ${c.windowStart}`,
    ],
  ];
}
