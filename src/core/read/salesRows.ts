/**
 * Reading the sales sheet (DOMAIN 1) over its coded cells: what a name, a date, an amount or a
 * payment word means is worked out once per distinct value (CodeMemo), and each row only combines
 * the meanings of its cells. A million rows of a few thousand names and a few hundred dates cost a
 * few thousand parses, and no string is hashed per row.
 */
import { msg } from '../i18n';
import type { ByteIds } from './codedRows';
import { codedRows, DataRowTest } from './dataRows';
import type { Day } from './dates';
import { detectHeader } from './headers';
import { dayText, ownerCellText } from './cellText';
import { tally } from './assumptions';
import {
  blankSale,
  copySale,
  countRow,
  NOT_NUMBERED,
  type CountedRows,
  type SaleCodes,
  type SaleRecord,
  type SaleSink,
  type SalesRead,
} from './saleRecord';
import {
  fillSale,
  invoiceText,
  rowState,
  salesColumns,
  salesFields,
  type Field,
  type SalesColumn,
  type SalesFields,
} from './salesFields';
import { LONG_WAY, PlainRows } from './salesShortWay';
import type { ColumnOverrides } from './schema';
import { issue, type ReadContext, type SheetInput } from './sheet';
import { isBlank } from './text';
import { UnknownWords } from './unknownWords';
import { CHECK_EVERY, checkDeadline } from '../deadline';

export interface ReadSalesOptions {
  /** False: every row is read the whole way (tests check both ways read alike). */
  shortWay?: boolean;
  /**
   * The sheet's coder numbers the invoices where it can (SaleCodes.invoiceId), and the sales hold
   * no invoice text: for a sink that keeps no records. The coder's table comes back as `invoiceIds`.
   */
  byteInvoices?: boolean;
  /** Keep the sheet rows dated after the reference date (the menu says so beside each). */
  afterReferenceRows?: boolean;
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
  { shortWay = true, byteInvoices = false, afterReferenceRows = false }: ReadSalesOptions = {},
): SalesRead & { invoiceIds?: ByteIds } {
  const header = sheet.continues?.header ?? detectHeader(sheet.rows, 'penjualan', sheet.name, overrides);
  const columns = salesColumns(header);
  const rows = codedRows(sheet, columns.repeating, columns.distinct);
  const c = header.columns as Partial<Record<SalesColumn, number>>;
  const scoped = sheet.invoiceScope !== undefined;
  const invoiceIds =
    byteInvoices && !scoped && c.nota !== undefined ? rows.byteIds?.(c.nota, invoiceText) : undefined;
  const f = salesFields(rows, header, ctx, invoiceIds, sheet.invoiceScope);
  const records: SaleRecord[] = [];
  const keep = sink ?? ((sale: Readonly<SaleRecord>) => void records.push(copySale(sale)));
  const at = new RowReader(ctx, sheet, f, invoiceIds, sheet.continues?.carry ?? null);
  const test = new DataRowTest(sheet, rows, header, c.pelanggan as number, c.tanggal as number);
  const plain = shortWay ? PlainRows.over(f, test, ctx.referenceDay) : null;
  const firstRow = sheet.firstRow ?? 1;
  const afterRows: number[] | undefined = afterReferenceRows ? [] : undefined;
  let dataRows = 0;
  for (let r = test.first; r < rows.length; r++) {
    if (r % CHECK_EVERY === 0) checkDeadline();
    // Nearly every row is plain and read the short way; any other goes the whole way, reported.
    const short = plain ? plain.read(r, firstRow + r) : LONG_WAY;
    if (short !== LONG_WAY) {
      dataRows++;
      at.carry = plain?.lastDay ?? null;
      if (short !== null) keep(short, at.codes(r));
      else {
        at.afterReference++;
        afterRows?.push(firstRow + r);
      }
      continue;
    }
    if (!test.isData(r)) {
      // A date is never carried across a header (DOMAIN 1).
      if (!rows.blank(r) && test.isHeaderAgain(r)) at.carry = null;
      continue;
    }
    dataRows++;
    const before = at.afterReference;
    const sale = at.read(r, firstRow + r);
    if (sale) keep(sale, at.codes(r));
    else if (at.afterReference > before) afterRows?.push(firstRow + r);
  }
  return {
    records,
    header,
    afterReference: at.afterReference,
    ...(afterRows && { afterReferenceRows: afterRows }),
    dataRows,
    cancelled: at.cancelled,
    unknownWords: at.unknown.list(),
    ...(at.carried.count > 0 && { datesCarried: at.carried }),
    ...(at.repayments.count > 0 && { repayments: at.repayments }),
    ...(invoiceIds && { invoiceIds }),
  };
}

