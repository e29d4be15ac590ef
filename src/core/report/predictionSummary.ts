/**
 * The model behind Peluang Aktif and Prediksi Beli, as the owner and the command line see it:
 * the Ringkasan block, one line of the text summary, and the rows of model.csv.
 */
import type { Analysis } from '../analysis';
import { msg } from '../i18n';
import { predictionFor } from '../models/prediction';
import { number, significant } from './format';
import { labelValueTable, type Table, type TableCell } from './table';
import { valueModelRows } from './valueSummary';

/** Ringkasan block: expected purchases of the next period, or why there are none. */
export function predictionTable(analysis: Analysis): Table {
  const p = predictionFor(analysis);
  const words = msg().prediction;
  const rows: TableCell[][] = [
    [words.expectedTotal(p.horizonDays), p.expectedTotal === null ? null : number(p.expectedTotal)],
    [words.customers, number(p.customers)],
    [words.repeaters, number(p.repeaters)],
  ];
  if (p.message !== null) rows.push([words.note, p.message]);
  if (p.fit) {
    const { r, alpha, a, b } = p.fit.params;
    rows.push(
      [words.parameter('r'), significant(r)],
      [words.alphaPerDay, significant(alpha)],
      [words.parameter('a'), significant(a)],
      [words.parameter('b'), significant(b)],
      [words.logLikelihood, number(p.fit.logLikelihood)],
    );
  }
  return labelValueTable(words.title, rows);
}

/** One line for the text summary: the expected purchases, or the reason there are none. */
export function predictionLine(analysis: Analysis): string {
  const p = predictionFor(analysis);
  if (p.expectedTotal === null) return p.message ?? '';
  return msg().prediction.summaryLine(p.horizonDays, number(p.expectedTotal));
}

/**
 * model.csv: parameter,nilai with r, alpha (per day), a, b, log_likelihood, pelanggan, then the
 * spend model's p, q, v and korelasi; blank without a fit.
 */
export function modelCsvRows(analysis: Analysis): (string | number)[][] {
  const p = predictionFor(analysis);
  const value = (v: number | undefined) => (v === undefined ? '' : Number(v.toPrecision(8)));
  return [
    ['parameter', 'nilai'],
    ['r', value(p.fit?.params.r)],
    ['alpha', value(p.fit?.params.alpha)],
    ['a', value(p.fit?.params.a)],
    ['b', value(p.fit?.params.b)],
    ['log_likelihood', value(p.fit?.logLikelihood)],
    ['pelanggan', p.customers],
    ...valueModelRows(analysis),
  ];
}
