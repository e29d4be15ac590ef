/** What the formulas need from Apps Script: the spreadsheet's time zone and the clock. */
import type { FormulaEnv } from '../core/formulas';

export function formulaEnv(): FormulaEnv {
  return { timeZone: SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(), now: new Date() };
}
