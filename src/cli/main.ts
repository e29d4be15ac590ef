/** The command line: the same core over CSV files, for anyone without a Google account. */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDateText } from '../core/read/cells';
import { ZoneClock } from '../core/read/dates';
import type { SheetInput } from '../core/read/sheet';
import { MissingColumnsError } from '../core/read/headers';
import type { SheetKind } from '../core/read/schema';
import { analyze } from '../core/engine';
import type { Analysis } from '../core/analysis';
import type { AnalysisOptions } from '../core/analyze/options';
import { contactsToday, followUps } from '../core/models/followUp';
import type { Settings } from '../core/settings';
import { readSettings } from './settingsFile';
import { summaryText } from '../core/report/summary';
import { readingReport, type SheetSource } from '../core/report/readingReport';
import { readingLines, readingTable } from '../core/report/readingText';
import { modelCsvRows } from '../core/report/predictionSummary';
import { msg, setLocale } from '../core/i18n';
import { csvTable, type CsvTable } from './csv';
import {
  SALES_PART_ROLE,
  readSalesTop,
  salesPartJob,
  salesReader,
  secondThread,
  type SalesTop,
} from './salesThreads';
import { WorkerFailure, isOurWorker, serveJobs, type SecondThread } from './threads';
import { FIT_ROLE, TABLES_ROLE, fitJob, startFit, startTables, tablesJob, tablesOf } from './fitThread';
import { CliError, EXIT_CODES } from './errors';
import { asUtf8 } from './encoding';
import { helpText } from './help';
import { SQL_COMMAND, sqlCommand } from './sqlCommand';
import { parseOptions, type CliValues } from './args';
import { missingColumnHints, withColumnFlags } from './columnFlags';
import { OUTPUT_FILES, prepareOutputFolder, writeChunks, writeOutput } from './output';
import { CustomerCsv } from './customerCsv';
import { runOnDuckDb } from './duckdb/engine';
import { tableCsvRows, writeCohorts, writeFollowUps, writeRetention } from './resultFiles';

type Progress = (text: string) => void;

/** What `read` makes of an input file, its absence or a read failure told the owner by `label`. */
function readInput<T>(file: string, label: string, read: (file: string) => T): T {
  if (!existsSync(file)) throw new CliError('input', msg().cli.fileNotFound(label, file));
  try {
    return read(file);
  } catch (error) {
    throw new CliError('input', msg().cli.fileUnreadable(label, file), error);
  }
}

/** A CSV file read whole, as UTF-8 (`transcoded` when it was not: its byte offsets are not the file's). */
type InputTable = CsvTable & { transcoded?: boolean };

/** Reads a CSV file; a required one that is empty (0 bytes) is said to be so, not "missing columns". */
function readTable(file: string, label: string, progress: Progress, required = false): InputTable {
  const started = Date.now();
  const raw = readInput(file, label, (f) => readFileSync(f));
  if (raw.length === 0 && required) throw new CliError('data', msg().cli.emptyFile(label, file));
  const { bytes, encoding } = asUtf8(raw);
  const table: InputTable = csvTable(bytes);
  if (encoding !== 'utf-8') table.transcoded = true;
  progress(msg().cli.fileRead(label, basename(file), Date.now() - started));
  return table;
}

/** The top of a large sales file when the worker reads the rest (readSalesTop); null: read it whole. */
function readSalesTopOf(file: string, label: string, progress: Progress): SalesTop | null {
  const started = Date.now();
  const top = readInput(file, label, readSalesTop);
  if (top) progress(msg().cli.fileRead(label, basename(file), Date.now() - started));
  return top;
}

function referenceDayOf(text: string | undefined, timeZone: string): number {
  let clock: ZoneClock;
  try {
    clock = new ZoneClock(timeZone);
  } catch (error) {
    throw new CliError('usage', msg().cli.badTimeZone(timeZone), error);
  }
  if (!text) return clock.dayOf(new Date());
  const day = parseDateText(text);
  if (day === null) throw new CliError('usage', msg().cli.badReferenceDate(text));
  return day;
}

/** The files read, as the reading report names them: the command line reads the files it is given. */
export function sourcesOf(values: CliValues): SheetSource[] {
  const files = (kind: SheetKind) => {
    const given = values[kind];
    return given === undefined ? [] : Array.isArray(given) ? given : [given];
  };
  return (['penjualan', 'hutang', 'pelanggan'] as const).flatMap((kind) =>
    files(kind).map((file) => ({ kind, name: basename(file), how: 'berkas' as const })),
  );
}

