/** Each customer's debts, from the debt sheet and the credit sales. */
import type { Analysis } from '../analysis';
import {
  buildDebts,
  creditOccasionsOf,
  uncheckedCredits,
  type Debt,
  type UncheckedCredit,
} from '../measure/debts';
import type { ReadContext } from '../read/sheet';
import type { Book } from './readBook';

export function debtsByCustomer(book: Book, ctx: ReadContext, tempoHari: number): Map<string, Debt[]> {
  return buildDebts({
    sales: creditOccasionsOf(book.salesColumns),
    debts: book.debtRecords,
    tempoHari,
    debtSheetName: book.debtSheetName,
    issues: ctx.issues,
    header: book.sheets.debts?.header,
  });
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
