/**
 * Reading the sales sheet (DOMAIN 1) over its coded cells: what a name, a date, an amount or a
 * payment word means is worked out once per distinct value (CodeMemo), and each row only combines
 * the meanings of its cells. A million rows of a few thousand names and a few hundred dates cost a
 * few thousand parses, and no string is hashed per row.
 */
import { parseAmountCell } from './cells';
import { CodeMemo, type ByteIds, type CodedRows } from './codedRows';
import type { Day } from './dates';
import { detectHeader, type HeaderMatch } from './headers';
import type { ColumnOverrides } from './schema';
import { msg } from '../i18n';
import { paidState, type PaidState } from './paidWords';
import { SALES_FIELDS } from './schema';
import { isBlank, phoneKey } from './text';
import { grown } from './typedArrays';
import {
  blankSale,
  copySale,
  isDiscount,
  NOT_NUMBERED,
  type SaleCodes,
  type SaleRecord,
  type SaleSink,
  type SalesRead,
} from './saleRecord';
import { codedRows, DataRowTest } from './dataRows';
import { dayMeaning, nameMeaning, type NameMeaning } from './cellMeaning';
import { issue, ownerHeader, type ReadContext, type SheetInput } from './sheet';
import { UnknownWords } from './unknownWords';

type SalesColumn = keyof typeof SALES_FIELDS;

/** One column's cells as their meaning: `at(row)` for a row, `raw(row)` for its value in messages. */
interface Field<T> {
  at(row: number): T;
  raw(row: number): unknown;
  /** The cell's code, -1 where the column is not coded. */
  code(row: number): number;
  /** Where the column is coded: every row's code, and what a code means. */
  coded?: { codes: Int32Array; of(code: number): T };
  /** The sheet has no such column: every row says the same. */
  absent?: true;
  label: string;
}

/** A column's meaning per code where the source coded it, else per row (mostly distinct values). */
function field<T>(
  rows: CodedRows,
  header: HeaderMatch,
  column: number,
  fallback: string,
  meaning: (value: unknown) => T,
): Field<T> {
  const label = ownerHeader(header, column, fallback);
  if (!rows.coded(column))
    return {
      at: (row) => meaning(rows.cell(row, column)),
      raw: (row) => rows.cell(row, column),
      code: () => -1,
      label,
    };
  const memo = new CodeMemo(meaning);
  const codes = rows.codesOf(column);
  return {
    at: (row) => memo.of(rows, column, codes[row]),
    raw: (row) => rows.value(column, codes[row]),
    code: (row) => codes[row],
    coded: { codes, of: (code) => memo.of(rows, column, code) },
    label,
  };
}

/** A column the sheet may lack: without it every row says `absent`. */
function optionalField<T>(
  rows: CodedRows,
  header: HeaderMatch,
  column: number | undefined,
  fallback: string,
  meaning: (value: unknown) => T,
  absent: T,
): Field<T> {
  if (column !== undefined) return field(rows, header, column, fallback, meaning);
  return { at: () => absent, raw: () => undefined, code: () => -1, absent: true, label: fallback };
}

/**
 * The invoice column where its coder numbers the cells itself (SaleCodes.invoiceId): no text is
 * made of a cell; its code is handed on.
 */
function numberedField(rows: CodedRows, column: number): Field<string> {
  const codes = rows.codesOf(column);
  return { at: () => '', raw: (row) => rows.cell(row, column), code: (row) => codes[row], label: '' };
}

/** The columns the reader needs, each with what its cells mean; `invoiceIds`: see numberedField. */
function salesFields(rows: CodedRows, header: HeaderMatch, ctx: ReadContext, invoiceIds?: ByteIds) {
  const c = header.columns as Partial<Record<SalesColumn, number>>;
  const label = (name: SalesColumn) => SALES_FIELDS[name].label;
  const state = (col: number | undefined) => (value: unknown) =>
    paidState(value, col === undefined ? '' : header.columnHeaders[col]);
  const amount = (col: number, fallback: string) => field(rows, header, col, fallback, parseAmountCell);
  const p = header.product;
  return {
    date: field(rows, header, c.tanggal as number, label('tanggal'), (v) => dayMeaning(v, ctx)),
    name: field(rows, header, c.pelanggan as number, 'Pelanggan', (v) => nameMeaning(v, ctx.stripHonorifics)),
    phone: optionalField(rows, header, c.hp, '', (v) => (isBlank(v) ? '' : phoneKey(v)), ''),
    payment: optionalField<PaidState>(
      rows,
      header,
      c.pembayaran,
      label('pembayaran'),
      state(c.pembayaran),
      'none',
    ),
    status: optionalField<PaidState>(rows, header, c.status, 'Status', state(c.status), 'none'),
    invoice:
      invoiceIds && c.nota !== undefined
        ? numberedField(rows, c.nota)
        : optionalField(rows, header, c.nota, '', invoiceText, ''),
    discount: optionalField(rows, header, c.diskon, '', isDiscount, false),
    total: p ? null : amount(c.total as number, label('total')),
    qty: p ? amount(p.qty, label('qty')) : null,
    price: p ? amount(p.price, label('harga')) : null,
  };
}

