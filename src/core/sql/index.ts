/**
 * SQL for shops past the Sheets ceiling: the same segmentation as the core, written once for
 * BigQuery (through Connected Sheets) and DuckDB. Each query reads the owner's typed tables by
 * the column names of the settings' `kolom` and takes the reference date as the parameter
 * `tanggal_acuan`; the BG/NBD fit stays in TypeScript (models/bgnbd.ts), its parameters go back
 * in as parameters of the scores query.
 */
import { msg } from '../i18n';
import type { Settings } from '../settings';
import type { SqlTables } from './columns';
import { queryContext, REFERENCE_PARAMETER } from './context';
import { customersSql } from './customers';
import { BGNBD_PARAMETERS, bgnbdGroupsSql, bgnbdScoresSql } from './bgnbd';
import { cohortsSql, retentionSql } from './retention';
import type { Dialect } from './dialect';

export type { Dialect } from './dialect';
export type { SqlTables } from './columns';
export { REFERENCE_PARAMETER } from './context';
export { BGNBD_PARAMETERS } from './bgnbd';

export interface SqlQuery {
  name: 'customers' | 'retention' | 'cohorts' | 'bgnbdGroups' | 'bgnbdScores' | string;
  /** What the query computes, one line in the user's language (the message catalogue). */
  title: string;
  sql: string;
  /** Names of its query parameters, without @ or $. */
  parameters: string[];
}

/** Every query, in the order a run needs them: customers, retention, cohorts, the model's input and scores. */
export function buildQueries(dialect: Dialect, tables: SqlTables, settings: Settings): SqlQuery[] {
  const c = queryContext(dialect, tables, settings);
  const titles = msg().sql.titles;
  const ref = [REFERENCE_PARAMETER];
  return [
    { name: 'customers', title: titles.customers, sql: customersSql(c), parameters: ref },
    { name: 'retention', title: titles.retention, sql: retentionSql(c), parameters: ref },
    { name: 'cohorts', title: titles.cohorts, sql: cohortsSql(c), parameters: ref },
    { name: 'bgnbdGroups', title: titles.bgnbdGroups, sql: bgnbdGroupsSql(c), parameters: ref },
    {
      name: 'bgnbdScores',
      title: titles.bgnbdScores,
      sql: bgnbdScoresSql(c),
      parameters: [...ref, ...BGNBD_PARAMETERS],
    },
  ];
}

/** A query as printed: its title and the typed-columns note as comments, then the SQL. */
export function queryText(query: SqlQuery): string {
  const words = msg().sql;
  return [
    `-- ${query.title}`,
    `-- ${words.typedNote}`,
    `-- ${words.parameters(query.parameters)}`,
    `${query.sql};`,
  ].join('\n');
}
