/**
 * What the formulas need from Apps Script: the spreadsheet's time zone, the clock and the owner's
 * saved settings (document properties, readable from a custom function), so a threshold changed
 * in the sidebar changes the formulas' answers as it changes the menu's run.
 */
import type { FormulaEnv } from '../core/formulas';
import { loadSettings } from './settingsStore';
import { useSpreadsheetLocale } from './locale';

/** A formula's words follow the spreadsheet's locale (see locale.ts); set at the start of each formula. */
export function useFormulaLocale(): void {
  useSpreadsheetLocale(() => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
}

export function formulaEnv(): FormulaEnv {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  useFormulaLocale();
  return {
    timeZone: ss.getSpreadsheetTimeZone(),
    now: new Date(),
    settings: loadSettings(PropertiesService.getDocumentProperties()),
  };
}
