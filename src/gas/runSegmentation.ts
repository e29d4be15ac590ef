/**
 * "Jalankan segmentasi", shared by the menu, the sidebar and the daily trigger: under the document
 * lock, the owner's sheets read within the time budget (readWorkbook.ts), the core, then our
 * outputs written whole (the type column beside the owner's rows, our customer, contact and
 * summary sheets), and the run's outcome on top of our summary sheet (runStatus.ts). `segment`
 * returns a plain result (no Date) that the menu shows in an alert and the sidebar in its page.
 */
import type { Analysis } from '../core/analysis';
import { retention } from '../core/engine';
import type { Day } from '../core/read/dates';
import { SHEET_KINDS } from '../core/read/sheetFinder';
import { customerTable, summaryTables, type RunInfo } from '../core/report/reportSheets';
import type { Table } from '../core/report/table';
import { readingTables } from '../core/report/readingNotes';
import { closingMessage } from '../core/report/summary';
import { panelSummary, type PanelSummary } from '../core/report/panelSummary';
import { typeColumn, type OwnerSheet } from '../core/report/typeColumn';
import type { SheetKind } from '../core/read/schema';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { readingReport, withinSize } from '../core/report/readingReport';
import { readingTable } from '../core/report/readingText';
import { contactsToday, followUps } from '../core/models/followUp';
import { followUpTable } from '../core/report/followUpTable';
import { msg } from '../core/i18n';
import type { PropertiesApi, Services, SpreadsheetApi } from './services';
import { loadContactLog, loadSettings, LAST_READING_KEY, LAST_RUN_KEY } from './settingsStore';
import { momentText } from '../core/report/format';
import { Budget, ReadOutOfTime } from './budget';
import { markedSheets, planOutputSheets, saveMarkIds, storedMarkIds } from './ownedOutputs';
import { fingerprint, readWorkbook, sheetSources, type OwnerGrid } from './readWorkbook';
import { documentLock, documentProperties, saveInParts } from './documentServices';
import { storeContactList } from './storedContacts';
import {
  autoLine,
  hasStatusRows,
  keepReferenceName,
  runLine,
  storedAutoRecord,
  writeStatusRows,
  type AutoOutcome,
} from './runStatus';
import {
  checkCells,
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

export type RunOutcome =
  'done' | 'busy' | 'no-sales-sheet' | 'sheet-tie' | 'error' | 'stopped' | 'too-many-cells';

/** What a run ends with, for an alert (menu) or the sidebar page: plain JSON only. */
export interface RunResult {
  outcome: RunOutcome;
  title: string;
  message: string;
  /** The Ringkasan figures of this run; null when it did not finish. */
  summary: PanelSummary | null;
  /** When the run started, as the owner reads it ("05/12/2026 06.02"). */
  startedAt: string;
}

export interface RunOptions {
  /** The daily trigger's run (its line on top of Ringkasan is this run's). */
  automatic: boolean;
}

/** A result with what the status rows need to know of the run. */
interface Locked {
  result: RunResult;
  /** The reference day when the run got as far as the analysis. */
  referenceDay: Day | null;
  /** Whether this run wrote our summary sheet (with fresh status rows) in full. */
  summaryWritten: boolean;
}

const result = (
  outcome: RunOutcome,
  message: string,
  startedAt: string,
  title = msg().run.title,
): RunResult => ({
  outcome,
  title,
  message,
  summary: null,
  startedAt,
});

/**
 * The run's outcome for the automatic update's record. A run stopped while reading (the book is
 * too large) failed: nothing is left for the next morning to finish.
 */
export function autoOutcome(run: Pick<RunResult, 'outcome' | 'summary'>): AutoOutcome {
  if (run.outcome === 'stopped') return run.summary ? 'stopped' : 'failed';
  if (run.outcome === 'done' || run.outcome === 'busy') return run.outcome;
  return 'failed';
}

export function startedAtText(services: Services): string {
  const ss = services.spreadsheet();
  return momentText(new Date().getTime(), ss.getSpreadsheetTimeZone());
}

/** The segmentation, without any alert: the menu, the sidebar and the trigger all call this one function. */
export function segment(services: Services, options: RunOptions = { automatic: false }): RunResult {
  const startedAt = startedAtText(services);
  let lock;
  try {
    lock = documentLock(services);
  } catch (error) {
    return result('error', msg().run.failed((error as Error).message), startedAt);
  }
  if (!lock.tryLock(1000)) return result('busy', msg().run.busy, startedAt);
  try {
    let locked: Locked;
    try {
      locked = runLocked(services, startedAt, options);
    } catch (error) {
      const failed =
        error instanceof ReadOutOfTime
          ? result('stopped', error.message, startedAt, msg().limits.stoppedTitle)
          : result('error', msg().run.failed((error as Error).message), startedAt);
      locked = { result: failed, referenceDay: null, summaryWritten: false };
    }
    return withStatusRows(services, options, locked);
  } finally {
    lock.releaseLock();
  }
}

/** Menu Segmentasi › Jalankan segmentasi: the shared run, its result shown in an alert. */
export function runSegmentation(services: Services): RunResult {
  const outcome = segment(services);
  const ui = services.ui();
  ui.alert(outcome.title, outcome.message, ui.ButtonSet.OK);
  return outcome;
}

function runLocked(services: Services, startedAt: string, options: RunOptions): Locked {
  const budget = new Budget();
  const started = Date.now();
  const ss = services.spreadsheet();
  const props = documentProperties(services);
  const settings = loadSettings(props);
  ss.toast(msg().run.reading, msg().run.title, 10);
  const read = readWorkbook(services, settings, budget);
  if ('early' in read)
    return {
      result: result(read.early.outcome, read.early.message, startedAt),
      referenceDay: null,
      summaryWritten: false,
    };
  const { analysis, found, owners, sizes } = read;
  const monthly = retention(analysis, 'bulan');
  const contacts = followUps(analysis, loadContactLog(props));
  const run: RunInfo = {
    startedAt,
    seconds: (Date.now() - started) / 1000,
    sheets: SHEET_KINDS.map((kind) => ({
      label: msg().run.kinds[kind],
      name: found.sheets[kind],
      how: found.how[kind],
    })),
  };

  const reading = readingReport(analysis, sheetSources(found));
  const all = ss.getSheets();
  const plans = planOutputSheets(all, markedSheets(all, storedMarkIds(props)));
  const status = {
    auto: options.automatic
      ? msg().auto.lastLine(startedAt, msg().auto.outcomes.done)
      : autoLine(settings, storedAutoRecord(props)),
    run: runLine(startedAt, options.automatic, 'done', ''),
    referenceDay: analysis.referenceDay,
  };
  const units = outputUnits(services, plans, owners, analysis, status, [
    customerTable(analysis),
    followUpTable(contacts),
    // "Cara buku Anda dibaca" first: what was read is checked before what was concluded (DOMAIN 1).
    [
      readingTable(reading, msg().reading),
      ...summaryTables(analysis, monthly, run),
      ...readingTables(analysis),
    ],
  ]);
  const cells = checkCells(ss, units);
  if (!cells.ok)
    return {
      result: result('too-many-cells', cells.message, startedAt),
      referenceDay: null,
      summaryWritten: false,
    };
  storeContactList(props, analysis, contacts);
  let report: WriteReport;
  try {
    report = writeUnits(units, props, budget, fingerprint(sizes, analysis));
  } finally {
    // Sheets made before a failure are ours too: their marks are kept.
    saveMarkIds(props, plans);
  }

  const summary = panelSummary(analysis, monthly, run.startedAt);
  props.setProperty(LAST_RUN_KEY, JSON.stringify(summary));
  saveInParts(props, LAST_READING_KEY, JSON.stringify(withinSize(reading, READING_BYTES)));
  const stale = found.staleChoices.length
    ? `\n\n${msg().run.staleChoices(found.staleChoices.map((k) => msg().run.kinds[k]))}`
    : '';
  const notes = [...units.map((u) => u.note), cells.near].filter((n): n is string => n !== null);
  const closing =
    `${closingMessage(analysis, plans.summary.name)}\n` +
    `${msg().run.contactsToday(contactsToday(contacts), plans.contacts.name)}\n\n`;
  const tail = `${notes.length ? `\n\n${notes.join('\n')}` : ''}${stale}`;
  return {
    result: finish(closing, report, tail, summary, startedAt),
    referenceDay: analysis.referenceDay,
    summaryWritten: report.written.some((u) => u.id === 'sheet:summary'),
  };
}

/**
 * UTF-8 bytes of the reading report kept for the panel, in parts of one property each: the store
 * holds 500 KB in all (https://developers.google.com/apps-script/guides/services/quotas).
 */
const READING_BYTES = 24 * 1024;

/** What a run writes, in its usual order: our three sheets, then the type column of each owner sheet. */
function outputUnits(
  services: Services,
  plans: ReturnType<typeof planOutputSheets>,
  owners: readonly OwnerGrid[],
  analysis: Analysis,
  status: { auto: string; run: string; referenceDay: Day },
  [customers, contacts, summary]: [Table, Table, Table[]],
): OutputUnit[] {
  const ss = services.spreadsheet();
  const units: OutputUnit[] = [
    listSheetUnit(ss, plans.customers, customers),
    listSheetUnit(ss, plans.contacts, contacts),
    summaryUnit(services, ss, plans.summary, summary, status),
  ];
  for (const o of owners) {
    const column = typeColumn(analysis, OWNER_SHEET[o.kind], o.sheet.getName(), o.grid.length);
    if (column) units.push(typeColumnUnit(services, o, column));
  }
  return units;
}

/** The closing result: done with what was written, or stopped with what is left and how to go on. */
function finish(
  closing: string,
  report: WriteReport,
  tail: string,
  summary: PanelSummary,
  startedAt: string,
): RunResult {
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
      startedAt,
    };
  }
  const message = `${closing}${resultsLine(report.written)}${tail}`;
  return { outcome: 'done', title: msg().run.doneTitle, message, summary, startedAt };
}