type SalesFields = ReturnType<typeof salesFields>;

type Coded<T> = Field<T> & Required<Pick<Field<T>, 'coded'>>;

/** The fields the short way reads (PlainRows.over checks they are so). */
type CodedSalesFields = SalesFields & {
  name: Coded<NameMeaning>;
  date: Coded<Day | null>;
  total: Field<number | null>;
};

function invoiceText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : isBlank(value) ? '' : String(value);
}

/** The columns the reader looks at: those whose values repeat, and those mostly distinct. */
function salesColumns(header: HeaderMatch): { repeating: number[]; distinct: number[] } {
  const c = header.columns as Partial<Record<SalesColumn, number>>;
  const p = header.product;
  const present = (cols: (number | undefined)[]) => [...new Set(cols.filter((col) => col !== undefined))];
  return {
    repeating: present([c.tanggal, c.pelanggan, c.hp, c.pembayaran, c.status, c.diskon]),
    distinct: present(p ? [c.nota, p.qty, p.price] : [c.nota, c.total]),
  };
}

export interface ReadSalesOptions {
  /** False: every row is read the whole way (tests check both ways read alike). */
  shortWay?: boolean;
  /**
   * The sheet's coder numbers the invoices where it can (SaleCodes.invoiceId), and the sales hold
   * no invoice text: for a sink that keeps no records. The coder's table comes back as `invoiceIds`.
   */
  byteInvoices?: boolean;
}

/**
 * Reads the sales sheet: one record per readable row up to the reference date. With a sink, each
 * row goes there instead of into `records` (the columnar reader keeps none), filled into one reused
 * record so a million rows allocate no record each.
 */
export function readSales(
  sheet: SheetInput,
  ctx: ReadContext,
  overrides: ColumnOverrides = {},
  sink?: SaleSink,
  { shortWay = true, byteInvoices = false }: ReadSalesOptions = {},
): SalesRead & { invoiceIds?: ByteIds } {
  const header = sheet.continues?.header ?? detectHeader(sheet.rows, 'penjualan', sheet.name, overrides);
  const columns = salesColumns(header);
  const rows = codedRows(sheet, columns.repeating, columns.distinct);
  const c = header.columns as Partial<Record<SalesColumn, number>>;
  const invoiceIds = byteInvoices && c.nota !== undefined ? rows.byteIds?.(c.nota, invoiceText) : undefined;
  const f = salesFields(rows, header, ctx, invoiceIds);
  const records: SaleRecord[] = [];
  const keep = sink ?? ((sale: Readonly<SaleRecord>) => void records.push(copySale(sale)));
  const at = new RowReader(ctx, sheet, f, invoiceIds);
  const test = new DataRowTest(sheet, rows, header, c.pelanggan as number, c.tanggal as number);
  const plain = shortWay ? PlainRows.over(f, test, ctx.referenceDay) : null;
  const firstRow = sheet.firstRow ?? 1;
  let dataRows = 0;
  for (let r = test.first; r < rows.length; r++) {
    // Nearly every row is plain and read the short way; any other goes the whole way, reported.
    const short = plain ? plain.read(r, firstRow + r) : LONG_WAY;
    if (short !== LONG_WAY) {
      dataRows++;
      if (short !== null) keep(short, at.codes(r));
      else at.afterReference++;
      continue;
    }
    if (!test.isData(r)) continue;
    dataRows++;
    const sale = at.read(r, firstRow + r);
    if (sale) keep(sale, at.codes(r));
  }
  return {
    records,
    header,
    afterReference: at.afterReference,
    dataRows,
    cancelled: at.cancelled,
    unknownWords: at.unknown.list(),
    ...(invoiceIds && { invoiceIds }),
  };
}

/** Turns one data row into the reused sale record, or null for a row skipped (and reported). */
class RowReader {
  afterReference = 0;
  cancelled = 0;
  readonly unknown = new UnknownWords();
  private readonly sale = blankSale();
  private readonly saleCodes: SaleCodes = { name: -1, invoice: -1, invoiceId: NOT_NUMBERED, phone: -1 };

  constructor(
    private readonly ctx: ReadContext,
    private readonly sheet: SheetInput,
    private readonly f: SalesFields,
    private readonly invoiceIds: ByteIds | undefined,
  ) {}

  read(r: number, rowNumber: number): SaleRecord | null {
    const { f, sale } = this;
    const [pay, stat] = [f.payment.at(r), f.status.at(r)];
    if (pay === 'cancelled' || stat === 'cancelled') {
      this.cancelled++;
      return null;
    }
    const day = this.day(r, rowNumber);
    if (day === null || !this.who(r, rowNumber)) return null;
    const amount = this.amount(r, rowNumber);
    if (amount === null) return null;
    const state = rowState(pay, stat);
    if (state === 'unknown') this.unknown.add(f.payment.raw(r), rowNumber, f.payment.label);
    return fillSale(sale, f, r, rowNumber, day, amount, state);
  }

