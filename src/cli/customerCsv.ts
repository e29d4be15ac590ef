/**
 * pelanggan.csv, one line per customer made as it is written: the whole table (tens of thousands
 * of customers x 40 cells) is never held. Each column's cell writer is chosen once from its kind,
 * and a line is built straight from the values, with no row array in between.
 */
import type { Analysis, CustomerResult } from '../core/engine';
import { CUSTOMER_COLUMNS, type ColumnKind, type TableColumn } from '../core/report/customerTable';
import { isoDate } from '../core/read/dates';
import { csvText } from './csv';

/** Money to two decimals at most (whole rupiah stay whole), shares to four. */
export const roundMoney = (v: number) => Math.round(v * 100) / 100;
export const roundShare = (v: number) => Math.round(v * 10000) / 10000;

/** A number of this kind as CSV writes it: dates as ISO, shares and money rounded. */
export function numberCell(kind: ColumnKind): (v: number) => string | number {
  if (kind === 'date') return isoDate;
  if (kind === 'ratio') return roundShare;
  return roundMoney;
}

type CellWriter = (c: CustomerResult, analysis: Analysis) => string;

/** A column's cell as CSV text: gaps empty, numbers by kind, texts quoted when they must be. */
function cellWriter(column: TableColumn): CellWriter {
  const number = numberCell(column.kind);
  // An ISO date or a number's text never holds a quote, comma or line break.
  const numberText = (v: number) => String(number(v));
  let lastText = '';
  let lastCsv = '';
  return (c, analysis) => {
    const v = column.value(c, analysis);
    if (v === null) return '';
    if (typeof v === 'number') return numberText(v);
    // Neighbouring customers often share a text (a type's action, a rung): quoted once for them.
    if (v !== lastText) {
      lastText = v;
      lastCsv = csvText(v);
    }
    return lastCsv;
  };
}

/** The header line, then one line per customer. */
export function* customerCsvLines(analysis: Analysis): Generator<string> {
  yield CUSTOMER_COLUMNS.map((c) => csvText(c.header)).join(',') + '\n';
  const writers = CUSTOMER_COLUMNS.map(cellWriter);
  const last = writers.length - 1;
  for (const c of analysis.customers) {
    let line = '';
    for (let i = 0; i < last; i++) line += writers[i](c, analysis) + ',';
    yield line + writers[last](c, analysis) + '\n';
  }
}
