/**
 * The customer file for `--mesin duckdb`. It is small (one row per customer) and holds the owner's
 * words (a complaint written out, "tinggi", "dekat"), so the core reads it as the built-in engine
 * does, and DuckDB is given what the SQL needs of it as typed columns: the name, who referred
 * them, and complaint, potential and closeness as BOOLEAN, each meaning what the core reads.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { hasComplaint } from '../../core/analyze/measureCustomers';
import { highOrLow } from '../../core/models/matrix';
import { readCustomers, type CustomerRecord } from '../../core/read/customerRows';
import { MissingColumnsError } from '../../core/read/headers';
import { readOptional } from '../../core/read/notes';
import type { Grid } from '../../core/read/grid';
import type { ReadContext, ReadResult } from '../../core/read/sheet';
import type { Settings } from '../../core/settings';
import { msg } from '../../core/i18n';
import { csvTable } from '../csv';
import { asUtf8 } from '../encoding';
import { CliError } from '../errors';
import { missingColumnHints } from '../columnFlags';
import { ident, isParquet, literal, type TypedTable } from './typedTables';

export interface CustomerFile {
  /** Null when the file is empty or holds only a header (noted, and the run goes on). */
  table: TypedTable | null;
  read: ReadResult<CustomerRecord> | null;
}

/** The typed columns made of the customer file, by the field whose owner's header names them. */
const COLUMNS = [
  { field: 'nama', type: 'VARCHAR', value: (r: CustomerRecord) => r.name },
  { field: 'referensi', type: 'VARCHAR', value: (r: CustomerRecord) => r.referredBy || null },
  { field: 'komplain', type: 'BOOLEAN', value: (r: CustomerRecord) => hasComplaint(r.complaint) },
  { field: 'potensi', type: 'BOOLEAN', value: (r: CustomerRecord) => highOrLow(r.potential) },
  { field: 'kedekatan', type: 'BOOLEAN', value: (r: CustomerRecord) => highOrLow(r.closeness) },
] as const;

export async function loadCustomerFile(
  connection: DuckDBConnection,
  file: string,
  settings: Settings,
  ctx: ReadContext,
): Promise<CustomerFile> {
  const rows = isParquet(file)
    ? await parquetGrid(connection, file)
    : csvTable(asUtf8(readFileSync(file)).bytes).rows;
  const name = basename(file);
  let read: ReadResult<CustomerRecord> | null;
  try {
    read = readOptional({ name, rows }, ctx, (sheet) => readCustomers(sheet, ctx, settings.kolom.pelanggan));
  } catch (error) {
    if (!(error instanceof MissingColumnsError)) throw error;
    const advice = msg().cli.missingColumnFlags(missingColumnHints(error.missing, rows));
    throw new CliError('data', `${error.message}\n${advice}`, error);
  }
  if (read === null) return { table: null, read };
  const present = COLUMNS.filter((c) => read?.header.columns[c.field] !== undefined);
  const columns = Object.fromEntries(
    present.map((c) => [
      c.field,
      read?.header.columnHeaders[read.header.columns[c.field] as number] as string,
    ]),
  );
  const table = 'pelanggan';
  const defs = present.map((c) => `${ident(columns[c.field])} ${c.type}`);
  await connection.run(`CREATE OR REPLACE TABLE ${ident(table)} (${defs.join(', ')})`);
  const appender = await connection.createAppender(table);
  for (const record of read?.records ?? []) {
    for (const c of present) {
      const v = c.value(record);
      if (v === null) appender.appendNull();
      else if (typeof v === 'boolean') appender.appendBoolean(v);
      else appender.appendVarchar(v);
    }
    appender.endRow();
  }
  appender.closeSync();
  return { table: { table, columns }, read };
}

/** A Parquet file's rows as a grid under its column names, dates as TTTT-BB-HH text. */
async function parquetGrid(connection: DuckDBConnection, file: string): Promise<Grid> {
  const reader = await connection.runAndReadAll(`SELECT * FROM read_parquet(${literal(file)})`);
  const grid: unknown[][] = [reader.columnNames()];
  for (const row of reader.getRowsJS())
    grid.push(row.map((v) => (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : v)));
  return grid;
}
