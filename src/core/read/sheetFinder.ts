/**
 * Which of the owner's sheets holds sales, debts and customers (DOMAIN 1): the owner's saved
 * choice first, then the sheet name, then the headers in the first rows. Pure: the Apps Script
 * layer passes the names and reads the first rows only of the sheets it is asked about.
 */
import { HEADER_SEARCH_ROWS, matchColumns } from './headers';
import type { Grid } from './grid';
import { AMOUNT_FIELD, DEBT_AMOUNT_HEADERS, FIELDS, SHEET_SYNONYMS, type SheetKind } from './schema';
import { score } from './headerScore';
import { headerKey, isBlank } from './text';
import { msg } from '../i18n';

export const SHEET_KINDS: readonly SheetKind[] = ['penjualan', 'hutang', 'pelanggan'];

/**
 * The sheets the menu writes; never taken for the owner's data. Their names are the same in every
 * locale (data, not messages): README, owners' links and formulas refer to them by name.
 */
export const OUTPUT_SHEETS = {
  customers: 'Segmentasi Pelanggan',
  summary: 'Ringkasan Segmentasi',
  contacts: 'Hubungi Hari Ini',
} as const;

export type SheetChoice = Record<SheetKind, string | null>;

export interface FoundSheets {
  sheets: SheetChoice;
  /** How each sheet was found, for the closing message. */
  how: Record<SheetKind, 'pilihan' | 'nama' | 'judul' | null>;
  /** A saved choice that names a sheet that no longer exists. */
  staleChoices: SheetKind[];
  /** Kinds where two or more sheets scored alike: none is picked, the owner chooses. */
  ties: Partial<Record<SheetKind, string[]>>;
  /**
   * Every sheet of a kind kept over several sheets (one per month or period, one header shape),
   * in the workbook's order: read together as one book. The first is `sheets[kind]`.
   */
  groups: Partial<Record<SheetKind, string[]>>;
}

/** Kinds a book may keep over several sheets (DOMAIN 1): sales and debts, not the customer list. */
const GROUPED_KINDS: ReadonlySet<SheetKind> = new Set(['penjualan', 'hutang']);

const OUTPUT_KEYS = new Set(Object.values(OUTPUT_SHEETS).map(headerKey));

/** 3 = the name is a synonym, 2 = starts with one, 1 = contains one ("Data Kasbon 2026"). */
export function nameScore(sheetName: string, kind: SheetKind): number {
  const name = headerKey(sheetName);
  if (name === '' || OUTPUT_KEYS.has(name)) return 0;
  let best = 0;
  for (const synonym of SHEET_SYNONYMS[kind]) {
    const key = headerKey(synonym);
    if (name === key) return 3;
    if (name.startsWith(key)) best = Math.max(best, 2);
    else if (key.length >= 3 && name.includes(key)) best = Math.max(best, 1);
  }
  return best;
}

/**
 * How well the first rows look like a header of this kind: 0 when a required column is missing,
 * else 100 per required column plus 1 per optional column found. With only Qty and Harga, the
 * amount is their product, so those two stand for the amount.
 */
export function headerScore(top: Grid, kind: SheetKind): number {
  const fields = FIELDS[kind];
  const required = Object.keys(fields).filter((f) => fields[f].required);
  const amount = AMOUNT_FIELD[kind];
  let best = 0;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, top.length); r++) {
    const columns = matchColumns(top[r], fields);
    // With only Qty and Harga the amount is their product; a debt book may hold only "Sisa".
    const product =
      (columns.qty !== undefined && columns.harga !== undefined) ||
      (kind === 'hutang' && columns.sisa !== undefined);
    if (!required.every((f) => columns[f] !== undefined || (f === amount && product))) continue;
    best = Math.max(best, 100 * required.length + Object.keys(columns).length - required.length);
  }
  return best;
}

/**
 * The header's shape: each field found and the owner's header for it, in field order, from the
 * first header-like row; null when the rows hold no header of this kind. Month sheets of one book
 * share it, whatever the order of their columns.
 */
export function headerShape(top: Grid, kind: SheetKind): string | null {
  const fields = FIELDS[kind];
  const required = Object.keys(fields).filter((f) => fields[f].required);
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, top.length); r++) {
    const columns = matchColumns(top[r], fields);
    if (!required.every((f) => columns[f] !== undefined)) continue;
    return Object.keys(fields)
      .filter((f) => columns[f] !== undefined)
      .map((f) => `${f}=${headerKey(top[r][columns[f] as number])}`)
      .join('|');
  }
  return null;
}

/** Whether a header row names a debt amount (Jumlah Hutang, Hutang, Sisa, Nominal...): a debt book by its columns. */
export function hasDebtAmountColumn(top: Grid): boolean {
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, top.length); r++)
    if ((top[r] ?? []).some((cell) => score(cell, DEBT_AMOUNT_HEADERS) > 0)) return true;
  return false;
}

/** Whether the first rows have a customer column by its header (a product column never counts). */
export function hasCustomerColumn(top: Grid, kind: SheetKind): boolean {
  const field = kind === 'pelanggan' ? 'nama' : 'pelanggan';
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, top.length); r++) {
    if (matchColumns(top[r], FIELDS[kind])[field] !== undefined) return true;
  }
  return false;
}