function settingsOrDefaults(props: PropertiesApi): Settings {
  try {
    return loadSettings(props);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/**
 * The run's outcome on top of our summary sheet, where the owner finds it (a trigger has no alert
 * and sends no email): the final lines, and TanggalAcuan moved to this run's reference date. A
 * summary sheet without our status rows (written before they existed) waits for the next full write.
 */
function withStatusRows(services: Services, options: RunOptions, locked: Locked): RunResult {
  const { result: done, referenceDay } = locked;
  try {
    const ss = services.spreadsheet();
    const props = documentProperties(services);
    const ours = markedSheets(ss.getSheets(), storedMarkIds(props)).get('summary');
    if (!ours || !(locked.summaryWritten || hasStatusRows(ss, ours.sheet))) return done;
    const settings = settingsOrDefaults(props);
    const outcome = done.outcome === 'done' ? 'done' : done.outcome === 'stopped' ? 'stopped' : 'failed';
    const auto = options.automatic
      ? autoLine(settings, { at: done.startedAt, outcome: autoOutcome(done), message: done.message })
      : autoLine(settings, storedAutoRecord(props));
    // A run that wrote its summary and finished has the right lines already (written as it began).
    if (!(locked.summaryWritten && outcome === 'done'))
      writeStatusRows(
        ours.sheet,
        auto,
        runLine(done.startedAt, options.automatic, outcome, done.message),
        referenceDay,
      );
    const note = referenceDay === null ? null : keepReferenceName(ss as SpreadsheetApi, ours.sheet);
    return note ? { ...done, message: `${done.message}\n\n${note}` } : done;
  } catch {
    // The status rows are a courtesy: a failure here must not hide the run's own outcome.
    return done;
  }
}
