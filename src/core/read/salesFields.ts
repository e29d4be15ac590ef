/**
 * The sales sheet's columns as fields: what each cell means, worked out once per distinct value
 * where the column is coded, and a row's sale filled from them.
 */
import { parseAmountCell } from './cells';
import { dayMeaning, nameMeaning, type NameMeaning } from './cellMeaning';
import { CodeMemo, type ByteIds, type CodedRows } from './codedRows';
import type { Day } from './dates';
import type { HeaderMatch } from './headers';
import { isRepayment, paidState, type PaidState } from './paidWords';
import { isDiscount, type SaleRecord } from './saleRecord';
import { SALES_FIELDS } from './schema';
import { ownerHeader, type ReadContext } from './sheet';
import { isBlank, phoneKey } from './text';

export type SalesColumn = keyof typeof SALES_FIELDS;

/** One column's cells as their meaning: `at(row)` for a row, `raw(row)` for its value in messages. */
export interface Field<T> {
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
export function field<T>(
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
export function optionalField<T>(
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
export function numberedField(rows: CodedRows, column: number): Field<string> {
  const codes = rows.codesOf(column);
  return { at: () => '', raw: (row) => rows.cell(row, column), code: (row) => codes[row], label: '' };
}

/** The columns the reader needs, each with what its cells mean; `invoiceIds`: see numberedField. */
export function salesFields(
  rows: CodedRows,
  header: HeaderMatch,
  ctx: ReadContext,
  invoiceIds?: ByteIds,
  invoiceScope?: string,
) {
  const invoice = invoiceScope === undefined ? invoiceText : scopedInvoice(invoiceScope);
  const c = header.columns as Partial<Record<SalesColumn, number>>;
  const label = (name: SalesColumn) => SALES_FIELDS[name].label;
  const state = (col: number | undefined) => (value: unknown) =>
    paidState(value, col === undefined ? '' : header.columnHeaders[col], ctx.ownerWords);
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
    // A repayment is told by the payment column or a note ("bayar hutang", "cicilan").
    repays: optionalField(rows, header, c.pembayaran, '', isRepayment, false),
    noteRepays: optionalField(rows, header, c.keterangan, '', isRepayment, false),
    invoice:
      invoiceIds && c.nota !== undefined
        ? numberedField(rows, c.nota)
        : optionalField(rows, header, c.nota, '', invoice, ''),
    discount: optionalField(rows, header, c.diskon, '', isDiscount, false),
    total: p ? null : amount(c.total as number, label('total')),
    qty: p ? amount(p.qty, label('qty')) : null,
    price: p ? amount(p.price, label('harga')) : null,
  };
}

export type SalesFields = ReturnType<typeof salesFields>;

export type Coded<T> = Field<T> & Required<Pick<Field<T>, 'coded'>>;

/** The fields the short way reads (PlainRows.over checks they are so). */
export type CodedSalesFields = SalesFields & {
  name: Coded<NameMeaning>;
  date: Coded<Day | null>;
  total: Field<number | null>;
};

/** Invoice numbers of one sheet of several: kept apart from the same numbers of the others. */
function scopedInvoice(scope: string): (value: unknown) => string {
  return (value) => {
    const text = invoiceText(value);
    return text === '' ? '' : `${scope}\u0000${text}`;
  };
}

export function invoiceText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : isBlank(value) ? '' : String(value);
}

/** The columns the reader looks at: those whose values repeat, and those mostly distinct. */
export function salesColumns(header: HeaderMatch): { repeating: number[]; distinct: number[] } {
  const c = header.columns as Partial<Record<SalesColumn, number>>;
  const p = header.product;
  const present = (cols: (number | undefined)[]) => [...new Set(cols.filter((col) => col !== undefined))];
  return {
    repeating: present([c.tanggal, c.pelanggan, c.hp, c.pembayaran, c.status, c.diskon, c.keterangan]),
    distinct: present(p ? [c.nota, p.qty, p.price] : [c.nota, c.total]),
  };
}

/**
 * A row's payment state: the payment column speaks first, a status column where it says nothing.
 * A sales "Status" may hold anything (Member, Reseller): only its words we know count there.
 */
export function rowState(pay: PaidState, stat: PaidState): PaidState {
  return pay !== 'none' ? pay : stat === 'unknown' ? 'none' : stat;
}

/**
 * The sale's fields from row r (name, key and phone filled by the caller). Arguments, not one
 * object: this runs for every row of a million.
 */
export function fillSale(
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
  sale.repayment = false;
  sale.discount = f.discount.at(r);
  return sale;
}
