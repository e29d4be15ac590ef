/**
 * Menu Segmentasi › Jalankan di BigQuery (the BigQuery edition): the generated BigQuery queries
 * become data source sheets of Connected Sheets, so the owner's sales are computed where they
 * live and no sheet cell holds a sales row. The reference date reaches every query from a cell
 * (setParameterFromCell). The small grouped BG/NBD extract is read back, fitted here
 * (models/bgnbd.ts) and its parameters written to our model sheet, whose cells feed the scores
 * query. A sheet of ours is found by our developer metadata; an owner's sheet that merely has
 * our name is never touched.
 */
import { msg } from '../core/i18n';
import { fitGroups, groupsFromColumns } from '../core/models/groupedExtract';
import { parseDateText } from '../core/read/cells';
import { ZoneClock } from '../core/read/dates';
import { headerKey } from '../core/read/text';
import { sheetSerial } from '../core/report/reportSheets';
import { asSheetText } from '../core/report/sheetText';
import type { Settings } from '../core/settings';
import { BGNBD_PARAMETERS, buildQueries, REFERENCE_PARAMETER, type SqlQuery } from '../core/sql';
import {
  BIGQUERY_MARK,
  type BigQueryServices,
  type ConnectedSheetApi,
  type DataSourceSheetApi,
  liveBigQuery,
} from './bigqueryServices';
import { documentLock, documentProperties } from './documentServices';
import { isBigQueryEdition } from './edition';
import { REFERENCE_NAME } from './runStatus';
import type { Services } from './services';
import { loadSettings } from './settingsStore';

/** Seconds to wait for the grouped extract; Connected Sheets runs the query asynchronously. */
export const EXTRACT_WAIT_SECONDS = 120;

type Role = 'customers' | 'retention' | 'groups' | 'scores';
const QUERY_OF: Record<Role, SqlQuery['name']> = {
  customers: 'customers',
  retention: 'retention',
  groups: 'bgnbdGroups',
  scores: 'bgnbdScores',
};
/** Rows of our model sheet: the reference date, a header, the four parameters, the customers. */
const PARAMETER_ROW = 3;

function marked(sheets: readonly ConnectedSheetApi[], role: string): ConnectedSheetApi | null {
  return (
    sheets.find((s) =>
      s
        .createDeveloperMetadataFinder()
        .withKey(BIGQUERY_MARK)
        .find()
        .some((m) => m.getValue() === role),
    ) ?? null
  );
}

/** Our name, or "name (2)"… when an owner's sheet already has it. */
function freeName(sheets: readonly ConnectedSheetApi[], base: string): string {
  const taken = new Set(sheets.map((s) => headerKey(s.getName())));
  let name = base;
  for (let n = 2; taken.has(headerKey(name)); n++) name = msg().outputs.sheetBeside(base, n);
  return name;
}

interface Run {
  bq: BigQueryServices;
  settings: Settings;
  queries: SqlQuery[];
  notes: string[];
  /** Sheets written, by name, for the closing message. */
  written: string[];
}

/** The spec of one query: the project, the raw query, each parameter from its cell. */
function spec(run: Run, query: SqlQuery, cells: Record<string, string>) {
  let builder = run.bq
    .newDataSourceSpec()
    .asBigQuery()
    .setProjectId(run.settings.bigquery.proyek as string)
    .setRawQuery(query.sql);
  for (const p of query.parameters) builder = builder.setParameterFromCell(p, cells[p]);
  return builder.build();
}

/** Refreshes our data source sheet of this role with the query, or inserts one. */
function upsert(run: Run, role: Role, cells: Record<string, string>): DataSourceSheetApi {
  const ss = run.bq.spreadsheet();
  const query = run.queries.find((q) => q.name === QUERY_OF[role]) as SqlQuery;
  const built = spec(run, query, cells);
  const base = msg().bigquery.sheetNames[role];
  const ours = marked(ss.getSheets(), role)?.asDataSourceSheet() ?? null;
  if (ours) {
    const current = ours.getDataSource().getSpec().asBigQuery();
    const same =
      current.getRawQuery() === query.sql && current.getProjectId() === run.settings.bigquery.proyek;
    if (same) ours.refreshData();
    else ours.getDataSource().updateSpec(built);
    run.written.push(ours.asSheet().getName());
    return ours;
  }
  const name = freeName(ss.getSheets(), base);
  const inserted = ss.insertDataSourceSheet(built);
  const sheet = inserted.asSheet();
  sheet.setName(name);
  sheet.addDeveloperMetadata(BIGQUERY_MARK, role);
  if (name !== base) run.notes.push(msg().bigquery.keptOwnerSheet(base, name));
  run.written.push(name);
  return inserted;
}

