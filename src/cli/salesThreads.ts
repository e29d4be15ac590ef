/**
 * A large sales file read on two threads: this thread reads the top part, a worker thread the
 * rest (the header found here travels with it), and the core joins the two parts into exactly
 * what one pass gives (src/core/read/salesParts.ts): the tables that numbered this thread's texts
 * go on to number the worker's. Reading rows is most of the command line's time on a million-row
 * book, and nearly every machine has a second core.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { currentLocale, setLocale } from '../core/i18n';
import { ZoneClock, type Day } from '../core/read/dates';
import { detectHeader, type HeaderMatch } from '../core/read/headers';
import type { ColumnOverrides } from '../core/read/schema';
import type { ReadContext, SheetInput } from '../core/read/sheet';
import type { DateOrder } from '../core/read/cells';
import type { InvoiceNumbers } from '../core/read/invoiceNumbers';
import { carryBefore } from '../core/read/dataRows';
import { dayMeaning } from '../core/read/cellMeaning';
import {
  SalesJoin,
  readSalesColumns,
  readSalesPart,
  type SalesColumnsRead,
  type SalesPart,
} from '../core/read/salesParts';
import { csvTable, type CsvTable, type Delimiter } from './csv';
import { startsAsUtf8 } from './encoding';
import { canUseWorker, threadThreshold, SecondThread, type Job, type WorkerThread } from './threads';
import { fileBuffer } from './fileBuffer';

export const SALES_PART_ROLE = 'segmentasi-sales-part';
/** Fewer data rows than this are read on one thread: starting a worker costs about 0.1 s. */
const DEFAULT_MIN_ROWS = 200_000;
/** A sales file this large holds about DEFAULT_MIN_ROWS rows or more (short rows are ~30 bytes). */
const MIN_BYTES = 6_000_000;
/**
 * The share of the rows (of a large file, of its bytes) read on this thread. The worker starts its
 * part about 90 ms later and reads a little slower beside this thread (on a quiet 2-core machine,
 * 16 ms per % of the rows here, 17 ms there), and this thread also joins the parts: at 0.54 both
 * parts end together, so neither thread waits for the other.
 */
export const MAIN_SHARE = 0.54;

interface PartJob {
  /** The part is the file from this byte on: read by the worker itself, no copy of text between threads. */
  file: string;
  byteOffset: number;
  delimiter: Delimiter;
  name: string;
  /** Sheet row number of the part's first row. */
  firstRow: number;
  header: HeaderMatch;
  headerCells: readonly unknown[];
  /** The date the part's first rows take when theirs is blank (DOMAIN 1), found above the cut here. */
  carry: Day | null;
  overrides: ColumnOverrides | undefined;
  timeZone: string;
  dateOrder: DateOrder;
  stripHonorifics: boolean;
  referenceDay: Day;
  locale: string;
  /** The owner's paid and unpaid words (settings), as header keys. */
  ownerWords: { paid: string[]; unpaid: string[] } | null;
}

/**
 * A second thread for a sales file large enough to be read on two threads, started before this
 * thread reads the file, so that its start (loading the program, about 0.15 s) overlaps the
 * reading here: when the machine has two cores and `script` (the built command line, which a
 * worker runs) is known. Its worker reads part of the file; the next one makes the retention and
 * cohort tables and fits the model (src/cli/fitThread.ts).
 */
