/**
 * The generated DuckDB queries run and their rows written as the built-in engine writes its
 * files: retensi.csv and kohort.csv from the retention and cohort queries, pelanggan.csv and
 * hubungi.csv from the customers query (the owner's words made by the core), and the BG/NBD
 * model fitted here over the grouped (x, t_x, T, count) extract, its scores joined back in SQL.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Analysis } from '../../core/analysis';
import { windowStartFor } from '../../core/measure/measures';
import { fitBgnbd, groupTriples, tripleKey, type BgnbdFit } from '../../core/models/bgnbd';
import { followUps, contactsToday } from '../../core/models/followUp';
import {
  fitElsewhere,
  keepModelInput,
  modelInputOf,
  type CustomerPrediction,
} from '../../core/models/prediction';
import { isoDate, type Day } from '../../core/read/dates';
import type { ReadContext, ReadResult } from '../../core/read/sheet';
import type { CustomerRecord } from '../../core/read/customerRows';
import { nameKey } from '../../core/read/text';
import { modelCsvRows } from '../../core/report/predictionSummary';
import { summaryText } from '../../core/report/summary';
import type { Settings } from '../../core/settings';
import { buildQueries, type SqlQuery } from '../../core/sql';
import { msg } from '../../core/i18n';
import { CustomerCsv } from '../customerCsv';
import { OUTPUT_FILES, prepareOutputFolder, writeChunks, writeOutput } from '../output';
import { tableCsvRows, writeCohorts, writeFollowUps, writeRetention } from '../resultFiles';
import { readingReport } from '../../core/report/readingReport';
import { readingLines, readingTable } from '../../core/report/readingText';
import { basename } from 'node:path';
import { customerAnalysis, sqlTables } from './customers';
import { allRows, cohortRowsOf, num, retentionRowsOf, streamRows, type Parameters } from './sqlRows';
import { ident, type TypedTable } from './typedTables';

export interface DuckDbTables {
  sales: TypedTable;
  debts?: TypedTable;
  customers?: TypedTable;
  /** The customer file as the core read it (its owner's words), when one was given. */
  customerRead: ReadResult<CustomerRecord> | null;
}

export interface ResultRun {
  settings: Settings;
  referenceDay: Day;
  timeZone: string;
  outDir: string;
  quiet: boolean;
  progress: (text: string) => void;
  ctx: ReadContext;
  files: { penjualan: string[]; hutang?: string[]; pelanggan?: string };
}

type Queries = Record<'customers' | 'retention' | 'cohorts' | 'bgnbdGroups' | 'bgnbdScores', SqlQuery>;

export async function writeDuckDbResults(
  connection: DuckDBConnection,
  tables: DuckDbTables,
  run: ResultRun,
): Promise<void> {
  const { settings, referenceDay, outDir, progress } = run;
  const started = Date.now();
  const queries = Object.fromEntries(
    buildQueries('duckdb', sqlTables(tables), settings).map((q) => [q.name, q]),
  ) as Queries;
  const parameters: Parameters = { tanggal_acuan: isoDate(referenceDay) };
  prepareOutputFolder(outDir);
  progress(msg().cli.analysing('retensi'));
  const monthly = retentionRowsOf(await allRows(connection, queries.retention, parameters));
  writeRetention(outDir, monthly);
  writeCohorts(outDir, cohortRowsOf(await allRows(connection, queries.cohorts, parameters)));
  progress(msg().cli.analysing('pelanggan'));
  const ctx = run.ctx;
  const windowStart = windowStartFor(referenceDay, settings.jendelaBulan);
  const customerRun = { connection, tables, settings, referenceDay, windowStart, ctx, parameters };
  const analysis = await customerAnalysis(
    customerRun,
    queries.customers,
    await rowCounts(connection, tables, run),
  );
  const predictions = await modelOf(connection, analysis, queries, parameters);
  progress(msg().cli.analysed(analysis.customers.length, Date.now() - started));
  const contacts = followUps(analysis);
  writeFollowUps(outDir, contacts);
  writeChunks(outDir, 'pelanggan.csv', new CustomerCsv(analysis, undefined, predictions).chunks());
  writeOutput(outDir, 'model.csv', modelCsvRows(analysis));
  // What was read, as the built-in engine reports it (from what DuckDB and the core read here).
  const sources = (['penjualan', 'hutang', 'pelanggan'] as const).flatMap((kind) =>
    [run.files[kind] ?? []].flat().map((file) => ({ kind, name: basename(file), how: 'berkas' as const })),
  );
  const reading = readingReport(analysis, sources);
  writeOutput(outDir, 'bacaan.csv', tableCsvRows(readingTable(reading, msg().reading)));
  if (!run.quiet) {
    process.stdout.write(readingLines(reading, msg().reading).join('\n') + '\n\n');
    process.stdout.write(summaryText(analysis, monthly) + '\n');
    process.stdout.write(
      `\n${msg().cli.contactsToday(contactsToday(contacts))}\n${msg().cli.written(outDir, OUTPUT_FILES)}\n`,
    );
  }
}

