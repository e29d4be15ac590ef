/** A table the writers put into a sheet or a CSV file: its columns, raw cells and drawing hints. */
import { msg } from '../i18n';
import type { ColumnKind } from './customerTable';

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

/** A Ringkasan block of label and value rows, under the summary's two headers. */
export function labelValueTable(title: string, rows: TableCell[][]): Table {
  return {
    title,
    columns: [
      { header: msg().summary.label, kind: 'text' },
      { header: msg().summary.value, kind: 'text' },
    ],
    rows,
  };
}
