/**
 * Turning the owner's rows into records. Each unreadable row is reported with its sheet, row and
 * column and skipped; blank rows and a closing TOTAL/JUMLAH row are not customers.
 */
import { parseAmountCell, parseDateCell, type DateOrder } from './cells';
import type { Day, ZoneClock } from './dates';
import { detectHeader, type HeaderMatch } from './headers';
import type { Grid } from './grid';
import type { RowIssue } from '../messages';
import { msg } from '../i18n';
import { CUSTOMER_FIELDS, DEBT_FIELDS, SALES_FIELDS, TOTAL_ROW_WORDS, type ColumnOverrides } from './schema';
import { cannotStartAny, plainDate } from './fastCells';
import { cleanName, headerKey, isBlank, keyOfCleanName, phoneKey, words } from './text';
import { paidState, type PaidState } from './paidWords';
import { CodeMemo, GridCodes, type CodedRows, type RowCoder } from './codedRows';

export interface SheetInput {
  name: string;
  rows: Grid;
  /** Sheet row number of rows[0] (1 when the grid starts at the top of the sheet). */
  firstRow?: number;
  /** 0-based column to treat as absent: the menu's own "Tipe Pelanggan" column. */
  ignoreColumn?: number;
  /** rows[i] without indexing: the command line's lazy CSV grid, where indexing is slow. */
  rowAt?: (index: number) => readonly unknown[];
  /** A later part of a sheet read on its own: `rows` holds data rows only, under this header. */
  continues?: SheetContinuation;
  /** The sheet's own coder of its cells (the command line codes CSV bytes); else the grid is coded. */
  codes?: RowCoder;
}

/** What a later part of a sheet needs from its top: the header found there and its cells. */
export interface SheetContinuation {
  header: HeaderMatch;
  headerCells: readonly unknown[];
}

export interface ReadContext {
  clock: ZoneClock;
  dateOrder: DateOrder;
  stripHonorifics: boolean;
  referenceDay: Day;
  issues: RowIssue[];
  /** The run's notes for the owner: rows skipped as cancelled, an empty optional sheet... */
  notes?: string[];
}

export interface SaleRecord {
  row: number;
  day: Day;
  name: string;
  /** Customer identity key; "tel:<digits>" until a name is known for a nameless row. */
  key: string;
  amount: number;
  invoice: string;
  credit: boolean;
  /** A credit sale the row itself says was repaid ("Kasbon (sudah lunas)"): credit use, no open debt. */
  creditPaid?: boolean;
  discount: boolean;
  phone: string;
}

export type DebtKind = 'borrow' | 'pay';

export interface DebtRecord {
  row: number;
  kind: DebtKind;
  day: Day;
  name: string;
  key: string;
  amount: number;
  due: Day | null;
  paidDay: Day | null;
  /** Amount repaid per the row's own columns (row-per-debt layout); null when the row says nothing. */
  paid: number | null;
  phone: string;
}

export interface CustomerRecord {
  row: number;
  name: string;
  key: string;
  phone: string;
  birthday: Day | null;
  kind: string;
  referredBy: string;
  potential: string;
  closeness: string;
  complaint: string;
  /** The owner's "Terakhir Dihubungi" date: the follow-up list leaves the customer out for a while. */
  lastContacted: Day | null;
}

export interface ReadResult<T> {
  records: T[];
  header: HeaderMatch;
  /** Data rows after the reference date, ignored. */
  afterReference: number;
  dataRows: number;
  /** Sales rows whose status says batal, gagal, failed, pending or refund: not sales. */
  cancelled?: number;
}

const PAY_WORDS = new Set([
  'bayar',
  'byr',
  'cicil',
  'cicilan',
  'pelunasan',
  'lunas',
  'setor',
  'setoran',
  'angsur',
  'angsuran',
  'payment',
]);
const NO_WORDS = new Set(['0', 'tidak', 'tdk', 'no', 'nggak', 'ga', 'gak', 'bukan', 'none', 'false']);

