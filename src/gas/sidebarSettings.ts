/**
 * The sidebar's Pengaturan: the stored settings, the sheets of the file and the columns detection
 * found (to prefill the form), and saving after the same zod check the page runs.
 */
import * as z from 'zod/mini';
import { detectHeader, matchColumns } from '../core/read/headers';
import type { Grid } from '../core/read/grid';
import { FIELDS, type SheetKind } from '../core/read/schema';
import { SHEET_KINDS } from '../core/read/sheetFinder';
import { parseSettings, type Settings } from '../core/settings';
import { settingsProblems, type SettingsProblem } from '../core/settingsProblems';
import type { Services, SheetApi } from './services';
import { findOwnerSheets, topRows } from './readWorkbook';
import { LAST_READING_KEY, storedSettingsInput } from './settingsStore';
import { documentProperties, loadInParts } from './documentServices';
import { saveSettingsAndSchedule, ScheduleRefused } from './dailyRefresh';
import type { ReadingReport } from '../core/report/readingReport';
import { readingPanel, type ReadingPanel } from '../core/report/readingPanel';
import { useUserLocale } from './sidebar';
import { msg } from '../core/i18n';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface ColumnField {
  field: string;
  label: string;
  required: boolean;
  /** The header detection (or the owner's saved choice) maps to this field, or null. */
  header: string | null;
}

export interface SheetColumns {
  sheet: string | null;
  /** Header texts of the sheet's header row, the choices for each field. */
  headers: string[];
  fields: ColumnField[];
}

export interface SettingsForm {
  /** What the owner saved (defaults fill the rest); {} when nothing or nothing readable is saved. */
  stored: { [key: string]: Json };
  /** The settings in force: stored values over the defaults. */
  current: Settings;
  sheets: string[];
  columns: Record<SheetKind, SheetColumns>;
  /** The last run's "Cara buku Anda dibaca", each line shown with its correction; null before a run. */
  reading: ReadingPanel | null;
}

export type SaveResult = { ok: true; form: SettingsForm } | { ok: false; problems: SettingsProblem[] };

const jsonObject = z.record(z.string(), z.unknown());

function headerRowOf(grid: Grid, kind: SheetKind, name: string, settings: Settings) {
  try {
    return detectHeader(grid, kind, name, settings.kolom[kind] ?? {});
  } catch {
    // Required columns missing: offer the first row's headers, so the owner can map them.
    const row = grid[0] ?? [];
    const headers = row.map((c) => String(c ?? '').trim());
    return { columns: matchColumns(row, FIELDS[kind]), headers, headerRow: 0 };
  }
}

function sheetColumns(kind: SheetKind, sheet: SheetApi | null, settings: Settings): SheetColumns {
  const grid = sheet ? topRows(sheet) : [];
  const match = sheet ? headerRowOf(grid, kind, sheet.getName(), settings) : null;
  const row = match ? (grid[match.headerRow] ?? []) : [];
  const fields = Object.entries(FIELDS[kind]).map(([field, spec]) => {
    const column = match?.columns[field];
    const header = column === undefined ? null : String(row[column] ?? '').trim() || null;
    return { field, label: spec.label, required: spec.required === true, header };
  });
  return { sheet: sheet ? sheet.getName() : null, headers: match ? match.headers : [], fields };
}

function readStored(services: Services): { [key: string]: Json } {
  const props = documentProperties(services);
  try {
    const stored = storedSettingsInput(props);
    parseSettings(stored);
    return stored as { [key: string]: Json };
  } catch {
    return {};
  }
}

/**
 * The report the last run kept, in the user's words (written here: the page carries few words of
 * its own); null before any run or when it cannot be read.
 */
function lastReading(services: Services): ReadingPanel | null {
  const text = loadInParts(documentProperties(services), LAST_READING_KEY);
  if (!text) return null;
  try {
    return readingPanel(JSON.parse(text) as ReadingReport, msg().reading);
  } catch {
    return null;
  }
}

export function settingsForm(services: Services): SettingsForm {
  useUserLocale(services);
  const stored = readStored(services);
  const current = parseSettings(stored);
  const found = findOwnerSheets(services, current);
  const ss = services.spreadsheet();
  const columns = Object.fromEntries(
    SHEET_KINDS.map((kind) => {
      const name = found.sheets[kind];
      return [kind, sheetColumns(kind, name ? ss.getSheetByName(name) : null, current)];
    }),
  ) as Record<SheetKind, SheetColumns>;
  return { stored, current, sheets: found.names, columns, reading: lastReading(services) };
}

/** Saves the whole settings input when the schema accepts it; otherwise nothing changes. */
export function saveSettings(services: Services, input: unknown): SaveResult {
  useUserLocale(services);
  const object = jsonObject.safeParse(input);
  if (!object.success) return { ok: false, problems: [{ path: '', message: msg().sidebar.errors.invalid }] };
  const problems = settingsProblems(object.data);
  if (problems.length > 0) return { ok: false, problems };
  const props = documentProperties(services);
  try {
    saveSettingsAndSchedule(services, props, object.data);
  } catch (error) {
    if (!(error instanceof ScheduleRefused)) throw error;
    return { ok: false, problems: [{ path: 'perbaruiOtomatis', message: error.message }] };
  }
  return { ok: true, form: settingsForm(services) };
}
