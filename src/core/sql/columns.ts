/**
 * The owner's column names (the settings' `kolom`, else our label for a required column) and the
 * typed input rows every query starts from: sales rows with their customer key and kind, debts,
 * the customer sheet. Messy text is not read here: the columns must be typed (see sqlId.typedNote).
 */
import { CUSTOMER_FIELDS, DEBT_FIELDS, SALES_FIELDS } from '../read/schema';
import { HONORIFICS } from '../read/text';
import type { Settings } from '../settings';
import type { DialectTable } from './dialect';

export interface SqlTables {
  sales: string;
  debts?: string;
  customers?: string;
}

/** Payment words of a credit sale (DOMAIN 1), written as one word in a typed column. */
export const CREDIT_WORDS = ['hutang', 'kredit', 'tempo', 'bon', 'kasbon', 'piutang'] as const;
/** Payment or note words of a debt repayment written among the sales. */
export const REPAYMENT_WORDS = [
  'bayar hutang',
  'bayar kasbon',
  'bayar bon',
  'cicilan',
  'angsuran',
  'pelunasan',
  'setor hutang',
] as const;
/** Status words of a sale that did not happen. */
export const CANCELLED_WORDS = [
  'batal',
  'gagal',
  'failed',
  'cancel',
  'cancelled',
  'pending',
  'refund',
] as const;

type Kolom = Settings['kolom'];

/** A column of the owner's table, quoted; null for an optional column the settings do not name. */
function column<F extends Record<string, { label: string; required?: boolean }>>(
  q: DialectTable,
  fields: F,
  names: Partial<Record<string, string | undefined>> | undefined,
  field: keyof F & string,
): string | null {
  const name = names?.[field] ?? (fields[field].required ? fields[field].label : undefined);
  return name === undefined || name === '' ? null : q.ident(name);
}

/** A table name, quoted per dialect: BigQuery quotes the whole path, DuckDB each part. */
export function tableName(q: DialectTable, name: string, dialect: 'bigquery' | 'duckdb'): string {
  return dialect === 'bigquery' ? q.ident(name) : name.split('.').map(q.ident).join('.');
}

/**
 * The customer key of a name column: trimmed, spaces collapsed, lower case (DOMAIN 1 identity);
 * with `hapusSapaan`, leading honorifics dropped while a word is left ("bu sri" is "sri").
 */
export function keyOf(name: string, stripHonorifics = false): string {
  const key = `LOWER(TRIM(REGEXP_REPLACE(${name}, '[[:space:]]+', ' ')))`;
  if (!stripHonorifics) return key;
  return `REGEXP_REPLACE(${key}, '^((${[...HONORIFICS].join('|')})[.]? )+', '')`;
}

const wordList = (words: readonly string[]) => words.map((w) => `'${w}'`).join(', ');
const word = (col: string) => `LOWER(TRIM(${col}))`;

export interface InputSources {
  /** `sales_rows(d, k, nm, amt, inv, kind)`: kind 'sale' | 'credit' | 'repay'; cancelled rows and rows after the reference date left out. */
  salesRows: string;
  /** `debt_rows(d, k, amt, due, paid0, paid_day)` or null without a debt table. */
  debtRows: string | null;
  /** `profiles(k, complaint, potential, close)` or null without a customer table. */
  profiles: string | null;
  /** `referrals(k, referrals)` or null without a referral column. */
  referrals: string | null;
  /** The customer table names who referred each customer (type A's advocacy). */
  hasReferralColumn: boolean;
  /** Invoice numbers exist: occasions are invoices, else days. */
  hasInvoice: boolean;
}

