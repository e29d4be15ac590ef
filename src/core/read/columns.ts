/**
 * The sales sheet as columns: one typed array per field, customers and invoices as small integers
 * interned once. Rows are read once (salesRows.ts fills one reused SaleRecord per row and hands it here), so a
 * million rows cost a few typed arrays instead of a million objects kept alive.
 */
import type { Day } from './dates';
import { Interner, type TextIds } from './interner';
import { TextInvoices, invoiceText, type InvoiceNumbers, type InvoiceTable } from './invoiceNumbers';
import { grown } from './typedArrays';
import { NOT_NUMBERED, type SaleCodes, type SaleRecord } from './saleRecord';

/** Bits of SalesColumns.flags. */
export const CREDIT = 1;
export const DISCOUNT = 2;
/** A credit sale the row itself says was repaid ("Kasbon (sudah lunas)"): credit use, no open debt. */
export const CREDIT_PAID = 4;
/** A repayment of the customer's debts written in the sales sheet: no sale, no spend, no occasion. */
export const REPAYMENT = 8;

/** The texts a sales column numbers: customer keys, display names, phones (and invoices: InvoiceTable). */
export type TextKind = 'keys' | 'names' | 'phones';

/** The tables that numbered a sales part's texts. */
export type TextTables = Record<TextKind, TextIds> & { invoices: InvoiceTable };

export interface SalesColumns {
  length: number;
  /** Customer id per row: index into `keys`. */
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  /** Invoice id per row (-1 without a No Nota): what it stands for is in `invoices`. */
  invoice: Int32Array;
  /** Display name id per row (-1 for a nameless row): index into `names`. */
  name: Int32Array;
  /** Phone id per row (-1 without one): index into `phones`. */
  phone: Int32Array;
  /** Sheet row number, for messages and the menu's type column. */
  row: Int32Array;
  /** CREDIT | DISCOUNT | CREDIT_PAID | REPAYMENT per row. */
  flags: Uint8Array;
  keys: string[];
  invoices: InvoiceNumbers;
  names: string[];
  phones: string[];
}

/** Collects sale records into columns; `columns()` trims and hands them over. */
export class SalesColumnsBuilder {
  private size = 0;
  private customer: Int32Array;
  private day: Int32Array;
  private amount: Float64Array;
  private invoice: Int32Array;
  private name: Int32Array;
  private phone: Int32Array;
  private row: Int32Array;
  private flags: Uint8Array;
  // Each distinct name cell reaches the tables once (ids by cell code below), as a fresh string.
  private readonly keys = new Interner();
  private readonly invoices = new Interner();
  private readonly names = new Interner();
  private readonly phones = new Interner();
  /** Customer id of each display name id: a name's key is computed once. */
  private nameCustomer: number[] = [];

  /** `rows`: how many rows at most will come (the sheet's rows), so the columns never grow. */
  constructor(rows = 1024) {
    const size = Math.max(16, rows);
    this.customer = new Int32Array(size);
    this.day = new Int32Array(size);
    this.amount = new Float64Array(size);
    this.invoice = new Int32Array(size);
    this.name = new Int32Array(size);
    this.phone = new Int32Array(size);
    this.row = new Int32Array(size);
    this.flags = new Uint8Array(size);
  }

  /** Ids by cell code of the sheet read (SaleCodes): a text met again is not hashed again. */
  private readonly nameOfCode = new CodeIds();
  private readonly customerOfNameCode = new CodeIds();
  private readonly invoiceOfCode = new CodeIds();
  private readonly phoneOfCode = new CodeIds();

  add(s: Readonly<SaleRecord>, codes: Readonly<SaleCodes> = NO_CODES): void {
    if (this.size === this.customer.length) this.grow(this.size * 2);
    const i = this.size++;
    if (s.name === '') {
      this.customer[i] = this.keys.id(s.key);
      this.name[i] = -1;
    } else if (codes.name >= 0) {
      // A name cell's text gives its name and key: both ids are the code's.
      let n = this.nameOfCode.get(codes.name);
      if (n < 0) {
        n = this.nameOfCode.set(codes.name, this.nameId(s));
        this.customerOfNameCode.set(codes.name, this.customerOf(n, s.key));
      }
      this.customer[i] = this.customerOfNameCode.get(codes.name);
      this.name[i] = n;
    } else {
      const n = this.nameId(s);
      this.customer[i] = this.customerOf(n, s.key);
      this.name[i] = n;
    }
    this.day[i] = s.day;
    this.amount[i] = s.amount;
    // The sheet's coder may number invoices itself (by their bytes): then the sale holds no text.
    const invoiceId = codes.invoiceId;
    this.invoice[i] =
      invoiceId !== NOT_NUMBERED
        ? invoiceId
        : s.invoice === ''
          ? -1
          : this.invoiceOfCode.id(this.invoices, s.invoice, codes.invoice);
    this.phone[i] = s.phone === '' ? -1 : this.phoneOfCode.id(this.phones, s.phone, codes.phone);
    this.row[i] = s.row;
    this.flags[i] =
      (s.credit ? CREDIT : 0) |
      (s.discount ? DISCOUNT : 0) |
      (s.creditPaid ? CREDIT_PAID : 0) |
      (s.repayment ? REPAYMENT : 0);
  }

  /** The display name's id; a new name's key is numbered with it. */
  private nameId(s: Readonly<SaleRecord>): number {
    const n = this.names.id(s.name);
    if (n === this.nameCustomer.length) this.nameCustomer.push(this.keys.id(s.key));
    return n;
  }

  /** The customer id of name `n` said with key `key` (a name resolved to another key keeps its own). */
  private customerOf(n: number, key: string): number {
    return this.keys.values[this.nameCustomer[n]] === key ? this.nameCustomer[n] : this.keys.id(key);
  }

