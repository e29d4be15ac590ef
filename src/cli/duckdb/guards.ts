/**
 * What the generated SQL cannot read the way the built-in engine does, found before it runs: the
 * run stops with the cell the owner can fix rather than give a different answer. Dates written
 * once per day (blank below), subtotal rows, payment or note cells whose credit and repayment
 * words are not one of the plain words the SQL knows, and the debt layouts it does not read
 * (a ledger's Jenis column, a Sisa column, a Status saying paid with nothing repaid).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { CREDIT_WORDS, REPAYMENT_WORDS } from '../../core/sql/columns';
import { msg } from '../../core/i18n';
import { CliError } from '../errors';
import { ident, literal, type TypedTable } from './typedTables';

/** The file a table came from, as the owner names it. */
export interface TableFile {
  table: TypedTable;
  label: string;
  file: string;
}

/** Words that say something about credit or its repayment: meant for the SQL only as its plain words. */
const CREDIT_TALK =
  '\\b(hutang|utang|kredit|tempo|bon|kasbon|piutang|lunas|bayar|byr|cicil|cicilan|angsuran|pelunasan|setor|belum|blm|sudah|sdh|dp)\\b';
const PLAIN_WORDS = [...CREDIT_WORDS, ...REPAYMENT_WORDS];
const PAID_TALK = '\\b(lunas|sudah|sdh|paid|true|ya)\\b|✓|✔';
const UNPAID_TALK = '\\b(belum|blm|bl)\\b';

/** The first value of a query's first row, or null. */
async function first(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown> | null> {
  const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
  return (rows[0] as Record<string, unknown> | undefined) ?? null;
}

const text = (column: string) => `LOWER(TRIM(CAST(${ident(column)} AS VARCHAR)))`;

export async function checkSales(connection: DuckDBConnection, sales: TableFile): Promise<void> {
  const words = msg().cli.duckdb;
  const { columns, table } = sales.table;
  const from = ident(table);
  const where = { label: sales.label, file: sales.file };
  if (columns.hp) throw new CliError('data', words.notRead(where, columns.hp));
  const blank = await first(
    connection,
    `SELECT ${ident(columns.pelanggan)} AS name, ${ident(columns.total)} AS amount FROM ${from} ` +
      `WHERE ${ident(columns.tanggal)} IS NULL AND (${ident(columns.pelanggan)} IS NOT NULL OR ${ident(columns.total)} IS NOT NULL) LIMIT 1`,
  );
  if (blank)
    throw new CliError(
      'data',
      words.blankDate(where, columns.tanggal, String(blank.name ?? ''), String(blank.amount ?? '')),
    );
  const subtotal = await first(
    connection,
    `SELECT ${ident(columns.pelanggan)} AS name FROM ${from} ` +
      `WHERE regexp_matches(${text(columns.pelanggan)}, '^(grand ?total|sub ?total|total|jumlah)\\b') LIMIT 1`,
  );
  if (subtotal)
    throw new CliError('data', words.subtotalRow(where, columns.pelanggan, String(subtotal.name)));
  if (columns.pembayaran) {
    const back = await first(
      connection,
      `SELECT ${ident(columns.pembayaran)} AS word FROM ${from} WHERE regexp_matches(${text(columns.pembayaran)}, '\\b(retur|return)\\b') ` +
        `AND ${ident(columns.total)} > 0 LIMIT 1`,
    );
    if (back) throw new CliError('data', words.returnPositive(where, columns.pembayaran, String(back.word)));
  }
  for (const field of ['pembayaran', 'keterangan'] as const) {
    const column = columns[field];
    if (!column) continue;
    const odd = await first(
      connection,
      `SELECT ${ident(column)} AS word FROM ${from} WHERE regexp_matches(${text(column)}, ${literal(CREDIT_TALK)}) ` +
        `AND ${text(column)} NOT IN (${PLAIN_WORDS.map(literal).join(', ')}) LIMIT 1`,
    );
    if (odd) throw new CliError('data', words.notPlainWord(where, column, String(odd.word), PLAIN_WORDS));
  }
}

export async function checkDebts(connection: DuckDBConnection, debts: TableFile): Promise<void> {
  const words = msg().cli.duckdb;
  const { columns, table } = debts.table;
  const where = { label: debts.label, file: debts.file };
  for (const field of ['jenis', 'sisa', 'hp'] as const)
    if (columns[field]) throw new CliError('data', words.notRead(where, columns[field]));
  const status = columns.status;
  if (!status) return;
  const repaid = [columns.tanggalBayar, columns.dibayar].filter(Boolean).map((c) => `${ident(c)} IS NULL`);
  const nothingRepaid = repaid.length ? repaid.join(' AND ') : 'TRUE';
  const odd = await first(
    connection,
    `SELECT ${ident(status)} AS word, ${ident(columns.pelanggan)} AS name FROM ${ident(table)} ` +
      `WHERE regexp_matches(${text(status)}, ${literal(PAID_TALK)}) AND NOT regexp_matches(${text(status)}, ${literal(UNPAID_TALK)}) ` +
      `AND ${nothingRepaid} LIMIT 1`,
  );
  if (odd)
    throw new CliError('data', words.paidWithoutPayment(where, status, String(odd.word), String(odd.name)));
}