export function main(argv: string[]): number | Promise<number> {
  if (argv[0] === SQL_COMMAND) return sqlCommand(argv.slice(1));
  const values = parseOptions(argv);
  if (values.help) {
    process.stdout.write(helpText());
    return EXIT_CODES.ok;
  }
  if (!values.penjualan?.length) throw new CliError('usage', msg().cli.salesRequired);
  const quiet = values.diam ?? false;
  const progress: Progress = (text) => {
    if (!quiet) process.stderr.write(`… ${text}\n`);
  };
  // The column flags mean what the settings' kolom means, and win over the settings file's.
  const settings = withColumnFlags(readSettings(values.pengaturan), values, (flag, key) =>
    progress(msg().cli.columnReplaced(flag, key, basename(values.pengaturan ?? ''))),
  );
  const timeZone = values['zona-waktu'] ?? 'Asia/Jakarta';
  const referenceDay = referenceDayOf(values['tanggal-acuan'] ?? settings.tanggalAcuan, timeZone);
  const outDir = values.keluar ?? 'hasil-segmentasi';
  if (values.mesin !== undefined) {
    if (values.mesin !== 'duckdb') throw new CliError('usage', msg().cli.duckdb.unknownEngine(values.mesin));
    const files = { penjualan: values.penjualan, hutang: values.hutang, pelanggan: values.pelanggan };
    const run = { files, settings, referenceDay, timeZone, outDir, quiet, progress };
    return runOnDuckDb(run).then(() => EXIT_CODES.ok);
  }
  // Started before the sales file is read here, so that its own start overlaps that reading.
  // Two threads read one large sales file; a book of several files is read here.
  const second = values.penjualan.length === 1 ? secondThread(values.penjualan[0], ownScript) : undefined;
  try {
    writeResults(values, { settings, referenceDay, timeZone, outDir, quiet }, progress, second);
  } finally {
    second?.stop();
  }
  return EXIT_CODES.ok;
}

interface RunOptions {
  settings: Settings;
  referenceDay: number;
  timeZone: string;
  outDir: string;
  quiet: boolean;
}

/** Analyses the files and writes the five result files (and the summary unless quiet). */
function writeResults(
  values: CliValues,
  { settings, referenceDay, timeZone, outDir, quiet }: RunOptions,
  progress: Progress,
  second: SecondThread | undefined,
): void {
  const started = Date.now();
  let tablesCall: ReturnType<typeof startTables>;
  const analysis = analyseFiles(
    values,
    {
      settings,
      referenceDay,
      timeZone,
      compact: true,
      onProgress: (stage) => progress(msg().cli.analysing(stage)),
      // The retention and cohort tables are made on the second thread while customers are measured.
      onEvents: (events) => (tablesCall = startTables({ events, referenceDay }, second?.current)),
      // The fit starts as soon as the engine knows its input, while customers are still classified.
      onModelInput: (input) => startFit(input, ownScript, second?.current),
    },
    progress,
    outDir,
    second,
  );
  const tables = tablesOf({ events: analysis.events, referenceDay: analysis.referenceDay }, tablesCall);
  const monthly = tables.monthly;
  progress(msg().cli.analysed(analysis.customers.length, Date.now() - started));

  const contacts = followUps(analysis);
  writeRetention(outDir, monthly);
  writeFollowUps(outDir, contacts);
  writeCohorts(outDir, tables.cohorts);
  // Last, the files that need the model: its fit may still be running on the second thread, so
  // pelanggan.csv is made but for the model's cells first, and finished when the fit is there.
  const customerCsv = new CustomerCsv(analysis);
  writeChunks(outDir, 'pelanggan.csv', customerCsv.chunks());
  writeOutput(outDir, 'model.csv', modelCsvRows(analysis));
  const reading = readingReport(analysis, sourcesOf(values));
  writeOutput(outDir, 'bacaan.csv', tableCsvRows(readingTable(reading, msg().reading)));
  if (!quiet) {
    process.stdout.write(readingLines(reading, msg().reading).join('\n') + '\n\n');
    process.stdout.write(summaryText(analysis, monthly) + '\n');
    process.stdout.write(
      `\n${msg().cli.contactsToday(contactsToday(contacts))}\n${msg().cli.written(outDir, OUTPUT_FILES)}\n`,
    );
  }
}

/**
 * Reads the input files, checks the output folder, and analyses. The files' text is let go as soon
 * as the core has read the sheets, before customers are measured.
 */