/** Whether a payment cell means a sale on credit, repaid or not (DOMAIN 1). */
export function isCreditPayment(value: unknown, header: unknown = ''): boolean {
  const state = paidState(value, header);
  return state === 'unpaid' || state === 'creditPaid' || state === 'partial';
}

export function isDiscount(value: unknown): boolean {
  if (isBlank(value)) return false;
  if (typeof value === 'number') return value !== 0;
  const w = words(value);
  return w.length > 0 && !(w.length === 1 && NO_WORDS.has(w[0])) && String(value).trim() !== '-';
}

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

/** What a name cell says: its display name and identity key, or that it is an error cell (#REF!). */
export interface NameMeaning {
  name: string;
  key: string;
  error: boolean;
}

export function nameMeaning(raw: unknown, stripHonorifics: boolean): NameMeaning {
  if (isErrorCell(raw)) return { name: '', key: '', error: true };
  const name = isBlank(raw) ? '' : cleanName(raw);
  return { name, key: name === '' ? '' : keyOfCleanName(name, stripHonorifics), error: false };
}

/** The day a date cell says, null when it says none; plain ISO and DD-MM-YYYY text the fast way. */
export function dayMeaning(value: unknown, ctx: ReadContext): Day | null {
  const plain = typeof value === 'string' ? plainDate(value, ctx.dateOrder === 'DMY') : null;
  return plain ?? parseDateCell(value, ctx.clock, ctx.dateOrder);
}