/** Our model sheet (a grid sheet), found by its mark or inserted beside an owner's namesake. */
function modelSheet(run: Run): ConnectedSheetApi {
  const ss = run.bq.spreadsheet();
  const found = marked(ss.getSheets(), 'model');
  if (found) return found;
  const base = msg().bigquery.sheetNames.model;
  const name = freeName(ss.getSheets(), base);
  const sheet = ss.insertSheet(name);
  sheet.addDeveloperMetadata(BIGQUERY_MARK, 'model');
  if (name !== base) run.notes.push(msg().bigquery.keptOwnerSheet(base, name));
  return sheet;
}

const a1 = (sheet: ConnectedSheetApi, cell: string) => `'${sheet.getName().replace(/'/g, "''")}'!${cell}`;

/**
 * The reference date's cell: TanggalAcuan where the file has it (our Ringkasan's), else our model
 * sheet's B1, named TanggalAcuan so formulas and the next runs share it.
 */
function referenceCell(run: Run, model: ConnectedSheetApi): string {
  const ss = run.bq.spreadsheet();
  const named = ss.getNamedRanges().some((n) => headerKey(n.getName()) === headerKey(REFERENCE_NAME));
  const clock = new ZoneClock(ss.getSpreadsheetTimeZone());
  const day =
    (run.settings.tanggalAcuan ? parseDateText(run.settings.tanggalAcuan) : null) ?? clock.dayOf(new Date());
  model
    .getRange(1, 1, 1, 2)
    .setValues([[asSheetText(msg().bigquery.modelRows.referenceDate), sheetSerial(day)]]);
  model.getRange(1, 2, 1, 1).setNumberFormat('yyyy-mm-dd');
  if (!named) ss.setNamedRange(REFERENCE_NAME, model.getRange(1, 2, 1, 1));
  return REFERENCE_NAME;
}

/** Reads the grouped extract, fits, writes the parameters; the scores sheet when the fit holds. */
function fitAndWrite(
  run: Run,
  groupsSheet: DataSourceSheetApi,
  model: ConnectedSheetApi,
  cells: Record<string, string>,
) {
  const column = (name: string) => groupsSheet.getSheetValues(name);
  const groups = groupsFromColumns(column('x'), column('t_x'), column('t'), column('jumlah'));
  const fitted = fitGroups(groups);
  const t = msg().bigquery;
  const p = fitted.status === 'ok' ? fitted.fit.params : null;
  const customers = fitted.status === 'ok' ? fitted.fit.customers : fitted.customers;
  model
    .getRange(2, 1, 6, 2)
    .setValues([
      t.modelHeader.map(asSheetText),
      [t.modelRows.r, p ? p.r : ''],
      [t.modelRows.alpha, p ? p.alpha : ''],
      [t.modelRows.a, p ? p.a : ''],
      [t.modelRows.b, p ? p.b : ''],
      [t.modelRows.customers, customers],
    ]);
  if (!p) {
    run.notes.push(t.modelTooFew(groups.length));
    return;
  }
  BGNBD_PARAMETERS.forEach((name, i) => (cells[name] = a1(model, `B${PARAMETER_ROW + i}`)));
  upsert(run, 'scores', cells);
}

/** The run itself, under the document lock: the closing message. */
function runLocked(services: Services, bq: BigQueryServices): string {
  const settings = loadSettings(documentProperties(services));
  const source = settings.bigquery;
  if (!source.proyek || !source.penjualan) return msg().bigquery.notSet;
  const tables = { sales: source.penjualan, debts: source.hutang, customers: source.pelanggan };
  const run: Run = {
    bq,
    settings,
    queries: buildQueries('bigquery', tables, { ...settings, kolom: source.kolom }),
    notes: [],
    written: [],
  };
  const model = modelSheet(run);
  const cells: Record<string, string> = { [REFERENCE_PARAMETER]: referenceCell(run, model) };
  bq.enableBigQueryExecution();
  upsert(run, 'customers', cells);
  upsert(run, 'retention', cells);
  const groups = upsert(run, 'groups', cells);
  const status = groups.waitForCompletion(EXTRACT_WAIT_SECONDS);
  if (status.getExecutionState() !== bq.succeeded())
    return msg().bigquery.failed(status.getErrorMessage() || String(status.getExecutionState()));
  fitAndWrite(run, groups, model, cells);
  return [msg().bigquery.done(run.written, model.getName()), ...run.notes].join('\n\n');
}

/** Menu Segmentasi › Jalankan di BigQuery: the run, its outcome in an alert. */
export function runOnBigQuery(services: Services, bq: BigQueryServices = liveBigQuery()): string {
  const ui = services.ui();
  let message: string;
  if (!isBigQueryEdition()) message = msg().bigquery.notEdition;
  else {
    const lock = documentLock(services);
    if (!lock.tryLock(1000)) message = msg().run.busy;
    else
      try {
        message = runLocked(services, bq);
      } catch (error) {
        message = msg().bigquery.failed((error as Error).message);
      } finally {
        lock.releaseLock();
      }
  }
  ui.alert(msg().bigquery.title, message, ui.ButtonSet.OK);
  return message;
}
