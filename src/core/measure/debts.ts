/**
 * One list of debts per customer from both debt layouts and the sales sheet's credit sales
 * (DOMAIN 1): a credit sale with a debt row of the same customer and day is that debt; one
 * without is an open debt due `tempoHari` days later; ledger payments settle the oldest debt first.
 */
import { smallInteger } from './smallInteger';
import type { Day } from '../read/dates';
import type { RowIssue } from '../messages';
import { msg } from '../i18n';
import type { DebtRecord } from '../read/debtRows';
import type { SaleRecord } from '../read/saleRecord';
import { CREDIT, CREDIT_PAID, type SalesColumns } from '../read/columns';
import { invoiceCount } from '../read/invoiceNumbers';
import { DEBT_FIELDS } from '../read/schema';
import type { HeaderMatch } from '../read/headers';

export interface Debt {
  key: string;
  day: Day;
  amount: number;
  due: Day;
  paid: number;
  /** Day the debt was fully repaid, when known. */
  settledDay: Day | null;
  source: 'hutang' | 'penjualan';
  row: number;
}

export interface DebtInputs {
  /** The credit sales as records, or their occasions already gathered (creditOccasionsOf). */
  sales: readonly SaleRecord[] | CreditOccasions;
  debts: readonly DebtRecord[];
  tempoHari: number;
  debtSheetName: string;
  issues: RowIssue[];
  /** The debt sheet's header, so messages name the owner's own columns. */
  header?: HeaderMatch | null;
  /** Repayments written in the sales sheet ("Bayar Hutang", "Cicilan"): paid like ledger payments. */
  repayments?: readonly Repayment[];
}

/** A payment of a customer's debts, from the debt ledger or the sales sheet, and where it was written. */
export interface Repayment {
  key: string;
  name: string;
  day: Day;
  amount: number;
  sheet: string;
  row: number;
  /** The owner's header of the amount it was written in, for the message when it pays too much. */
  column: string;
}

/** The owner's header of a debt field, or our label when the sheet is not at hand. */
function ownerColumn(header: HeaderMatch | null | undefined, field: 'jumlah' | 'dibayar'): string {
  const col = header?.columns[field];
  return (col === undefined ? '' : header?.columnHeaders[col]) || DEBT_FIELDS[field].label;
}

export function buildDebts({
  sales,
  debts,
  tempoHari,
  debtSheetName,
  issues,
  header,
  repayments = [],
}: DebtInputs): Map<string, Debt[]> {
  const byCustomer = new Map<string, Debt[]>();
  const add = (d: Debt) => {
    const list = byCustomer.get(d.key);
    if (list) list.push(d);
    else byCustomer.set(d.key, [d]);
  };
  const unmatched = new Map<string, Debt[]>();
  for (const r of debts) {
    if (r.kind !== 'borrow') continue;
    // Paid more than owed: the debt is settled, never negative, and the owner is told.
    if ((r.paid ?? 0) > r.amount + 0.005)
      issues.push({
        sheet: r.sheet ?? debtSheetName,
        row: r.row,
        column: ownerColumn(
          header,
          r.paid !== null && header?.columns.dibayar !== undefined ? 'dibayar' : 'jumlah',
        ),
        reason: msg().reasons.paymentWithoutDebt(r.name || r.key),
      });
    const paid = Math.min(r.amount, Math.max(0, r.paid ?? 0));
    const debt: Debt = {
      key: r.key,
      day: r.day,
      amount: r.amount,
      due: r.due ?? r.day + tempoHari,
      paid,
      settledDay: paid >= r.amount ? r.paidDay : null,
      source: 'hutang',
      row: r.row,
    };
    add(debt);
    const slot = r.key + '|' + r.day;
    const list = unmatched.get(slot);
    if (list) list.push(debt);
    else unmatched.set(slot, [debt]);
  }
  const credits = Array.isArray(sales) ? creditOccasions(sales) : (sales as CreditOccasions).list;
  for (const sale of credits) {
    // Without a debt sheet there is nothing to match: no key text per credit sale.
    const match = unmatched.size > 0 ? unmatched.get(sale.key + '|' + sale.day) : undefined;
    if (match && match.length > 0) {
      match.shift();
      continue;
    }
    // "Kasbon (sudah lunas)": credit use, already repaid, so not an open debt (no repayment day known).
    const amount = smallInteger(sale.amount);
    const paid = sale.repaid ? amount : 0;
    const { key, day, row } = sale;
    add({ key, day, amount, row, due: day + tempoHari, paid, settledDay: null, source: 'penjualan' });
  }
  for (const list of byCustomer.values()) list.sort((a, b) => a.day - b.day || a.row - b.row);
  const column = ownerColumn(header, 'jumlah');
  const ledger = debts
    .filter((r) => r.kind === 'pay')
    .map((r) => ({ ...r, sheet: r.sheet ?? debtSheetName, column }));
  applyPayments(byCustomer, [...ledger, ...repayments], issues);
  return byCustomer;
}

/** Credit sales as purchases: the item rows of one invoice (or one customer-day) are one debt. */
export interface CreditOccasion {
  key: string;
  day: Day;
  amount: number;
  row: number;
  /** Every row of the occasion says it was already repaid. */
  repaid: boolean;
}

function creditOccasions(sales: readonly SaleRecord[]): CreditOccasion[] {
  const occasions = new Map<string, CreditOccasion>();
  for (const s of sales) {
    if (!s.credit) continue;
    const id = s.key + '|' + s.day + '|' + s.invoice;
    const o = occasions.get(id);
    if (o) {
      o.amount += s.amount;
      o.repaid = o.repaid && !!s.creditPaid;
    } else
      occasions.set(id, { key: s.key, day: s.day, amount: s.amount, row: s.row, repaid: !!s.creditPaid });
  }
  return [...occasions.values()].filter((o) => o.amount > 0);
}

