/**
 * "Jalankan segmentasi", shared by the menu and the sidebar: under the document lock, the owner's
 * sheets read in chunks within the time budget, the core, then our outputs written whole (the
 * type column beside the owner's rows, our customer, contact and summary sheets). The owner's
 * cells are only ever read. `segment` returns a plain result (no Date) that the menu shows in an
 * alert and the sidebar in its page.
 */
import { parseDateText } from '../core/read/cells';
import { ZoneClock } from '../core/read/dates';
import { analyze, retention } from '../core/engine';
import type { Analysis, AnalysisInput } from '../core/analysis';
import { HEADER_SEARCH_ROWS } from '../core/read/headers';
import type { Grid } from '../core/read/grid';
import { customerTable, summaryTables, type RunInfo } from '../core/report/reportSheets';
import type { Table } from '../core/report/table';
import { readingTables } from '../core/report/readingNotes';
import type { SheetKind } from '../core/read/schema';
import {
  findSheets,
  missingSalesSheetMessage,
  SHEET_KINDS,
  sheetTieMessage,
  type FoundSheets,
} from '../core/read/sheetFinder';
import { closingMessage, summariseTypes } from '../core/report/summary';
import { panelSummary, type PanelSummary } from '../core/report/panelSummary';
import { typeColumn, type OwnerSheet } from '../core/report/typeColumn';
import type { Settings } from '../core/settings';
import type { Services, SheetApi } from './services';
import { loadContactLog, loadSettings, LAST_READING_KEY, LAST_RUN_KEY } from './settingsStore';
import { readingReport, withinSize, type SheetSource } from '../core/report/readingReport';
import { readingTable } from '../core/report/readingText';
import { contactsToday, followUps } from '../core/models/followUp';
import { followUpTable } from '../core/report/followUpTable';
import { msg } from '../core/i18n';
import { markedColumn, stillOurs, withoutColumn, type MarkedColumn } from './typeColumnWriter';
import { Budget, ReadOutOfTime } from './budget';
import { readRows, ReadProgress } from './chunkedIo';
import { markedSheets, planOutputSheets } from './ownedOutputs';
import {
  checkCells,
  checkCellsBeforeReading,
  listSheetUnit,
  resultsLine,
  summaryUnit,
  typeColumnUnit,
  writeUnits,
  type OutputUnit,
  type WriteReport,
} from './writeOutputs';

const OWNER_SHEET: Record<SheetKind, OwnerSheet> = {
  penjualan: 'sales',
  hutang: 'debts',
  pelanggan: 'customers',
};

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
function fingerprint(sizes: readonly OwnerSize[], analysis: Analysis): string {
  return JSON.stringify({
    sheets: sizes.map((s) => [s.sheet.getName(), s.rows, s.columns]),
    referenceDay: analysis.referenceDay,
    types: summariseTypes(analysis).map((t) => [t.type, t.customers, t.sales]),
    issues: analysis.issues.length,
  });
}

export type RunOutcome =
  'done' | 'busy' | 'no-sales-sheet' | 'sheet-tie' | 'error' | 'stopped' | 'too-many-cells';

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
  sizes: OwnerSize[];
  timeZone: string;
}

/** Why a run ends before writing: a result to show instead of the analysis. */
interface Early {
  early: RunResult;
}

const stop = (outcome: RunOutcome, message: string, title = msg().run.title): Early => ({
  early: { outcome, title, message, summary: null },
});

/** Which sheet is sales, debts, customers (the owner's choice, then names, then headers); ours never. */
export function findOwnerSheets(services: Services, settings: Settings): FoundSheets & { names: string[] } {
  const all = services.spreadsheet().getSheets();
  // Our own sheets (by their metadata) are never taken for the owner's data.
  const ours = [...markedSheets(all).values()];
  const byName = new Map(all.filter((s) => !ours.includes(s)).map((s) => [s.getName(), s]));
  const found = findSheets([...byName.keys()], settings.lembar, (name) =>
    topRows(byName.get(name) as SheetApi),
  );
  return { ...found, names: [...byName.keys()] };
}

