/**
 * The models behind Belanja per Kunjungan Mendatang and Nilai Pelanggan as the owner and the
 * command line see them (DOMAIN 9b): the Ringkasan block with the value per type, one line of
 * the text summary, the panel's totals and the rows of model.csv.
 */
import type { Analysis } from '../analysis';
import { msg } from '../i18n';
import type { CustomerType } from '../models/customerType';
import { populationMeanSpend } from '../models/gammaGamma';
import { worthFor } from '../models/valuePrediction';
import { number, rupiah, significant } from './format';
import { labelValueTable, type Table, type TableCell } from './table';

const TYPES: readonly CustomerType[] = ['A', 'B', 'C', 'D'];

export interface ValueTotals {
  months: number;
  /** Nilai Pelanggan of every customer, whole rupiah. */
  total: number;
  byType: { type: CustomerType; value: number }[];
}

/** The value of all customers and per type; null when there is no value (see valueMessage). */
export function valueTotals(analysis: Analysis): ValueTotals | null {
  const w = worthFor(analysis);
  if (w.valueMessage !== null) return null;
  const byType = TYPES.map((type) => ({ type, value: 0 }));
  for (const c of analysis.customers) {
    const value = w.byKey.get(c.measures.key)?.value;
    if (value !== null && value !== undefined) byType[TYPES.indexOf(c.type)].value += value;
  }
  for (const t of byType) t.value = Math.round(t.value);
  return { months: w.months, total: byType.reduce((s, t) => s + t.value, 0), byType };
}

/** Ringkasan block: the value of all customers and per type, or why there is none; the fit. */
export function valueTable(analysis: Analysis): Table {
  const w = worthFor(analysis);
  const words = msg().value;
  const totals = valueTotals(analysis);
  const rows: TableCell[][] = [[words.totalValue(w.months), totals ? rupiah(totals.total) : null]];
  if (totals)
    for (const t of totals.byType) rows.push([words.valueOfType(t.type, w.months), rupiah(t.value)]);
  rows.push([words.repeaters, number(w.repeaters)]);
  if (w.valueMessage !== null) rows.push([msg().prediction.note, w.valueMessage]);
  if (w.fit) {
    const { p, q, v } = w.fit.params;
    rows.push(
      [words.shopSpend, rupiah(Math.round(populationMeanSpend(w.fit.params)))],
      [msg().prediction.parameter('p'), significant(p)],
      [msg().prediction.parameter('q'), significant(q)],
      [msg().prediction.parameter('v'), significant(v)],
    );
  }
  if (w.correlation !== null)
    rows.push(
      [words.correlation, significant(w.correlation)],
      [msg().prediction.note, words.correlationNote],
    );
  return labelValueTable(words.title, rows);
}

/** One line for the text summary: the value of all customers, or the reason there is none. */
export function valueLine(analysis: Analysis): string {
  const totals = valueTotals(analysis);
  if (!totals) return worthFor(analysis).valueMessage ?? '';
  return msg().value.summaryLine(totals.months, rupiah(totals.total));
}

/**
 * model.csv's rows for the spend model: p, q, v (in the sheet's money), blank without a fit, and
 * the correlation of repeat occasions and spend, given whenever there are repeat customers.
 */
export function valueModelRows(analysis: Analysis): (string | number)[][] {
  const { fit, correlation } = worthFor(analysis);
  const value = (v: number | null | undefined) =>
    v === undefined || v === null ? '' : Number(v.toPrecision(8));
  return [
    ['p', value(fit?.params.p)],
    ['q', value(fit?.params.q)],
    ['v', value(fit?.params.v)],
    ['korelasi', value(correlation)],
  ];
}
