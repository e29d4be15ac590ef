/** Each customer's debts, from the debt sheet and the credit sales. */
import type { Analysis } from '../analysis';
import { REPAYMENT } from '../read/columns';
import { SALES_FIELDS } from '../read/schema';
import { ownerHeader } from '../read/sheet';
import {
  buildDebts,
  type Repayment,
  creditOccasionsOf,
  uncheckedCredits,
  type Debt,
  type UncheckedCredit,
} from '../measure/debts';
import type { ReadContext } from '../read/sheet';
import type { Book } from './book';

export function debtsByCustomer(book: Book, ctx: ReadContext, tempoHari: number): Map<string, Debt[]> {
  return buildDebts({
    sales: creditOccasionsOf(book.salesColumns),
    debts: book.debtRecords,
    tempoHari,
    debtSheetName: book.debtSheetName,
    issues: ctx.issues,
    header: book.sheets.debts?.header,
    repayments: salesRepayments(book),
  });
}

/** The repayments written among the sales ("Bayar Hutang", "Cicilan"), with where each was written. */
function salesRepayments(book: Book): Repayment[] {
  const c = book.salesColumns;
  const header = book.sheets.sales.header;
  const column = ownerHeader(header, header.columns.total, SALES_FIELDS.total.label);
  const list: Repayment[] = [];
  for (let i = 0; i < c.length; i++) {
    if (!(c.flags[i] & REPAYMENT)) continue;
    const name = c.name[i] < 0 ? '' : c.names[c.name[i]];
    const sheet = book.salesSheetOf(i);
    list.push({
      key: c.keys[c.customer[i]],
      name,
      day: c.day[i],
      amount: c.amount[i],
      sheet,
      row: c.row[i],
      column,
    });
  }
  return list;
}

/**
 * The unchecked credit sales are listed when first read, once: a shop selling on credit without a
 * debt sheet has one per credit sale (tens of thousands), and the command line's quiet run and
 * the formulas never read them. The debts are final by then: nothing changes them after buildDebts.
 */
export function withUncheckedCredit(analysis: Analysis, debtsByKey: Map<string, Debt[]>): void {
  let list: UncheckedCredit[] | undefined;
  Object.defineProperty(analysis, 'uncheckedCredit', {
    get: () => (list ??= uncheckedCredits(debtsByKey)),
    enumerable: true,
    configurable: true,
  });
}
