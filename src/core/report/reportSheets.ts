/**
 * The two sheets the menu writes, as plain tables: "Segmentasi Pelanggan" (one row per customer)
 * and "Ringkasan Segmentasi" (blocks of summary tables). Values stay raw (Day numbers, ratios);
 * each column says its kind so the writer picks the Indonesian number format.
 */
import { CUSTOMER_COLUMNS, type ColumnKind } from './customerTable';
import { typeAction, typeLabel } from '../models/customerType';
import type { Day } from '../read/dates';
import type { Analysis, CustomerResult } from '../analysis';
import { RETENTION_HEADER, retentionRowCells } from '../formulas';
import type { RetentionRow } from '../models/retention';
import { summariseTypes } from './summary';
import { predictionTable } from './predictionSummary';
import { valueTable } from './valueSummary';
import { cohortGrid, cohortTable, repeatPurchaseRate, type CohortRow } from '../models/cohorts';
import { findDuplicates } from '../models/duplicates';
import { dateText, oneDecimal, percent } from './format';
import { RUNGS, type Rung } from '../models/ladder';
import { matrixAction, PLACEMENTS } from '../models/matrix';
import { rfmAction, RFM_SEGMENTS } from '../models/rfm';
import { msg } from '../i18n';
import type { Table, TableCell } from './table';

/** Days since 1899-12-30: the date serial of Sheets, independent of any time zone. */
export function sheetSerial(day: Day): number {
  return day + 25569;
}

export function customerTable(analysis: Analysis): Table {
  return {
    columns: CUSTOMER_COLUMNS.map(({ header, kind }) => ({ header, kind })),
    rows: analysis.customers.map((c) => CUSTOMER_COLUMNS.map((col) => col.value(c, analysis))),
  };
}

/** Cohorts by first-purchase month: the Ringkasan block and the command line's kohort.csv. */
export function cohortReport(analysis: Analysis): Table {
  return cohortReportOf(cohortTable(analysis.events, analysis.referenceDay));
}

/** The cohort table of rows already made (the command line makes them on its second thread). */
export function cohortReportOf(rows: CohortRow[]): Table {
  const cells = cohortGrid(rows);
  return {
    title: msg().summary.cohortTitle,
    columns: cells[0].map((h, i) => ({
      header: String(h),
      kind: i === 0 ? 'text' : i === 1 ? 'count' : 'ratio',
    })),
    rows: cells.slice(1).map((r) => r.map((v) => (v === '' ? null : v))),
    heatFromColumn: 2,
  };
}

export interface RunInfo {
  /** When the run started, as the owner reads it ("23/11/2026 10.15"). */
  startedAt: string;
  seconds: number;
  sheets: { label: string; name: string | null; how: string | null }[];
}

/** Most skipped rows listed on the sheet; the count above the list is always complete. */
export const MAX_LISTED_ISSUES = 2000;

const col = (header: string, kind: ColumnKind) => ({ header, kind });

/** The Ringkasan sheet's blocks, top to bottom. */
export function summaryTables(analysis: Analysis, monthly: RetentionRow[], run: RunInfo): Table[] {
  return [
    runInfoTable(analysis, run),
    typeTable(analysis),
    matrixTable(analysis),
    ladderTable(analysis),
    statusTable(analysis),
    predictionTable(analysis),
    valueTable(analysis),
    rfmTable(analysis),
    retentionReport(monthly),
    cohortReport(analysis),
    duplicatesTable(analysis),
    skippedTable(analysis),
  ];
}

function runInfoTable(analysis: Analysis, run: RunInfo): Table {
  const t = msg().summary;
  const how = (h: string | null) => (t.how as Record<string, string>)[h ?? ''] ?? h;
  return {
    title: t.title,
    columns: [col(t.label, 'text'), col(t.value, 'text')],
    rows: [
      [t.runAt, run.startedAt],
      [t.duration, t.seconds(oneDecimal(run.seconds))],
      [t.referenceDay, dateText(analysis.referenceDay)],
      [t.windowFrom, dateText(analysis.windowStart)],
      ...run.sheets.map((s): TableCell[] => [
        t.sheet(s.label),
        s.name ? `${s.name} (${how(s.how)})` : t.none,
      ]),
      [t.rowsSales, String(analysis.rows.sales)],
      [t.rowsDebts, String(analysis.rows.debts)],
      [t.rowsCustomers, String(analysis.rows.customers)],
      [t.rowsAfterReference, String(analysis.rows.afterReference)],
      [t.rowsSkipped, String(analysis.issues.length)],
      [t.customers, String(analysis.customers.length)],
    ],
  };
}

function typeTable(analysis: Analysis): Table {
  const t = msg().summary;
  const h = msg().summaryColumns;
  const types = summariseTypes(analysis);
  const customers = analysis.customers.length;
  const sales = types.reduce((sum, x) => sum + x.sales, 0);
  return {
    title: t.typeTitle,
    columns: [
      col(h.type, 'text'),
      col(h.description, 'text'),
      col(h.customers, 'count'),
      col(h.customerShare, 'ratio'),
      col(h.sales, 'rupiah'),
      col(h.salesShare, 'ratio'),
      col(h.openDebt, 'rupiah'),
      col(h.action, 'text'),
    ],
    rows: types.map((x) => [
      x.type,
      typeLabel(x.type),
      x.customers,
      customers ? x.customers / customers : 0,
      x.sales,
      sales ? x.sales / sales : 0,
      x.outstanding,
      typeAction(x.type),
    ]),
    chart: { type: 'pie', title: t.typeChart, series: [2] },
  };
}