  private grow(size: number): void {
    this.customer = grown(this.customer, size);
    this.day = grown(this.day, size);
    this.amount = grown(this.amount, size);
    this.invoice = grown(this.invoice, size);
    this.name = grown(this.name, size);
    this.phone = grown(this.phone, size);
    this.row = grown(this.row, size);
    this.flags = grown(this.flags, size);
  }

  /**
   * The tables numbering the columns' texts: joining a later part continues them (salesParts.ts).
   * `invoices`: the coder's table, where it numbered the invoices (SaleCodes.invoiceId).
   */
  textTables(invoices: InvoiceTable = new TextInvoices(this.invoices)): TextTables {
    return { keys: this.keys, invoices, names: this.names, phones: this.phones };
  }

  /** The columns as views of the first `size` rows: no copy (skipped rows leave a short tail). */
  columns(invoices: InvoiceTable = new TextInvoices(this.invoices)): SalesColumns {
    const n = this.size;
    return {
      length: n,
      customer: this.customer.subarray(0, n),
      day: this.day.subarray(0, n),
      amount: this.amount.subarray(0, n),
      invoice: this.invoice.subarray(0, n),
      name: this.name.subarray(0, n),
      phone: this.phone.subarray(0, n),
      row: this.row.subarray(0, n),
      flags: this.flags.subarray(0, n),
      keys: this.keys.values,
      invoices: invoices.numbers(),
      names: this.names.values,
      phones: this.phones.values,
    };
  }
}

const NO_CODES: SaleCodes = { name: -1, invoice: -1, invoiceId: NOT_NUMBERED, phone: -1 };

/** Ids by cell code (-1 unknown), growing with the codes met. */
class CodeIds {
  private ids = new Int32Array(64).fill(-1);

  get(code: number): number {
    return code < this.ids.length ? this.ids[code] : -1;
  }

  set(code: number, id: number): number {
    if (code >= this.ids.length) {
      const ids = new Int32Array(Math.max(code + 1, this.ids.length * 2)).fill(-1);
      ids.set(this.ids);
      this.ids = ids;
    }
    return (this.ids[code] = id);
  }

  /** The id of `text` in `texts`, through its cell code when it has one (-1: none). */
  id(texts: TextIds, text: string, code: number): number {
    if (code < 0) return texts.id(text);
    const known = this.get(code);
    return known >= 0 ? known : this.set(code, texts.id(text));
  }
}

/** Columns from records already read (tests and callers holding records). */
export function salesColumns(records: Iterable<SaleRecord>): SalesColumns {
  const b = new SalesColumnsBuilder();
  for (const r of records) b.add(r);
  return b.columns();
}

/** Row i as a record (for the few rows that need one: credit sales, the menu's type column). */
export function saleAt(c: SalesColumns, i: number): SaleRecord {
  return {
    row: c.row[i],
    day: c.day[i] as Day,
    name: c.name[i] < 0 ? '' : c.names[c.name[i]],
    key: c.keys[c.customer[i]],
    amount: c.amount[i],
    invoice: c.invoice[i] < 0 ? '' : invoiceText(c.invoices, c.invoice[i]),
    credit: (c.flags[i] & CREDIT) !== 0,
    discount: (c.flags[i] & DISCOUNT) !== 0,
    phone: c.phone[i] < 0 ? '' : c.phones[c.phone[i]],
    ...((c.flags[i] & CREDIT_PAID) !== 0 && { creditPaid: true }),
    ...((c.flags[i] & REPAYMENT) !== 0 && { repayment: true }),
  };
}

/**
 * The credit sales as records, the only rows the debt builder looks at. Consecutive item rows of
 * one occasion (customer, day, invoice) come as one record with their amounts summed; the debt
 * builder sums by occasion anyway, so this only spares it a string key per item row.
 */
export function creditSales(c: SalesColumns): SaleRecord[] {
  const out: SaleRecord[] = [];
  let last = -1;
  for (let i = 0; i < c.length; i++) {
    if (!(c.flags[i] & CREDIT)) continue;
    const same =
      last >= 0 &&
      c.customer[i] === c.customer[last] &&
      c.day[i] === c.day[last] &&
      c.invoice[i] === c.invoice[last];
    if (same) {
      const merged = out[out.length - 1];
      merged.amount += c.amount[i];
      // The occasion is repaid only when every one of its rows says so.
      if (!(c.flags[i] & CREDIT_PAID)) delete merged.creditPaid;
    } else out.push(saleAt(c, i));
    last = i;
  }
  return out;
}

/**
 * Nameless rows are keyed "tel:<digits>" until a named row or the customer sheet gives the phone
 * a name: those customer ids are moved onto the named customer's id (DOMAIN 1, identity).
 */
export function resolvePhoneCustomers(c: SalesColumns, phoneToKey: Map<string, string>): void {
  for (let i = 0; i < c.length; i++) {
    const p = c.phone[i];
    if (c.name[i] < 0 || p < 0) continue;
    const phone = c.phones[p];
    if (!phoneToKey.has(phone)) phoneToKey.set(phone, c.keys[c.customer[i]]);
  }
  const moved = new Map<number, number>();
  c.keys.forEach((key, id) => {
    if (!key.startsWith('tel:')) return;
    const named = phoneToKey.get(key.slice(4));
    if (named === undefined) return;
    let target = c.keys.indexOf(named);
    if (target < 0) target = c.keys.push(named) - 1;
    moved.set(id, target);
  });
  if (moved.size === 0) return;
  for (let i = 0; i < c.length; i++) {
    const to = moved.get(c.customer[i]);
    if (to !== undefined) c.customer[i] = to;
  }
}
