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
import {
  blankSale,
  copySale,
  NOT_NUMBERED,
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
    if (r % CHECK_EVERY === 0) checkDeadline();
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