/** Turns one data row into the reused sale record, or null for a row skipped (and reported). */
class RowReader {
  afterReference = 0;
  cancelled = 0;
  readonly unknown = new UnknownWords();
  /** Rows dated from the row above, and repayment rows: counted for the owner (DOMAIN 1). */
  readonly carried: CountedRows = { count: 0, rows: [] };
  readonly repayments: CountedRows = { count: 0, rows: [] };
  private readonly sale = blankSale();
  private readonly saleCodes: SaleCodes = { name: -1, invoice: -1, invoiceId: NOT_NUMBERED, phone: -1 };

  constructor(
    private readonly ctx: ReadContext,
    private readonly sheet: SheetInput,
    private readonly f: SalesFields,
    private readonly invoiceIds: ByteIds | undefined,
    /** The date a row without one takes: the nearest dated row above, none across a header or a bad date. */
    public carry: Day | null,
  ) {}

  read(r: number, rowNumber: number): SaleRecord | null {
    const { f, sale } = this;
    const [pay, stat] = [f.payment.at(r), f.status.at(r)];
    if (pay === 'cancelled' || stat === 'cancelled') {
      this.cancelled++;
      // A cancelled row's date still dates the rows written under it.
      if (!isBlank(f.date.raw(r))) this.carry = f.date.at(r);
      return null;
    }
    const carried = isBlank(f.date.raw(r)) && this.carry !== null;
    const day = this.day(r, rowNumber);
    if (day === null || !this.who(r, rowNumber)) return null;
    let amount = this.amount(r, rowNumber);
    if (amount === null) return null;
    const state = rowState(pay, stat);
    const repays = f.repays.at(r) || f.noteRepays.at(r);
    if (state === 'unknown' && !repays) this.unknown.add(f.payment.raw(r), rowNumber, f.payment.label);
    // Goods brought back lower the spend, however the amount is written (DOMAIN 1).
    if (state === 'return') amount = -Math.abs(amount);
    if (carried) {
      countRow(this.carried, rowNumber);
      // The example shows the date the row took, as the owner writes dates.
      const example = { sheet: this.sheet.name, row: rowNumber, column: f.date.label, cell: dayText(day) };
      tally(this.ctx, 'datesCarriedDown', 1, example);
    }
    fillSale(sale, f, r, rowNumber, day, repays ? Math.abs(amount) : amount, state);
    if (repays) {
      // A repayment of the customer's debts: no sale, no credit, no spend (DOMAIN 1).
      countRow(this.repayments, rowNumber);
      const said = f.repays.at(r) ? f.payment : f.noteRepays;
      const cell = ownerCellText(said.raw(r), this.ctx.clock);
      tally(this.ctx, 'repaymentsInSales', 1, {
        sheet: this.sheet.name,
        row: rowNumber,
        column: said.label,
        cell,
      });
      sale.credit = false;
      sale.creditPaid = false;
      sale.repayment = true;
    }
    return sale;
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

  /**
   * The row's day, or the carried one for a blank date cell; null for a bad or blank date
   * (reported) or one after the reference date (counted).
   */
  private day(r: number, rowNumber: number): Day | null {
    const raw = this.f.date.raw(r);
    const blank = isBlank(raw);
    const day = blank ? this.carry : this.f.date.at(r);
    // Rows below an unreadable date are not dated from further up.
    if (!blank) this.carry = day;
    if (day === null) {
      const reason = blank
        ? msg().reasons.blankDate
        : msg().reasons.badDate(ownerCellText(raw, this.ctx.clock));
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
