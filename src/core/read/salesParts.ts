/**
 * The sales sheet read in parts and joined: the command line reads the two halves of a large file
 * on two threads. Joined parts give exactly what one read of the whole sheet gives: the same
 * columns with the same ids (a part's new texts are numbered after those of the parts above it,
 * as one pass would), the row issues in sheet order, and the sheet's closing reports (unknown
 * payment words with their counts summed, cancelled rows) made once, after the last part.
 */
import type { RowIssue } from '../messages';
import type { ColumnOverrides } from './headers';
import { Interner } from './interner';
import { SalesColumnsBuilder, type SalesColumns } from './columns';
import {
  closeSalesSheet,
  copySale,
  readSales,
  type ReadContext,
  type ReadResult,
  type SaleRecord,
  type SalesRead,
  type SheetInput,
} from './read';

/** Rows of the sales sheet read on their own: columns, what was read, and their rows' issues. */
export interface SalesPart {
  read: SalesRead;
  columns: SalesColumns;
  issues: RowIssue[];
}

export interface SalesColumnsRead {
  sales: ReadResult<SaleRecord>;
  columns: SalesColumns;
}

/** Reads `sheet` (a whole sheet, or a later part with `continues`) into columns. */
export function readSalesPart(
  sheet: SheetInput,
  ctx: ReadContext,
  overrides: ColumnOverrides | undefined,
  keepRecords: boolean,
): SalesPart {
  const issues: RowIssue[] = [];
  const builder = new SalesColumnsBuilder(sheet.rows.length);
  const records: SaleRecord[] = [];
  const read = readSales(sheet, { ...ctx, issues }, overrides, (sale) => {
    builder.add(sale);
    if (keepRecords) records.push(copySale(sale));
  });
  read.records = records;
  return { read, columns: builder.columns(), issues };
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

/** The parts, in sheet order, as one read of the sheet; issues and closing reports go to `ctx`. */
export function joinSalesParts(
  parts: readonly SalesPart[],
  ctx: ReadContext,
  sheet: SheetInput,
): SalesColumnsRead {
  for (const part of parts) for (const issue of part.issues) ctx.issues.push(issue);
  closeSalesSheet(
    ctx,
    sheet,
    parts.map((p) => p.read),
  );
  const [first] = parts;
  const sum = (count: (r: SalesRead) => number) => parts.reduce((n, p) => n + count(p.read), 0);
  const sales: ReadResult<SaleRecord> = {
    records: parts.length === 1 ? first.read.records : parts.flatMap((p) => p.read.records),
    header: first.read.header,
    afterReference: sum((r) => r.afterReference),
    dataRows: sum((r) => r.dataRows),
    cancelled: sum((r) => r.cancelled ?? 0),
  };
  return { sales, columns: parts.length === 1 ? first.columns : concatColumns(parts.map((p) => p.columns)) };
}

/** Columns one after another; each part's ids renumbered through one table per kind of text. */
export function concatColumns(parts: readonly SalesColumns[]): SalesColumns {
  const tables = {
    keys: new Interner(),
    invoices: new Interner(),
    names: new Interner(),
    phones: new Interner(),
  };
  const length = parts.reduce((n, p) => n + p.length, 0);
  const out: SalesColumns = {
    length,
    customer: new Int32Array(length),
    day: new Int32Array(length),
    amount: new Float64Array(length),
    invoice: new Int32Array(length),
    name: new Int32Array(length),
    phone: new Int32Array(length),
    row: new Int32Array(length),
    flags: new Uint8Array(length),
    keys: tables.keys.values,
    invoices: tables.invoices.values,
    names: tables.names.values,
    phones: tables.phones.values,
  };
  let at = 0;
  for (const p of parts) {
    out.day.set(p.day, at);
    out.amount.set(p.amount, at);
    out.row.set(p.row, at);
    out.flags.set(p.flags, at);
    renumber(p.customer, p.keys, tables.keys, out.customer, at);
    renumber(p.invoice, p.invoices, tables.invoices, out.invoice, at);
    renumber(p.name, p.names, tables.names, out.name, at);
    renumber(p.phone, p.phones, tables.phones, out.phone, at);
    at += p.length;
  }
  return out;
}

/** ids[i] of `values` as ids of `table` into out[at + i]; -1 (no text) stays -1. */
function renumber(
  ids: Int32Array,
  values: readonly string[],
  table: Interner,
  out: Int32Array,
  at: number,
): void {
  const to = Int32Array.from(values, (v) => table.id(v));
  for (let i = 0; i < ids.length; i++) out[at + i] = ids[i] < 0 ? -1 : to[ids[i]];
}
