/**
 * The two SQL dialects the queries are written in, as a small table of the spots where BigQuery
 * (GoogleSQL) and DuckDB differ. Every template is written once against this table.
 */
export type Dialect = 'bigquery' | 'duckdb';

export type SqlType = 'float' | 'int' | 'string' | 'bool' | 'date';

export interface DialectTable {
  /** A quoted identifier (column or table part). */
  ident(name: string): string;
  /** A query parameter by name. */
  param(name: string): string;
  /** Whole days from `start` to `end` (end - start). */
  daysBetween(start: string, end: string): string;
  /** The date `days` days after `date` (days may be a negative integer expression). */
  addDays(date: string, days: string): string;
  /** The date `months` calendar months after `date`, clamped to the month's last day. */
  addMonths(date: string, months: string): string;
  /** The first day of the date's month, as a DATE. */
  monthStart(date: string): string;
  /** Months since year 0 (year * 12 + month - 1), an integer: consecutive months differ by one. */
  monthIndex(date: string): string;
  /** Integer division rounding toward minus infinity, for non-negative operands. */
  intDiv(a: string, b: string): string;
  /** a / b as a float, NULL when b is 0. */
  safeDiv(a: string, b: string): string;
  /** True when any value in the group is true. */
  anyTrue(expr: string): string;
  /** An expression cast to one of the few types the queries use. */
  cast(expr: string, type: SqlType): string;
  /** An expression as a 64-bit float. */
  float(expr: string): string;
  /** An expression as a 64-bit integer. */
  int(expr: string): string;
  /** A date as YYYY-MM-DD text. */
  dateText(date: string): string;
  /** Integers lo..hi (inclusive) as a one-column table `alias(column)` in a FROM clause. */
  series(lo: number, hi: number, alias: string, column: string): string;
  /** A DATE literal. */
  dateLiteral(iso: string): string;
  /** ln(1 + x), accurate for small x. */
  log1p(x: string): string;
}

const BIGQUERY_TYPES: Record<SqlType, string> = {
  float: 'FLOAT64',
  int: 'INT64',
  string: 'STRING',
  bool: 'BOOL',
  date: 'DATE',
};
const DUCKDB_TYPES: Record<SqlType, string> = {
  float: 'DOUBLE',
  int: 'BIGINT',
  string: 'VARCHAR',
  bool: 'BOOLEAN',
  date: 'DATE',
};

const bigquery: DialectTable = {
  cast: (expr, type) => `CAST(${expr} AS ${BIGQUERY_TYPES[type]})`,
  ident: (name) => '`' + name.replace(/[`\\]/g, (c) => '\\' + c) + '`',
  param: (name) => '@' + name,
  daysBetween: (start, end) => `DATE_DIFF(${end}, ${start}, DAY)`,
  addDays: (date, days) => `DATE_ADD(${date}, INTERVAL ${days} DAY)`,
  addMonths: (date, months) => `DATE_ADD(${date}, INTERVAL ${months} MONTH)`,
  monthStart: (date) => `DATE_TRUNC(${date}, MONTH)`,
  monthIndex: (date) => `(EXTRACT(YEAR FROM ${date}) * 12 + EXTRACT(MONTH FROM ${date}) - 1)`,
  intDiv: (a, b) => `DIV(${a}, ${b})`,
  safeDiv: (a, b) => `SAFE_DIVIDE(${a}, ${b})`,
  anyTrue: (expr) => `LOGICAL_OR(${expr})`,
  float: (expr) => `CAST(${expr} AS FLOAT64)`,
  int: (expr) => `CAST(${expr} AS INT64)`,
  dateText: (date) => `FORMAT_DATE('%Y-%m-%d', ${date})`,
  series: (lo, hi, alias, column) => `UNNEST(GENERATE_ARRAY(${lo}, ${hi})) AS ${column}`,
  dateLiteral: (iso) => `DATE '${iso}'`,
  log1p: (x) => `LN(1 + ${x})`,
};

const duckdb: DialectTable = {
  cast: (expr, type) => `CAST(${expr} AS ${DUCKDB_TYPES[type]})`,
  ident: (name) => '"' + name.replace(/"/g, '""') + '"',
  param: (name) => '$' + name,
  daysBetween: (start, end) => `date_diff('day', ${start}, ${end})`,
  addDays: (date, days) => `(${date} + CAST(${days} AS INTEGER))`,
  addMonths: (date, months) => `CAST(${date} + to_months(CAST(${months} AS INTEGER)) AS DATE)`,
  monthStart: (date) => `CAST(date_trunc('month', ${date}) AS DATE)`,
  monthIndex: (date) => `(year(${date}) * 12 + month(${date}) - 1)`,
  intDiv: (a, b) => `((${a}) // (${b}))`,
  safeDiv: (a, b) => `(CAST(${a} AS DOUBLE) / NULLIF(${b}, 0))`,
  anyTrue: (expr) => `bool_or(${expr})`,
  float: (expr) => `CAST(${expr} AS DOUBLE)`,
  int: (expr) => `CAST(${expr} AS BIGINT)`,
  dateText: (date) => `strftime(${date}, '%Y-%m-%d')`,
  series: (lo, hi, alias, column) => `range(${lo}, ${hi + 1}) AS ${alias}(${column})`,
  dateLiteral: (iso) => `DATE '${iso}'`,
  log1p: (x) => `ln(1 + ${x})`,
};

export const DIALECTS: Record<Dialect, DialectTable> = { bigquery, duckdb };
