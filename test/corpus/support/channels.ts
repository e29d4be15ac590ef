/**
 * The four ways an owner meets the product, each run on a corpus case and reduced to one
 * Outcome: the core (sheet choice + analyze on the typed workbook), the bundle's formula
 * TIPE_PELANGGAN, the menu on the fake, and the command line on the CSV files.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { analyze, retention } from '../../../src/core/engine';
import { describeIssue } from '../../../src/core/messages';
import { HEADER_SEARCH_ROWS, OUTPUT_HEADER } from '../../../src/core/read/headers';
import { findSheets, missingSalesSheetMessage } from '../../../src/core/read/sheetFinder';
import { nameKey } from '../../../src/core/read/text';
import { summaryText } from '../../../src/core/report/summary';
import { CUSTOMER_COLUMNS } from '../../../src/core/report/customerTable';
import { followUpTable } from '../../../src/core/report/followUpTable';
import { contactsToday, followUps } from '../../../src/core/models/followUp';
import type { Table } from '../../../src/core/report/table';
import { dayFromCivil } from '../../../src/core/read/dates';
import { parseSettings, type Settings } from '../../../src/core/settings';
import { repoRoot } from '../../gas/fakes/loadBundle';
import { runBundle } from './bundle';
import { FIXED_NOW } from '../../gas/support/workbook';
import { KINDS, type Channel, type CorpusCase, type Kind } from './corpusCase';
import {
  caseWorkbook,
  ownerSnapshot,
  sheetDate,
  sheetNameOf,
  timeZoneOf,
  type CaseWorkbook,
} from './workbook';

export interface ShownRow {
  sheet: string;
  row: number;
  column: string;
}

export interface Outcome {
  channel: Channel;
  stop: string | null;
  /** Type per customer by name key; for formulas only the names asked about. */
  types: Map<string, string>;
  /** Names asked about that the channel does not know ("Tidak ada data" for formulas). */
  unknown: Set<string> | null;
  customers: number | null;
  totalSales: number | null;
  text: string | null;
  shown: ShownRow[] | null;
  /** Whether `shown` is every reported row (the core) rather than those shown to the owner. */
  complete: boolean;
  /** Sheet (or file) name per kind, as this channel names it. */
  sheetName: (kind: Kind) => string;
  /** A workbook sheet's name as this channel names it (the command line names files). */
  sheetAlias: (sheet: string) => string;
  ownerChanges: string[];
  /** The customer table, one record per row by column header (values as the channel holds them). */
  table: TableRecord[] | null;
  /** The contact list, one record per row by column header. */
  contacts: TableRecord[] | null;
  contactsToday: number | null;
  /** Files written by the command line, their cells as parsed. */
  csv: Map<string, string[][]> | null;
  /** Our own cells that became formulas (a name such as "=Rina+1" must stay text). */
  formulasWritten: string[];
  /** The menu's "Tipe Pelanggan" column beside the owner's rows: its value by sheet name and row. */
  typeCell: ((sheet: string, row: number) => string | null) | null;
}

export type TableRecord = Record<string, unknown>;

const CUSTOMER_SHEET = 'Segmentasi Pelanggan';
const SUMMARY_SHEET = 'Ringkasan Segmentasi';
const CONTACT_SHEET = 'Hubungi Hari Ini';

function settingsOf(c: CorpusCase): Settings {
  return parseSettings(c.expect.settings ?? {});
}

/** A name's identity key under the case's settings (a case of refused settings keeps the default). */
export function keyOf(c: CorpusCase, name: string): string {
  return nameKey(name, c.expect.settings?.hapusSapaan === true);
}

function referenceDay(c: CorpusCase) {
  const [y, m, d] = c.expect.referenceDate.split('-').map(Number);
  return dayFromCivil(y, m, d);
}

function blankOutcome(
  channel: Channel,
  sheetName: (kind: Kind) => string,
  sheetAlias: (sheet: string) => string = (sheet) => sheet,
): Outcome {
  return {
    sheetAlias,
    table: null,
    contacts: null,
    contactsToday: null,
    csv: null,
    formulasWritten: [],
    typeCell: null,
    channel,
    stop: null,
    types: new Map(),
    unknown: null,
    customers: null,
    totalSales: null,
    text: null,
    shown: null,
    complete: false,
    sheetName,
    ownerChanges: [],
  };
}

