/**
 * A sale as the sales sheet's readers give it (salesRows, salesParts): the record, the codes of
 * its cells, and what the sheet's end reports.
 */
import type { Day } from './dates';
import { paidState } from './paidWords';
import type { ReadContext, ReadResult, SheetInput } from './sheet';
import { isBlank, words } from './text';
import { closeSheet, UnknownWords, type UnknownWord } from './unknownWords';
import { msg } from '../i18n';

export interface SaleRecord {
  row: number;
  day: Day;
  name: string;
  /** Customer identity key; "tel:<digits>" until a name is known for a nameless row. */
  key: string;
  amount: number;
  invoice: string;
  credit: boolean;
  /** A credit sale the row itself says was repaid ("Kasbon (sudah lunas)"): credit use, no open debt. */
  creditPaid?: boolean;
  /** A repayment of the customer's debts ("Bayar Hutang", "Cicilan"): no sale; `amount` is what was paid. */
  repayment?: boolean;
  discount: boolean;
  phone: string;
  /** The sheet of the row, where the sales are kept over several sheets (DOMAIN 1). */
  sheet?: string;
}

const NO_WORDS = new Set(['0', 'tidak', 'tdk', 'no', 'nggak', 'ga', 'gak', 'bukan', 'none', 'false']);

/** Whether a payment cell means a sale on credit, repaid or not (DOMAIN 1). */
export function isCreditPayment(value: unknown, header: unknown = ''): boolean {
  const state = paidState(value, header);
  return state === 'unpaid' || state === 'creditPaid' || state === 'partial';
}

export function isDiscount(value: unknown): boolean {
  if (isBlank(value)) return false;
  if (typeof value === 'number') return value !== 0;
  const w = words(value);
  return w.length > 0 && !(w.length === 1 && NO_WORDS.has(w[0])) && String(value).trim() !== '-';
}

/** The sales sheet's rows read, with the unknown words its end reports (closeSalesSheet). */
export interface SalesRead extends ReadResult<SaleRecord> {
  unknownWords: UnknownWord[];
  /** Rows without a date that took the date of the row above (DOMAIN 1): counted, first rows kept. */
  datesCarried?: CountedRows;
  /** Repayment rows found among the sales (DOMAIN 1): counted, first rows kept. */
  repayments?: CountedRows;
}

/** A guess the reader made, counted, with its first rows as examples for the owner. */
export interface CountedRows {
  count: number;
  rows: number[];
}

/** Examples kept of each counted guess. */
const EXAMPLES = 5;

export function countRow(counted: CountedRows, row: number): void {
  counted.count++;
  if (counted.rows.length < EXAMPLES) counted.rows.push(row);
}

/** The counts of the parts of one sheet, in sheet order, as one. */
function mergedCounts(parts: readonly (CountedRows | undefined)[]): CountedRows {
  const all: CountedRows = { count: 0, rows: [] };
  for (const p of parts) {
    if (!p) continue;
    all.count += p.count;
    all.rows.push(...p.rows.slice(0, EXAMPLES - all.rows.length));
  }
  return all;
}

/** Receives each readable sales row; `sale` is one object reused for every row, so keep a copy. */
export type SaleSink = (sale: Readonly<SaleRecord>, codes: Readonly<SaleCodes>) => void;

/**
 * The codes of a sale's name, invoice and phone cells in the sheet read (-1 where not coded): the
 * same code is the same text, so a sink may number texts by code instead of hashing each.
 */
export interface SaleCodes {
  name: number;
  invoice: number;
  /**
   * The invoice's id where the sheet's coder numbers invoices itself (CodedRows.byteIds; -1 for a
   * row without one): the sale's `invoice` text is then left empty. NOT_NUMBERED elsewhere.
   */
  invoiceId: number;
  phone: number;
}

/** SaleCodes.invoiceId of a read that numbers invoices by their text. */
export const NOT_NUMBERED = -2;

/** A sale to keep: the sink's reused record copied, `creditPaid` only where true. */
export function copySale(s: Readonly<SaleRecord>): SaleRecord {
  return {
    row: s.row,
    day: s.day,
    name: s.name,
    key: s.key,
    amount: s.amount,
    invoice: s.invoice,
    credit: s.credit,
    ...(s.creditPaid ? { creditPaid: true } : {}),
    ...(s.repayment ? { repayment: true } : {}),
    discount: s.discount,
    phone: s.phone,
  };
}

export function blankSale(): SaleRecord {
  return {
    row: 0,
    day: 0 as Day,
    name: '',
    key: '',
    amount: 0,
    invoice: '',
    credit: false,
    repayment: false,
    discount: false,
    phone: '',
  };
}

/**
 * Reports what the sales sheet's rows left for its end: unknown payment words, cancelled rows,
 * and the guesses counted (dates carried down, repayments found), each with its first rows.
 */
export function closeSalesSheet(ctx: ReadContext, sheet: SheetInput, parts: readonly SalesRead[]): void {
  const cancelled = parts.reduce((n, p) => n + (p.cancelled ?? 0), 0);
  closeSheet(ctx, sheet, UnknownWords.merged(parts.map((p) => p.unknownWords)), cancelled);
  const carried = mergedCounts(parts.map((p) => p.datesCarried));
  if (carried.count > 0) ctx.notes?.push(msg().notes.datesCarried(sheet.name, carried.count, carried.rows));
  const repaid = mergedCounts(parts.map((p) => p.repayments));
  if (repaid.count > 0) ctx.notes?.push(msg().notes.repaymentsFound(sheet.name, repaid.count, repaid.rows));
}
