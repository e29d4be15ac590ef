/**
 * The owner's book read: the sales sheet into columns, the debt and customer sheets into records,
 * then rows known only by a phone number given the name another row or the customer sheet has.
 */
import type { AnalysisInput } from '../analysis';
import type { DateOrder } from '../read/cells';
import { resolvePhoneCustomers } from '../read/columns';
import { readCustomers } from '../read/customerRows';
import { ZoneClock } from '../read/dates';
import { readDebts, type DebtRecord } from '../read/debtRows';
import { readOptional } from '../read/notes';
import { ownerWordsOf } from '../read/paidWords';
import { readSalesColumns, readSalesSheets } from '../read/salesParts';
import type { ReadContext, ReadResult, SheetInput } from '../read/sheet';
import type { ColumnOverrides } from '../read/schema';
import { msg } from '../i18n';
import type { AnalysisOptions } from './options';
import { splitByOwnNumbers } from './ownNumbers';
import type { Book } from './book';

/** The sheets read, and the sales as columns (no record per row is kept when `compact`). */
/** What every sheet's reader shares: the day, the time zone, the date order, where issues go. */
export function readContextFor(options: AnalysisOptions): ReadContext {
  const { settings, referenceDay } = options;
  return {
    clock: new ZoneClock(options.timeZone),
    dateOrder: settings.formatTanggal as DateOrder,
    stripHonorifics: settings.hapusSapaan,
    referenceDay,
    issues: [],
    notes: [],
    tallies: {},
    ownerWords: ownerWordsOf(settings.kataLunas, settings.kataBelumLunas),
  };
}

/**
 * Sales go into columns (no record per row is kept when `compact`: the command line); debts and
 * customers, far fewer rows, stay records. An empty optional sheet is noted and skipped.
 */
export function readBook(input: AnalysisInput, ctx: ReadContext, options: AnalysisOptions): Book {
  const cols = options.settings.kolom;
  const labels = msg().cli.labels;
  options.onProgress?.('penjualan');
  const salesSheets = [input.sales, ...(input.moreSales ?? [])];
  // A book kept over several sheets is read together, and the run names the sheets (DOMAIN 1).
  if (salesSheets.length > 1)
    ctx.notes?.push(
      msg().notes.sheetsTogether(
        labels.sales,
        salesSheets.map((s) => s.name),
      ),
    );
  const read =
    salesSheets.length === 1
      ? (options.readSales ?? readSalesColumns)(input.sales, ctx, cols.penjualan, !options.compact)
      : readSalesSheets(salesSheets, ctx, cols.penjualan, !options.compact);
  options.onProgress?.('hutang');
  const debtSheets = input.debts ? [input.debts, ...(input.moreDebts ?? [])] : [];
  if (debtSheets.length > 1)
    ctx.notes?.push(
      msg().notes.sheetsTogether(
        labels.debts,
        debtSheets.map((s) => s.name),
      ),
    );
  const debts = readDebtBook(debtSheets, ctx, cols.hutang);
  const customers = readOptional(input.customers, ctx, (sheet) => readCustomers(sheet, ctx, cols.pelanggan));
  return {
    sheets: { sales: read.sales, debts, customers },
    salesColumns: read.columns,
    salesSheetOf: sheetOfIndex(salesSheets, read.starts),
    debtSheetName: input.debts?.name ?? '',
    debtRecords: debts?.records ?? [],
    profiles: customers?.records ?? [],
  };
}

/** The sheet of a row index of columns read from `sheets` in order, each starting at `starts[k]`. */
function sheetOfIndex(
  sheets: readonly SheetInput[],
  starts: readonly number[] = [0],
): (index: number) => string {
  return (index) => {
    let k = starts.length - 1;
    while (k > 0 && starts[k] > index) k--;
    return sheets[k].name;
  };
}

/**
 * The debt book, from one sheet or several read together: their records in order, each saying its
 * sheet; an empty sheet among them is noted and skipped.
 */
function readDebtBook(
  sheets: readonly SheetInput[],
  ctx: ReadContext,
  overrides: ColumnOverrides | undefined,
): ReadResult<DebtRecord> | null {
  if (sheets.length <= 1) return readOptional(sheets[0], ctx, (sheet) => readDebts(sheet, ctx, overrides));
  const read = sheets.flatMap((sheet) => {
    const r = readOptional(sheet, ctx, (s) => readDebts(s, ctx, overrides));
    if (r) for (const record of r.records) record.sheet = sheet.name;
    return r ? [{ sheet, r }] : [];
  });
  if (read.length === 0) return null;
  return {
    records: read.flatMap(({ r }) => r.records),
    header: read[0].r.header,
    afterReference: read.reduce((n, { r }) => n + r.afterReference, 0),
    dataRows: read.reduce((n, { r }) => n + r.dataRows, 0),
    parts: read.map(({ sheet, r }) => ({
      name: sheet.name,
      header: r.header,
      dataRows: r.dataRows,
      ...(r.afterReferenceRows && { afterReferenceRows: r.afterReferenceRows }),
    })),
  };
}

/** Rows known only by a phone number take the name the customer sheet or another row gives it. */
export function resolveIdentities(book: Book, ctx?: Pick<ReadContext, 'tallies'>): void {
  const phoneToKey = new Map<string, string>();
  for (const p of book.profiles) if (p.phone && !phoneToKey.has(p.phone)) phoneToKey.set(p.phone, p.key);
  resolvePhoneCustomers(book.salesColumns, phoneToKey);
  resolvePhones(book.sheets.sales.records, phoneToKey);
  resolvePhones(book.debtRecords, phoneToKey);
  splitByOwnNumbers(book, ctx);
}

/** Rows without a name but with a known phone belong to that phone's customer. */
function resolvePhones(
  records: { key: string; phone: string; name: string }[],
  phoneToKey: Map<string, string>,
): void {
  for (const r of records) {
    if (r.name !== '' && r.phone !== '' && !phoneToKey.has(r.phone)) phoneToKey.set(r.phone, r.key);
  }
  for (const r of records) {
    if (r.key.startsWith('tel:')) r.key = phoneToKey.get(r.phone) ?? r.key;
  }
}