/** Cache of parsed names and dates of the debt and customer sheets, by cell value. */
class CellCache {
  private names = new Map<unknown, NameMeaning>();
  private dates = new Map<unknown, Day | null>();
  constructor(private readonly ctx: ReadContext) {}
  /** Display name and identity key of a raw name cell ('' for a blank cell). */
  who(raw: unknown): NameMeaning {
    let w = this.names.get(raw);
    if (w === undefined) this.names.set(raw, (w = nameMeaning(raw, this.ctx.stripHonorifics)));
    return w;
  }
  day(value: unknown): Day | null {
    // A Date object is new in every cell: parsed, not kept.
    if (typeof value !== 'string' && typeof value !== 'number') return dayMeaning(value, this.ctx);
    let d = this.dates.get(value);
    if (d === undefined) this.dates.set(value, (d = dayMeaning(value, this.ctx)));
    return d;
  }
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
    return !(this.isHeaderDate(date) && this.headerName.of(this.rows, this.nameCol, name));
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
function forEachDataCells(
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

export function issue(
  ctx: ReadContext,
  sheet: SheetInput,
  row: number,
  column: string,
  reason: string,
): void {
  ctx.issues.push({ sheet: sheet.name, row, column, reason });
}

/** The owner's own header of a column, for messages ("nominal", not our "Total"). */
export function ownerHeader(header: HeaderMatch, col: number | undefined, fallback: string): string {
  return (col === undefined ? '' : header.columnHeaders[col]) || fallback;
}

/** Reads a payment or status column's state per row; a column holds a handful of distinct words. */
function stateReader(header: HeaderMatch, col: number | undefined): (row: readonly unknown[]) => PaidState {
  if (col === undefined) return () => 'none';
  const title = header.columnHeaders[col];
  const memo = new Map<unknown, PaidState>();
  // Most rows repeat the previous row's word ("Tunai"): compared before the lookup.
  let lastValue: unknown = undefined;
  let lastState: PaidState = 'none';
  return (row) => {
    const value = row[col];
    if (value === lastValue && value !== undefined) return lastState;
    let state = memo.get(value);
    if (state === undefined) {
      state = paidState(value, title);
      if (memo.size < 10_000) memo.set(value, state);
    }
    lastValue = value;
    lastState = state;
    return state;
  };
}

/** A payment or status word we do not know, first seen at `row`, said by `count` rows. */
export interface UnknownWord {
  row: number;
  column: string;
  value: unknown;
  count: number;
}

/** Unknown payment words, reported once each at their first row with how many rows say it. */
export class UnknownWords {
  private readonly seen = new Map<string, UnknownWord>();
  /** One entry per column and word. */
  private static keyOf(column: string, value: unknown): string {
    return column + '\u0000' + String(value);
  }
  add(value: unknown, row: number, column: string): void {
    const key = UnknownWords.keyOf(column, value);
    const s = this.seen.get(key);
    if (s) s.count++;
    else this.seen.set(key, { row, column, value, count: 1 });
  }
  /** Words of parts read in sheet order: counts summed, each kept at its first row. */
  static merged(parts: readonly (readonly UnknownWord[])[]): UnknownWords {
    const all = new UnknownWords();
    for (const part of parts)
      for (const w of part) {
        const key = UnknownWords.keyOf(w.column, w.value);
        const s = all.seen.get(key);
        if (s) s.count += w.count;
        else all.seen.set(key, { ...w });
      }
    return all;
  }
  list(): UnknownWord[] {
    return [...this.seen.values()];
  }
  report(ctx: ReadContext, sheet: SheetInput): void {
    for (const s of this.seen.values())
      issue(ctx, sheet, s.row, s.column, msg().reasons.unknownPaymentWord(s.value, s.count));
  }
}

/** The sales sheet's rows read, with the unknown words its end reports (closeSalesSheet). */
export interface SalesRead extends ReadResult<SaleRecord> {
  unknownWords: UnknownWord[];
}

/** Receives each readable sales row; `sale` is one object reused for every row, so keep a copy. */
export type SaleSink = (sale: Readonly<SaleRecord>, codes: Readonly<SaleCodes>) => void;

/**
 * The codes of a sale's name, invoice and phone cells in the sheet read (-1 where not coded): the
 * same code is the same text, so a sink may number texts by code instead of hashing each.
 */
export interface SaleCodes {
  name: number;
  invoice: number;
  /**
   * The invoice's id where the sheet's coder numbers invoices itself (CodedRows.byteIds; -1 for a
   * row without one): the sale's `invoice` text is then left empty. NOT_NUMBERED elsewhere.
   */
  invoiceId: number;
  phone: number;
}

/** SaleCodes.invoiceId of a read that numbers invoices by their text. */
export const NOT_NUMBERED = -2;

/** A sale to keep: the sink's reused record copied, `creditPaid` only where true. */
export function copySale(s: Readonly<SaleRecord>): SaleRecord {
  return {
    row: s.row,
    day: s.day,
    name: s.name,
    key: s.key,
    amount: s.amount,
    invoice: s.invoice,
    credit: s.credit,
    ...(s.creditPaid ? { creditPaid: true } : {}),
    discount: s.discount,
    phone: s.phone,
  };
}

export function blankSale(): SaleRecord {
  return {
    row: 0,
    day: 0 as Day,
    name: '',
    key: '',
    amount: 0,
    invoice: '',
    credit: false,
    discount: false,
    phone: '',
  };
}

/** What the sales and the debt sheet read first in every row: its date, then who it is about. */
interface RowStart {
  ctx: ReadContext;
  sheet: SheetInput;
  cache: CellCache;
  columns: { date: number; name: number; phone: number | undefined };
  /** The owner's own headers, for messages. */
  dateLabel: string;
  nameLabel: string;
  /** Rows dated after the reference date: ignored, counted. */
  afterReference: number;
}

function rowStart(
  ctx: ReadContext,
  sheet: SheetInput,
  cache: CellCache,
  header: HeaderMatch,
  columns: RowStart['columns'],
): RowStart {
  const dateLabel = ownerHeader(header, columns.date, SALES_FIELDS.tanggal.label);
  const nameLabel = ownerHeader(header, columns.name, 'Pelanggan');
  return { ctx, sheet, cache, columns, dateLabel, nameLabel, afterReference: 0 };
}

/** The row's day with `into` filled with who it is about; null for a row skipped (and reported). */
function dayAndWho(r: RowStart, row: readonly unknown[], rowNumber: number, into: Who): Day | null {
  const day = readDay(row[r.columns.date], r.cache, r.ctx, r.sheet, rowNumber, r.dateLabel);
  if (day === null) return null;
  if (day > r.ctx.referenceDay) {
    r.afterReference++;
    return null;
  }
  const phone = r.columns.phone === undefined ? '' : row[r.columns.phone];
  const found = readWho(row[r.columns.name], phone, r.cache, r.ctx, r.sheet, rowNumber, r.nameLabel, into);
  return found ? day : null;
}

/** Reports what the sales sheet's rows left for its end: unknown payment words, cancelled rows. */
export function closeSalesSheet(ctx: ReadContext, sheet: SheetInput, parts: readonly SalesRead[]): void {
  const cancelled = parts.reduce((n, p) => n + (p.cancelled ?? 0), 0);
  closeSheet(ctx, sheet, UnknownWords.merged(parts.map((p) => p.unknownWords)), cancelled);
}

function readDay(
  raw: unknown,
  cache: CellCache,
  ctx: ReadContext,
  sheet: SheetInput,
  rowNumber: number,
  column: string,
): Day | null {
  const day = cache.day(raw);
  if (day === null)
    issue(ctx, sheet, rowNumber, column, isBlank(raw) ? msg().reasons.blankDate : msg().reasons.badDate(raw));
  return day;
}

function readAmount(
  raw: unknown,
  ctx: ReadContext,
  sheet: SheetInput,
  rowNumber: number,
  column: string,
): number | null {
  const amount = parseAmountCell(raw);
  if (amount === null)
    issue(
      ctx,
      sheet,
      rowNumber,
      column,
      isBlank(raw) ? msg().reasons.blankAmount : msg().reasons.badAmount(raw),
    );
  return amount;
}

const ERROR_CELL = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;

/** The text Sheets gives for a formula that failed. */
function isErrorCell(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 8 && ERROR_CELL.test(value.trim());
}

/** Who a row is about: display name, identity key and phone digits. */
type Who = Pick<SaleRecord, 'name' | 'key' | 'phone'>;

/**
 * Fills `into` with the name, key and phone of a row (false, reported, when it has neither name
 * nor phone); a nameless row with a phone is resolved through the phone later.
 */
function readWho(
  rawName: unknown,
  rawPhone: unknown,
  cache: CellCache,
  ctx: ReadContext,
  sheet: SheetInput,
  rowNumber: number,
  column: string,
  into: Who,
): boolean {
  const { name, key, error } = cache.who(rawName);
  // An error cell (#REF!, #N/A...) names nobody: reported, never a customer called "#REF!".
  if (error) {
    issue(ctx, sheet, rowNumber, column, msg().reasons.errorCell(rawName));
    return false;
  }
  const phone = isBlank(rawPhone) ? '' : phoneKey(rawPhone);
  into.phone = phone;
  if (name !== '') {
    into.name = name;
    into.key = key;
    return true;
  }
  if (phone !== '') {
    into.name = '';
    into.key = 'tel:' + phone;
    return true;
  }
  issue(ctx, sheet, rowNumber, column, msg().reasons.blankName);
  return false;
}

function optionalDay(
  raw: unknown,
  cache: CellCache,
  ctx: ReadContext,
  sheet: SheetInput,
  rowNumber: number,
  column: string,
  reason: (v: unknown) => string,
): Day | null {
  if (isBlank(raw)) return null;
  const day = cache.day(raw);
  if (day === null) issue(ctx, sheet, rowNumber, column, reason(raw));
  return day;
}

/** A ledger row's kind from its Jenis text ("Bayar", "Cicilan", "Pelunasan" vs "Pinjam", "Kasbon"). */
function debtKind(jenis: unknown, amount: number, ledger: boolean): DebtKind {
  if (amount < 0) return 'pay';
  if (!ledger) return 'borrow';
  const w = words(jenis);
  return !w.includes('belum') && w.some((x) => PAY_WORDS.has(x)) ? 'pay' : 'borrow';
}

/**
 * Reads the debt sheet in either layout: one row per debt with its repayment columns, or a
 * ledger of borrow and pay rows (told apart by the Jenis column or a negative amount).
 */
export function readDebts(
  sheet: SheetInput,
  ctx: ReadContext,
  overrides: ColumnOverrides = {},
): ReadResult<DebtRecord> {
  const header = detectHeader(sheet.rows, 'hutang', sheet.name, overrides);
  const c = header.columns as Partial<Record<keyof typeof DEBT_FIELDS, number>>;
  const [dateCol, nameCol, amountCol] = [c.tanggal as number, c.pelanggan as number, c.jumlah as number];
  const label = (col: number | undefined, fallback: string) => ownerHeader(header, col, fallback);
  const cache = new CellCache(ctx);
  const status = stateReader(header, c.status);
  const unknown = new UnknownWords();
  const records: DebtRecord[] = [];
  const rows = rowStart(ctx, sheet, cache, header, { date: dateCol, name: nameCol, phone: c.hp });
  let cancelled = 0;
  const ledger = isLedger(c);
  const dataRows = forEachDataCells(sheet, header, nameCol, dateCol, (row, rowNumber) => {
    const state = status(row);
    if (state === 'cancelled') {
      cancelled++;
      return;
    }
    const who: Who = { name: '', key: '', phone: '' };
    const day = dayAndWho(rows, row, rowNumber, who);
    if (day === null) return;
    const signed = readAmount(
      row[amountCol],
      ctx,
      sheet,
      rowNumber,
      label(amountCol, DEBT_FIELDS.jumlah.label),
    );
    if (signed === null) return;
    if (state === 'unknown') unknown.add(row[c.status as number], rowNumber, label(c.status, 'Status'));
    const kind = debtKind(c.jenis === undefined ? '' : row[c.jenis], signed, ledger);
    const where = { ctx, sheet, rowNumber, cache, header, day };
    const due = optionalColumnDay(
      row,
      c.jatuhTempo,
      where,
      DEBT_FIELDS.jatuhTempo.label,
      msg().reasons.badDueDate,
    );
    const repaid = repayment(row, c, where, Math.abs(signed), state);
    records.push({ row: rowNumber, kind, day, ...who, amount: Math.abs(signed), due, ...repaid });
  });
  closeSheet(ctx, sheet, unknown, cancelled);
  return { records, header, afterReference: rows.afterReference, dataRows, cancelled };
}

/** A sheet with repayment columns is one row per debt: its Jenis/Keterangan is not a ledger kind. */
function isLedger(c: Partial<Record<keyof typeof DEBT_FIELDS, number>>): boolean {
  return (
    c.jenis !== undefined && c.status === undefined && c.tanggalBayar === undefined && c.dibayar === undefined
  );
}

/** Reports the sheet's unknown words and notes its cancelled rows. */
function closeSheet(ctx: ReadContext, sheet: SheetInput, unknown: UnknownWords, cancelled: number): void {
  unknown.report(ctx, sheet);
  if (cancelled > 0) ctx.notes?.push(msg().notes.cancelledRows(sheet.name, cancelled));
}

interface RowPlace {
  ctx: ReadContext;
  sheet: SheetInput;
  rowNumber: number;
  cache: CellCache;
  header: HeaderMatch;
  /** The day of the row's debt. */
  day: Day;
}

function optionalColumnDay(
  row: readonly unknown[],
  col: number | undefined,
  at: RowPlace,
  fallback: string,
  reason: (v: unknown) => string,
): Day | null {
  if (col === undefined) return null;
  const column = ownerHeader(at.header, col, fallback);
  return optionalDay(row[col], at.cache, at.ctx, at.sheet, at.rowNumber, column, reason);
}

/**
 * What a row-per-debt row says was repaid and when: the Dibayar amount, else all of it when the
 * status says paid or a payment date is given; "belum lunas" repays nothing. A payment dated
 * before its debt or after the reference date is not a repayment date.
 */
function repayment(
  row: readonly unknown[],
  c: Partial<Record<keyof typeof DEBT_FIELDS, number>>,
  at: RowPlace,
  amount: number,
  state: PaidState,
): { paidDay: Day | null; paid: number | null } {
  const { ctx, sheet, rowNumber, header } = at;
  let paidDay = optionalColumnDay(
    row,
    c.tanggalBayar,
    at,
    DEBT_FIELDS.tanggalBayar.label,
    msg().reasons.badPaidDate,
  );
  if (paidDay !== null && paidDay < at.day) {
    issue(ctx, sheet, rowNumber, ownerHeader(header, c.tanggalBayar, ''), msg().reasons.paidBeforeDebt);
    paidDay = null;
  }
  let paid: number | null = null;
  if (c.dibayar !== undefined && !isBlank(row[c.dibayar])) {
    paid = parseAmountCell(row[c.dibayar]);
    if (paid === null)
      issue(
        ctx,
        sheet,
        rowNumber,
        ownerHeader(header, c.dibayar, DEBT_FIELDS.dibayar.label),
        msg().reasons.badPaidAmount(row[c.dibayar]),
      );
  }
  // A payment made after the reference date had not happened yet on that day.
  if (paidDay !== null && paidDay > ctx.referenceDay) return { paidDay: null, paid: 0 };
  const saysPaid = state === 'paid' || state === 'creditPaid';
  if (state === 'unpaid') return { paidDay: null, paid: paid ?? 0 };
  if (paid === null && state !== 'partial' && (saysPaid || paidDay !== null)) paid = amount;
  return { paidDay, paid };
}

/** Reads the customer sheet: names with phone, birthday, kind, referral, potential, closeness, complaint. */
export function readCustomers(
  sheet: SheetInput,
  ctx: ReadContext,
  overrides: ColumnOverrides = {},
): ReadResult<CustomerRecord> {
  const header = detectHeader(sheet.rows, 'pelanggan', sheet.name, overrides);
  const c = header.columns as Partial<Record<keyof typeof CUSTOMER_FIELDS, number>>;
  const nameCol = c.nama as number;
  const cache = new CellCache(ctx);
  const records: CustomerRecord[] = [];
  const text = (col: number | undefined, row: readonly unknown[]) =>
    col === undefined ? '' : cleanName(row[col]);
  const dataRows = forEachDataCells(sheet, header, nameCol, nameCol, (row, rowNumber) => {
    const name = cleanName(row[nameCol]);
    if (name === '') {
      issue(ctx, sheet, rowNumber, CUSTOMER_FIELDS.nama.label, msg().reasons.blankName);
      return;
    }
    const phone = c.hp === undefined ? '' : phoneKey(row[c.hp]);
    // Reported, never guessed: the customer is read, only the WhatsApp link is left out.
    if (c.hp !== undefined && phone === '' && !isBlank(row[c.hp]))
      issue(ctx, sheet, rowNumber, CUSTOMER_FIELDS.hp.label, msg().reasons.badPhone(row[c.hp]));
    records.push({
      row: rowNumber,
      name,
      key: cache.who(name).key,
      phone,
      birthday:
        c.tanggalLahir === undefined
          ? null
          : optionalDay(
              row[c.tanggalLahir],
              cache,
              ctx,
              sheet,
              rowNumber,
              CUSTOMER_FIELDS.tanggalLahir.label,
              msg().reasons.badDate,
            ),
      kind: text(c.jenis, row),
      referredBy: text(c.referensi, row),
      potential: text(c.potensi, row),
      closeness: text(c.kedekatan, row),
      complaint: text(c.komplain, row),
      lastContacted:
        c.terakhirDihubungi === undefined
          ? null
          : optionalDay(
              row[c.terakhirDihubungi],
              cache,
              ctx,
              sheet,
              rowNumber,
              CUSTOMER_FIELDS.terakhirDihubungi.label,
              msg().reasons.badDate,
            ),
    });
  });
  return { records, header, afterReference: 0, dataRows };
}