export function secondThread(file: string, script: string | undefined): SecondThread | undefined {
  const limit = threadThreshold(DEFAULT_MIN_ROWS);
  if (!canUseWorker(script) || limit <= 0) return undefined;
  const large = process.env.SEGMENTASI_THREAD_ROWS !== undefined || fileSize(file) >= MIN_BYTES;
  return large ? new SecondThread(script) : undefined;
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** How far past its share of the bytes this thread reads, to find the record where the worker's part begins. */
const TOP_SLACK = 1 << 20;

/** The top of a large sales file, read here: `cut` is the record where the worker's part begins. */
export interface SalesTop {
  table: CsvTable;
  cut: number;
}

/**
 * Reads the top MAIN_SHARE of the file's bytes, and a little more to find the first record that
 * starts beyond it: the worker reads the rest itself, so this thread neither reads nor indexes
 * it. Null when no record starts there (a file of a few very long records): read it whole then.
 */
export function readSalesTop(file: string): SalesTop | null {
  const size = statSync(file).size;
  const target = Math.ceil(size * MAIN_SHARE);
  const bytes = bytesBetween(file, 0, Math.min(size, target + TOP_SLACK));
  // UTF-16 or Windows-1252: read whole and turned into UTF-8 by the caller, on this thread.
  if (!startsAsUtf8(bytes)) return null;
  const table = csvTable(bytes);
  // The first record starting at or after the target: records start in increasing order.
  let [lo, hi] = [0, table.rows.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table.byteOffset(mid) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && lo < table.rows.length ? { table, cut: lo } : null;
}

/**
 * The core's sales reader for `table`: on two threads with `worker` when the file is large. With
 * `top`, the table holds only the file's top (readSalesTop).
 */
export function salesReader(
  file: string,
  table: CsvTable,
  worker: WorkerThread | undefined,
  top?: { cut: number },
): typeof readSalesColumns {
  return (sheet, ctx, overrides, keepRecords) => {
    if (worker && !keepRecords && (top || table.rows.length >= threadThreshold(DEFAULT_MIN_ROWS)))
      return readOnTwoThreads({ file, table, worker, top }, sheet, ctx, overrides);
    if (!top) return readSalesColumns(sheet, ctx, overrides, keepRecords);
    return readWhole(file, sheet, ctx, overrides, keepRecords);
  };
}

/** Only the top was read, yet this thread is to read it all (or the header lies below the cut). */
function readWhole(
  file: string,
  sheet: SheetInput,
  ctx: ReadContext,
  overrides: ColumnOverrides | undefined,
  keepRecords: boolean,
): SalesColumnsRead {
  const whole = csvTable(bytesFrom(file, 0));
  const all = { ...sheet, rows: whole.rows, rowAt: whole.rowAt, codes: whole.codes };
  return readSalesColumns(all, ctx, overrides, keepRecords);
}

interface TwoThreads {
  file: string;
  table: CsvTable;
  worker: WorkerThread;
  top?: { cut: number };
}

function readOnTwoThreads(
  { file, table, worker, top }: TwoThreads,
  sheet: SheetInput,
  ctx: ReadContext,
  overrides: ColumnOverrides | undefined,
): SalesColumnsRead {
  const header = detectHeader(sheet.rows, 'penjualan', sheet.name, overrides);
  const firstData = header.headerRow + 1;
  if (top && firstData >= top.cut) return readWhole(file, sheet, ctx, overrides, false);
  // About half each: the worker, started before this thread read the file, is ready when the job
  // comes (it still reads and indexes its own bytes, and this thread joins the parts afterwards).
  const cut = top ? top.cut : firstData + Math.ceil((table.rows.length - firstData) * MAIN_SHARE);
  const job: PartJob = {
    file,
    byteOffset: table.byteOffset(cut),
    delimiter: table.delimiter,
    name: sheet.name,
    firstRow: (sheet.firstRow ?? 1) + cut,
    header,
    headerCells: table.rowAt(header.headerRow),
    carry: carryBefore({ ...sheet, rows: table.rows, rowAt: table.rowAt }, header, cut, (v) =>
      dayMeaning(v, ctx),
    ),
    overrides,
    timeZone: ctx.clock.timeZone,
    dateOrder: ctx.dateOrder,
    stripHonorifics: ctx.stripHonorifics,
    referenceDay: ctx.referenceDay,
    locale: currentLocale(),
    ownerWords: ctx.ownerWords
      ? { paid: [...ctx.ownerWords.paid], unpaid: [...ctx.ownerWords.unpaid] }
      : null,
  };
  const rest = worker.call<PartJob, SalesPart>(SALES_PART_ROLE, job);
  const topSheet: SheetInput = { ...sheet, rows: table.head(cut), rowAt: table.rowAt, codes: table.codes };
  // Room for the whole file's rows, so the worker's part is joined on in place (an estimate from
  // the top's share of the bytes when only the top was read).
  const capacity = top ? Math.ceil((cut / MAIN_SHARE) * 1.1) : table.rows.length;
  const join = new SalesJoin(readSalesPart(topSheet, ctx, overrides, false, capacity));
  return join.finish([rest.result()], ctx, topSheet);
}

/** The file's bytes [from, to), without reading the others. */
function bytesBetween(file: string, from: number, to: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const bytes = fileBuffer(Math.max(0, to - from));
    let got = 0;
    for (let n = -1; n !== 0 && got < bytes.length; got += n)
      n = readSync(fd, bytes, got, bytes.length - got, from + got);
    return bytes.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** The file's bytes from `offset` on, without reading the bytes before it. */
function bytesFrom(file: string, offset: number): Buffer {
  return bytesBetween(file, offset, statSync(file).size);
}

/** The worker's job: reads its part of the file and posts it, typed arrays moved, not copied. */
export const salesPartJob: Job<PartJob, SalesPart> = (job) => {
  setLocale(job.locale);
  const table = csvTable(bytesFrom(job.file, job.byteOffset), job.delimiter);
  const sheet: SheetInput = {
    name: job.name,
    rows: table.rows,
    rowAt: table.rowAt,
    codes: table.codes,
    firstRow: job.firstRow,
    continues: { header: job.header, headerCells: job.headerCells, carry: job.carry },
  };
  const ctx: ReadContext = {
    clock: new ZoneClock(job.timeZone),
    dateOrder: job.dateOrder,
    stripHonorifics: job.stripHonorifics,
    referenceDay: job.referenceDay,
    issues: [],
    notes: [],
    tallies: {},
    ...(job.ownerWords && {
      ownerWords: { paid: new Set(job.ownerWords.paid), unpaid: new Set(job.ownerWords.unpaid) },
    }),
  };
  // Its tables stay here: the join continues this thread's own.
  const { read, columns, issues, tallies } = readSalesPart(sheet, ctx, job.overrides, false);
  const c = { ...columns, invoices: ownInvoices(columns.invoices) };
  const part: SalesPart = { read, columns: c, issues, tallies };
  const b = 'bytes' in c.invoices ? c.invoices.bytes : null;
  const invoiceArrays = b ? [b.store, b.starts, b.lengths, b.hashes] : [];
  const transfer = [
    c.customer,
    c.day,
    c.amount,
    c.invoice,
    c.name,
    c.phone,
    c.row,
    c.flags,
    ...invoiceArrays,
  ].map((a) => a.buffer as ArrayBuffer);
  return { value: part, transfer };
};

/**
 * Invoice numbers as bytes in arrays of their own, to be moved to the other thread: the table's
 * arrays are views of larger ones (the store may even share Node's small-buffer pool).
 */
function ownInvoices(numbers: InvoiceNumbers): InvoiceNumbers {
  if (!('bytes' in numbers)) return numbers;
  const { size, store, starts, lengths, hashes } = numbers.bytes;
  return {
    bytes: {
      size,
      store: store.slice(),
      starts: starts.slice(),
      lengths: lengths.slice(),
      hashes: hashes.slice(),
    },
  };
}