/** Credit occasions gathered from the sales columns (see creditOccasionsOf). */
export interface CreditOccasions {
  list: CreditOccasion[];
}

/**
 * The credit occasions of the sales columns, exactly as creditOccasions(creditSales(c)) gives them
 * (same order, same sums added in the same order), without a record or a key text per credit row:
 * an occasion is found through its invoice, or for rows without one through its customer.
 */
export function creditOccasionsOf(c: SalesColumns): CreditOccasions {
  const found = new OccasionIndex(c);
  let last = -1;
  let run: CreditOccasion | null = null;
  for (let i = 0; i < c.length; i++) {
    if (!(c.flags[i] & CREDIT)) continue;
    const paid = (c.flags[i] & CREDIT_PAID) !== 0;
    // Item rows of one occasion right after each other (as creditSales merges them) are summed first.
    if (run !== null && sameOccasion(c, i, last)) {
      run.amount += c.amount[i];
      run.repaid = run.repaid && paid;
    } else {
      if (run) found.add(run, last);
      run = { key: c.keys[c.customer[i]], day: c.day[i], amount: c.amount[i], row: c.row[i], repaid: paid };
    }
    last = i;
  }
  if (run) found.add(run, last);
  return { list: found.list.filter((o) => o.amount > 0) };
}

function sameOccasion(c: SalesColumns, i: number, j: number): boolean {
  return c.customer[i] === c.customer[j] && c.day[i] === c.day[j] && c.invoice[i] === c.invoice[j];
}

/** Occasions by (customer, day, invoice): chained per invoice, or per customer without one. */
class OccasionIndex {
  readonly list: CreditOccasion[] = [];
  private readonly customer: number[] = [];
  private readonly next: number[] = [];
  private readonly byInvoice: Int32Array;
  private readonly byCustomer: Int32Array;
  constructor(private readonly c: SalesColumns) {
    this.byInvoice = new Int32Array(invoiceCount(c.invoices)).fill(-1);
    this.byCustomer = new Int32Array(c.keys.length).fill(-1);
  }

  /** Adds a run of rows (ending at row index `i`) to its occasion, or opens the occasion. */
  add(run: CreditOccasion, i: number): void {
    const customer = this.c.customer[i];
    const invoice = this.c.invoice[i];
    const heads = invoice >= 0 ? this.byInvoice : this.byCustomer;
    const head = invoice >= 0 ? invoice : customer;
    for (let k = heads[head]; k >= 0; k = this.next[k]) {
      const o = this.list[k];
      if (this.customer[k] === customer && o.day === run.day) {
        o.amount += run.amount;
        o.repaid = o.repaid && run.repaid;
        return;
      }
    }
    this.next.push(heads[head]);
    heads[head] = this.list.length;
    this.customer.push(customer);
    this.list.push(run);
  }
}

/**
 * Payments (the ledger's pay rows, repayments in the sales sheet) settle each customer's oldest
 * open debt first (FIFO), in date order; what is paid beyond every open debt is reported.
 */
function applyPayments(byCustomer: Map<string, Debt[]>, all: readonly Repayment[], issues: RowIssue[]): void {
  const payments = [...all].sort((a, b) => a.day - b.day || a.row - b.row);
  for (const p of payments) {
    let left = p.amount;
    for (const d of byCustomer.get(p.key) ?? []) {
      if (left <= 0) break;
      if (d.day > p.day) break;
      const open = d.amount - d.paid;
      if (open <= 0) continue;
      const take = Math.min(open, left);
      d.paid += take;
      left -= take;
      if (d.paid >= d.amount) d.settledDay = p.day;
    }
    if (left > 0.005)
      issues.push({
        sheet: p.sheet,
        row: p.row,
        column: p.column,
        reason: msg().reasons.paymentWithoutDebt(p.name || p.key),
      });
  }
}

/** A debt known only from a credit sale, with no repayment record: for the owner to check. */
export interface UncheckedCredit {
  key: string;
  day: Day;
  amount: number;
  /** Row of the sales sheet. */
  row: number;
}

/**
 * Credit sales the debt sheet does not know and that do not say they were paid, still open
 * ("Perlu dicek: kredit tanpa catatan pelunasan"), oldest first.
 */
export function uncheckedCredits(byCustomer: ReadonlyMap<string, readonly Debt[]>): UncheckedCredit[] {
  const list: UncheckedCredit[] = [];
  for (const debts of byCustomer.values())
    for (const d of debts)
      if (d.source === 'penjualan' && d.amount - d.paid > 0.005)
        list.push({ key: d.key, day: d.day, amount: d.amount - d.paid, row: d.row });
  return list.sort((a, b) => a.day - b.day || a.row - b.row);
}

export type AgeBucket = 'belumJatuhTempo' | 'telat1_30' | 'telat31_60' | 'telat61_90' | 'telatLebih90';

export const AGE_BUCKETS: readonly AgeBucket[] = [
  'belumJatuhTempo',
  'telat1_30',
  'telat31_60',
  'telat61_90',
  'telatLebih90',
];

export function ageBucket(daysOverdue: number): AgeBucket {
  if (daysOverdue <= 0) return 'belumJatuhTempo';
  if (daysOverdue <= 30) return 'telat1_30';
  if (daysOverdue <= 60) return 'telat31_60';
  if (daysOverdue <= 90) return 'telat61_90';
  return 'telatLebih90';
}

/** An ageing bucket as the user reads it (their language). */
export function ageLabel(bucket: AgeBucket): string {
  return msg().ageLabels[bucket];
}
