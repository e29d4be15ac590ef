/**
 * A large sales file read on two threads: this thread reads the top part, a worker thread the
 * rest (the header found here travels with it), and the core joins the two parts into exactly
 * what one pass gives (src/core/read/salesParts.ts): the tables that numbered this thread's texts
 * go on to number the worker's. Reading rows is most of the command line's time on a million-row
 * book, and nearly every machine has a second core.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { currentLocale, setLocale } from '../core/i18n';
import { ZoneClock, type Day } from '../core/read/dates';
import { detectHeader, type ColumnOverrides, type HeaderMatch } from '../core/read/headers';
import type { ReadContext, SheetInput } from '../core/read/read';
import type { DateOrder } from '../core/read/cells';
import {
  SalesJoin,
  readSalesColumns,
  readSalesPart,
  type SalesColumnsRead,
  type SalesPart,
} from '../core/read/salesParts';
import { csvTable, type CsvTable, type Delimiter } from './csv';
import { answerOnWorker, callOnWorker, canUseWorker, threadThreshold } from './threads';

export const SALES_PART_ROLE = 'segmentasi-sales-part';
/** Fewer data rows than this are read on one thread: starting a worker costs about 0.1 s. */
const DEFAULT_MIN_ROWS = 200_000;
/** The share of the rows read on this thread (0.6 finished soonest on the bench file: 0.5, 0.55, 0.65 tried). */
const MAIN_SHARE = 0.6;

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
  overrides: ColumnOverrides | undefined;
  timeZone: string;
  dateOrder: DateOrder;
  stripHonorifics: boolean;
  referenceDay: Day;
  locale: string;
}

/**
 * The core's sales reader for `table`: two threads when the file is large, the machine has two
 * cores and `script` (the built command line, which a worker runs) is known; one otherwise.
 */
export function salesReader(
  file: string,
  table: CsvTable,
  script: string | undefined,
): typeof readSalesColumns {
  return (sheet, ctx, overrides, keepRecords) => {
    const limit = threadThreshold(DEFAULT_MIN_ROWS);
    if (!canUseWorker(script) || keepRecords || limit <= 0 || table.rows.length < limit)
      return readSalesColumns(sheet, ctx, overrides, keepRecords);
    return readOnTwoThreads({ file, table, script }, sheet, ctx, overrides);
  };
}

function readOnTwoThreads(
  { file, table, script }: { file: string; table: CsvTable; script: string },
  sheet: SheetInput,
  ctx: ReadContext,
  overrides: ColumnOverrides | undefined,
): SalesColumnsRead {
  const header = detectHeader(sheet.rows, 'penjualan', sheet.name, overrides);
  const firstData = header.headerRow + 1;
  // This thread takes a little more than half: the worker starts later (it loads the program,
  // reads and indexes its bytes) and its texts are copied over when it is done.
  const cut = firstData + Math.ceil((table.rows.length - firstData) * MAIN_SHARE);
  const job: PartJob = {
    file,
    byteOffset: table.byteOffset(cut),
    delimiter: table.delimiter,
    name: sheet.name,
    firstRow: (sheet.firstRow ?? 1) + cut,
    header,
    headerCells: table.rowAt(header.headerRow),
    overrides,
    timeZone: ctx.clock.timeZone,
    dateOrder: ctx.dateOrder,
    stripHonorifics: ctx.stripHonorifics,
    referenceDay: ctx.referenceDay,
    locale: currentLocale(),
  };
  const rest = callOnWorker<PartJob, SalesPart>(script, SALES_PART_ROLE, job);
  const top: SheetInput = { ...sheet, rows: table.head(cut), rowAt: table.rowAt, codes: table.codes };
  const join = new SalesJoin(readSalesPart(top, ctx, overrides, false));
  return join.finish([rest.result()], ctx, top);
}

/** The file's bytes from `offset` on, without reading the bytes before it. */
function bytesFrom(file: string, offset: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const bytes = Buffer.allocUnsafe(Math.max(0, fstatSync(fd).size - offset));
    let got = 0;
    for (let n = -1; n !== 0 && got < bytes.length; got += n)
      n = readSync(fd, bytes, got, bytes.length - got, offset + got);
    return bytes.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** The worker thread: reads its part of the file and posts it, typed arrays moved, not copied. */
export function runSalesWorker(): void {
  answerOnWorker<PartJob, SalesPart>((job) => {
    setLocale(job.locale);
    const table = csvTable(bytesFrom(job.file, job.byteOffset), job.delimiter);
    const sheet: SheetInput = {
      name: job.name,
      rows: table.rows,
      rowAt: table.rowAt,
      codes: table.codes,
      firstRow: job.firstRow,
      continues: { header: job.header, headerCells: job.headerCells },
    };
    const ctx: ReadContext = {
      clock: new ZoneClock(job.timeZone),
      dateOrder: job.dateOrder,
      stripHonorifics: job.stripHonorifics,
      referenceDay: job.referenceDay,
      issues: [],
      notes: [],
    };
    // Its tables stay here: the join continues this thread's own.
    const { read, columns: c, issues } = readSalesPart(sheet, ctx, job.overrides, false);
    const part: SalesPart = { read, columns: c, issues };
    const transfer = [c.customer, c.day, c.amount, c.invoice, c.name, c.phone, c.row, c.flags].map(
      (a) => a.buffer as ArrayBuffer,
    );
    return { value: part, transfer };
  });
}