/** Reads the owner's sheets in chunks within the budget and runs the core; nothing is written. */
function readWorkbook(services: Services, budget: Budget): WorkbookAnalysis | Early {
  const ss = services.spreadsheet();
  const settings = loadSettings(services.documentProperties());
  const timeZone = ss.getSpreadsheetTimeZone();
  const found = findOwnerSheets(services, settings);
  // Two sheets that fit alike: the owner chooses, we never pick one by its order (DOMAIN 1).
  const tie = sheetTieMessage(found.ties);
  if (tie) return stop('sheet-tie', tie);
  if (!found.sheets.penjualan) return stop('no-sales-sheet', missingSalesSheetMessage(found.names));
  const sizes: OwnerSize[] = SHEET_KINDS.filter((kind) => found.sheets[kind]).map((kind) => {
    const sheet = ss.getSheetByName(found.sheets[kind] as string) as SheetApi;
    return { kind, sheet, rows: sheet.getLastRow(), columns: sheet.getLastColumn() };
  });
  const cells = checkCellsBeforeReading(ss, sizes);
  if (!cells.ok) return stop('too-many-cells', cells.message);
  const owners = readOwnerSheets(sizes, budget);
  const input = (kind: SheetKind) => {
    const o = owners.find((x) => x.kind === kind);
    return o ? { name: o.sheet.getName(), rows: o.grid } : undefined;
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
  return { analysis, found, owners, sizes, timeZone };
}

/** The workbook analysed without writing (the sidebar's list); a message when there is no sales sheet. */
export function analyzeWorkbook(services: Services): WorkbookAnalysis | { missing: string } {
  const read = readWorkbook(services, new Budget());
  return 'early' in read ? { missing: read.early.message } : read;
}

/** The segmentation, without any alert: the menu and the sidebar both call this one function. */
export function segment(services: Services): RunResult {
  const lock = services.documentLock();
  if (!lock.tryLock(1000)) {
    return { outcome: 'busy', title: msg().run.title, message: msg().run.busy, summary: null };
  }
  try {
    return runLocked(services);
  } catch (error) {
    if (error instanceof ReadOutOfTime) {
      const message = msg().limits.readTooSlow(error.rowsRead, error.rowsTotal, error.seconds);
      return stop('stopped', message, msg().limits.stoppedTitle).early;
    }
    return stop('error', msg().run.failed((error as Error).message)).early;
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
  const budget = new Budget();
  const started = Date.now();
  const ss = services.spreadsheet();
  const props = services.documentProperties();
  ss.toast(msg().run.reading, msg().run.title, 10);
  const read = readWorkbook(services, budget);
  if ('early' in read) return read.early;
  const { analysis, found, owners, sizes, timeZone } = read;
  const monthly = retention(analysis, 'bulan');
  const contacts = followUps(analysis, loadContactLog(props));
  const run: RunInfo = {
    startedAt: services.formatDate(new Date(started), timeZone, 'dd/MM/yyyy HH.mm'),
    seconds: (Date.now() - started) / 1000,
    sheets: SHEET_KINDS.map((kind) => ({
      label: msg().run.kinds[kind],
      name: found.sheets[kind],
      how: found.how[kind],
    })),
  };

  const reading = readingReport(analysis, sheetSources(found));
  const all = ss.getSheets();
  const plans = planOutputSheets(all, markedSheets(all));
  const units = outputUnits(services, plans, owners, analysis, [
    customerTable(analysis),
    followUpTable(contacts),
    // "Cara buku Anda dibaca" first: what was read is checked before what was concluded (DOMAIN 1).
    [readingTable(reading), ...summaryTables(analysis, monthly, run), ...readingTables(analysis)],
  ]);
  const cells = checkCells(ss, units);
  if (!cells.ok) return stop('too-many-cells', cells.message).early;
  const report = writeUnits(units, props, budget, fingerprint(sizes, analysis));

  const summary = panelSummary(analysis, monthly, run.startedAt);
  props.setProperty(LAST_RUN_KEY, JSON.stringify(summary));
  props.setProperty(LAST_READING_KEY, JSON.stringify(withinSize(reading, PROPERTY_CHARS)));
  const stale = found.staleChoices.length
    ? `\n\n${msg().run.staleChoices(found.staleChoices.map((k) => msg().run.kinds[k]))}`
    : '';
  const notes = [...units.map((u) => u.note), cells.near].filter((n): n is string => n !== null);
  const closing =
    `${closingMessage(analysis, plans.summary.name)}\n` +
    `${msg().run.contactsToday(contactsToday(contacts), plans.contacts.name)}\n\n`;
  return finish(closing, report, `${notes.length ? `\n\n${notes.join('\n')}` : ''}${stale}`, summary);
}

/**
 * Characters of the reading report kept in a document property: a value holds at most 9 kB
 * (https://developers.google.com/apps-script/guides/services/quotas), and names may be multibyte.
 */
const PROPERTY_CHARS = 4000;

/** The sheets found, as the reading report names them. */
function sheetSources(found: FoundSheets): SheetSource[] {
  return SHEET_KINDS.filter((kind) => found.sheets[kind]).map((kind) => ({
    kind,
    name: found.sheets[kind] as string,
    how: found.how[kind],
  }));
}

/** What a run writes, in its usual order: our three sheets, then the type column of each owner sheet. */
function outputUnits(
  services: Services,
  plans: ReturnType<typeof planOutputSheets>,
  owners: readonly OwnerGrid[],
  analysis: Analysis,
  [customers, contacts, summary]: [Table, Table, Table[]],
): OutputUnit[] {
  const ss = services.spreadsheet();
  const units: OutputUnit[] = [
    listSheetUnit(ss, plans.customers, customers),
    listSheetUnit(ss, plans.contacts, contacts),
    summaryUnit(services, ss, plans.summary, summary),
  ];
  for (const o of owners) {
    const column = typeColumn(analysis, OWNER_SHEET[o.kind], o.sheet.getName(), o.grid.length);
    if (column) units.push(typeColumnUnit(services, o, column));
  }
  return units;
}

/** The closing result: done with what was written, or stopped with what is left and how to go on. */
function finish(closing: string, report: WriteReport, tail: string, summary: PanelSummary): RunResult {
  if (report.pending.length) {
    const stopped = msg().limits.writeStopped(
      report.written.map((u) => u.label),
      report.pending.map((u) => u.label),
    );
    return {
      outcome: 'stopped',
      title: msg().limits.stoppedTitle,
      message: `${closing}${stopped}${tail}`,
      summary,
    };
  }
  const message = `${closing}${resultsLine(report.written)}${tail}`;
  return { outcome: 'done', title: msg().run.doneTitle, message, summary };
}
