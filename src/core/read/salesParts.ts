/**
 * The sales sheet read in parts and joined: the command line reads the two halves of a large file
 * on two threads. Joined parts give exactly what one read of the whole sheet gives: the same
 * columns with the same ids (a part's new texts are numbered after those of the parts above it,
 * as one pass would), the row issues in sheet order, and the sheet's closing reports (unknown
 * payment words with their counts summed, cancelled rows) made once, after the last part.
 */
import type { RowIssue } from '../messages';
import { addTallies, type Tallies } from './assumptions';
import type { ColumnOverrides } from './schema';
import { idsIn } from './interner';
import { grown } from './typedArrays';
import { SalesColumnsBuilder, type SalesColumns, type TextKind, type TextTables } from './columns';
import { closeSalesSheet, copySale, type SaleCodes, type SaleRecord, type SalesRead } from './saleRecord';
import type { ReadContext, ReadResult, SheetInput } from './sheet';
import { readSales } from './salesRows';

/** Rows of the sales sheet read on their own: columns, what was read, and their rows' issues. */
export interface SalesPart {
  read: SalesRead;
  columns: SalesColumns;
  issues: RowIssue[];
  /** The guesses counted in these rows, added to the run's in sheet order when joined. */
  tallies?: Tallies;
}

/** A part read on this thread, with the tables that numbered its texts. */
export interface LocalSalesPart extends SalesPart {
  tables: TextTables;
}

export interface SalesColumnsRead {
  sales: ReadResult<SaleRecord>;
  columns: SalesColumns;
  /** Where several sheets were read together: the index of the first row of each in `columns`. */
  starts?: number[];
}

/**
 * Reads `sheet` (a whole sheet, or a later part with `continues`) into columns. `capacity`: the
 * rows the columns make room for; the first part of a sheet read in parts makes room for all, so
 * the later parts are joined onto it in place.
 */
export function readSalesPart(
  sheet: SheetInput,
  ctx: ReadContext,
  overrides: ColumnOverrides | undefined,
  keepRecords: boolean,
  capacity = sheet.rows.length,
): LocalSalesPart {
  const issues: RowIssue[] = [];
  const tallies: Tallies = {};
  const builder = new SalesColumnsBuilder(capacity);
  const records: SaleRecord[] = [];
  const sink = (sale: Readonly<SaleRecord>, codes: Readonly<SaleCodes>) => {
    builder.add(sale, codes);
    if (keepRecords) records.push(copySale(sale));
  };
  // Records keep their invoice texts; without them the coder may number the invoices itself.
  const { invoiceIds, ...read } = readSales(sheet, { ...ctx, issues, tallies }, overrides, sink, {
    byteInvoices: !keepRecords,
    afterReferenceRows: keepRecords,
  });
  read.records = records;
  const tables = builder.textTables(invoiceIds);
  return { read, columns: builder.columns(invoiceIds), issues, tallies, tables };
}

/**
 * Reads the sales sheet straight into columns. `keepRecords` also keeps the records (the menu
 * writes a type beside each row); the builder's lookup tables are let go on return.
 */
export function readSalesColumns(
  sheet: SheetInput,
  ctx: ReadContext,
  overrides: ColumnOverrides | undefined,
  keepRecords: boolean,
): SalesColumnsRead {
  return joinSalesParts([readSalesPart(sheet, ctx, overrides, keepRecords)], ctx, sheet);
}

/**
 * A book kept over several sheets (DOMAIN 1), read together into one set of columns, each sheet
 * under its own header; each record says its sheet, and `sales.parts` each sheet read.
 */
export function readSalesSheets(
  sheets: readonly SheetInput[],
  ctx: ReadContext,
  overrides: ColumnOverrides | undefined,
  keepRecords: boolean,
): SalesColumnsRead {
  const capacity = sheets.reduce((n, s) => n + s.rows.length, 0);
  const parts = sheets.map((s, i) =>
    readSalesPart(
      { ...s, invoiceScope: String(i) },
      ctx,
      overrides,
      keepRecords,
      i === 0 ? capacity : undefined,
    ),
  );
  for (const [i, part] of parts.entries()) for (const r of part.read.records) r.sheet = sheets[i].name;
  const read = new SalesJoin(parts[0]).finish(parts.slice(1), ctx, sheets);
  const starts: number[] = [];
  let at = 0;
  for (const part of parts) {
    starts.push(at);
    at += part.columns.length;
  }
  read.sales.parts = parts.map((p, i) => ({
    name: sheets[i].name,
    header: p.read.header,
    dataRows: p.read.dataRows,
    ...(p.read.afterReferenceRows && { afterReferenceRows: p.read.afterReferenceRows }),
  }));
  return { ...read, starts };
}

