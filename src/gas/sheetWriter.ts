/**
 * Writing a table to a sheet in blocks: setValues in chunks of rows (chunkedIo), one number format per
 * column. Text is written as text (see asSheetText), dates as date serials, which no time zone
 * can shift.
 */
import type { ColumnKind } from '../core/report/customerTable';
import { heatColour, sheetSerial } from '../core/report/reportSheets';
import type { Table, TableCell } from '../core/report/table';
import { asSheetText } from '../core/report/sheetText';
import type { Budget } from './budget';
import { writeRows } from './chunkedIo';
import type { SheetApi } from './services';
import { currentLocale, type Locale } from '../core/i18n';

/**
 * Sheets writes the separators of these formats by the spreadsheet's locale (1.250.000 or
 * 1,250,000); a date format spells its order out, so it follows the words' language.
 */
export const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  rupiah: '"Rp "#,##0',
  count: '#,##0',
  days: '#,##0',
  ratio: '0.0%',
  decimal: '#,##0.00',
};

/** "05/01/2025" for Indonesian readers, "5 Jan 2025" for English ones. */
export const DATE_FORMATS: Record<Locale, string> = { id: 'dd/mm/yyyy', en: 'd mmm yyyy' };

function numberFormat(kind: ColumnKind): string | undefined {
  return kind === 'date' ? DATE_FORMATS[currentLocale()] : NUMBER_FORMATS[kind];
}

function cell(value: TableCell, kind: ColumnKind): string | number {
  if (value === null || value === '') return '';
  if (kind === 'date') return typeof value === 'number' ? sheetSerial(value) : asSheetText(value);
  return typeof value === 'string' ? asSheetText(value) : value;
}

/** Grows the sheet when a block would reach past its last column (getRange would throw). */
export function ensureColumns(sheet: SheetApi, columns: number): void {
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Sizes one of our sheets to exactly `rows` rows: no empty thousand rows under a short table. */
export function fitRows(sheet: SheetApi, rows: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (rows < maxRows) sheet.deleteRows(rows + 1, maxRows - rows);
}

/** Rows a table takes: its title, header and data rows. */
export function tableHeight(table: Table): number {
  return (table.title ? 1 : 0) + 1 + table.rows.length;
}

/**
 * Writes the title, header and rows at (row, column) with one setValues, within the sheet's rows.
 * Returns the 1-based sheet row of the header.
 */
export function writeTable(
  sheet: SheetApi,
  row: number,
  column: number,
  table: Table,
  budget?: Budget,
): number {
  const kinds = table.columns.map((c) => c.kind);
  const width = kinds.length;
  const values: (string | number)[][] = [];
  if (table.title) values.push([asSheetText(table.title), ...new Array<string>(width - 1).fill('')]);
  values.push(table.columns.map((c) => asSheetText(c.header)));
  for (const r of table.rows) values.push(r.map((v, i) => cell(v, kinds[i])));
  ensureColumns(sheet, column + width - 1);
  writeRows(sheet, row, column, values, budget);
  const headerRow = row + (table.title ? 1 : 0);
  if (table.title) sheet.getRange(row, column, 1, 1).setFontWeight('bold');
  sheet.getRange(headerRow, column, 1, width).setFontWeight('bold').setBackground('#e8eaed');
  if (table.rows.length > 0) {
    kinds.forEach((kind, i) => {
      const format = numberFormat(kind);
      if (format) sheet.getRange(headerRow + 1, column + i, table.rows.length, 1).setNumberFormat(format);
    });
  }
  const heat = table.heatFromColumn;
  if (heat !== undefined && table.rows.length > 0 && width > heat) {
    const colours = table.rows.map((r) => r.slice(heat).map(heatColour));
    sheet.getRange(headerRow + 1, column + heat, table.rows.length, width - heat).setBackgrounds(colours);
  }
  return headerRow;
}

/**
 * Our own sheet (marked by our metadata, see ownedOutputs.ts), emptied: values, formats, rules,
 * filter and charts of the previous run go. Never called on a sheet that merely has our name.
 */
export function clearOurSheet(sheet: SheetApi): SheetApi {
  sheet.getFilter()?.remove();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.setConditionalFormatRules([]);
  sheet.clear();
  return sheet;
}
