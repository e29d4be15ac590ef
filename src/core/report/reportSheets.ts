/**
 * The two sheets the menu writes, as plain tables: "Segmentasi Pelanggan" (one row per customer)
 * and "Ringkasan Segmentasi" (blocks of summary tables). Values stay raw (Day numbers, ratios);
 * each column says its kind so the writer picks the Indonesian number format.
 */
import { CUSTOMER_COLUMNS, type ColumnKind } from './customerTable';
import { TYPE_ACTIONS, TYPE_LABELS } from '../models/customerType';
import { indonesianDate, type Day } from '../read/dates';
import type { Analysis } from '../engine';
import { RETENTION_HEADER, retentionRowCells } from '../formulas';
import type { RetentionRow } from '../models/retention';
import { summariseTypes } from './summary';
import { predictionTable } from './predictionSummary';
import { cohortGrid, cohortTable, repeatPurchaseRate } from '../models/cohorts';
import { findDuplicates } from '../models/duplicates';
import { percent } from './format';
import { RUNGS, type Rung } from '../models/ladder';
import { QUADRANT_ACTIONS, QUADRANTS } from '../models/matrix';
import { RFM_ACTIONS, type RfmSegment } from '../models/rfm';

export type TableCell = string | number | null;

export interface Table {
  title?: string;
  columns: { header: string; kind: ColumnKind }[];
  rows: TableCell[][];
  /** A chart the writer draws from this table: first column as labels, `series` as values. */
  chart?: { type: 'pie' | 'line'; title: string; series: number[] };
  /** Colour the ratio cells from this column on as a heat map (white to green). */
  heatFromColumn?: number;
}

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
  const cells = cohortGrid(cohortTable(analysis.events, analysis.referenceDay));
  return {
    title: 'Kohort bulan pertama beli: bagian yang belanja di bulan ke-n (cohort retention)',
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

const HOW: Record<string, string> = {
  pilihan: 'pilihan di pengaturan',
  nama: 'dari nama sheet',
  judul: 'dari judul kolom',
};

/** Most skipped rows listed on the sheet; the count above the list is always complete. */
export const MAX_LISTED_ISSUES = 2000;

export function summaryTables(analysis: Analysis, monthly: RetentionRow[], run: RunInfo): Table[] {
  const types = summariseTypes(analysis);
  const customers = analysis.customers.length;
  const repeat = repeatPurchaseRate(analysis.customers.map((c) => c.measures));
  const sales = types.reduce((s, t) => s + t.sales, 0);
  const info: Table = {
    title: 'Ringkasan Segmentasi Pelanggan',
    columns: [
      { header: 'Keterangan', kind: 'text' },
      { header: 'Nilai', kind: 'text' },
    ],
    rows: [
      ['Dijalankan (run at)', run.startedAt],
      ['Lama proses (duration)', `${run.seconds.toFixed(1).replace('.', ',')} detik`],
      ['Tanggal acuan (reference date)', indonesianDate(analysis.referenceDay)],
      ['Jendela analisis sejak (window from)', indonesianDate(analysis.windowStart)],
      ...run.sheets.map((s): TableCell[] => [
        `Sheet ${s.label}`,
        s.name ? `${s.name} (${HOW[s.how ?? ''] ?? s.how})` : 'tidak ada',
      ]),
      ['Baris penjualan dibaca', String(analysis.rows.sales)],
      ['Baris hutang dibaca', String(analysis.rows.debts)],
      ['Baris pelanggan dibaca', String(analysis.rows.customers)],
      ['Baris setelah tanggal acuan (diabaikan)', String(analysis.rows.afterReference)],
      ['Baris dilewati (skipped)', String(analysis.issues.length)],
      ['Pelanggan dianalisis', String(customers)],
    ],
  };
  const byType: Table = {
    title: 'Per tipe pelanggan (per customer type)',
    columns: [
      { header: 'Tipe', kind: 'text' },
      { header: 'Keterangan', kind: 'text' },
      { header: 'Pelanggan', kind: 'count' },
      { header: 'Porsi Pelanggan', kind: 'ratio' },
      { header: 'Penjualan', kind: 'rupiah' },
      { header: 'Porsi Penjualan', kind: 'ratio' },
      { header: 'Sisa Hutang', kind: 'rupiah' },
      { header: 'Tindakan', kind: 'text' },
    ],
    rows: types.map((t) => [
      t.type,
      TYPE_LABELS[t.type],
      t.customers,
      customers ? t.customers / customers : 0,
      t.sales,
      sales ? t.sales / sales : 0,
      t.outstanding,
      TYPE_ACTIONS[t.type],
    ]),
    chart: { type: 'pie', title: 'Sebaran tipe pelanggan (customers per type)', series: [2] },
  };
  const retentionColumns: ColumnKind[] = [
    'text',
    'count',
    'count',
    'count',
    'count',
    'ratio',
    'rupiah',
    'rupiah',
  ];
  const retention: Table = {
    title: 'Retensi bulanan dan porsi omzet pelanggan baru (monthly retention, new vs existing sales)',
    columns: [
      ...RETENTION_HEADER.map((header, i) => ({ header, kind: retentionColumns[i] })),
      { header: 'Porsi Omzet Baru', kind: 'ratio' },
      { header: 'Porsi Omzet Lama', kind: 'ratio' },
    ],
    rows: monthly.map((r) => {
      const total = r.salesNew + r.salesExisting;
      // The formula's row (a rate not yet known is ''), then the shares of sales.
      return [
        ...(retentionRowCells(r) as TableCell[]),
        total > 0 ? r.salesNew / total : null,
        total > 0 ? r.salesExisting / total : null,
      ];
    }),
    chart: { type: 'line', title: 'Retention rate per bulan', series: [5] },
  };
  const listed = analysis.issues.slice(0, MAX_LISTED_ISSUES);
  const skipped: Table = {
    title:
      analysis.issues.length > listed.length
        ? `Baris dilewati: ${analysis.issues.length}, ${listed.length} pertama ditampilkan (skipped rows)`
        : `Baris dilewati: ${analysis.issues.length} (skipped rows)`,
    columns: [
      { header: 'Sheet', kind: 'text' },
      { header: 'Baris', kind: 'count' },
      { header: 'Kolom', kind: 'text' },
      { header: 'Alasan', kind: 'text' },
    ],
    rows: listed.map((i) => [i.sheet, i.row, i.column, i.reason]),
  };
  const byQuadrant = QUADRANTS.map((q) => analysis.customers.filter((c) => c.matrix.quadrant === q));
  const matrix: Table = {
    title: 'Matriks hubungan (relationship matrix)',
    columns: [
      { header: 'Matriks', kind: 'text' },
      { header: 'Pelanggan', kind: 'count' },
      { header: 'Penjualan', kind: 'rupiah' },
      { header: 'Tindakan', kind: 'text' },
    ],
    rows: QUADRANTS.map((q, i) => [
      q,
      byQuadrant[i].length,
      byQuadrant[i].reduce((sum, c) => sum + c.measures.totalSpend, 0),
      QUADRANT_ACTIONS[q],
    ]),
  };
  const rungCount = (r: Rung) =>
    analysis.customers.filter((c) => c.ladder.rung === r).length +
    analysis.prospects.filter((p) => p.ladder.rung === r).length;
  const ladder: Table = {
    title: 'Tangga pelanggan (customer ladder), dari bawah ke atas',
    columns: [
      { header: 'Tahap', kind: 'text' },
      { header: 'Orang', kind: 'count' },
    ],
    rows: RUNGS.map((r) => [r, rungCount(r)]),
  };
  const status: Table = {
    title: `Status pelanggan; repeat purchase rate ${repeat === null ? '-' : percent(repeat)}`,
    columns: [
      { header: 'Status', kind: 'text' },
      { header: 'Pelanggan', kind: 'count' },
    ],
    rows: (['Aktif', 'Tidur', 'Hilang'] as const).map((st) => [
      st,
      analysis.customers.filter((c) => c.status.status === st).length,
    ]),
  };
  const segments = Object.keys(RFM_ACTIONS) as RfmSegment[];
  const rfm: Table = {
    title: 'Segmen RFM (recency, frequency, monetary)',
    columns: [
      { header: 'Segmen RFM', kind: 'text' },
      { header: 'Pelanggan', kind: 'count' },
      { header: 'Penjualan', kind: 'rupiah' },
      { header: 'Tindakan', kind: 'text' },
    ],
    rows: segments.map((seg) => {
      const list = analysis.customers.filter((c) => c.rfm?.segment === seg);
      return [seg, list.length, list.reduce((sum, c) => sum + c.measures.totalSpend, 0), RFM_ACTIONS[seg]];
    }),
  };
  const cohort = cohortReport(analysis);
  const people = [
    ...analysis.customers.map((c) => ({ name: c.measures.name, phone: c.measures.phone })),
    ...analysis.prospects.map((p) => ({ name: p.name, phone: p.phone })),
  ];
  const duplicates: Table = {
    title: 'Mungkin pelanggan yang sama: periksa, lalu samakan namanya di sheet Anda (possible duplicates)',
    columns: [
      { header: 'Nama 1', kind: 'text' },
      { header: 'Nama 2', kind: 'text' },
      { header: 'Alasan', kind: 'text' },
    ],
    rows: findDuplicates(people).map((d) => [d.a, d.b, d.reason]),
  };
  return [
    info,
    byType,
    matrix,
    ladder,
    status,
    predictionTable(analysis),
    rfm,
    retention,
    cohort,
    duplicates,
    skipped,
  ];
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
