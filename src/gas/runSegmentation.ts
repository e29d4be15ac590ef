/**
 * "Jalankan segmentasi", shared by the menu and the sidebar: under the document lock, one
 * getValues per sheet, the core, then block writes: the type column beside the owner's rows, our
 * customer sheet and our summary sheet. The owner's cells are only ever read. `segment` returns a
 * plain result (no Date) that the menu shows in an alert and the sidebar shows in its page.
 */
import { parseDateText } from '../core/read/cells';
import { ZoneClock } from '../core/read/dates';
import { analyze, retention, type Analysis, type AnalysisInput } from '../core/engine';
import { HEADER_SEARCH_ROWS, type Grid } from '../core/read/headers';
import { customerTable, summaryTables, type RunInfo } from '../core/report/reportSheets';
import type { SheetKind } from '../core/read/schema';
import {
  findSheets,
  missingSalesSheetMessage,
  OUTPUT_SHEETS,
  SHEET_KINDS,
  type FoundSheets,
} from '../core/read/sheetFinder';
import { closingMessage } from '../core/report/summary';
import { panelSummary, type PanelSummary } from '../core/report/panelSummary';
import { typeColumn, type OwnerSheet } from '../core/report/typeColumn';
import type { Settings } from '../core/settings';
import type { Services, SheetApi } from './services';
import { loadSettings, LAST_RUN_KEY } from './settingsStore';
import { writeListSheet, writeSummarySheet } from './reportWriter';
import { followUps } from '../core/models/followUp';
import { followUpTable } from '../core/report/followUpTable';
import { headerColumn, markedColumn, targetColumn, writeTypeColumn } from './typeColumnWriter';

const TITLE = 'Segmentasi Pelanggan';
const OWNER_SHEET: Record<SheetKind, OwnerSheet> = {
  penjualan: 'sales',
  hutang: 'debts',
  pelanggan: 'customers',
};
const LABEL: Record<SheetKind, string> = { penjualan: 'penjualan', hutang: 'hutang', pelanggan: 'pelanggan' };

interface OwnerGrid {
  kind: SheetKind;
  sheet: SheetApi;
  grid: unknown[][];
  /** Our column, 1-based, where one was found before reading. */
  found: number | null;
  marked: boolean;
}

export type RunOutcome = 'done' | 'busy' | 'no-sales-sheet' | 'error';

/** What a run ends with, for an alert (menu) or the sidebar page: plain JSON only. */
export interface RunResult {
  outcome: RunOutcome;
  title: string;
  message: string;
  /** The Ringkasan figures of this run; null when it did not finish. */
  summary: PanelSummary | null;
}

/** The owner's sheets read and analysed, nothing written: the run and the sidebar's list share it. */
export interface WorkbookAnalysis {
  analysis: Analysis;
  found: FoundSheets;
  owners: OwnerGrid[];
  timeZone: string;
}

/** The first rows of a sheet, for header scoring when no name says what the sheet holds. */
export function topRows(sheet: SheetApi): Grid {
  const rows = Math.min(sheet.getLastRow(), HEADER_SEARCH_ROWS);
  const columns = sheet.getLastColumn();
  return rows > 0 && columns > 0 ? sheet.getRange(1, 1, rows, columns).getValues() : [];
}

function readOwnerSheet(kind: SheetKind, sheet: SheetApi): OwnerGrid {
  const marked = markedColumn(sheet);
  const grid = sheet.getDataRange().getValues();
  const found = marked ?? headerColumn(grid);
  return { kind, sheet, grid, found, marked: marked !== null };
}

/** Which sheet is sales, debts, customers (the owner's choice, then names, then headers). */
export function findOwnerSheets(services: Services, settings: Settings): FoundSheets & { names: string[] } {
  const byName = new Map(
    services
      .spreadsheet()
      .getSheets()
      .map((s) => [s.getName(), s]),
  );
  const found = findSheets([...byName.keys()], settings.lembar, (name) =>
    topRows(byName.get(name) as SheetApi),
  );
  return { ...found, names: [...byName.keys()] };
}