function analyseFiles(
  files: { penjualan?: string[]; hutang?: string[]; pelanggan?: string },
  options: AnalysisOptions,
  progress: Progress,
  outDir: string,
  second: SecondThread | undefined,
): Analysis {
  const labels = msg().cli.labels;
  const tables: InputTable[] = [];
  // Each file by its sheet name: where a missing column's likely header is looked for.
  const byName = new Map<string, InputTable>();
  const sheet = (kind: SheetKind, file: string | undefined, label: string, given?: CsvTable) => {
    if (!file) return undefined;
    const table = given ?? readTable(file, label, progress, kind === 'penjualan');
    tables.push(table);
    const name = basename(file);
    if (!byName.has(name)) byName.set(name, table);
    return { name, rows: table.rows, rowAt: table.rowAt, codes: table.codes };
  };
  // A large file's top only: the worker reads the rest.
  const [salesFile, ...moreSalesFiles] = files.penjualan ?? [];
  const [debtFile, ...moreDebtFiles] = files.hutang ?? [];
  const top = second && salesFile ? readSalesTopOf(salesFile, labels.sales, progress) : null;
  const sales = sheet('penjualan', salesFile, labels.sales, top?.table) as SheetInput;
  // A file turned into UTF-8 here is not the worker's to read from its bytes.
  const worker = tables[0].transcoded ? undefined : second?.current;
  const readSales = salesReader(salesFile, tables[0], worker, top ?? undefined);
  const moreSales = moreSalesFiles.map((file) => sheet('penjualan', file, labels.sales) as SheetInput);
  const debts = sheet('hutang', debtFile, labels.debts);
  const moreDebts = moreDebtFiles.map((file) => sheet('hutang', file, labels.debts) as SheetInput);
  const customers = sheet('pelanggan', files.pelanggan, labels.customers);
  prepareOutputFolder(outDir);
  // The files' text (a million-row file is tens of MB) goes as soon as the sheets are read, and
  // so does the worker that read half of the sales: a fresh one waits for the retention tables
  // and the model's fit.
  const onInputRead = () => {
    tables.forEach((t) => t.release());
    second?.renew();
  };
  // A missing column is told with the flag that names it, the owner's likely header in it.
  const howToName = (error: MissingColumnsError) => {
    const table = byName.get(error.missing.sheet);
    return table ? msg().cli.missingColumnFlags(missingColumnHints(error.missing, table.rows)) : null;
  };
  const input = { sales, debts, customers, moreSales, moreDebts };
  return analyzeData(() => analyze(input, { ...options, onInputRead, readSales }), howToName);
}

/**
 * The core throws plain Errors with the owner's message for data it cannot use; a missing column's
 * message gets `howToName`'s advice for the command line below it.
 */
function analyzeData<T>(run: () => T, howToName: (error: MissingColumnsError) => string | null): T {
  try {
    return run();
  } catch (error) {
    const bug =
      error instanceof TypeError ||
      error instanceof RangeError ||
      error instanceof ReferenceError ||
      error instanceof WorkerFailure;
    if (bug || !(error instanceof Error)) throw error;
    const advice = error instanceof MissingColumnsError ? howToName(error) : null;
    const text = advice ? `${error.message}\n${advice}` : error.message;
    throw new CliError('data', msg().cli.dataProblem(text), error);
  }
}

/** Runs the command line as a process: one message per failure, a stack only with --debug. */
export function run(argv: string[]): number | Promise<number> {
  setLocale(process.env.LANG);
  const debug = argv.includes('--debug');
  try {
    const code = main(argv);
    return typeof code === 'number' ? code : code.catch((error: unknown) => failed(error, debug));
  } catch (error) {
    return failed(error, debug);
  }
}

/** The exit code of a failure, its message written: the owner's own for a known one. */
function failed(error: unknown, debug: boolean): number {
  const known = error instanceof CliError;
  const text = known ? error.message : msg().cli.internal;
  process.stderr.write(msg().cli.error(text) + '\n');
  if (debug) process.stderr.write(String((error as Error)?.stack ?? error) + '\n');
  else if (!known) process.stderr.write(msg().cli.debugHint + '\n');
  return known ? EXIT_CODES[error.kind] : EXIT_CODES.internal;
}

/** This file when it runs as the program (build/cli.js): a worker thread can run it again. */
let ownScript: string | undefined;

if (isOurWorker())
  serveJobs({ [SALES_PART_ROLE]: salesPartJob, [FIT_ROLE]: fitJob, [TABLES_ROLE]: tablesJob });
else if (require.main === module) {
  ownScript = __filename;
  const code = run(process.argv.slice(2));
  if (typeof code === 'number') process.exitCode = code;
  else void code.then((c) => (process.exitCode = c));
}
