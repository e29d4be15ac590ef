/**
 * The owner's files as typed DuckDB tables for `--mesin duckdb`. Messy cells stay out of SQL: a
 * date column holds dates (TTTT-BB-HH, or HH/BB/TTTT for the whole file), an amount column plain
 * numbers. The header is found as the default engine finds it (first ten rows, synonyms, the
 * settings' kolom and the --kolom-* flags); CSV is read by DuckDB's read_csv with those columns'
 * types given, Parquet by read_parquet; a cell that does not parse stops the run with the file,
 * its row and the owner's column header.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { detectHeader, MissingColumnsError } from '../../core/read/headers';
import type { SheetKind } from '../../core/read/schema';
import type { Settings } from '../../core/settings';
import { msg } from '../../core/i18n';
import { CliError } from '../errors';
import { asUtf8 } from '../encoding';
import { sniffDelimiter } from '../csv';
import { missingColumnHints } from '../columnFlags';
import type { DuckDBConnection } from '@duckdb/node-api';

/** Fields read as dates and as numbers; every other column is text. */
const DATE_FIELDS = new Set(['tanggal', 'jatuhTempo', 'tanggalBayar', 'tanggalLahir', 'terakhirDihubungi']);
const NUMBER_FIELDS = new Set(['total', 'harga', 'qty', 'jumlah', 'sisa', 'dibayar']);

/** Bytes of a CSV read to find its header (ten rows fit with room to spare). */
const HEAD_BYTES = 1 << 16;

export interface TypedFile {
  kind: SheetKind;
  file: string;
  /** The owner's word for the file (Penjualan, Hutang, Pelanggan). */
  label: string;
  /** The DuckDB table made of it. */
  table: string;
  /** Where its bytes are read, when not from `file` (a copy turned into UTF-8). */
  source?: string;
}

export interface TypedTable {
  table: string;
  /** The owner's header of each field found, e.g. { tanggal: 'Tgl', total: 'Total Harga' }. */
  columns: Record<string, string>;
}

/** A SQL identifier or string literal, quoted. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

export const isParquet = (file: string) => extname(file).toLowerCase() === '.parquet';

/** Loads one file as a typed table; throws a CliError the owner can act on. */
export async function loadTyped(
  connection: DuckDBConnection,
  spec: TypedFile,
  settings: Settings,
): Promise<TypedTable> {
  if (isParquet(spec.file)) return loadParquet(connection, spec, settings);
  return loadCsv(connection, spec, settings);
}

/** The file's header names (Parquet's schema, the CSV's header row) matched to fields. */
function fieldsOf(spec: TypedFile, grid: readonly (readonly unknown[])[], settings: Settings) {
  try {
    const match = detectHeader(grid, spec.kind, basename(spec.file), settings.kolom[spec.kind] ?? {});
    if (match.product && spec.kind === 'penjualan')
      throw new CliError('data', msg().cli.duckdb.noTotal({ label: spec.label, file: basename(spec.file) }));
    return match;
  } catch (error) {
    if (!(error instanceof MissingColumnsError)) throw error;
    const advice = msg().cli.missingColumnFlags(missingColumnHints(error.missing, grid));
    throw new CliError('data', `${error.message}\n${advice}`, error);
  }
}

/** Unique, non-blank column names for DuckDB, in the file's order (the owner's where they can be). */
function columnNames(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    let name = h.trim() === '' ? `kolom ${i + 1}` : h.trim();
    while (seen.has(name.toLowerCase())) name += '_';
    seen.add(name.toLowerCase());
    return name;
  });
}

interface Head {
  grid: string[][];
  delimiter: string;
}

