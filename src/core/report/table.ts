/** A table the writers put into a sheet or a CSV file: its columns, raw cells and drawing hints. */
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
