/**
 * The owner's book read: the sales sheet into columns, the debt and customer sheets into records,
 * then rows known only by a phone number given the name another row or the customer sheet has.
 */
import type { AnalysisInput, BookSheets } from '../analysis';
import type { DateOrder } from '../read/cells';
import { resolvePhoneCustomers, type SalesColumns } from '../read/columns';
import { readCustomers, type CustomerRecord } from '../read/customerRows';
import { ZoneClock } from '../read/dates';
import { readDebts, type DebtRecord } from '../read/debtRows';
import { readOptional } from '../read/notes';
import { ownerWordsOf } from '../read/paidWords';
import { readSalesColumns } from '../read/salesParts';
import type { ReadContext } from '../read/sheet';
import type { AnalysisOptions } from './options';

/** The sheets read, and the sales as columns (no record per row is kept when `compact`). */
export interface Book {
  sheets: BookSheets;
  salesColumns: SalesColumns;
  /** The debt sheet's name, for the debt book's messages ('' without one). */
  debtSheetName: string;
  debtRecords: DebtRecord[];
  profiles: CustomerRecord[];
}

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
  options.onProgress?.('penjualan');
  const read = (options.readSales ?? readSalesColumns)(input.sales, ctx, cols.penjualan, !options.compact);
  options.onProgress?.('hutang');
  const debts = readOptional(input.debts, ctx, (sheet) => readDebts(sheet, ctx, cols.hutang));
  const customers = readOptional(input.customers, ctx, (sheet) => readCustomers(sheet, ctx, cols.pelanggan));
  return {
    sheets: { sales: read.sales, debts, customers },
    salesColumns: read.columns,
    debtSheetName: input.debts?.name ?? '',
    debtRecords: debts?.records ?? [],
    profiles: customers?.records ?? [],
  };
}

/** Rows known only by a phone number take the name the customer sheet or another row gives it. */
export function resolveIdentities(book: Book): void {
  const phoneToKey = new Map<string, string>();
  for (const p of book.profiles) if (p.phone && !phoneToKey.has(p.phone)) phoneToKey.set(p.phone, p.key);
  resolvePhoneCustomers(book.salesColumns, phoneToKey);
  resolvePhones(book.sheets.sales.records, phoneToKey);
  resolvePhones(book.debtRecords, phoneToKey);
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
