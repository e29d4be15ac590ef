/**
 * What the formulas need from Apps Script: the spreadsheet's time zone, the clock and the owner's
 * saved settings (document properties, readable from a custom function), so a threshold changed
 * in the sidebar changes the formulas' answers as it changes the menu's run. And their time limit:
 * Google stops a custom function after 30 seconds with an error of its own, so each formula stops
 * itself at 25 seconds with the owner's words and the way to the menu's run.
 */
import type { FormulaEnv } from '../core/formulas';
import { withDeadline, type Clock } from '../core/deadline';
import { msg } from '../core/i18n';
import { loadSettings } from './settingsStore';
import { useSpreadsheetLocale } from './locale';

/** A formula stops itself after this long; Google's own limit is 30 seconds. */
export const FORMULA_LIMIT_MS = 25_000;

const systemClock: Clock = { now: () => Date.now() };

/** A formula's words follow the spreadsheet's locale (see locale.ts); set at the start of each formula. */
export function useFormulaLocale(): void {
  useSpreadsheetLocale(() => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
}

export function formulaEnv(): FormulaEnv {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  useFormulaLocale();
  const props = PropertiesService.getDocumentProperties();
  if (!props) throw new Error(msg().storage.noProperties);
  return {
    timeZone: ss.getSpreadsheetTimeZone(),
    now: new Date(),
    settings: loadSettings(props),
  };
}

/** Runs one formula within its time limit (the core's long loops check it). */
export function inFormulaTime<T>(work: () => T): T {
  return withDeadline(systemClock, FORMULA_LIMIT_MS, (seconds) => msg().formulaTime.tooSlow(seconds), work);
}
