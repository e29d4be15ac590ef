/**
 * Finding the header row and the columns of an owner's sheet: the header may sit under a title
 * and blank lines (first ten rows), and headers are matched case-, space- and punctuation-blind.
 */
import { FIELDS, type FieldSpec, type SheetKind } from './schema';
import { headerKey } from './text';
import { msg } from '../i18n';

export const HEADER_SEARCH_ROWS = 10;

/** The header of the column our menu writes; never read back as an owner's column. */
export const OUTPUT_HEADER = 'Tipe Pelanggan';

export type Grid = readonly (readonly unknown[])[];

export interface HeaderMatch<F extends string = string> {
  /** Index of the header row within the grid. */
  headerRow: number;
  /** Column index per field found. */
  columns: Partial<Record<F, number>>;
  /** Header texts of the header row, for messages. */
  headers: string[];
}

/** Owner's explicit choice of header per field, e.g. { tanggal: "Tgl Transaksi" }. */
export type ColumnOverrides = Partial<Record<string, string>>;

function score(header: string, synonyms: readonly string[]): number {
  if (header === '') return 0;
  let best = 0;
  for (const s of synonyms) {
    const key = headerKey(s);
    if (header === key) return 3;
    if (key.length >= 3 && header.startsWith(key)) best = Math.max(best, 2);
    else if (key.length >= 4 && header.includes(key)) best = Math.max(best, 1);
  }
  return best;
}

/** Maps fields to columns of one candidate header row; each column serves at most one field. */
export function matchColumns(
  row: readonly unknown[],
  fields: Record<string, FieldSpec>,
  overrides: ColumnOverrides = {},
): Partial<Record<string, number>> {
  const headers = row.map((cell) => headerKey(cell));
  const ignored = headerKey(OUTPUT_HEADER);
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
      const s = score(h, spec.synonyms);
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
  const headers = (grid[headerRow] ?? []).map((c) => String(c ?? '').trim()).filter((h) => h !== '');
  const missing = required.filter((f) => best?.columns[f] === undefined);
  if (!best || missing.length > 0) {
    throw new Error(
      msg().missingColumn(
        sheetName,
        missing.map((f) => fields[f]),
        headers,
      ),
    );
  }
  return { headerRow, columns: best.columns, headers };
}
