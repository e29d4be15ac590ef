/**
 * "Jalankan segmentasi": under the document lock, one getValues per sheet, the core, then block
 * writes: the type column beside the owner's rows, our customer sheet and our summary sheet.
 * The owner's cells are only ever read.
 */
import { parseDateText } from '../core/read/cells';
import { ZoneClock } from '../core/read/dates';
import { analyze, retention, type AnalysisInput } from '../core/engine';
import { HEADER_SEARCH_ROWS, type Grid } from '../core/read/headers';
import { customerTable, summaryTables, type RunInfo, type Table } from '../core/report/reportSheets';
import type { SheetKind } from '../core/read/schema';
import { findSheets, missingSalesSheetMessage, SHEET_KINDS } from '../core/read/sheetFinder';
import { closingMessage, summariseTypes } from '../core/report/summary';
import { typeColumn, type OwnerSheet } from '../core/report/typeColumn';
import type { Services, SheetApi, UiApi } from './services';
import { loadSettings, LAST_RUN_KEY } from './settingsStore';
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
  /** The owner's cells, our own column blanked. */
  grid: unknown[][];
  /** Our column from an earlier run (by its metadata), or null. */
  marked: MarkedColumn | null;
}

interface OwnerSize {
  kind: SheetKind;
  sheet: SheetApi;
  rows: number;
  columns: number;
}

/** The first rows of a sheet, for header scoring when no name says what the sheet holds. */
function topRows(sheet: SheetApi): Grid {
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
function fingerprint(sizes: readonly OwnerSize[], analysis: ReturnType<typeof analyze>): string {
  return JSON.stringify({
    sheets: sizes.map((s) => [s.sheet.getName(), s.rows, s.columns]),
    referenceDay: analysis.referenceDay,
    types: summariseTypes(analysis).map((t) => [t.type, t.customers, t.sales]),
    issues: analysis.issues.length,
  });
}

export type RunOutcome = 'done' | 'busy' | 'no-sales-sheet' | 'error' | 'stopped' | 'too-many-cells';

export function runSegmentation(services: Services): RunOutcome {
  const ui = services.ui();
  const lock = services.documentLock();
  if (!lock.tryLock(1000)) {
    ui.alert(
      TITLE,
      'Segmentasi sedang berjalan, mungkin dari jendela atau pengguna lain. Tunggu sampai selesai, lalu coba ' +
        'lagi. (A run is already in progress: wait for it to finish.)',
      ui.ButtonSet.OK,
    );
    return 'busy';
  }
  try {
    return runLocked(services);
  } catch (error) {
    if (error instanceof ReadOutOfTime) {
      ui.alert(
        msg().limits.stoppedTitle,
        msg().limits.readTooSlow(error.rowsRead, error.rowsTotal, error.seconds),
        ui.ButtonSet.OK,
      );
      return 'stopped';
    }
    ui.alert(TITLE, `Segmentasi gagal (run failed): ${(error as Error).message}`, ui.ButtonSet.OK);
    return 'error';
  } finally {
    lock.releaseLock();
  }
}

function runLocked(services: Services): RunOutcome {
  const budget = new Budget();
  const started = Date.now();
  const ss = services.spreadsheet();
  const ui = services.ui();
  const props = services.documentProperties();
  const settings = loadSettings(props);
  const timeZone = ss.getSpreadsheetTimeZone();
  ss.toast('Membaca sheet penjualan, hutang dan pelanggan… (reading your sheets)', TITLE, 10);

  const all = ss.getSheets();
  // Our own sheets (by their metadata) are never taken for the owner's data.
  const ourSheets = markedSheets(all);
  const ownerSheets = all.filter((s) => ![...ourSheets.values()].includes(s));
  const byName = new Map(ownerSheets.map((s) => [s.getName(), s]));
  const found = findSheets([...byName.keys()], settings.lembar, (name) =>
    topRows(byName.get(name) as SheetApi),
  );
  if (!found.sheets.penjualan) {
    ui.alert(TITLE, missingSalesSheetMessage([...byName.keys()]), ui.ButtonSet.OK);
    return 'no-sales-sheet';
  }
  const sizes: OwnerSize[] = [];
  for (const kind of SHEET_KINDS) {
    const name = found.sheets[kind];
    if (!name) continue;
    const sheet = byName.get(name) as SheetApi;
    sizes.push({ kind, sheet, rows: sheet.getLastRow(), columns: sheet.getLastColumn() });
  }
  const early = checkCellsBeforeReading(ss, sizes);
  if (!early.ok) {
    ui.alert(TITLE, early.message, ui.ButtonSet.OK);
    return 'too-many-cells';
  }
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
  const monthly = retention(analysis, 'bulan');
  const contacts = followUps(analysis);
  const run: RunInfo = {
    startedAt: services.formatDate(new Date(started), timeZone, 'dd/MM/yyyy HH.mm'),
    seconds: (Date.now() - started) / 1000,
    sheets: SHEET_KINDS.map((kind) => ({
      label: LABEL[kind],
      name: found.sheets[kind],
      how: found.how[kind],
    })),
  };

  const plans = planOutputSheets(all, ourSheets);
  const units = outputUnits(services, plans, owners, analysis, [
    customerTable(analysis),
    followUpTable(contacts),
    summaryTables(analysis, monthly, run),
  ]);
  const cells = checkCells(ss, units);
  if (!cells.ok) {
    ui.alert(TITLE, cells.message, ui.ButtonSet.OK);
    return 'too-many-cells';
  }
  const report = writeUnits(units, props, budget, fingerprint(sizes, analysis));

  props.setProperty(
    LAST_RUN_KEY,
    JSON.stringify({
      at: run.startedAt,
      referenceDay: analysis.referenceDay,
      customers: analysis.customers.length,
      types: Object.fromEntries(summariseTypes(analysis).map((t) => [t.type, t.customers])),
      issues: analysis.issues.length,
    }),
  );
  const stale = found.staleChoices.length
    ? `\n\nSheet pilihan di pengaturan tidak ada lagi: ${found.staleChoices.map((k) => LABEL[k]).join(', ')}; ` +
      'sheet dicari dari nama dan judul kolom.'
    : '';
  const notes = [...units.map((u) => u.note), cells.near].filter((n): n is string => n !== null);
  const summary =
    `${closingMessage(analysis, plans.summary.name)}\nPerlu dihubungi hari ini: ${contactsToday(contacts)} ` +
    `(sheet "${plans.contacts.name}").\n\n`;
  return announce(ui, summary, report, `${notes.length ? `\n\n${notes.join('\n')}` : ''}${stale}`);
}

/** What a run writes, in its usual order: our three sheets, then the type column of each owner sheet. */
function outputUnits(
  services: Services,
  plans: ReturnType<typeof planOutputSheets>,
  owners: readonly OwnerGrid[],
  analysis: ReturnType<typeof analyze>,
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

/** The closing alert: done with what was written, or stopped with what is left and how to go on. */
function announce(ui: UiApi, summary: string, report: WriteReport, tail: string): RunOutcome {
  if (report.pending.length) {
    const stopped = msg().limits.writeStopped(
      report.written.map((u) => u.label),
      report.pending.map((u) => u.label),
    );
    ui.alert(msg().limits.stoppedTitle, `${summary}${stopped}${tail}`, ui.ButtonSet.OK);
    return 'stopped';
  }
  ui.alert(`${TITLE}: selesai (done)`, `${summary}${resultsLine(report.written)}${tail}`, ui.ButtonSet.OK);
  return 'done';
}
