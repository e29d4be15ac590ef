/**
 * One corpus case: an owner's workbook as CSV files (what the command line is given) plus an
 * optional meta.json for what CSV cannot say (checkboxes, error and formula cells, hidden rows,
 * merged cells, extra sheets), and expect.json, the outcome written by hand from DOMAIN.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SettingsInput } from '../../../src/core/settings';

export const CORPUS = join(__dirname, '..', '..', 'fixtures', 'corpus');

export type Kind = 'penjualan' | 'hutang' | 'pelanggan';
export const KINDS: readonly Kind[] = ['penjualan', 'hutang', 'pelanggan'];
export const DEFAULT_SHEET_NAMES: Record<Kind, string> = {
  penjualan: 'Penjualan',
  hutang: 'Hutang',
  pelanggan: 'Pelanggan',
};
export type Channel = 'core' | 'formulas' | 'menu' | 'cli';
export const CHANNELS: readonly Channel[] = ['core', 'formulas', 'menu', 'cli'];
export type TypeLetter = 'A' | 'B' | 'C' | 'D';

export interface ReportedRow {
  sheet: Kind;
  /** The sheet's own name where a kind has several sheets (meta.more): "Feb". */
  sheetName?: string;
  row: number;
  /** The owner's own column header. */
  column: string;
}

export interface Expectation {
  title: string;
  family: string;
  /** YYYY-MM-DD. */
  referenceDate: string;
  settings?: SettingsInput;
  /** Channels the case applies to; all four when absent. */
  channels?: Channel[];
  types?: Record<string, TypeLetter>;
  /** Names that must not become customers. */
  notCustomers?: string[];
  customers?: number;
  totalSales?: number;
  /** Every row reported, exactly (the core); each must be shown by the menu and command line. */
  reported?: ReportedRow[];
  /** Texts the owner must be shown. */
  messages?: string[];
  /** The run stops with this message instead of a result. */
  stop?: string;
  /**
   * Cells of the customer table ("Segmentasi Pelanggan", pelanggan.csv) by column header, for the
   * one customer of that name (and, where two share a name, that number as "No HP" shows it).
   */
  rows?: ExpectedRow[];
  /** Who is on the day's contact list ("Hubungi Hari Ini", hubungi.csv), in which group, with a link or not. */
  contacts?: ExpectedContact[];
  /** How many people the owner contacts today (everyone listed, those without a WhatsApp number included). */
  contactsToday?: number;
  /** Cells of the CSV files the command line writes, as the file holds them (text after CSV quoting). */
  csvCells?: ExpectedCsvCell[];
  /** What the menu's "Tipe Pelanggan" column beside the owner's rows says on a row (sheet row number). */
  typeCells?: { sheet: Kind; row: number; text: string }[];
}

export interface ExpectedRow {
  name: string;
  phone?: string;
  cells: Record<string, string | number>;
}

export type ContactGroup = 'today' | 'winBack' | 'noNumber';

export interface ExpectedContact {
  name: string;
  group: ContactGroup;
  /** Whether the entry has a WhatsApp link. */
  link: boolean;
}

export interface ExpectedCsvCell {
  file: 'pelanggan.csv' | 'hubungi.csv';
  /** The customer's name as the owner wrote it: the row whose Pelanggan cell is this name. */
  name: string;
  column: string;
  text: string;
}

export interface CellMeta {
  /** A1 address. */
  cell: string;
  /** The stored value: a boolean checkbox, an error text such as "#N/A", a number... */
  value?: string | number | boolean;
  /** A civil date-time "YYYY-MM-DD[ HH:MM]" stored as a Date in the sheet's zone. */
  date?: string;
  formula?: string;
}

export interface WorkbookMeta {
  /** Sheet names in the workbook; Penjualan, Hutang, Pelanggan when absent. */
  sheetNames?: Partial<Record<Kind, string>>;
  /** Sheets only the workbook has (the menu and the core's sheet choice see them). */
  extraSheets?: { name: string; file: string }[];
  /**
   * More sheets of a kind after the first (a book kept as one sheet per month): sheets of the
   * workbook, files given to the command line after the first (--penjualan jan.csv --penjualan
   * feb.csv), and ranges stacked one under the other in a formula's argument.
   */
  more?: Partial<Record<Kind, { name: string; file: string }[]>>;
  cells?: Partial<Record<Kind, CellMeta[]>>;
  hiddenRows?: Partial<Record<Kind, number[]>>;
  merged?: Partial<Record<Kind, string[]>>;
  timeZone?: string;
}

export interface CorpusCase {
  name: string;
  dir: string;
  files: Partial<Record<Kind, string>>;
  /** Every file of a kind in order: the first (`files`) and those of `meta.more`. */
  allFiles: Partial<Record<Kind, { name: string; file: string }[]>>;
  expect: Expectation;
  meta: WorkbookMeta;
}

export function loadCase(name: string): CorpusCase {
  const dir = join(CORPUS, name);
  const files: Partial<Record<Kind, string>> = {};
  for (const kind of KINDS) if (existsSync(join(dir, `${kind}.csv`))) files[kind] = join(dir, `${kind}.csv`);
  const meta = existsSync(join(dir, 'meta.json'))
    ? (JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as WorkbookMeta)
    : {};
  const expect = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as Expectation;
  const allFiles: CorpusCase['allFiles'] = {};
  for (const kind of KINDS) {
    const first = files[kind];
    if (!first) continue;
    const more = (meta.more?.[kind] ?? []).map((m) => ({ name: m.name, file: join(dir, m.file) }));
    allFiles[kind] = [{ name: meta.sheetNames?.[kind] ?? DEFAULT_SHEET_NAMES[kind], file: first }, ...more];
  }
  return { name, dir, files, allFiles, expect, meta };
}

export function caseNames(): string[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export interface PendingCase {
  case: string;
  /** The rule of DOMAIN.md the case waits for. */
  rule: string;
}

export function pendingCases(): PendingCase[] {
  return JSON.parse(readFileSync(join(CORPUS, 'PENDING.json'), 'utf8')) as PendingCase[];
}

export function channelsOf(c: CorpusCase): readonly Channel[] {
  return c.expect.channels ?? CHANNELS;
}
