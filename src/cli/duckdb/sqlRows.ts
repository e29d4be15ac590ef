/**
 * Rows of the generated queries as the core's own shapes: the retention table, the cohorts and
 * the model's groups. DuckDB hands integers as BigInt and dates as the queries' YYYY-MM-DD text.
 */
import { dayFromCivil, monthIndex, type Day } from '../../core/read/dates';
import { monthLabel, type RetentionRow } from '../../core/models/retention';
import type { CohortRow } from '../../core/models/cohorts';
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

export type SqlRow = Record<string, unknown>;

/** A query's named parameters, those it takes only, DuckDB-typed by their JS value. */
export type Parameters = Record<string, string | number>;

/** A count, a sum or a day count as a JS number (BigInt for DuckDB's BIGINT and HUGEINT). */
export const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : (v as number));
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : num(v));

/** YYYY-MM-DD text (or a JS Date of DuckDB's DATE) as a day number. */
export function dayOf(v: unknown): Day {
  if (v instanceof Date) return dayFromCivil(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  const t = String(v);
  return dayFromCivil(Number(t.slice(0, 4)), Number(t.slice(5, 7)), Number(t.slice(8, 10)));
}
export const dayOrNull = (v: unknown): Day | null => (v === null || v === undefined ? null : dayOf(v));

function pick(parameters: Parameters, names: readonly string[]): Record<string, DuckDBValue> {
  return Object.fromEntries(names.map((n) => [n, parameters[n]]));
}

/** All rows of a query (for the small results: retention, cohorts, the model's groups). */
export async function allRows(
  connection: DuckDBConnection,
  query: { sql: string; parameters: readonly string[] },
  parameters: Parameters,
): Promise<SqlRow[]> {
  const reader = await connection.runAndReadAll(query.sql, pick(parameters, query.parameters));
  return reader.getRowObjectsJS() as SqlRow[];
}

/** A query's rows in chunks of a couple of thousand, without holding them all (one per customer). */
export async function* streamRows(
  connection: DuckDBConnection,
  query: { sql: string; parameters: readonly string[] },
  parameters: Parameters,
): AsyncGenerator<SqlRow[]> {
  const result = await connection.stream(query.sql, pick(parameters, query.parameters));
  for await (const rows of result.yieldRowObjectJs()) yield rows as SqlRow[];
}

/** The retention query's rows (bulan, akhir, aktif, ...) as retentionTable gives them. */
export function retentionRowsOf(rows: readonly SqlRow[]): RetentionRow[] {
  return rows.map((r) => {
    const start = dayOf(r.bulan);
    return {
      label: monthLabel(monthIndex(start)),
      start,
      end: dayOf(r.akhir),
      active: num(r.aktif),
      retained: num(r.bertahan),
      returning: num(r.kembali),
      newCustomers: num(r.baru),
      rate: numOrNull(r.tingkat_retensi),
      firstPeriod: r.awal_data === true,
      salesNew: num(r.penjualan_baru),
      salesExisting: num(r.penjualan_lama),
    };
  });
}

/** The cohorts query's rows (kohort, pelanggan, bulan_ke, aktif, porsi), one per cohort and month. */
export function cohortRowsOf(rows: readonly SqlRow[]): CohortRow[] {
  const cohorts = new Map<string, CohortRow>();
  for (const r of rows) {
    const key = String(r.kohort);
    let cohort = cohorts.get(key);
    if (!cohort) {
      const month = monthIndex(dayOf(r.kohort));
      cohorts.set(key, (cohort = { label: monthLabel(month), month, size: num(r.pelanggan), shares: [] }));
    }
    cohort.shares[num(r.bulan_ke)] = num(r.porsi);
  }
  return [...cohorts.values()];
}
