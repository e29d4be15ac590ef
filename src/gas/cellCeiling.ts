/**
 * At the 10-million-cell ceiling: when our outputs do not all fit, the most important are kept
 * (the type column in the owner's sheets, then "Hubungi Hari Ini", then the summary, then the
 * customer table) and the rest left out, with a message that says what and why.
 */
import { msg } from '../core/i18n';
import {
  CELL_LIMIT,
  columnGrowth,
  NEAR_LIMIT_SHARE,
  NEW_SHEET_COLUMNS,
  NEW_SHEET_ROWS,
  workbookCells,
} from './cellLimit';
import type { SheetApi, SpreadsheetApi } from './services';

/** What the ceiling needs to know of an output: its importance (0 first) and the cells it adds. */
export interface CeilingUnit {
  rank: number;
  label: string;
  growth: number;
}

export interface CeilingPlan<U extends CeilingUnit> {
  /** In the order given (the write order), only the units that fit. */
  kept: U[];
  /** Left out, most important first. */
  left: U[];
  /** Cells of the workbook before the run writes. */
  now: number;
  /** Cells after the kept units are written (at most the limit). */
  after: number;
}

/**
 * Takes the units by rank while they fit. Each unit's growth is counted at least 0: a unit that
 * frees cells may be written after one that adds some, and Sheets checks every single insert.
 */
export function fitUnderCeiling<U extends CeilingUnit>(
  now: number,
  units: readonly U[],
  limit = CELL_LIMIT,
): CeilingPlan<U> {
  const byRank = [...units].sort((x, y) => x.rank - y.rank);
  let total = now;
  const fits = new Set<U>();
  const left: U[] = [];
  for (const unit of byRank) {
    const added = Math.max(unit.growth, 0);
    if (total + added <= limit) {
      total += added;
      fits.add(unit);
    } else left.push(unit);
  }
  return { kept: units.filter((u) => fits.has(u)), left, now, after: total };
}

/**
 * The closing message's line about the ceiling: what was left out and why, or a warning when the
 * workbook ends near the limit; null when there is room to spare.
 */
export function ceilingNote<U extends CeilingUnit>(plan: CeilingPlan<U>, limit = CELL_LIMIT): string | null {
  if (plan.left.length > 0) {
    const written = [...plan.kept].sort((x, y) => x.rank - y.rank).map((u) => u.label);
    const left = plan.left.map((u) => ({ label: u.label, cells: u.growth }));
    return msg().ceiling.partial(plan.now, limit, written, left);
  }
  return plan.after >= limit * NEAR_LIMIT_SHARE ? msg().limits.nearCellLimit(plan.after, limit) : null;
}

/** The message when nothing at all fits: nothing is written. */
export function nothingFits(now: number, added: number, limit = CELL_LIMIT): string {
  return `${msg().limits.tooManyCells(now, added, limit)} ${msg().ceiling.edition}`;
}

export type CellCheck = { ok: true } | { ok: false; message: string };

/**
 * Before reading, from what is already known: a book where not even the smallest output fits (a
 * type column right of the data of a sheet without ours, or a new sheet) is told so without
 * minutes of reading. A book where one of our sheets already exists can always be rewritten.
 */
export function checkCellsBeforeReading(
  ss: SpreadsheetApi,
  owners: readonly { sheet: SheetApi; columns: number; marked: boolean }[],
  ourSheetExists: boolean,
): CellCheck {
  if (ourSheetExists || owners.some((o) => o.marked)) return { ok: true };
  const now = workbookCells(ss.getSheets());
  const smallest = Math.min(
    NEW_SHEET_ROWS * NEW_SHEET_COLUMNS,
    ...owners.map((o) => columnGrowth(o.sheet, o.columns + 1)),
  );
  return now + smallest > CELL_LIMIT ? { ok: false, message: nothingFits(now, smallest) } : { ok: true };
}