/** The CTE bodies reading the owner's typed tables. `ref` is the reference date expression. */
export function inputSources(
  q: DialectTable,
  dialect: 'bigquery' | 'duckdb',
  tables: SqlTables,
  kolom: Kolom,
  settings: Settings,
  ref: string,
): InputSources {
  const s = (f: keyof typeof SALES_FIELDS) => column(q, SALES_FIELDS, kolom.penjualan, f);
  const [date, name, total] = [s('tanggal'), s('pelanggan'), s('total')] as string[];
  const invoice = s('nota');
  const payment = s('pembayaran');
  const note = s('keterangan');
  const status = s('status');
  const repayWhen = [payment, note]
    .filter((c): c is string => c !== null)
    .map((c) => `${word(c)} IN (${wordList(REPAYMENT_WORDS)})`);
  const kind = [
    repayWhen.length ? `WHEN ${repayWhen.join(' OR ')} THEN 'repay'` : '',
    payment ? `WHEN ${word(payment)} IN (${wordList(CREDIT_WORDS)}) THEN 'credit'` : '',
  ].filter(Boolean);
  const salesRows = [
    `SELECT ${date} AS d, ${keyOf(name, settings.hapusSapaan)} AS k, ${name} AS nm, ${q.float(total)} AS amt,`,
    `    ${invoice ? q.cast(invoice, 'string') : q.cast('NULL', 'string')} AS inv,`,
    `    ${kind.length ? `CASE ${kind.join(' ')} ELSE 'sale' END` : `'sale'`} AS kind`,
    `  FROM ${tableName(q, tables.sales, dialect)}`,
    `  WHERE ${date} IS NOT NULL AND ${total} IS NOT NULL AND ${keyOf(name, settings.hapusSapaan)} <> ''`,
    `    AND ${date} <= ${ref}`,
    status ? `    AND (${status} IS NULL OR ${word(status)} NOT IN (${wordList(CANCELLED_WORDS)}))` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return {
    salesRows,
    debtRows: tables.debts ? debtRows(q, dialect, tables.debts, kolom, settings, ref) : null,
    profiles: tables.customers ? profileRows(q, dialect, tables.customers, settings) : null,
    referrals: tables.customers ? referralRows(q, dialect, tables.customers, settings) : null,
    hasReferralColumn:
      !!tables.customers && column(q, CUSTOMER_FIELDS, kolom.pelanggan, 'referensi') !== null,
    hasInvoice: invoice !== null,
  };
}

/**
 * One row per debt (the row-per-debt layout): a negative amount is a payment (paid FIFO like the
 * ledger's). What was repaid: Dibayar, else all of it when a payment date is written; a payment
 * date before the debt is no date, one after the reference date had not happened yet.
 */
function debtRows(
  q: DialectTable,
  dialect: 'bigquery' | 'duckdb',
  table: string,
  kolom: Kolom,
  settings: Settings,
  ref: string,
): string {
  const h = (f: keyof typeof DEBT_FIELDS) => column(q, DEBT_FIELDS, kolom.hutang, f);
  const [date, name, amount] = [h('tanggal'), h('pelanggan'), h('jumlah')] as string[];
  const due = h('jatuhTempo');
  const paidDate = h('tanggalBayar');
  const paid = h('dibayar');
  const paidDay = paidDate ? `CASE WHEN ${paidDate} >= ${date} THEN ${paidDate} END` : q.cast('NULL', 'date');
  const later = paidDate ? `${paidDate} > ${ref}` : 'FALSE';
  const said = q.float(paid ?? 'NULL');
  const amt = q.float(amount);
  const raw = `CASE WHEN ${later} THEN 0 ELSE COALESCE(${said}, CASE WHEN ${paidDay} IS NOT NULL THEN ABS(${amt}) ELSE 0 END) END`;
  const rows = [
    `SELECT ${date} AS d, ${keyOf(name, settings.hapusSapaan)} AS k, ${amt} AS amt,`,
    `    ${due ? `COALESCE(${due}, ${q.addDays(date, String(settings.tempoHari))})` : q.addDays(date, String(settings.tempoHari))} AS due,`,
    `    LEAST(ABS(${amt}), GREATEST(0, ${raw})) AS paid0,`,
    `    CASE WHEN ${later} THEN ${q.cast('NULL', 'date')} ELSE ${paidDay} END AS paid_day`,
    `  FROM ${tableName(q, table, dialect)}`,
    `  WHERE ${date} IS NOT NULL AND ${amount} IS NOT NULL AND ${keyOf(name, settings.hapusSapaan)} <> '' AND ${date} <= ${ref}`,
  ].join('\n');
  return rows;
}

/** The customer sheet: complaint, potential and closeness as BOOL, one row per customer key. */
function profileRows(
  q: DialectTable,
  dialect: 'bigquery' | 'duckdb',
  table: string,
  settings: Settings,
): string {
  const kolom = settings.kolom;
  const c = (f: keyof typeof CUSTOMER_FIELDS) => column(q, CUSTOMER_FIELDS, kolom.pelanggan, f);
  const name = c('nama') as string;
  const bool = (col: string | null, agg: 'any' | 'first') =>
    col === null ? q.cast('NULL', 'bool') : agg === 'any' ? q.anyTrue(col) : `MIN(${q.int(col)}) = 1`;
  return [
    `SELECT ${keyOf(name, settings.hapusSapaan)} AS k, COALESCE(${bool(c('komplain'), 'any')}, FALSE) AS complaint,`,
    `  ${bool(c('potensi'), 'first')} AS potential, ${bool(c('kedekatan'), 'first')} AS close`,
    `FROM ${tableName(q, table, dialect)} WHERE ${name} IS NOT NULL AND ${keyOf(name, settings.hapusSapaan)} <> '' GROUP BY 1`,
  ].join('\n');
}

/** How many rows of the customer sheet name each key in "Direferensikan Oleh" (the referrer need not be in it). */
function referralRows(
  q: DialectTable,
  dialect: 'bigquery' | 'duckdb',
  table: string,
  settings: Settings,
): string | null {
  const ref = column(q, CUSTOMER_FIELDS, settings.kolom.pelanggan, 'referensi');
  if (ref === null) return null;
  return (
    `SELECT ${keyOf(ref, settings.hapusSapaan)} AS k, COUNT(*) AS referrals FROM ${tableName(q, table, dialect)}\n` +
    `WHERE ${ref} IS NOT NULL AND ${keyOf(ref, settings.hapusSapaan)} <> '' GROUP BY 1`
  );
}