function gridOf(wb: CaseWorkbook, name: string): unknown[][] {
  const sheet = wb.spreadsheet.getSheetByName(name);
  return sheet ? sheet.getDataRange().getValues() : [];
}

export function runCore(c: CorpusCase): Outcome {
  const wb = caseWorkbook(c);
  const out = blankOutcome('core', (kind) => sheetNameOf(c, kind));
  const names = wb.spreadsheet.sheets.map((s) => s.title);
  try {
    const settings = settingsOf(c);
    const found = findSheets(names, settings.lembar, (name) => gridOf(wb, name).slice(0, HEADER_SEARCH_ROWS));
    const sales = found.sheets.penjualan;
    if (!sales) throw new Error(missingSalesSheetMessage(names));
    const input = (name: string | null) => (name ? { name, rows: gridOf(wb, name) } : undefined);
    // A book kept over several sheets: the others of its group, read together (DOMAIN 1).
    const more = (kind: 'penjualan' | 'hutang') =>
      (found.groups[kind] ?? []).slice(1).map((name) => ({ name, rows: gridOf(wb, name) }));
    const analysis = analyze(
      {
        sales: { name: sales, rows: gridOf(wb, sales) },
        debts: input(found.sheets.hutang),
        customers: input(found.sheets.pelanggan),
        moreSales: more('penjualan'),
        moreDebts: more('hutang'),
      },
      { settings, referenceDay: referenceDay(c), timeZone: timeZoneOf(c) },
    );
    for (const customer of analysis.customers) out.types.set(customer.measures.key, customer.type);
    out.table = analysis.customers.map((customer) =>
      Object.fromEntries(CUSTOMER_COLUMNS.map((col) => [col.header, col.value(customer, analysis)])),
    );
    const list = followUps(analysis);
    out.contacts = recordsOf(tableRows(followUpTable(list)));
    out.contactsToday = contactsToday(list);
    out.customers = analysis.customers.length;
    out.totalSales = analysis.customers.reduce((s, x) => s + x.measures.totalSpend, 0);
    const notes = (analysis as unknown as { notes?: unknown }).notes;
    out.text = [
      summaryText(analysis, retention(analysis, 'bulan'), Infinity),
      ...analysis.issues.map(describeIssue),
      notes === undefined ? '' : JSON.stringify(notes),
    ].join('\n');
    out.shown = analysis.issues.map((i) => ({ sheet: i.sheet, row: i.row, column: i.column }));
    out.complete = true;
  } catch (error) {
    out.stop = (error as Error).message;
  }
  return out;
}

/** A table as its header row then its rows. */
function tableRows(table: Table): unknown[][] {
  return [table.columns.map((c) => c.header), ...table.rows];
}

