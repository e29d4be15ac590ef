/**
 * "Jalankan segmentasi": under the document lock, one getValues per sheet, the core, then block
 * writes: the type column beside the owner's rows, our customer sheet and our summary sheet.
 * The owner's cells are only ever read.
 */
import { parseDateText } from '../core/read/cells';
import { ZoneClock } from '../core/read/dates';
import { analyze, retention, type AnalysisInput } from '../core/engine';
import { HEADER_SEARCH_ROWS, type Grid } from '../core/read/headers';
import { customerTable, summaryTables, type RunInfo } from '../core/report/reportSheets';
import { readingTables } from '../core/report/readingNotes';
import type { SheetKind } from '../core/read/schema';
import {
  findSheets,
  missingSalesSheetMessage,
  OUTPUT_SHEETS,
  SHEET_KINDS,
  sheetTieMessage,
} from '../core/read/sheetFinder';
import { closingMessage, summariseTypes } from '../core/report/summary';
import { typeColumn, type OwnerSheet } from '../core/report/typeColumn';
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

/** The first rows of a sheet, for header scoring when no name says what the sheet holds. */
function topRows(sheet: SheetApi): Grid {
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

export type RunOutcome = 'done' | 'busy' | 'no-sales-sheet' | 'sheet-tie' | 'error';

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
    ui.alert(TITLE, `Segmentasi gagal (run failed): ${(error as Error).message}`, ui.ButtonSet.OK);
    return 'error';
  } finally {
    lock.releaseLock();
  }
}

function runLocked(services: Services): RunOutcome {
  const started = Date.now();
  const ss = services.spreadsheet();
  const ui = services.ui();
  const props = services.documentProperties();
  const settings = loadSettings(props);
  const timeZone = ss.getSpreadsheetTimeZone();
  ss.toast('Membaca sheet penjualan, hutang dan pelanggan… (reading your sheets)', TITLE, 10);

  const all = ss.getSheets();
  const byName = new Map(all.map((s) => [s.getName(), s]));
  const found = findSheets([...byName.keys()], settings.lembar, (name) =>
    topRows(byName.get(name) as SheetApi),
  );
  // Two sheets that fit alike: the owner chooses, we never pick one by its order (DOMAIN 1).
  const tie = sheetTieMessage(found.ties);
  if (tie) {
    ui.alert(TITLE, tie, ui.ButtonSet.OK);
    return 'sheet-tie';
  }
  if (!found.sheets.penjualan) {
    ui.alert(TITLE, missingSalesSheetMessage([...byName.keys()]), ui.ButtonSet.OK);
    return 'no-sales-sheet';
  }
  const owners: OwnerGrid[] = [];
  for (const kind of SHEET_KINDS) {
    const name = found.sheets[kind];
    if (name) owners.push(readOwnerSheet(kind, byName.get(name) as SheetApi));
  }
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
  writeSummarySheet(services, ss, [...summaryTables(analysis, monthly, run), ...readingTables(analysis)]);

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
  ui.alert(
    `${TITLE}: selesai (done)`,
    `${closingMessage(analysis)}\nPerlu dihubungi hari ini: ${contacts.length} (sheet "${OUTPUT_SHEETS.contacts}").\n\n` +
      `Hasil: kolom "Tipe Pelanggan" di sheet Anda, sheet "${OUTPUT_SHEETS.customers}", "${OUTPUT_SHEETS.summary}" ` +
      `dan "${OUTPUT_SHEETS.contacts}".${stale}`,
    ui.ButtonSet.OK,
  );
  return 'done';
}
