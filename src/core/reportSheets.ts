/**
 * The two sheets the menu writes, as plain tables: "Segmentasi Pelanggan" (one row per customer)
 * and "Ringkasan Segmentasi" (blocks of summary tables). Values stay raw (Day numbers, ratios);
 * each column says its kind so the writer picks the Indonesian number format.
 */
import { CUSTOMER_COLUMNS, type ColumnKind } from './customerTable';
import { TYPE_ACTIONS, TYPE_LABELS } from './customerType';
import { indonesianDate, type Day } from './dates';
import type { Analysis } from './engine';
import { RETENTION_HEADER, retentionRowCells } from './formulas';
import type { RetentionRow } from './retention';
import { summariseTypes } from './summary';

export type TableCell = string | number | null;

export interface Table {
  title?: string;
  columns: { header: string; kind: ColumnKind }[];
  rows: TableCell[][];
  /** A chart the writer draws from this table: first column as labels, `series` as values. */
  chart?: { type: 'pie' | 'line'; title: string; series: number[] };
}

/** Days since 1899-12-30: the date serial of Sheets, independent of any time zone. */
export function sheetSerial(day: Day): number {
  return day + 25569;
}

export function customerTable(analysis: Analysis): Table {
  return {
    columns: CUSTOMER_COLUMNS.map(({ header, kind }) => ({ header, kind })),
    rows: analysis.customers.map((c) => CUSTOMER_COLUMNS.map((col) => col.value(c))),
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
  return [info, byType, retention, skipped];
}