  /** The codes of the row's name, invoice and phone cells. */
  codes(r: number): SaleCodes {
    const { f, saleCodes } = this;
    saleCodes.name = f.name.code(r);
    saleCodes.invoice = f.invoice.code(r);
    if (this.invoiceIds) saleCodes.invoiceId = this.invoiceIds.idOf(saleCodes.invoice);
    saleCodes.phone = f.phone.code(r);
    return saleCodes;
  }

  /** The row's day; null for a bad date (reported) or one after the reference date (counted). */
  private day(r: number, rowNumber: number): Day | null {
    const day = this.f.date.at(r);
    if (day === null) {
      const raw = this.f.date.raw(r);
      const reason = isBlank(raw) ? msg().reasons.blankDate : msg().reasons.badDate(raw);
      issue(this.ctx, this.sheet, rowNumber, this.f.date.label, reason);
      return null;
    }
    if (day > this.ctx.referenceDay) {
      this.afterReference++;
      return null;
    }
    return day;
  }

  /**
   * Fills the sale's name, key and phone (false, reported, when the row has neither name nor
   * phone); a nameless row with a phone is resolved through the phone later.
   */
  private who(r: number, rowNumber: number): boolean {
    const { f, sale } = this;
    const who = f.name.at(r);
    // An error cell (#REF!, #N/A...) names nobody: reported, never a customer called "#REF!".
    if (who.error) {
      issue(this.ctx, this.sheet, rowNumber, f.name.label, msg().reasons.errorCell(f.name.raw(r)));
      return false;
    }
    const phone = f.phone.at(r);
    sale.phone = phone;
    if (who.name !== '') {
      sale.name = who.name;
      sale.key = who.key;
      return true;
    }
    if (phone !== '') {
      sale.name = '';
      sale.key = 'tel:' + phone;
      return true;
    }
    issue(this.ctx, this.sheet, rowNumber, f.name.label, msg().reasons.blankName);
    return false;
  }

  /** The amount column, or quantity x unit price where the sheet has only those. */
  private amount(r: number, rowNumber: number): number | null {
    const { f } = this;
    if (f.total) return this.amountOf(f.total, r, rowNumber);
    const qty = this.amountOf(f.qty as Field<number | null>, r, rowNumber);
    if (qty === null) return null;
    const price = this.amountOf(f.price as Field<number | null>, r, rowNumber);
    return price === null ? null : qty * price;
  }

  private amountOf(field: Field<number | null>, r: number, rowNumber: number): number | null {
    const amount = field.at(r);
    if (amount === null) {
      const raw = field.raw(r);
      const reason = isBlank(raw) ? msg().reasons.blankAmount : msg().reasons.badAmount(raw);
      issue(this.ctx, this.sheet, rowNumber, field.label, reason);
    }
    return amount;
  }
}

/**
 * A row's payment state: the payment column speaks first, a status column where it says nothing.
 * A sales "Status" may hold anything (Member, Reseller): only its words we know count there.
 */
function rowState(pay: PaidState, stat: PaidState): PaidState {
  return pay !== 'none' ? pay : stat === 'unknown' ? 'none' : stat;
}

/**
 * The sale's fields from row r (name, key and phone filled by the caller). Arguments, not one
 * object: this runs for every row of a million.
 */
function fillSale(
  sale: SaleRecord,
  f: SalesFields,
  r: number,
  rowNumber: number,
  day: Day,
  amount: number,
  state: PaidState,
): SaleRecord {
  sale.row = rowNumber;
  sale.day = day;
  sale.amount = amount;
  sale.invoice = f.invoice.at(r);
  sale.credit = state === 'unpaid' || state === 'creditPaid' || state === 'partial';
  sale.creditPaid = state === 'creditPaid';
  sale.discount = f.discount.at(r);
  return sale;
}

const LONG_WAY = Symbol('long way');

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
class PlainRows {
  private readonly sale = blankSale();
  private readonly names: PlainCodes;
  private readonly dates: PlainCodes;
  private readonly payments: PlainCodes;
  private readonly statuses: PlainCodes;
  private readonly amounts: PlainCodes | null;
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
    const { name, date, payment, status, total } = f;
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
    this.payments = new PlainCodes((code) => {
      const state = this.paymentOf(code);
      return state !== 'cancelled' && state !== 'unknown';
    });
    this.statuses = new PlainCodes((code) => this.statusOf(code) !== 'cancelled');
    this.amounts = total.coded ? new PlainCodes((code) => total.coded?.of(code) !== null) : null;
  }

  /** The short way for these fields, or null when one of its columns is not coded. */
  static over(f: SalesFields, test: DataRowTest, referenceDay: Day): PlainRows | null {
    const coded = [f.name, f.date, f.payment, f.status].every((field) => field.coded || field.absent);
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
    const amount = this.amount(r);
    if (amount === null) return LONG_WAY;
    const day = f.date.coded.of(dateCode) as Day;
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