const RETENTION_KINDS: ColumnKind[] = [
  'text',
  'count',
  'count',
  'count',
  'count',
  'ratio',
  'rupiah',
  'rupiah',
];

/** The monthly retention table with the shares of sales from new and existing customers. */
export function retentionReport(monthly: readonly RetentionRow[]): Table {
  const t = msg().summary;
  return {
    title: t.retentionTitle,
    columns: [
      ...RETENTION_HEADER.map((header, i) => col(header, RETENTION_KINDS[i])),
      col(msg().summaryColumns.newSalesShare, 'ratio'),
      col(msg().summaryColumns.existingSalesShare, 'ratio'),
    ],
    rows: monthly.map((r) => [...(retentionRowCells(r) as TableCell[]), ...salesShares(r)]),
    chart: { type: 'line', title: t.retentionChart, series: [5] },
  };
}

/** Shares of the period's sales from new and existing customers; "awal data" in the first period. */
function salesShares(r: RetentionRow): TableCell[] {
  if (r.firstPeriod) return [msg().retention.firstPeriod, msg().retention.firstPeriod];
  const total = r.salesNew + r.salesExisting;
  return total > 0 ? [r.salesNew / total, r.salesExisting / total] : [null, null];
}

function skippedTable(analysis: Analysis): Table {
  const t = msg().summary;
  const listed = analysis.issues.slice(0, MAX_LISTED_ISSUES);
  return {
    title:
      analysis.issues.length > listed.length
        ? t.skippedSome(analysis.issues.length, listed.length)
        : t.skippedAll(analysis.issues.length),
    columns: [
      col(msg().summaryColumns.sheet, 'text'),
      col(msg().summaryColumns.row, 'count'),
      col(msg().summaryColumns.column, 'text'),
      col(msg().summaryColumns.reason, 'text'),
    ],
    rows: listed.map((i) => [i.sheet, i.row, i.column, i.reason]),
  };
}

function matrixTable(analysis: Analysis): Table {
  return {
    title: msg().summary.matrixTitle,
    columns: [
      col(msg().summaryColumns.matrix, 'text'),
      col(msg().summaryColumns.customers, 'count'),
      col(msg().summaryColumns.sales, 'rupiah'),
      col(msg().summaryColumns.action, 'text'),
    ],
    rows: PLACEMENTS.map((p) => {
      const list = analysis.customers.filter((c) => c.matrix.quadrant === p);
      return [p, list.length, totalSpend(list), matrixAction(p)];
    }),
  };
}

function totalSpend(list: readonly CustomerResult[]): number {
  return list.reduce((sum, c) => sum + c.measures.totalSpend, 0);
}

function ladderTable(analysis: Analysis): Table {
  const rungCount = (r: Rung) =>
    analysis.customers.filter((c) => c.ladder.rung === r).length +
    analysis.prospects.filter((p) => p.ladder.rung === r).length;
  return {
    title: msg().summary.ladderTitle,
    columns: [col(msg().summaryColumns.rung, 'text'), col(msg().summaryColumns.people, 'count')],
    rows: RUNGS.map((r) => [r, rungCount(r)]),
  };
}

function statusTable(analysis: Analysis): Table {
  const repeat = repeatPurchaseRate(analysis.customers.map((c) => c.measures));
  return {
    title: msg().summary.statusTitle(repeat === null ? '-' : percent(repeat)),
    columns: [col(msg().summaryColumns.status, 'text'), col(msg().summaryColumns.customers, 'count')],
    rows: (['Aktif', 'Tidur', 'Hilang'] as const).map((st) => [
      st,
      analysis.customers.filter((c) => c.status.status === st).length,
    ]),
  };
}

function rfmTable(analysis: Analysis): Table {
  const segments = RFM_SEGMENTS;
  return {
    title: msg().summary.rfmTitle,
    columns: [
      col(msg().summaryColumns.rfmSegment, 'text'),
      col(msg().summaryColumns.customers, 'count'),
      col(msg().summaryColumns.sales, 'rupiah'),
      col(msg().summaryColumns.action, 'text'),
    ],
    rows: segments.map((seg) => {
      const list = analysis.customers.filter((c) => c.rfm?.segment === seg);
      return [seg, list.length, totalSpend(list), rfmAction(seg)];
    }),
  };
}

function duplicatesTable(analysis: Analysis): Table {
  const people = [
    ...analysis.customers.map((c) => ({ name: c.measures.name, phone: c.measures.phone })),
    ...analysis.prospects.map((p) => ({ name: p.name, phone: p.phone })),
  ];
  return {
    title: msg().summary.duplicatesTitle,
    columns: [
      col(msg().summaryColumns.name1, 'text'),
      col(msg().summaryColumns.name2, 'text'),
      col(msg().summaryColumns.reason, 'text'),
    ],
    rows: findDuplicates(people).map((d) => [d.a, d.b, d.reason]),
  };
}

/** White (0) to green (1) for a share, as a hex colour; '' for a cell without a value. */
export function heatColour(value: TableCell): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const t = Math.max(0, Math.min(1, value));
  const mix = (from: number, to: number) =>
    Math.round(from + (to - from) * t)
      .toString(16)
      .padStart(2, '0');
  return `#${mix(0xff, 0x57)}${mix(0xff, 0xbb)}${mix(0xff, 0x8a)}`;
}
