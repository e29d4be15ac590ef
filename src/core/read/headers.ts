/**
 * Finding the header row and the columns of an owner's sheet: the header may sit under a title
 * and blank lines (first ten rows), and headers are matched case-, space- and punctuation-blind.
 */
import {
  AMOUNT_FIELD,
  FIELDS,
  PRODUCT_WORDS,
  type ColumnOverrides,
  type FieldSpec,
  type SheetKind,
} from './schema';
import type { Grid } from './grid';
import { headerKey, words } from './text';
import { score } from './headerScore';
import { pickAmountColumn, type AmountWhy } from './amountColumn';
import { msg } from '../i18n';

export const HEADER_SEARCH_ROWS = 10;

/**
 * The header of the column our menu writes; never read back as an owner's column. Indonesian in
 * every locale: owners and the formula TIPE_PELANGGAN know the column by this name (data, not a message).
 */
export const OUTPUT_HEADER = 'Tipe Pelanggan';

export interface HeaderMatch<F extends string = string> {
  /** Index of the header row within the grid. */
  headerRow: number;
  /** Column index per field found. */
  columns: Partial<Record<F, number>>;
  /** Header texts of the header row, for messages. */
  headers: string[];
  /** The owner's header text of each column, by column index ('' where blank). */
  columnHeaders: string[];
  /** With no amount column, the amount is quantity x unit price (DOMAIN 1). */
  product?: { qty: number; price: number };
  /** Fields the owner's settings mapped (kolom), found in this header: chosen by the owner. */
  chosen?: string[];
  /** Why the amount column was chosen by its content, when it was (the reading report). */
  amountWhy?: AmountWhy;
}

/** A product column ("Nama Barang", "Produk", "Item") is never taken for the customer. */
function isProductHeader(header: unknown): boolean {
  return words(header).some((x) => PRODUCT_WORDS.has(x));
}

/** Maps fields to columns of one candidate header row; each column serves at most one field. */
export function matchColumns(
  row: readonly unknown[],
  fields: Record<string, FieldSpec>,
  overrides: ColumnOverrides = {},
): Partial<Record<string, number>> {
  const headers = row.map((cell) => headerKey(cell));
  const ignored = headerKey(OUTPUT_HEADER);
  const customerFields = new Set(['pelanggan', 'nama']);
  const columns: Partial<Record<string, number>> = {};
  const used = new Set<number>();
  for (const [field, header] of Object.entries(overrides)) {
    if (!header || !(field in fields)) continue;
    const col = headers.indexOf(headerKey(header));
    if (col >= 0) {
      columns[field] = col;
      used.add(col);
    }
  }
  const candidates: { field: string; col: number; score: number; order: number }[] = [];
  Object.entries(fields).forEach(([field, spec], order) => {
    if (columns[field] !== undefined) return;
    headers.forEach((h, col) => {
      if (h === ignored) return;
      if (customerFields.has(field) && isProductHeader(row[col])) return;
      const s = score(row[col], spec.synonyms);
      if (s > 0) candidates.push({ field, col, score: s, order });
    });
  });
  // Exact matches first, then required fields before optional ones, then left to right.
  candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.col - b.col);
  for (const c of candidates) {
    if (columns[c.field] !== undefined || used.has(c.col)) continue;
    columns[c.field] = c.col;
    used.add(c.col);
  }
  return columns;
}

/**
 * Finds the header row of a sheet of the given kind in its first ten rows and maps its columns.
 * Throws an Error naming the missing columns, the synonyms looked for and the headers found.
 */
export function detectHeader(
  grid: Grid,
  kind: SheetKind,
  sheetName: string,
  overrides: ColumnOverrides = {},
): HeaderMatch {
  const fields = FIELDS[kind];
  const required = Object.keys(fields).filter((f) => fields[f].required);
  let best: {
    row: number;
    columns: Partial<Record<string, number>>;
    found: number;
    requiredFound: number;
  } | null = null;
  const limit = Math.min(HEADER_SEARCH_ROWS, grid.length);
  for (let r = 0; r < limit; r++) {
    const columns = matchColumns(grid[r], fields, overrides);
    const requiredFound = required.filter((f) => columns[f] !== undefined).length;
    const found = Object.keys(columns).length;
    if (
      !best ||
      requiredFound > best.requiredFound ||
      (requiredFound === best.requiredFound && found > best.found)
    ) {
      best = { row: r, columns, found, requiredFound };
    }
  }
  const headerRow = best?.row ?? 0;
  const columnHeaders = (grid[headerRow] ?? []).map((c) => String(c ?? '').trim());
  const headers = columnHeaders.filter((h) => h !== '');
  const amount = best ? pickAmountColumn(grid, headerRow, kind, best.columns, overrides) : {};
  const product = amount.product;
  const missing = required.filter(
    (f) => best?.columns[f] === undefined && !(product && f === AMOUNT_FIELD[kind]),
  );
  if (!best || missing.length > 0) {
    throw new MissingColumnsError(
      msg().missingColumn(
        sheetName,
        missing.map((f) => fields[f]),
        headers,
      ),
      { kind, sheet: sheetName, fields: missing, headerRow, columns: best?.columns ?? {}, columnHeaders },
    );
  }
  const chosen = Object.keys(overrides).filter(
    (f) =>
      overrides[f] &&
      best.columns[f] !== undefined &&
      headerKey(columnHeaders[best.columns[f] as number]) === headerKey(overrides[f]),
  );
  return {
    headerRow,
    columns: best.columns,
    headers,
    columnHeaders,
    ...(product ? { product } : {}),
    ...(chosen.length ? { chosen } : {}),
    ...(amount.why ? { amountWhy: amount.why } : {}),
  };
}

/** Where the required columns were looked for and not found. */
export interface MissingColumns {
  kind: SheetKind;
  /** The sheet's name (the command line: the file's). */
  sheet: string;
  /** The required fields not found, e.g. ['total']. */
  fields: readonly string[];
  /** The row taken for the header, and the fields its columns were matched to. */
  headerRow: number;
  columns: Partial<Record<string, number>>;
  /** The owner's header text of each column of that row ('' where blank). */
  columnHeaders: readonly string[];
}

/** The owner's message for missing columns, with what a caller needs to say how to name them. */
export class MissingColumnsError extends Error {
  constructor(
    message: string,
    readonly missing: MissingColumns,
  ) {
    super(message);
  }
}