/** Reads the owner's sheets once and runs the core; a message instead when there is no sales sheet. */
export function analyzeWorkbook(services: Services): WorkbookAnalysis | { missing: string } {
  const ss = services.spreadsheet();
  const settings = loadSettings(services.documentProperties());
  const timeZone = ss.getSpreadsheetTimeZone();
  const found = findOwnerSheets(services, settings);
  if (!found.sheets.penjualan) return { missing: missingSalesSheetMessage(found.names) };
  const owners = SHEET_KINDS.filter((kind) => found.sheets[kind]).map((kind) =>
    readOwnerSheet(kind, ss.getSheetByName(found.sheets[kind] as string) as SheetApi),
  );
  const input = (kind: SheetKind) => {
    const o = owners.find((x) => x.kind === kind);
    return o
      ? { name: o.sheet.getName(), rows: o.grid, ignoreColumn: o.found === null ? undefined : o.found - 1 }
      : undefined;
  };
  const clock = new ZoneClock(timeZone);
  const referenceDay =
    (settings.tanggalAcuan ? parseDateText(settings.tanggalAcuan) : null) ?? clock.dayOf(new Date());
  const analysisInput: AnalysisInput = {
    sales: input('penjualan') as AnalysisInput['sales'],
    debts: input('hutang'),
    customers: input('pelanggan'),
  };
  const analysis = analyze(analysisInput, { settings, referenceDay, timeZone });
  return { analysis, found, owners, timeZone };
}

/** The segmentation, without any alert: the menu and the sidebar both call this one function. */
export function segment(services: Services): RunResult {
  const lock = services.documentLock();
  if (!lock.tryLock(1000)) {
    const message =
      'Segmentasi sedang berjalan, mungkin dari jendela atau pengguna lain. Tunggu sampai selesai, lalu coba ' +
      'lagi. (A run is already in progress: wait for it to finish.)';
    return { outcome: 'busy', title: TITLE, message, summary: null };
  }
  try {
    return runLocked(services);
  } catch (error) {
    const message = `Segmentasi gagal (run failed): ${(error as Error).message}`;
    return { outcome: 'error', title: TITLE, message, summary: null };
  } finally {
    lock.releaseLock();
  }
}

/** Menu Segmentasi › Jalankan segmentasi: the shared run, its result shown in an alert. */
export function runSegmentation(services: Services): RunResult {
  const result = segment(services);
  const ui = services.ui();
  ui.alert(result.title, result.message, ui.ButtonSet.OK);
  return result;
}

function runLocked(services: Services): RunResult {
  const started = Date.now();
  const ss = services.spreadsheet();
  ss.toast('Membaca sheet penjualan, hutang dan pelanggan… (reading your sheets)', TITLE, 10);
  const read = analyzeWorkbook(services);
  if ('missing' in read)
    return { outcome: 'no-sales-sheet', title: TITLE, message: read.missing, summary: null };
  const { analysis, found, owners, timeZone } = read;
  const monthly = retention(analysis, 'bulan');

  for (const o of owners) {
    const column = typeColumn(analysis, OWNER_SHEET[o.kind], o.sheet.getName(), o.grid.length);
    if (!column) continue;
    const target = targetColumn(o.grid, o.found, column.headerRow);
    writeTypeColumn(services, o.sheet, target.column, o.marked && !target.isNew, column);
  }
  writeListSheet(ss, OUTPUT_SHEETS.customers, customerTable(analysis));
  const contacts = followUps(analysis);
  writeListSheet(ss, OUTPUT_SHEETS.contacts, followUpTable(contacts));
  const run: RunInfo = {
    startedAt: services.formatDate(new Date(started), timeZone, 'dd/MM/yyyy HH.mm'),
    seconds: (Date.now() - started) / 1000,
    sheets: SHEET_KINDS.map((kind) => ({
      label: LABEL[kind],
      name: found.sheets[kind],
      how: found.how[kind],
    })),
  };
  writeSummarySheet(services, ss, summaryTables(analysis, monthly, run));

  const summary = panelSummary(analysis, monthly, run.startedAt);
  services.documentProperties().setProperty(LAST_RUN_KEY, JSON.stringify(summary));
  const stale = found.staleChoices.length
    ? `\n\nSheet pilihan di pengaturan tidak ada lagi: ${found.staleChoices.map((k) => LABEL[k]).join(', ')}; ` +
      'sheet dicari dari nama dan judul kolom.'
    : '';
  const message =
    `${closingMessage(analysis)}\nPerlu dihubungi hari ini: ${contacts.length} (sheet "${OUTPUT_SHEETS.contacts}").\n\n` +
    `Hasil: kolom "Tipe Pelanggan" di sheet Anda, sheet "${OUTPUT_SHEETS.customers}", "${OUTPUT_SHEETS.summary}" ` +
    `dan "${OUTPUT_SHEETS.contacts}".${stale}`;
  return { outcome: 'done', title: `${TITLE}: selesai (done)`, message, summary };
}
