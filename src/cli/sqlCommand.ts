/**
 * `segmentasi sql`: prints the segmentation's queries for BigQuery or DuckDB (src/core/sql), each
 * headed by comments naming what it computes, the typed columns it needs and its parameters.
 */
import { parseArgs } from 'node:util';
import { msg } from '../core/i18n';
import { parseDateText } from '../core/read/cells';
import { isoDate } from '../core/read/dates';
import { buildQueries, queryText, REFERENCE_PARAMETER, type Dialect, type SqlQuery } from '../core/sql';
import { CliError, EXIT_CODES } from './errors';
import { readSettings } from './settingsFile';

export const SQL_COMMAND = 'sql';

const OPTIONS = {
  dialek: { type: 'string' },
  'tabel-penjualan': { type: 'string' },
  'tabel-hutang': { type: 'string' },
  'tabel-pelanggan': { type: 'string' },
  'tanggal-acuan': { type: 'string' },
  pengaturan: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function options(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true }).values;
  } catch (error) {
    throw new CliError('usage', usageProblem(argv), error);
  }
}

/** The first mistake in the arguments in the user's words (parseArgs' own are English). */
function usageProblem(argv: string[]): string {
  const words = msg().sql.cli;
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') return words.unexpectedArgument(token.value);
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(OPTIONS, token.name)
      ? OPTIONS[token.name as keyof typeof OPTIONS]
      : undefined;
    if (!option) return words.unknownOption(token.rawName);
    const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith('-'));
    if (option.type === 'string' && missing) return words.missingValue(token.rawName);
    if (option.type === 'boolean' && token.value !== undefined)
      return words.unknownOption(`${token.rawName}=`);
  }
  return words.unknownOption(argv.join(' '));
}

/** The reference date as the parameter's value (a DATE literal), checked like the main command's. */
function referenceValue(text: string | undefined): string | null {
  if (text === undefined) return null;
  const day = parseDateText(text);
  if (day === null) throw new CliError('usage', msg().cli.badReferenceDate(text));
  return `DATE '${isoDate(day)}'`;
}

/** A query with its parameters' values (or what to fill in) under its title. */
function printed(query: SqlQuery, reference: string | null): string {
  const words = msg().sql;
  const notes = [
    words.parameterValue(REFERENCE_PARAMETER, reference ?? words.referenceToday),
    ...(query.parameters.length > 1 ? [words.fittedParameters] : []),
  ].map((n) => `-- ${n}`);
  const [title, ...rest] = queryText(query).split('\n');
  return [title, ...notes, ...rest].join('\n');
}

export function sqlCommand(argv: string[]): number {
  const values = options(argv);
  const words = msg().sql.cli;
  if (values.help) {
    process.stdout.write(words.help + '\n');
    return EXIT_CODES.ok;
  }
  if (values.dialek === undefined) throw new CliError('usage', words.dialectRequired);
  if (values.dialek !== 'bigquery' && values.dialek !== 'duckdb')
    throw new CliError('usage', words.badDialect(values.dialek));
  const dialect: Dialect = values.dialek;
  const sales = values['tabel-penjualan'];
  if (!sales) throw new CliError('usage', words.salesTableRequired);
  const settings = readSettings(values.pengaturan);
  const reference = referenceValue(values['tanggal-acuan'] ?? settings.tanggalAcuan);
  const queries = buildQueries(
    dialect,
    { sales, debts: values['tabel-hutang'], customers: values['tabel-pelanggan'] },
    settings,
  );
  process.stdout.write(queries.map((q) => printed(q, reference)).join('\n\n') + '\n');
  return EXIT_CODES.ok;
}