/** The parts, in sheet order, as one read of the sheet; issues and closing reports go to `ctx`. */
export function joinSalesParts(
  parts: readonly [LocalSalesPart, ...SalesPart[]],
  ctx: ReadContext,
  sheet: SheetInput,
): SalesColumnsRead {
  return new SalesJoin(parts[0]).finish(parts.slice(1), ctx, sheet);
}

const ID_COLUMNS = { keys: 'customer', names: 'name', phones: 'phone' } as const;
const TEXT_KINDS = Object.keys(ID_COLUMNS) as TextKind[];

/**
 * Joins the parts of a sheet in order. The first part's ids stay as they are; later parts' ids are
 * renumbered through the tables that numbered the first part's texts (read on this thread), which
 * go on numbering theirs, as one pass would.
 */
export class SalesJoin {
  constructor(private readonly first: LocalSalesPart) {}

  /**
   * The parts joined: parts of one sheet (`sheet`), or each part a sheet of its own (one sheet per
   * part, a book kept over several sheets), whose end each reports for itself.
   */
  finish(
    rest: readonly SalesPart[],
    ctx: ReadContext,
    sheet: SheetInput | readonly SheetInput[],
  ): SalesColumnsRead {
    const parts = [this.first, ...rest];
    for (const part of parts) for (const issue of part.issues) ctx.issues.push(issue);
    if (ctx.tallies) for (const part of parts) addTallies(ctx.tallies, part.tallies);
    if (Array.isArray(sheet)) parts.forEach((p, i) => closeSalesSheet(ctx, sheet[i], [p.read]));
    else
      closeSalesSheet(
        ctx,
        sheet as SheetInput,
        parts.map((p) => p.read),
      );
    const sum = (count: (r: SalesRead) => number) => parts.reduce((n, p) => n + count(p.read), 0);
    const sales: ReadResult<SaleRecord> = {
      records: rest.length === 0 ? this.first.read.records : parts.flatMap((p) => p.read.records),
      header: this.first.read.header,
      afterReference: sum((r) => r.afterReference),
      ...(parts.some((p) => p.read.afterReferenceRows) && {
        afterReferenceRows: parts.flatMap((p) => p.read.afterReferenceRows ?? []),
      }),
      dataRows: sum((r) => r.dataRows),
      cancelled: sum((r) => r.cancelled ?? 0),
    };
    return {
      sales,
      columns: rest.length === 0 ? this.first.columns : this.concat(rest.map((p) => p.columns)),
    };
  }

  /** The first part's columns followed by the rest's, renumbered: in place where they have room. */
  private concat(rest: readonly SalesColumns[]): SalesColumns {
    const tables = this.first.tables;
    const first = this.first.columns;
    const length = rest.reduce((n, p) => n + p.length, first.length);
    const out: SalesColumns = {
      length,
      customer: extended(first.customer, length),
      day: extended(first.day, length),
      amount: extended(first.amount, length),
      invoice: extended(first.invoice, length),
      name: extended(first.name, length),
      phone: extended(first.phone, length),
      row: extended(first.row, length),
      flags: extended(first.flags, length),
      keys: tables.keys.values,
      invoices: tables.invoices.numbers(),
      names: tables.names.values,
      phones: tables.phones.values,
    };
    // The first part's texts were numbered first, in its own order: its ids stand.
    let at = first.length;
    for (const [index, p] of rest.entries()) {
      const last = index === rest.length - 1;
      out.day.set(p.day, at);
      out.amount.set(p.amount, at);
      out.row.set(p.row, at);
      out.flags.set(p.flags, at);
      for (const kind of TEXT_KINDS)
        remap(p[ID_COLUMNS[kind]], idsIn(tables[kind], p[kind], last), out[ID_COLUMNS[kind]], at);
      remap(p.invoice, tables.invoices.idsOf(p.invoices, last), out.invoice, at);
      at += p.length;
    }
    // Numbered on through the parts: what the ids stand for is known once all are in.
    out.invoices = tables.invoices.numbers();
    return out;
  }
}

/** `a` followed by room up to `length` values: a view of its own buffer where it has that room, else a copy. */
function extended<T extends Int32Array | Float64Array | Uint8Array>(a: T, length: number): T {
  const room = (a.buffer.byteLength - a.byteOffset) / a.BYTES_PER_ELEMENT;
  if (room < length) return grown(a, length);
  return new (a.constructor as new (buffer: ArrayBufferLike, offset: number, length: number) => T)(
    a.buffer,
    a.byteOffset,
    length,
  );
}

/** out[at + i] = to[ids[i]], -1 staying -1: a loop of its own, on typed arrays only. */
function remap(ids: Int32Array, to: Int32Array, out: Int32Array, at: number): void {
  for (let i = 0; i < ids.length; i++) out[at + i] = ids[i] < 0 ? -1 : to[ids[i]];
}
