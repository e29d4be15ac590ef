/**
 * `--mesin duckdb`: the owner's files loaded into DuckDB as typed tables, the generated DuckDB SQL
 * run over them, and the same result files written as the built-in engine writes. DuckDB keeps its
 * working memory under MEMORY_LIMIT and spills to a temporary folder beyond it, so ten million
 * sales rows stay within the machine's memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SheetKind } from '../../core/read/schema';
import type { Settings } from '../../core/settings';
import { msg } from '../../core/i18n';
import { CliError } from '../errors';
import { loadDuckDb } from './peer';
import { ident, loadTyped, type TypedTable } from './typedTables';
import { writeDuckDbResults, type DuckDbTables } from './results';
import { loadCustomerFile } from './customerTable';
import { readContextFor } from '../../core/analyze/readBook';
import type { ReadContext } from '../../core/read/sheet';

/** DuckDB's own memory (its buffer pool); the rest of the 2 GB is Node's and the results'. */
export const MEMORY_LIMIT = '1GB';

export interface DuckDbRun {
  files: { penjualan: string[]; hutang?: string[]; pelanggan?: string };
  settings: Settings;
  referenceDay: number;
  timeZone: string;
  outDir: string;
  quiet: boolean;
  progress: (text: string) => void;
}

/** Runs the whole analysis on DuckDB and writes the result files. */
export async function runOnDuckDb(run: DuckDbRun): Promise<void> {
  const duckdb = loadDuckDb();
  const spill = mkdtempSync(join(tmpdir(), 'segmentasi-duckdb-'));
  const instance = await duckdb.DuckDBInstance.create(':memory:', {
    memory_limit: MEMORY_LIMIT,
    temp_directory: spill,
    // Rows need no order of their own: every query orders what it returns.
    preserve_insertion_order: 'false',
  });
  const connection = await instance.connect();
  try {
    const ctx = readContextFor({
      settings: run.settings,
      referenceDay: run.referenceDay,
      timeZone: run.timeZone,
    });
    const { tables, settings } = await loadFiles(connection, run, ctx);
    await writeDuckDbResults(connection, tables, { ...run, settings, ctx });
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(spill, { recursive: true, force: true });
  }
}

/** The files of one kind, each loaded and then seen as one table under the first file's headers. */
async function loadKind(
  connection: DuckDBConnection,
  kind: SheetKind,
  files: readonly string[],
  settings: Settings,
  progress: (text: string) => void,
): Promise<TypedTable> {
  const label = msg().cli.labels[LABELS[kind]];
  const parts: TypedTable[] = [];
  for (const [i, file] of files.entries()) {
    const started = Date.now();
    const table = files.length === 1 ? kind : `${kind}_${i + 1}`;
    const part = await loadTyped(connection, { kind, file, label, table }, settings);
    const count = await connection.runAndReadAll(`SELECT count(*) FROM ${ident(table)}`);
    progress(
      msg().cli.duckdb.loaded(label, basename(file), Number(count.getRows()[0][0]), Date.now() - started),
    );
    parts.push(part);
  }
  if (parts.length === 1) return parts[0];
  // Several files (one per month): one view, each file's columns under the first file's names.
  const columns: Record<string, string> = {};
  for (const part of parts) for (const [f, name] of Object.entries(part.columns)) columns[f] ??= name;
  const selects = parts.map((part) => {
    const cells = Object.entries(columns).map(([f, name]) =>
      part.columns[f] === undefined
        ? `NULL AS ${ident(name)}`
        : `${ident(part.columns[f])} AS ${ident(name)}`,
    );
    return `SELECT ${cells.join(', ')} FROM ${ident(part.table)}`;
  });
  await connection.run(`CREATE OR REPLACE VIEW ${ident(kind)} AS ${selects.join(' UNION ALL ')}`);
  return { table: kind, columns };
}

const LABELS = { penjualan: 'sales', hutang: 'debts', pelanggan: 'customers' } as const;

/**
 * Loads every file; the settings' kolom then names each column by the header found, so the
 * generated SQL reads the owner's own column names.
 */
async function loadFiles(
  connection: DuckDBConnection,
  run: DuckDbRun,
  ctx: ReadContext,
): Promise<{ tables: DuckDbTables; settings: Settings }> {
  const { files, settings, progress } = run;
  if (files.penjualan.length === 0) throw new CliError('usage', msg().cli.salesRequired);
  const sales = await loadKind(connection, 'penjualan', files.penjualan, settings, progress);
  const debts = files.hutang?.length
    ? await loadKind(connection, 'hutang', files.hutang, settings, progress)
    : undefined;
  const customerFile = files.pelanggan
    ? await loadCustomerFile(connection, files.pelanggan, settings, ctx)
    : undefined;
  const customers = customerFile?.table;
  const kolom = {
    ...settings.kolom,
    penjualan: sales.columns,
    ...(debts ? { hutang: debts.columns } : {}),
    ...(customers ? { pelanggan: customers.columns } : {}),
  };
  const tables = { sales, debts, customers, customerRead: customerFile?.read ?? null };
  return { tables, settings: { ...settings, kolom } };
}
