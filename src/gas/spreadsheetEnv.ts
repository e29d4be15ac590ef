/**
 * What the formulas need from Apps Script: the spreadsheet's time zone, the clock and the owner's
 * saved settings (document properties, readable from a custom function), so a threshold changed
 * in the sidebar changes the formulas' answers as it changes the menu's run.
 */
import type { FormulaEnv } from '../core/formulas';
import { loadSettings } from './settingsStore';

export function formulaEnv(): FormulaEnv {
  return {
    timeZone: SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(),
    now: new Date(),
    settings: loadSettings(PropertiesService.getDocumentProperties()),
  };
}