/**
 * The model: the grouped extract of the SQL fitted here, in the core's order of the groups (the
 * order of the report, so the sums run as the built-in engine's and give the same digits); then the
 * scores query with the fitted parameters. Null without a fit: no customer gets a number.
 */
async function modelOf(
  connection: DuckDBConnection,
  analysis: Analysis,
  queries: Queries,
  parameters: Parameters,
): Promise<Map<string, CustomerPrediction> | undefined> {
  const extract = await allRows(connection, queries.bgnbdGroups, parameters);
  const input = modelInputOf(analysis.customers, (c) => c.measures);
  const counts = new Map(extract.map((g) => [tripleKey(num(g.x), num(g.t_x), num(g.t)), num(g.jumlah)]));
  const ours = input.groups ?? groupTriples(input.triples.values());
  if (ours.length !== counts.size || ours.some((g) => counts.get(tripleKey(g.x, g.tx, g.T)) !== g.count))
    throw new Error('DuckDB and the core differ on the BG/NBD groups (x, t_x, T, count)');
  keepModelInput(analysis, input);
  if (!input.groups) return undefined;
  const fit: BgnbdFit = fitBgnbd(input.groups);
  fitElsewhere(input.groups, () => fit);
  if (!fit.converged) return undefined;
  const scores = new Map<string, CustomerPrediction>();
  const withFit = { ...parameters, ...fit.params };
  const stripHonorifics = analysis.settings.hapusSapaan;
  for await (const chunk of streamRows(connection, queries.bgnbdScores, withFit))
    for (const r of chunk) {
      // A buyer's name is the sales' own: the core's key of it, as the customers were keyed.
      const key = nameKey(String(r.nama), stripHonorifics);
      scores.set(key, {
        pAlive: num(r.peluang_aktif),
        expected: r.prediksi_beli === null ? null : num(r.prediksi_beli),
      });
    }
  return scores;
}

/** Rows read, as the summary counts them: data rows of each file, those after the reference date. */
async function rowCounts(
  connection: DuckDBConnection,
  tables: DuckDbTables,
  run: ResultRun,
): Promise<Analysis['rows']> {
  const count = async (table: TypedTable | undefined, after?: string) => {
    if (!table) return 0;
    const where = after ? ` WHERE ${ident(after)} > DATE '${isoDate(run.referenceDay)}'` : '';
    const reader = await connection.runAndReadAll(`SELECT count(*) FROM ${ident(table.table)}${where}`);
    return num(reader.getRows()[0][0]);
  };
  return {
    sales: await count(tables.sales),
    debts: await count(tables.debts),
    customers: await count(tables.customers),
    afterReference: await count(tables.sales, tables.sales.columns.tanggal),
  };
}
