/**
 * Google Sheets holds at most 10 million cells per spreadsheet, counting every cell of every
 * sheet's grid, empty or not. A run that would pass it fails half-way in Sheets, so the cells
 * our outputs add are counted before anything is written.
 */
import type { SheetApi } from './services';

export const CELL_LIMIT = 10_000_000;
/** Above this share of the limit after a run, the closing message warns the owner. */
export const NEAR_LIMIT_SHARE = 0.9;
/**
 * A sheet Sheets inserts has 1000 rows and 26 columns
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String));
 * we then fit its rows to the table, but the insert itself needs that whole grid.
 */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

export function sheetCells(sheet: SheetApi): number {
  return sheet.getMaxRows() * sheet.getMaxColumns();
}

export function workbookCells(sheets: readonly SheetApi[]): number {
  return sheets.reduce((sum, sheet) => sum + sheetCells(sheet), 0);
}

/** Cells added by writing column `column` into the sheet: whole columns inserted past its edge. */
export function columnGrowth(sheet: SheetApi, column: number): number {
  const extra = column - sheet.getMaxColumns();
  return extra > 0 ? extra * sheet.getMaxRows() : 0;
}

/**
 * Cells added (or freed, negative) by fitting one of our sheets to rows x columns. A new sheet is
 * counted as at least its starting grid: the insert needs it before its rows are fitted.
 */
export function ourSheetGrowth(existing: SheetApi | null, rows: number, columns: number): number {
  const height = Math.max(rows, 2);
  if (!existing) return Math.max(height, NEW_SHEET_ROWS) * Math.max(columns, NEW_SHEET_COLUMNS);
  return height * Math.max(columns, existing.getMaxColumns()) - sheetCells(existing);
}