/** The first rows of a CSV file, as text (UTF-8 after the file's own encoding). */
function csvHead(file: string): Head {
  const fd = openSync(file, 'r');
  const top = Buffer.alloc(HEAD_BYTES);
  let length: number;
  try {
    length = readSync(fd, top, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const text = Buffer.from(asUtf8(top.subarray(0, length)).bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  // Whole lines only: the last one may be cut.
  const lines = length < HEAD_BYTES ? text : text.slice(0, text.lastIndexOf('\n') + 1);
  const delimiter = sniffDelimiter(lines);
  const grid = parse(lines, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    to_line: 60,
  }) as string[][];
  return { grid, delimiter };
}

/** The date format of a CSV's date cells (one for the whole file): ISO unless they are HH/BB/TTTT. */
function dateFormatOf(grid: readonly (readonly string[])[], headerRow: number, columns: number[]): string {
  for (let r = headerRow + 1; r < grid.length; r++)
    for (const c of columns) {
      const cell = (grid[r][c] ?? '').trim();
      if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(cell)) return '%d/%m/%Y';
      if (/^\d{4}-\d{2}-\d{2}/.test(cell)) return '%Y-%m-%d';
    }
  return '%Y-%m-%d';
}

function typeOf(field: string | undefined): string {
  if (field !== undefined && DATE_FIELDS.has(field)) return 'DATE';
  if (field !== undefined && NUMBER_FIELDS.has(field)) return 'DOUBLE';
  return 'VARCHAR';
}

async function loadCsv(
  connection: DuckDBConnection,
  spec: TypedFile,
  settings: Settings,
): Promise<TypedTable> {
  const source = spec.source ?? spec.file;
  const { grid, delimiter } = csvHead(source);
  const match = fieldsOf(spec, grid, settings);
  const names = columnNames(match.columnHeaders);
  const fieldAt = new Map(Object.entries(match.columns).map(([f, c]) => [c as number, f]));
  const types = names.map((name, i) => `${literal(name)}: ${literal(typeOf(fieldAt.get(i)))}`);
  const dateColumns = [...fieldAt].filter(([, f]) => DATE_FIELDS.has(f)).map(([c]) => c);
  const columns = Object.fromEntries([...fieldAt].map(([c, f]) => [f, names[c]]));
  const read =
    `read_csv(${literal(source)}, header = true, skip = ${match.headerRow}, ` +
    `delim = ${literal(delimiter)}, quote = '"', escape = '"', columns = {${types.join(', ')}}, ` +
    `dateformat = ${literal(dateFormatOf(grid, match.headerRow, dateColumns))}, ` +
    `null_padding = true, store_rejects = true, rejects_scan = ${literal(spec.table + '_scan')}, ` +
    `rejects_table = ${literal(spec.table + '_rejects')})`;
  const picked = Object.values(columns).map(ident).join(', ');
  await connection.run(`CREATE OR REPLACE TABLE ${ident(spec.table)} AS SELECT ${picked} FROM ${read}`);
  await rejectBadCells(connection, spec);
  return { table: spec.table, columns };
}

/** The first cell DuckDB could not read as its column's type, told by file, row and header. */
async function rejectBadCells(connection: DuckDBConnection, spec: TypedFile): Promise<void> {
  const rejects = ident(spec.table + '_rejects');
  const reader = await connection.runAndReadAll(
    `SELECT line, column_name, csv_line, error_message, count(*) OVER () AS n FROM ${rejects} ` +
      'ORDER BY line, column_idx LIMIT 1',
  );
  const rows = reader.getRowObjectsJS() as {
    line: bigint;
    column_name: string | null;
    csv_line: string;
    error_message: string;
    n: bigint;
  }[];
  if (rows.length === 0) return;
  const r = rows[0];
  const words = msg().cli.duckdb;
  const where = { label: spec.label, file: basename(spec.file), row: Number(r.line) };
  // DuckDB says: Could not convert string "12/13/2025" to 'DATE'.
  const cast = /string "(.*)" to '(\w+)'/.exec(r.error_message);
  const text =
    r.column_name === null || !cast
      ? words.badRow(where, r.csv_line)
      : words.badCell(where, r.column_name, cast[1], cast[2] === 'DATE' ? 'date' : 'number', Number(r.n) - 1);
  throw new CliError('data', text);
}

async function loadParquet(
  connection: DuckDBConnection,
  spec: TypedFile,
  settings: Settings,
): Promise<TypedTable> {
  const read = `read_parquet(${literal(spec.file)})`;
  const schema = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${read}`)).getRowObjectsJS() as {
    column_name: string;
    column_type: string;
  }[];
  const headers = schema.map((c) => c.column_name);
  const match = fieldsOf(spec, [headers], settings);
  const columns: Record<string, string> = {};
  const picked: string[] = [];
  for (const [field, col] of Object.entries(match.columns)) {
    const { column_name: name, column_type: type } = schema[col as number];
    const want = typeOf(field);
    if (!fits(type, want)) {
      const expected = want === 'DATE' ? 'date' : 'number';
      const text = msg().cli.duckdb.badParquetType(spec.label, basename(spec.file), name, type, expected);
      throw new CliError('data', text);
    }
    columns[field] = name;
    picked.push(
      want === 'VARCHAR'
        ? `CAST(${ident(name)} AS VARCHAR) AS ${ident(name)}`
        : `CAST(${ident(name)} AS ${want}) AS ${ident(name)}`,
    );
  }
  await connection.run(
    `CREATE OR REPLACE TABLE ${ident(spec.table)} AS SELECT ${picked.join(', ')} FROM ${read}`,
  );
  return { table: spec.table, columns };
}

/** Whether a Parquet column of this type is read as `want` without guessing. */
function fits(type: string, want: string): boolean {
  // A timestamp with a time zone would need the zone to give its day: not guessed.
  if (want === 'DATE') return type === 'DATE' || type === 'TIMESTAMP' || /^TIMESTAMP_(S|MS|NS)$/.test(type);
  if (want === 'DOUBLE')
    return /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL)/.test(
      type,
    );
  return true;
}