function isEmptyTop(top: Grid): boolean {
  return top.every((row) => !row || row.every(isBlank));
}

/** The best-scoring names; more than one means the owner must choose. */
function bestOf(scores: readonly { name: string; score: number }[]): string[] {
  const top = Math.max(0, ...scores.map((s) => s.score));
  return top > 0 ? scores.filter((s) => s.score === top).map((s) => s.name) : [];
}

/**
 * Chooses a sheet per kind: the owner's saved choice, else the best name, else the best header.
 * A sales or debt sheet needs a customer column by its header (a stock sheet is not a debt book);
 * when two sheets score alike, none is picked and `ties` names them, so the run asks the owner.
 * `readTop` is asked at most once per sheet.
 */
export function findSheets(
  sheetNames: readonly string[],
  saved: Partial<Record<SheetKind, string | undefined>>,
  readTop: (sheetName: string) => Grid,
): FoundSheets {
  const sheets: SheetChoice = { penjualan: null, hutang: null, pelanggan: null };
  const how: FoundSheets['how'] = { penjualan: null, hutang: null, pelanggan: null };
  const staleChoices: SheetKind[] = [];
  const ties: FoundSheets['ties'] = {};
  const groups: FoundSheets['groups'] = {};
  const taken = new Set<string>();
  const take = (kind: SheetKind, name: string, by: 'pilihan' | 'nama' | 'judul') => {
    sheets[kind] = name;
    how[kind] = by;
    taken.add(name);
  };
  const tops = new Map<string, Grid>();
  const topOf = (name: string): Grid => {
    let top = tops.get(name);
    if (!top) tops.set(name, (top = readTop(name)));
    return top;
  };
  // A sales or debt sheet needs a customer column; the customer sheet is taken by its name as
  // before. An empty sheet is kept by its name, so the run can say it was empty and skipped.
  const fits = (kind: SheetKind, name: string) =>
    kind === 'pelanggan' || isEmptyTop(topOf(name)) || hasCustomerColumn(topOf(name), kind);

  for (const kind of SHEET_KINDS) {
    const choice = saved[kind]?.trim();
    if (!choice) continue;
    const match =
      sheetNames.find((n) => n === choice) ?? sheetNames.find((n) => headerKey(n) === headerKey(choice));
    if (match && !taken.has(match)) take(kind, match, 'pilihan');
    else staleChoices.push(kind);
  }
  for (const kind of SHEET_KINDS) {
    if (sheets[kind]) continue;
    const scored = sheetNames
      .filter((name) => !taken.has(name))
      .map((name) => ({ name, score: nameScore(name, kind) }))
      .filter((s) => s.score > 0 && fits(kind, s.name));
    settle(kind, bestOf(scored), 'nama');
  }
  for (const kind of SHEET_KINDS) {
    if (sheets[kind] || ties[kind]) continue;
    const scored = sheetNames
      // A sheet named for another kind ("Penjualan" the owner pointed away from) is not a candidate.
      .filter((name) => !taken.has(name) && !OUTPUT_KEYS.has(headerKey(name)))
      .filter((name) => !SHEET_KINDS.some((k) => nameScore(name, k) > 0))
      // Without a debt name, only a debt amount column makes a debt book: a sales sheet's Total never does.
      .filter((name) => kind !== 'hutang' || hasDebtAmountColumn(topOf(name)))
      .map((name) => ({ name, score: headerScore(topOf(name), kind) }));
    settle(kind, bestOf(scored), 'judul');
  }
  return { sheets, how, staleChoices, ties, groups };

  /**
   * One best sheet is taken; several of one header shape are one book kept over several sheets
   * (read together); several of different shapes are for the owner to choose between.
   */
  function settle(kind: SheetKind, best: string[], by: 'nama' | 'judul'): void {
    if (best.length === 1) take(kind, best[0], by);
    else if (best.length > 1 && GROUPED_KINDS.has(kind) && oneShape(kind, best)) {
      take(kind, best[0], by);
      for (const name of best) taken.add(name);
      groups[kind] = best;
    } else if (best.length > 1) ties[kind] = best;
  }

  function oneShape(kind: SheetKind, names: readonly string[]): boolean {
    const shapes = names.map((name) => headerShape(topOf(name), kind));
    return shapes[0] !== null && shapes.every((shape) => shape === shapes[0]);
  }
}

/** The alert when two sheets fit one kind alike: the owner chooses in the settings. */
export function sheetTieMessage(ties: FoundSheets['ties']): string | null {
  const lines = SHEET_KINDS.filter((k) => ties[k]).map((k) => msg().notes.sheetTie(k, ties[k] as string[]));
  return lines.length ? lines.join('\n') : null;
}

/** The alert when no sales sheet was found: what was looked for and how to point at it. */
export function missingSalesSheetMessage(sheetNames: readonly string[]): string {
  const f = FIELDS.penjualan;
  const required = Object.values(f)
    .filter((s) => s.required)
    .map((s) => `${s.label} (${s.synonyms.join(', ')})`);
  return msg().run.missingSalesSheet(SHEET_SYNONYMS.penjualan, required, sheetNames);
}
