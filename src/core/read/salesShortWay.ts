/** The short way through the sales sheet for the plain rows, nearly all of them. */
import type { DataRowTest } from './dataRows';
import type { Day } from './dates';
import type { PaidState } from './paidWords';
import { blankSale, type SaleRecord } from './saleRecord';
import { fillSale, rowState, type CodedSalesFields, type SalesFields } from './salesFields';
import { grown } from './typedArrays';

export const LONG_WAY = Symbol('long way');

/** Per code of one column, whether its cells are plain: worked out the first time the code is met. */
class PlainCodes {
  private verdicts = new Uint8Array(64);
  constructor(private readonly plain: (code: number) => boolean) {}

  is(code: number): boolean {
    if (code >= this.verdicts.length) this.verdicts = grown(this.verdicts, Math.max(code + 1, code * 2));
    let verdict = this.verdicts[code];
    if (verdict === UNKNOWN) this.verdicts[code] = verdict = this.plain(code) ? PLAIN : NOT_PLAIN;
    return verdict === PLAIN;
  }
}
const [UNKNOWN, PLAIN, NOT_PLAIN] = [0, 1, 2];

/**
 * The short way for a plain row, one that needs no second look: its name is a name (no error
 * cell, not blank, no TOTAL, so the row is no blank row either), its date a day (not TOTAL, not
 * the header again), its payment and status words known and not cancelling, its amount a
 * number. Whether a cell is plain is worked out once per code; the row then takes a few array
 * loads, and RowReader reads every other row, with its reports. Only for sheets whose name, date,
 * payment and status columns are coded and that have an amount column (not quantity x price).
 */
export class PlainRows {
  private readonly sale = blankSale();
  private readonly names: PlainCodes;
  private readonly dates: PlainCodes;
  private readonly payments: PlainCodes;
  private readonly statuses: PlainCodes;
  private readonly amounts: PlainCodes | null;
  /** Where the sheet has a note column: whether its cell says nothing of a repayment. */
  private readonly notes: PlainCodes | null;
  private readonly noteCodes: Int32Array | null;
  /** The day of the last row read the short way, after the reference date or not (dates carried down). */
  lastDay: Day | null = null;
  /** Name and key by name code, beside the codes (a name's meaning object is a cache miss away). */
  private readonly nameOf: string[] = [];
  private readonly keyOf: string[] = [];
  private readonly paymentOf: (code: number) => PaidState;
  private readonly statusOf: (code: number) => PaidState;
  /** Null where the sheet has no such column. */
  private readonly paymentCodes: Int32Array | null;
  private readonly statusCodes: Int32Array | null;

  private constructor(
    private readonly f: CodedSalesFields,
    test: DataRowTest,
    private readonly referenceDay: Day,
  ) {
    const { name, date, payment, status, total, repays, noteRepays } = f;
    this.names = new PlainCodes((code) => {
      const who = name.coded.of(code);
      [this.nameOf[code], this.keyOf[code]] = [who.name, who.key];
      return !who.error && who.name !== '' && !test.isTotalName(code);
    });
    // A row is the header again only when its date cell is the date header: checked on the few
    // distinct dates, not on the many names.
    this.dates = new PlainCodes(
      (code) => date.coded.of(code) !== null && !test.isTotalDate(code) && !test.isHeaderDate(code),
    );
    this.paymentOf = payment.coded?.of ?? (() => 'none');
    this.statusOf = status.coded?.of ?? (() => 'none');
    this.paymentCodes = payment.coded?.codes ?? null;
    this.statusCodes = status.coded?.codes ?? null;
    // Returns and repayments are read the whole way: their amounts and their counts differ.
    this.payments = new PlainCodes((code) => {
      const state = this.paymentOf(code);
      return state !== 'cancelled' && state !== 'unknown' && state !== 'return' && !repays.coded?.of(code);
    });
    this.noteCodes = noteRepays.coded?.codes ?? null;
    this.notes = noteRepays.coded ? new PlainCodes((code) => !noteRepays.coded?.of(code)) : null;
    this.statuses = new PlainCodes((code) => this.statusOf(code) !== 'cancelled');
    this.amounts = total.coded ? new PlainCodes((code) => total.coded?.of(code) !== null) : null;
  }

  /** The short way for these fields, or null when one of its columns is not coded. */
  static over(f: SalesFields, test: DataRowTest, referenceDay: Day): PlainRows | null {
    const coded = [f.name, f.date, f.payment, f.status, f.noteRepays].every(
      (field) => field.coded || field.absent,
    );
    if (!coded || !f.total) return null;
    return new PlainRows(f as CodedSalesFields, test, referenceDay);
  }

  /** Row r read into the reused sale; null for a date after the reference date; LONG_WAY if not plain. */
  read(r: number, rowNumber: number): SaleRecord | null | typeof LONG_WAY {
    const { f, sale } = this;
    const nameCode = f.name.coded.codes[r];
    const dateCode = f.date.coded.codes[r];
    if (!this.names.is(nameCode) || !this.dates.is(dateCode)) return LONG_WAY;
    const pay = this.paymentCodes ? this.paymentCodes[r] : -1;
    const stat = this.statusCodes ? this.statusCodes[r] : -1;
    if ((pay >= 0 && !this.payments.is(pay)) || (stat >= 0 && !this.statuses.is(stat))) return LONG_WAY;
    if (this.notes && this.noteCodes && !this.notes.is(this.noteCodes[r])) return LONG_WAY;
    const amount = this.amount(r);
    if (amount === null) return LONG_WAY;
    const day = f.date.coded.of(dateCode) as Day;
    this.lastDay = day;
    if (day > this.referenceDay) return null;
    const payState = pay >= 0 ? this.paymentOf(pay) : 'none';
    const statState = stat >= 0 ? this.statusOf(stat) : 'none';
    sale.name = this.nameOf[nameCode];
    sale.key = this.keyOf[nameCode];
    sale.phone = f.phone.at(r);
    return fillSale(sale, f, r, rowNumber, day, amount, rowState(payState, statState));
  }

  private amount(r: number): number | null {
    const total = this.f.total;
    if (!this.amounts || !total.coded) return total.at(r);
    const code = total.coded.codes[r];
    return this.amounts.is(code) ? total.coded.of(code) : null;
  }
}
