/**
 * Which rows under the header hold data, in every sheet: blank rows, a closing TOTAL/JUMLAH row
 * and the header pasted again further down are not customers.
 */
import { CodeMemo, GridCodes, type CodedRows } from './codedRows';
import { cannotStartAny } from './fastCells';
import type { HeaderMatch } from './headers';
import { TOTAL_ROW_WORDS } from './schema';
import type { SheetInput } from './sheet';
import { headerKey, isBlank, words } from './text';
import type { Day } from './dates';
import { CHECK_EVERY, checkDeadline } from '../deadline';

/** A subtotal cell: TOTAL, JUMLAH, Subtotal, Grand Total, "Total Januari" (never a customer). */
export function isSubtotalText(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const w = words(value);
  return (
    w.length > 0 &&
    TOTAL_ROW_WORDS.has(w[0]) &&
    (w[0] !== 'grand' && w[0] !== 'sub' ? true : w[1] === 'total')
  );
}

/** Whether a cell says TOTAL/JUMLAH; names repeat, so the answer is cached per text. */
const totalWordCache = new Map<string, boolean>();
const notTotalWord = cannotStartAny(TOTAL_ROW_WORDS);
function isTotalWord(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 60 || notTotalWord(value)) return false;
  let yes = totalWordCache.get(value);
  if (yes === undefined) {
    yes = isSubtotalText(value);
    if (totalWordCache.size > 100_000) totalWordCache.clear();
    totalWordCache.set(value, yes);
  }
  return yes;
}

/**
 * Whether a row's name and date cells are the header again further down, where months were pasted
 * one after another: both text, and the same header words. A date cell starting with a letter or
 * digit the date header does not start with is no header (headerKey keeps that character).
 */
function headerAgain(nameHeader: string, dateHeader: string) {
  const notDateHeader = cannotStartAny([dateHeader]);
  return {
    name: (v: unknown) => typeof v === 'string' && headerKey(v) === nameHeader,
    date: (v: unknown) => typeof v === 'string' && !notDateHeader(v) && headerKey(v) === dateHeader,
  };
}

/**
 * The date a part of the sheet starting at row `cut` (an index into `sheet.rows`) carries down to
 * its rows without one (DOMAIN 1), as reading the sheet whole would: the date of the nearest data
 * row above with a date cell; null for an unreadable one, the header pasted again, or none.
 * Blank and TOTAL rows are passed over. `dayOf` reads a date cell.
 */
export function carryBefore(
  sheet: SheetInput,
  header: HeaderMatch,
  cut: number,
  dayOf: (cell: unknown) => Day | null,
): Day | null {
  const rowAt = sheet.rowAt ?? ((index: number) => sheet.rows[index]);
  const [nameCol, dateCol] = [header.columns.pelanggan as number, header.columns.tanggal as number];
  const top = sheet.rows[header.headerRow] ?? [];
  const again = headerAgain(headerKey(top[nameCol]), headerKey(top[dateCol]));
  for (let r = cut - 1; r > header.headerRow; r--) {
    const row = rowAt(r) ?? [];
    if (row.every((cell, c) => c === sheet.ignoreColumn || isBlank(cell))) continue;
    const [name, date] = [row[nameCol], row[dateCol]];
    if (isTotalWord(name) || isTotalWord(date)) continue;
    if (again.name(name) && again.date(date)) return null;
    if (!isBlank(date)) return dayOf(date);
  }
  return null;
}

/**
 * The sheet's rows coded for `columns`: by the sheet's own coder, else from its grid, whose
 * `distinct` columns are left as they are (a table of half a million invoice numbers costs more
 * than it spares).
 */
export function codedRows(
  sheet: SheetInput,
  columns: readonly number[],
  distinct: readonly number[] = [],
): CodedRows {
  const count = sheet.rows.length;
  // One table per column: the customer sheet's name column is also its "date" column.
  if (sheet.codes) return sheet.codes([...new Set([...columns, ...distinct])], count);
  return new GridCodes(sheet.rows, count, sheet.ignoreColumn ?? -1, columns, sheet.rowAt);
}

/**
 * Visits the data rows under the header, skipping blank rows, a closing total row and the header
 * repeated; whether a name or date cell is either is worked out once per distinct cell.
 */
export function forEachDataRow(
  sheet: SheetInput,
  rows: CodedRows,
  header: HeaderMatch,
  nameCol: number,
  dateCol: number,
  visit: (row: number, rowNumber: number) => void,
): number {
  const test = new DataRowTest(sheet, rows, header, nameCol, dateCol);
  const firstRow = sheet.firstRow ?? 1;
  let dataRows = 0;
  for (let r = test.first; r < rows.length; r++) {
    if (r % CHECK_EVERY === 0) checkDeadline();
    if (!test.isData(r)) continue;
    dataRows++;
    visit(r, firstRow + r);
  }
  return dataRows;
}

/** Which rows under the header hold data: not blank, no closing total, not the header again. */
export class DataRowTest {
  /** The first row that may hold data. */
  readonly first: number;
  private readonly totalName = new CodeMemo(isTotalWord);
  private readonly totalDate = new CodeMemo(isTotalWord);
  private readonly headerName: CodeMemo<boolean>;
  private readonly headerDate: CodeMemo<boolean>;
  private readonly names: Int32Array;
  private readonly dates: Int32Array;

  constructor(
    sheet: SheetInput,
    private readonly rows: CodedRows,
    header: HeaderMatch,
    private readonly nameCol: number,
    private readonly dateCol: number,
  ) {
    const top = sheet.continues?.headerCells ?? sheet.rows[header.headerRow] ?? [];
    const again = headerAgain(headerKey(top[nameCol]), headerKey(top[dateCol]));
    this.headerName = new CodeMemo(again.name);
    this.headerDate = new CodeMemo(again.date);
    this.names = rows.codesOf(nameCol);
    this.dates = rows.codesOf(dateCol);
    this.first = sheet.continues ? 0 : header.headerRow + 1;
  }

  isData(r: number): boolean {
    if (this.rows.blank(r)) return false;
    const [name, date] = [this.names[r], this.dates[r]];
    if (this.isTotalName(name) || this.isTotalDate(date)) return false;
    return !this.isHeaderAgain(r);
  }

  /** Whether row r is the header pasted again (months pasted one after another). */
  isHeaderAgain(r: number): boolean {
    return this.isHeaderDate(this.dates[r]) && this.headerName.of(this.rows, this.nameCol, this.names[r]);
  }

  /** Whether the name cell of this code says TOTAL (the row is a subtotal, no data). */
  isTotalName(code: number): boolean {
    return this.totalName.of(this.rows, this.nameCol, code);
  }

  isTotalDate(code: number): boolean {
    return this.totalDate.of(this.rows, this.dateCol, code);
  }

  /** Whether the date cell of this code is the date column's header word (the header pasted again). */
  isHeaderDate(code: number): boolean {
    return this.headerDate.of(this.rows, this.dateCol, code);
  }
}

/** Each data row's cells with its sheet row number (the debt and customer sheets). */
export function forEachDataCells(
  sheet: SheetInput,
  header: HeaderMatch,
  nameCol: number,
  dateCol: number,
  visit: (row: readonly unknown[], rowNumber: number) => void,
): number {
  const rows = codedRows(sheet, [nameCol, dateCol]);
  const rowAt = sheet.rowAt ?? ((index: number) => sheet.rows[index]);
  return forEachDataRow(sheet, rows, header, nameCol, dateCol, (r, rowNumber) => visit(rowAt(r), rowNumber));
}