/** Rows under a header row as records by header. */
export function recordsOf(rows: readonly (readonly unknown[])[]): TableRecord[] {
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

/**
 * A kind's sheets as one formula argument: the owner stacks month sheets in an array literal,
 * ={Jan!A:D; Feb!A:D}, each with its header.
 */
function stackedGrid(c: CorpusCase, wb: CaseWorkbook, kind: Kind): unknown[][] {
  const sheets = c.allFiles[kind] ?? [];
  const grids = sheets.map((s) => gridOf(wb, s.name));
  const width = Math.max(0, ...grids.flatMap((g) => g.map((r) => r.length)));
  return grids.flatMap((g) => g.map((r) => [...r, ...Array<unknown>(width - r.length).fill('')]));
}

/** The names the case asks about, as a column for TIPE_PELANGGAN. */
function askedNames(c: CorpusCase): string[] {
  return [...Object.keys(c.expect.types ?? {}), ...(c.expect.notCustomers ?? [])];
}

export function runFormulas(c: CorpusCase): Outcome {
  const wb = caseWorkbook(c);
  const out = blankOutcome('formulas', (kind) => sheetNameOf(c, kind));
  const bundle = runBundle(wb.globals);
  const customersGrid = c.files.pelanggan ? gridOf(wb, sheetNameOf(c, 'pelanggan')) : null;
  const debts = c.files.hutang ? stackedGrid(c, wb, 'hutang') : '';
  const ref = sheetDate(c.expect.referenceDate, timeZoneOf(c));
  const names = askedNames(c);
  out.unknown = new Set();
  try {
    // With a customer table, the formula takes the table (referrals, complaints) and answers per row.
    const table = customersGrid && customersGrid.length > 0 ? customersGrid : null;
    const first = table ?? names.map((n) => [n]);
    const result = bundle.call<unknown[][]>(
      'TIPE_PELANGGAN',
      first,
      stackedGrid(c, wb, 'penjualan'),
      debts,
      ref,
    );
    if (!Array.isArray(result)) throw new Error(`TIPE_PELANGGAN gave ${String(result)}`);
    const rows = table ? result.slice(1) : result;
    const nameCol = table ? table[0].findIndex((h) => /^\s*nama/i.test(String(h))) : 0;
    const askedKeys = new Set(names.map((n) => keyOf(c, n)));
    rows.forEach((row, i) => {
      const name = String((table ? table[i + 1] : first[i])[Math.max(nameCol, 0)]);
      const key = keyOf(c, name);
      if (!askedKeys.has(key)) return;
      if (row[0] === 'Tidak ada data') out.unknown?.add(key);
      else out.types.set(key, String(row[0]));
    });
    // Names outside the customer table are not asked: the formula answers per table row.
    if (table) out.unknown = null;
  } catch (error) {
    out.stop = (error as Error).message;
  }
  return out;
}

function cellText(v: unknown): string {
  return Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString() : String(v);
}

function readCustomerSheet(c: CorpusCase, wb: CaseWorkbook, out: Outcome): void {
  const sheet = wb.spreadsheet.getSheetByName(CUSTOMER_SHEET);
  if (!sheet) return;
  const rows = sheet.peek();
  const headerRow = rows.findIndex((r) => r.includes('Pelanggan') && r.includes('Tipe'));
  if (headerRow < 0) return;
  out.table = recordsOf(rows.slice(headerRow)).filter((r) => r.Pelanggan !== '' || r.Tipe !== '');
  const nameColumn = rows[headerRow].indexOf('Pelanggan') + 1;
  rows.forEach((_, i) => {
    const formula = sheet.formulaAt(i + 1, nameColumn);
    if (i > headerRow && formula) out.formulasWritten.push(`${CUSTOMER_SHEET}: ${formula}`);
  });
  const contactRows = wb.spreadsheet.getSheetByName(CONTACT_SHEET)?.peek() ?? [];
  out.contacts = recordsOf(contactRows).filter((r) => r.Pelanggan !== '');
  const [nameCol, typeCol, salesCol] = ['Pelanggan', 'Tipe', 'Total Belanja'].map((h) =>
    rows[headerRow].indexOf(h),
  );
  out.customers = 0;
  out.totalSales = 0;
  for (const row of rows.slice(headerRow + 1)) {
    if (row[nameCol] === '' && row[typeCol] === '') continue;
    out.customers++;
    out.totalSales += Number(row[salesCol]) || 0;
    out.types.set(keyOf(c, String(row[nameCol])), String(row[typeCol]));
  }
}

export function runMenu(c: CorpusCase): Outcome {
  const wb = caseWorkbook(c);
  const out = blankOutcome('menu', (kind) => sheetNameOf(c, kind));
  const before = ownerSnapshot(wb);
  const bundle = runBundle(wb.globals);
  bundle.evaluate(
    `globalThis.Date = class extends Date { constructor(...a) { if (a.length) super(...a); else super(${FIXED_NOW}); } ` +
      `static now() { return ${FIXED_NOW}; } }; void 0`,
  );
  try {
    bundle.call('jalankanSegmentasi');
  } catch (error) {
    out.stop = `menu threw: ${(error as Error).message}`;
  }
  const after = ownerSnapshot(wb);
  out.ownerChanges = before.filter((s, i) => s !== after[i]).map((s) => s.split('\n')[0]);
  const last = wb.ui.alerts[wb.ui.alerts.length - 1];
  if (!out.stop && !(last && /selesai/.test(last.title)))
    out.stop = last ? last.message : 'no closing message';
  const summary = wb.spreadsheet.getSheetByName(SUMMARY_SHEET)?.peek() ?? [];
  out.text = [
    ...wb.ui.alerts.map((a) => `${a.title}\n${a.message}`),
    ...wb.spreadsheet.toasts.map((t) => t.message),
    ...summary.map((r) => r.map(cellText).join('\t')),
  ].join('\n');
  out.shown = summary
    .filter((r) => typeof r[1] === 'number' && typeof r[0] === 'string' && r[0] !== '')
    .map((r) => ({ sheet: String(r[0]), row: r[1] as number, column: String(r[2]) }));
  if (!out.stop) readCustomerSheet(c, wb, out);
  out.typeCell = (name, row) => {
    const cells = wb.spreadsheet.getSheetByName(name)?.peek() ?? [];
    for (const header of cells.slice(0, 11)) {
      const col = header.indexOf(OUTPUT_HEADER);
      if (col >= 0) return String(cells[row - 1]?.[col] ?? '');
    }
    return null;
  };
  return out;
}

const CLI = join(repoRoot(), 'build', 'cli.js');

function readCsv(file: string): string[][] {
  return parse(readFileSync(file, 'utf8'), { relax_column_count: true }) as string[][];
}

function spawnNode(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The command line names a sheet by its file. */
function fileAlias(c: CorpusCase): (sheet: string) => string {
  const files = new Map(
    KINDS.flatMap((kind) => (c.allFiles[kind] ?? []).map((s) => [s.name, basename(s.file)] as const)),
  );
  return (sheet) => files.get(sheet) ?? sheet;
}

/** CSV files cut into cells (their bytes are the written text; a quote-doubled cell comes back whole). */
function readOutputs(target: string): Map<string, string[][]> {
  const files = new Map<string, string[][]>();
  for (const file of ['pelanggan.csv', 'hubungi.csv'])
    if (existsSync(join(target, file))) files.set(file, readCsv(join(target, file)));
  return files;
}

export async function runCli(c: CorpusCase): Promise<Outcome> {
  const out = blankOutcome('cli', (kind) => basename(c.files[kind] ?? `${kind}.csv`), fileAlias(c));
  const work = mkdtempSync(join(tmpdir(), 'corpus-'));
  const target = join(work, 'hasil');
  const args = [CLI];
  for (const kind of KINDS) for (const s of c.allFiles[kind] ?? []) args.push(`--${kind}`, s.file);
  args.push('--tanggal-acuan', c.expect.referenceDate, '--keluar', target);
  if (c.meta.timeZone) args.push('--zona-waktu', timeZoneOf(c));
  if (c.expect.settings) {
    const file = join(work, 'pengaturan.json');
    writeFileSync(file, JSON.stringify(c.expect.settings));
    args.push('--pengaturan', file);
  }
  const inputs = KINDS.flatMap((kind) => c.allFiles[kind] ?? []).map(
    (s) => [s.file, readFileSync(s.file)] as const,
  );
  const r = await spawnNode(args);
  out.ownerChanges = inputs
    .filter(([f, bytes]) => !readFileSync(f as string).equals(bytes))
    .map(([f]) => basename(f as string));
  out.text = `${r.stdout}\n${r.stderr}`;
  out.shown = [...out.text.matchAll(/Sheet "([^"]+)", baris (\d+), kolom "([^"]*)"/g)].map((m) => ({
    sheet: m[1],
    row: Number(m[2]),
    column: m[3],
  }));
  if (r.status !== 0) {
    out.stop = r.stderr || `exit ${r.status}`;
    return out;
  }
  out.contactsToday = Number(/(\d+) orang perlu dihubungi hari ini/.exec(r.stdout)?.[1] ?? NaN);
  if (Number.isNaN(out.contactsToday)) out.contactsToday = null;
  out.csv = readOutputs(target);
  const table = out.csv.get('pelanggan.csv');
  if (!table) return out;
  out.table = recordsOf(table).map(unneutralised);
  out.contacts = recordsOf(out.csv.get('hubungi.csv') ?? []).map(unneutralised);
  const [header, ...rows] = table;
  const [nameCol, typeCol, salesCol] = ['Pelanggan', 'Tipe', 'Total Belanja'].map((h) => header.indexOf(h));
  out.customers = rows.length;
  out.totalSales = rows.reduce((s, row) => s + (Number(row[salesCol]) || 0), 0);
  for (const row of rows) out.types.set(keyOf(c, textOf(row[nameCol])), row[typeCol]);
  return out;
}

/** A CSV text cell as the owner meant it: the apostrophe that keeps "=..." from running is not theirs. */
export function textOf(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function unneutralised(record: TableRecord): TableRecord {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, textOf(String(v ?? ''))]));
}

export const IN_PROCESS: Record<Exclude<Channel, 'cli'>, (c: CorpusCase) => Outcome> = {
  core: runCore,
  formulas: runFormulas,
  menu: runMenu,
};
