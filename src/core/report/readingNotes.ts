/**
 * The reading's own blocks for the Ringkasan sheet (DOMAIN 1): the run's notes, and the credit
 * sales with no repayment record ("Perlu dicek: kredit tanpa catatan pelunasan").
 */
import type { Analysis } from '../analysis';
import { msg } from '../i18n';
import { dateText, number, rupiah } from './format';
import type { Table } from './table';

/**
 * Always the same two blocks of text cells (empty when there is nothing to say), so the menu's
 * sheet calls stay the same whatever the data.
 */
export function readingTables(analysis: Analysis): Table[] {
  const h = msg().summaryColumns;
  const notes: Table = {
    title: h.notes,
    columns: [{ header: h.notes, kind: 'text' }],
    rows: analysis.notes.map((n) => [n]),
  };
  const unchecked: Table = {
    title: msg().notes.uncheckedCreditTitle,
    columns: [
      { header: h.customers, kind: 'text' },
      { header: h.date, kind: 'text' },
      { header: h.remaining, kind: 'text' },
      { header: h.salesRow, kind: 'text' },
    ],
    rows: analysis.uncheckedCredit.map((u) => [
      analysis.byKey.get(u.key)?.measures.name ?? u.key,
      dateText(u.day),
      rupiah(u.amount),
      number(u.row),
    ]),
  };
  return [notes, unchecked];
}
