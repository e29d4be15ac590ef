/**
 * Choosing the amount column by content (DOMAIN 1): an amount holds money, so a "Jumlah" of small
 * whole numbers beside "Total" is a quantity; Total beats Subtotal; with only Qty and Harga
 * (Satuan), the amount is their product. The owner's own mapping is never second-guessed.
 */
import { parseAmountCell } from './cells';
import type { Grid } from './grid';
import { score } from './headerScore';
import { AMOUNT_FIELD, FIELDS, SUBTOTAL_WORDS, type ColumnOverrides, type SheetKind } from './schema';
import { isBlank, words } from './text';

/** Data rows looked at to tell money from a quantity. */
const SAMPLE_ROWS = 200;
/** Whole numbers all below this are a quantity, not Rupiah. */
const QUANTITY_LIMIT = 1000;

interface Candidate {
  col: number;
  score: number;
  quantity: boolean;
  subtotal: boolean;
}

/** Whether a column's values are small whole numbers (a quantity), judged on the first rows. */
export function looksLikeQuantity(grid: Grid, headerRow: number, col: number): boolean {
  let seen = 0;
  const end = Math.min(grid.length, headerRow + 1 + SAMPLE_ROWS);
  for (let r = headerRow + 1; r < end; r++) {
    const raw = grid[r]?.[col];
    if (isBlank(raw)) continue;
    const n = parseAmountCell(raw);
    if (n === null) continue;
    if (!Number.isInteger(n) || Math.abs(n) >= QUANTITY_LIMIT) return false;
    seen++;
  }
  return seen > 0;
}

function candidates(
  grid: Grid,
  headerRow: number,
  synonyms: readonly string[],
  taken: ReadonlySet<number>,
): Candidate[] {
  const row = grid[headerRow] ?? [];
  const list: Candidate[] = [];
  row.forEach((header, col) => {
    if (taken.has(col)) return;
    const s = score(header, synonyms);
    if (s === 0) return;
    const subtotal = words(header).some((w) => SUBTOTAL_WORDS.has(w));
    list.push({ col, score: s, quantity: looksLikeQuantity(grid, headerRow, col), subtotal });
  });
  // Money before quantities, a total before a subtotal, a closer name first, then left to right.
  return list.sort(
    (a, b) =>
      Number(a.quantity) - Number(b.quantity) ||
      Number(a.subtotal) - Number(b.subtotal) ||
      b.score - a.score ||
      a.col - b.col,
  );
}

/**
 * Why the amount column is the one taken, when not by its name alone: another amount header held
 * small whole numbers (a quantity), a subtotal lost to a total, quantity x price stands for it, or
 * a debt book's only amount is what is still owed (Sisa).
 */
export interface AmountWhy {
  by: 'quantity' | 'subtotal' | 'product' | 'sisa';
  /** The owner's header of the column passed over (the quantity or the subtotal); '' for a product or Sisa. */
  other: string;
}

/**
 * Settles the amount column of `columns` in place. Returns the quantity and price columns when
 * the amount is their product, and why the column was chosen by its content.
 */
export function pickAmountColumn(
  grid: Grid,
  headerRow: number,
  kind: SheetKind,
  columns: Partial<Record<string, number>>,
  overrides: ColumnOverrides,
): { product?: { qty: number; price: number }; why?: AmountWhy } {
  const field = AMOUNT_FIELD[kind];
  if (!field || (overrides[field] && columns[field] !== undefined)) return {};
  const taken = new Set<number>();
  for (const [f, col] of Object.entries(columns)) if (f !== field && col !== undefined) taken.add(col);
  const list = candidates(grid, headerRow, FIELDS[kind][field].synonyms, taken);
  const money = list.find((c) => !c.quantity);
  const quantity = list.find((c) => c.quantity);
  const headerOf = (col: number) => String(grid[headerRow]?.[col] ?? '').trim();
  if (money) {
    if (quantity && columns.qty === undefined) columns.qty = quantity.col;
    columns[field] = money.col;
    const subtotal = !money.subtotal && list.find((c) => c.subtotal && !c.quantity);
    if (quantity) return { why: { by: 'quantity', other: headerOf(quantity.col) } };
    return subtotal ? { why: { by: 'subtotal', other: headerOf(subtotal.col) } } : {};
  }
  const price = columns.harga;
  const qty = columns.qty ?? quantity?.col;
  if (price !== undefined && qty !== undefined) {
    delete columns[field];
    columns.qty = qty;
    return { product: { qty, price }, why: { by: 'product', other: '' } };
  }
  if (quantity) columns[field] = quantity.col;
  // A debt book with only what is still owed ("Sisa Hutang"): each row is open for that amount.
  else if (kind === 'hutang' && columns.sisa !== undefined) {
    columns[field] = columns.sisa;
    delete columns.sisa;
    return { why: { by: 'sisa', other: '' } };
  }
  return {};
}
