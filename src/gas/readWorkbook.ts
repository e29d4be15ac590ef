/**
 * The owner's sheets found, read in chunks within the time budget, and analysed by the core;
 * nothing is written here. The owner's cells are only ever read.
 */
import { parseDateText } from '../core/read/cells';
import { ZoneClock } from '../core/read/dates';
import { analyze } from '../core/engine';
import type { Analysis, AnalysisInput } from '../core/analysis';
import { HEADER_SEARCH_ROWS } from '../core/read/headers';
import type { Grid } from '../core/read/grid';
import type { SheetKind } from '../core/read/schema';
import {
  findSheets,
  missingSalesSheetMessage,
  SHEET_KINDS,
  sheetTieMessage,
  type FoundSheets,
} from '../core/read/sheetFinder';
import { summariseTypes } from '../core/report/summary';
import type { SheetSource } from '../core/report/readingReport';
import type { Settings } from '../core/settings';
import type { Services, SheetApi } from './services';
import { markedColumn, stillOurs, withoutColumn, type MarkedColumn } from './typeColumnWriter';
import type { Budget } from './budget';
import { readRows, ReadProgress } from './chunkedIo';
import { sheetsWithOurMark } from './ownedOutputs';
import { checkCellsBeforeReading } from './writeOutputs';

export interface OwnerGrid {
  kind: SheetKind;
  sheet: SheetApi;
  /** The owner's cells, our own column blanked. */
  grid: unknown[][];
  /** Our column from an earlier run (by its metadata), or null. */
  marked: MarkedColumn | null;
}

export interface OwnerSize {
  kind: SheetKind;
  sheet: SheetApi;
  rows: number;
  columns: number;
}

/** The owner's sheets read and analysed, nothing written. */
export interface WorkbookAnalysis {
  analysis: Analysis;
  found: FoundSheets;
  owners: OwnerGrid[];
  sizes: OwnerSize[];
  timeZone: string;
}

/** Why a run ends before writing: the outcome and the message to show instead of the analysis. */
export interface EarlyEnd {
  early: { outcome: 'no-sales-sheet' | 'sheet-tie' | 'too-many-cells'; message: string };
}

/** The first rows of a sheet, for header scoring when no name says what the sheet holds. */
export function topRows(sheet: SheetApi): Grid {
  const rows = Math.min(sheet.getLastRow(), HEADER_SEARCH_ROWS);
  const columns = sheet.getLastColumn();
  return rows > 0 && columns > 0 ? sheet.getRange(1, 1, rows, columns).getValues() : [];
}

/** Reads the owner's sheets in chunks within the time budget (ReadOutOfTime when it cannot). */
function readOwnerSheets(sizes: readonly OwnerSize[], budget: Budget): OwnerGrid[] {
  const progress = new ReadProgress(
    budget,
    sizes.reduce((n, s) => n + s.rows, 0),
    sizes.reduce((n, s) => n + s.rows * s.columns, 0),
  );
  return sizes.map(({ kind, sheet, rows, columns }) => {
    const found = markedColumn(sheet);
    const grid = readRows(sheet, rows, columns, progress);
    const marked = found && stillOurs(grid, found) ? found : null;
    return { kind, sheet, grid: withoutColumn(grid, marked?.column ?? null), marked };
  });
}

/** What the data looked like: a stopped run is continued only on the same sheets, sizes and result. */
export function fingerprint(sizes: readonly OwnerSize[], analysis: Analysis): string {
  return JSON.stringify({
    sheets: sizes.map((s) => [s.sheet.getName(), s.rows, s.columns]),
    referenceDay: analysis.referenceDay,
    types: summariseTypes(analysis).map((t) => [t.type, t.customers, t.sales]),
    issues: analysis.issues.length,
  });
}

/**
 * Which sheet is sales, debts, customers (the owner's choice, then names, then headers). A sheet
 * carrying our mark (ours, or the owner's copy of one of ours) is never taken for the owner's data.
 */
export function findOwnerSheets(services: Services, settings: Settings): FoundSheets & { names: string[] } {
  const all = services.spreadsheet().getSheets();
  const ours = sheetsWithOurMark(all);
  const byName = new Map(all.filter((s) => !ours.includes(s)).map((s) => [s.getName(), s]));
  const found = findSheets([...byName.keys()], settings.lembar, (name) =>
    topRows(byName.get(name) as SheetApi),
  );
  return { ...found, names: [...byName.keys()] };
}

/** The sheets found, as the reading report names them: every sheet of a book kept over several. */
export function sheetSources(found: FoundSheets): SheetSource[] {
  return SHEET_KINDS.filter((kind) => found.sheets[kind]).flatMap((kind) =>
    (found.groups[kind] ?? [found.sheets[kind] as string]).map((name) => ({
      kind,
      name,
      how: found.how[kind],
    })),
  );
}

/** Reads the owner's sheets in chunks within the budget and runs the core; nothing is written. */
export function readWorkbook(
  services: Services,
  settings: Settings,
  budget: Budget,
): WorkbookAnalysis | EarlyEnd {
  const ss = services.spreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const found = findOwnerSheets(services, settings);
  // Two sheets that fit alike: the owner chooses, we never pick one by its order (DOMAIN 1).
  const tie = sheetTieMessage(found.ties);
  if (tie) return { early: { outcome: 'sheet-tie', message: tie } };
  if (!found.sheets.penjualan)
    return { early: { outcome: 'no-sales-sheet', message: missingSalesSheetMessage(found.names) } };
  // A book kept over several sheets (one per month) is read whole: every sheet of its group.
  const sizes: OwnerSize[] = SHEET_KINDS.filter((kind) => found.sheets[kind]).flatMap((kind) =>
    (found.groups[kind] ?? [found.sheets[kind] as string]).map((name) => {
      const sheet = ss.getSheetByName(name) as SheetApi;
      return { kind, sheet, rows: sheet.getLastRow(), columns: sheet.getLastColumn() };
    }),
  );
  const cells = checkCellsBeforeReading(ss, sizes);
  if (!cells.ok) return { early: { outcome: 'too-many-cells', message: cells.message } };
  const owners = readOwnerSheets(sizes, budget);
  const inputs = (kind: SheetKind) =>
    owners.filter((x) => x.kind === kind).map((o) => ({ name: o.sheet.getName(), rows: o.grid }));
  const input = (kind: SheetKind) => inputs(kind)[0];
  const clock = new ZoneClock(timeZone);
  const referenceDay =
    (settings.tanggalAcuan ? parseDateText(settings.tanggalAcuan) : null) ?? clock.dayOf(new Date());
  const analysisInput: AnalysisInput = {
    sales: input('penjualan') as AnalysisInput['sales'],
    debts: input('hutang'),
    customers: input('pelanggan'),
    moreSales: inputs('penjualan').slice(1),
    moreDebts: inputs('hutang').slice(1),
  };
  const analysis = analyze(analysisInput, { settings, referenceDay, timeZone });
  return { analysis, found, owners, sizes, timeZone };
}
