/**
 * The result files both engines write from the core's tables: retensi.csv, kohort.csv and
 * hubungi.csv, formatted one way (dates as ISO, money and shares rounded, gaps empty).
 */
import { RETENTION_HEADER, retentionRowCells } from '../core/formulas';
import type { RetentionRow } from '../core/models/retention';
import type { CohortRow } from '../core/models/cohorts';
import type { FollowUpList } from '../core/models/followUp';
import { followUpTable } from '../core/report/followUpTable';
import { cohortReportOf } from '../core/report/reportSheets';
import type { Table, TableCell } from '../core/report/table';
import { numberCell, roundMoney, roundShare } from './customerCsv';
import { writeOutput } from './output';

/** A table as CSV cells, one row at a time: dates as ISO, money and shares rounded, gaps empty. */
export function tableCsvRows(table: Table): Generator<unknown[]> {
  return csvRows(table.columns, table.rows);
}

function* csvRows(columns: Table['columns'], rows: Iterable<readonly TableCell[]>): Generator<unknown[]> {
  yield columns.map((c) => c.header);
  for (const row of rows) yield row.map((v, i) => csvValue(v, columns[i].kind));
}

/** A cell as CSV writes it: dates as ISO, money and shares rounded, gaps empty. */
function csvValue(v: TableCell, kind: Table['columns'][number]['kind']): unknown {
  if (v === null) return '';
  return typeof v === 'number' ? numberCell(kind)(v) : v;
}

export function writeRetention(outDir: string, monthly: readonly RetentionRow[]): void {
  writeOutput(outDir, 'retensi.csv', [
    RETENTION_HEADER,
    ...monthly.map((r) =>
      retentionRowCells({
        ...r,
        rate: r.rate === null ? null : roundShare(r.rate),
        salesNew: roundMoney(r.salesNew),
        salesExisting: roundMoney(r.salesExisting),
      }),
    ),
  ]);
}

export function writeCohorts(outDir: string, cohorts: CohortRow[]): void {
  writeOutput(outDir, 'kohort.csv', tableCsvRows(cohortReportOf(cohorts)));
}

export function writeFollowUps(outDir: string, contacts: FollowUpList): void {
  writeOutput(outDir, 'hubungi.csv', tableCsvRows(followUpTable(contacts)));
}
