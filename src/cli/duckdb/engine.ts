/**
 * `--mesin duckdb`: the owner's files loaded into DuckDB as typed tables, the generated DuckDB SQL
 * run over them, and the same result files written as the built-in engine writes. DuckDB keeps its
 * working memory under MEMORY_LIMIT and spills to a temporary folder beyond it, so ten million
 * sales rows stay within the machine's memory.
 */
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SheetKind } from '../../core/read/schema';
import type { Settings } from '../../core/settings';
import { msg } from '../../core/i18n';
import { CliError } from '../errors';
import { loadDuckDb } from './peer';
import { ident, isParquet, loadTyped, type TypedTable } from './typedTables';
import { checkDebts, checkSales } from './guards';
import { asUtf8, startsAsUtf8 } from '../encoding';
import { writeDuckDbResults, type DuckDbTables } from './results';
import { loadCustomerFile } from './customerTable';
import { readContextFor } from '../../core/analyze/readBook';
import type { ReadContext } from '../../core/read/sheet';

/** DuckDB's own memory (its buffer pool): 1 GB took ten million rows to 3 GB in all, 512 MB to under 2 GiB. */
export const MEMORY_LIMIT = '512MB';

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
  // Insertion order is kept (DuckDB's default): a table's rowid is then the file's row order,
  // which settles the report's order of customers of equal type and spend.
  const instance = await duckdb.DuckDBInstance.create(':memory:', {
    memory_limit: MEMORY_LIMIT,
    temp_directory: spill,
  });
  const connection = await instance.connect();
  try {
    const ctx = readContextFor({
      settings: run.settings,
      referenceDay: run.referenceDay,
      timeZone: run.timeZone,
    });
    const { tables, settings } = await loadFiles(connection, run, ctx, spill);
    await writeDuckDbResults(connection, tables, { ...run, settings, ctx });
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(spill, { recursive: true, force: true });
  }
}

/**
 * The files of one kind, each loaded and then seen as one table under the first file's headers;
 * null when every file of an optional kind is empty or holds only a header (noted, as the
 * built-in engine notes it).
 */
async function loadKind(
  connection: DuckDBConnection,
  kind: SheetKind,
  files: readonly string[],
  load: LoadContext,
): Promise<TypedTable | null> {
  const { settings, progress, ctx, spill } = load;
  const label = msg().cli.labels[LABELS[kind]];
  const parts: TypedTable[] = [];
  for (const [i, file] of files.entries()) {
    if (!existsSync(file)) throw new CliError('input', msg().cli.fileNotFound(label, file));
    const started = Date.now();
    const table = files.length === 1 ? kind : `${kind}_${i + 1}`;
    const source = isParquet(file) ? undefined : utf8Copy(file, join(spill, `${table}.csv`));
    if (kind === 'penjualan' && statSync(file).size === 0)
      throw new CliError('data', msg().cli.emptyFile(label, file));
    if (kind !== 'penjualan' && !isParquet(file) && isEmptyCsv(source ?? file)) {
      ctx.notes?.push(msg().notes.emptySheet(basename(file)));
      continue;
    }
    const part = await loadTyped(connection, { kind, file, label, table, source }, settings);
    const count = await connection.runAndReadAll(`SELECT count(*) FROM ${ident(table)}`);
    progress(
      msg().cli.duckdb.loaded(label, basename(file), Number(count.getRows()[0][0]), Date.now() - started),
    );
    const place = { table: part, label, file: basename(file) };
    if (kind === 'penjualan') await checkSales(connection, place);
    if (kind === 'hutang') await checkDebts(connection, place);
    parts.push(part);
  }
  if (parts.length <= 1) return parts[0] ?? null;
  // Several files (one per month): one table, each file's columns under the first file's names,
  // in the files' order (rowid then tells each customer's first row).
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
  await connection.run(`CREATE OR REPLACE TABLE ${ident(kind)} AS ${selects.join(' UNION ALL ')}`);
  for (const part of parts) await connection.run(`DROP TABLE ${ident(part.table)}`);
  return { table: kind, columns };
}

interface LoadContext {
  settings: Settings;
  progress: (text: string) => void;
  ctx: ReadContext;
  /** DuckDB's temporary folder, also where a file not in UTF-8 is copied as UTF-8. */
  spill: string;
}

/** A copy of the file in UTF-8 when it is in another encoding (UTF-16, Windows-1252); else undefined. */
function utf8Copy(file: string, copy: string): string | undefined {
  const fd = openSync(file, 'r');
  const top = Buffer.alloc(1 << 16);
  const length = readSync(fd, top, 0, top.length, 0);
  closeSync(fd);
  const head = top.subarray(0, length);
  // A file that starts as UTF-8 is read as UTF-8 (DuckDB's reader then says where it is not).
  if (length === 0 || startsAsUtf8(head)) return undefined;
  writeFileSync(copy, asUtf8(readFileSync(file)).bytes);
  return copy;
}

/** An optional CSV file that is empty or holds at most one row with anything in it (a header). */
function isEmptyCsv(file: string): boolean {
  if (statSync(file).size > 1 << 16) return false;
  const filled = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.replace(/[,;\t"\s\uFEFF]/g, '') !== '');
  return filled.length <= 1;
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
  spill: string,
): Promise<{ tables: DuckDbTables; settings: Settings }> {
  const { files, settings, progress } = run;
  if (files.penjualan.length === 0) throw new CliError('usage', msg().cli.salesRequired);
  const load = { settings, progress, ctx, spill };
  const sales = (await loadKind(connection, 'penjualan', files.penjualan, load)) as TypedTable;
  const debts = files.hutang?.length ? await loadKind(connection, 'hutang', files.hutang, load) : null;
  const customerFile = files.pelanggan
    ? await loadCustomerFile(connection, files.pelanggan, settings, ctx)
    : undefined;
  const customers = customerFile?.table ?? undefined;
  const kolom = {
    ...settings.kolom,
    penjualan: sales.columns,
    ...(debts ? { hutang: debts.columns } : {}),
    ...(customers ? { pelanggan: customers.columns } : {}),
  };
  const tables = { sales, debts: debts ?? undefined, customers, customerRead: customerFile?.read ?? null };
  return { tables, settings: { ...settings, kolom } };
}
