/**
 * Turning the owner's rows into records. Each unreadable row is reported with its sheet, row and
 * column and skipped; blank rows and a closing TOTAL/JUMLAH row are not customers.
 */
import { parseAmountCell, parseDateCell, type DateOrder } from './cells';
import type { Day, ZoneClock } from './dates';
import { detectHeader, type ColumnOverrides, type Grid, type HeaderMatch } from './headers';
import type { RowIssue } from '../messages';
import { msg } from '../i18n';
import { CUSTOMER_FIELDS, DEBT_FIELDS, SALES_FIELDS, TOTAL_ROW_WORDS } from './schema';
import { cannotStartAny, plainDate } from './fastCells';
import { cleanName, headerKey, isBlank, nameKey, phoneKey, words } from './text';
import { paidState, type PaidState } from './paidWords';

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

function isDiscount(value: unknown): boolean {
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

function isTotalRow(row: readonly unknown[], nameCol: number, dateCol: number): boolean {
  return isTotalWord(row[nameCol]) || isTotalWord(row[dateCol]);
}

function isBlankRow(row: readonly unknown[], ignoreColumn: number): boolean {
  for (let c = 0; c < row.length; c++) if (c !== ignoreColumn && !isBlank(row[c])) return false;
  return true;
}

/** Cache of parsed names and dates: owners repeat the same few hundred of each a million times. */
class CellCache {
  private names = new Map<unknown, { name: string; key: string }>();
  private dates = new Map<unknown, Day | null>();
  /** The previous row's name cell: item rows of one sale repeat it, sparing the lookup. */
  private lastRaw: unknown = undefined;
  private lastWho = { name: '', key: '' };
  constructor(private readonly ctx: ReadContext) {}
  /** Display name and identity key of a raw name cell ('' for a blank cell). */
  who(raw: unknown): { name: string; key: string } {
    if (raw === this.lastRaw && raw !== undefined) return this.lastWho;
    let w = this.names.get(raw);
    if (w === undefined) this.names.set(raw, (w = this.whoOf(raw)));
    this.lastRaw = raw;
    this.lastWho = w;
    return w;
  }
  private whoOf(raw: unknown): { name: string; key: string } {
    const name = isBlank(raw) ? '' : cleanName(raw);
    return { name, key: name === '' ? '' : nameKey(name, this.ctx.stripHonorifics) };
  }
  /** The previous date cell and its day: item rows of one sale repeat it. */
  private lastDateRaw: unknown = undefined;
  private lastDay: Day | null = null;
  day(value: unknown): Day | null {
    if (value === this.lastDateRaw && typeof value === 'string') return this.lastDay;
    const day = this.parseDay(value);
    this.lastDateRaw = value;
    this.lastDay = day;
    return day;
  }
  private parseDay(value: unknown): Day | null {
    const plain = typeof value === 'string' ? plainDate(value, this.ctx.dateOrder === 'DMY') : null;
    if (plain !== null) return plain;
    if (typeof value !== 'string' && typeof value !== 'number')
      return parseDateCell(value, this.ctx.clock, this.ctx.dateOrder);
    let d = this.dates.get(value);
    if (d === undefined) {
      d = parseDateCell(value, this.ctx.clock, this.ctx.dateOrder);
      this.dates.set(value, d);
    }
    return d;
  }
}

/**
 * Whether a row is the header again further down, where months were pasted one after another.
 * A date cell starting with a letter or digit the date header does not start with is no header
 * (headerKey keeps that character), which spares normalising every name of a million rows.
 */
function headerAgain(
  nameHeader: string,
  dateHeader: string,
  nameCol: number,
  dateCol: number,
): (row: readonly unknown[]) => boolean {
  const notDateHeader = cannotStartAny([dateHeader]);
  return (row) => {
    const name = row[nameCol];
    const date = row[dateCol];
    // A header repeated is text in both cells: a real date (a Date from Sheets) is never one.
    if (typeof name !== 'string' || typeof date !== 'string' || notDateHeader(date)) return false;
    return headerKey(name) === nameHeader && headerKey(date) === dateHeader;
  };
}

/** Visits the data rows under the header, skipping blank rows and a closing total row. */
function forEachDataRow(
  sheet: SheetInput,
  header: HeaderMatch,
  nameCol: number,
  dateCol: number,
  visit: (row: readonly unknown[], rowNumber: number) => void,
): number {
  const firstRow = sheet.firstRow ?? 1;
  const ignore = sheet.ignoreColumn ?? -1;
  const top = sheet.continues?.headerCells ?? sheet.rows[header.headerRow] ?? [];
  const repeatsHeader = headerAgain(headerKey(top[nameCol]), headerKey(top[dateCol]), nameCol, dateCol);
  let dataRows = 0;
  const rowAt = sheet.rowAt ?? ((index: number) => sheet.rows[index]);
  const count = sheet.rows.length;
  for (let r = sheet.continues ? 0 : header.headerRow + 1; r < count; r++) {
    const row = rowAt(r);
    if (!row || isBlankRow(row, ignore) || isTotalRow(row, nameCol, dateCol)) continue;
    if (repeatsHeader(row)) continue;
    dataRows++;
    visit(row, firstRow + r);
  }
  return dataRows;
}

function issue(ctx: ReadContext, sheet: SheetInput, row: number, column: string, reason: string): void {
  ctx.issues.push({ sheet: sheet.name, row, column, reason });
}

/** The owner's own header of a column, for messages ("nominal", not our "Total"). */
function ownerHeader(header: HeaderMatch, col: number | undefined, fallback: string): string {
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
class UnknownWords {
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
export type SaleSink = (sale: Readonly<SaleRecord>) => void;

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

function blankSale(): SaleRecord {
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

/**
 * Reads the sales sheet (DOMAIN 1): one record per readable row up to the reference date. With a
 * sink, each row goes there instead of into `records` (the columnar reader keeps none), filled
 * into one reused record so a million rows allocate no record each.
 */
export function readSales(
  sheet: SheetInput,
  ctx: ReadContext,
  overrides: ColumnOverrides = {},
  sink?: SaleSink,
): SalesRead {
  const header = sheet.continues?.header ?? detectHeader(sheet.rows, 'penjualan', sheet.name, overrides);
  const c = header.columns as Partial<Record<keyof typeof SALES_FIELDS, number>>;
  const [dateCol, nameCol] = [c.tanggal as number, c.pelanggan as number];
  const label = (col: number | undefined, fallback: string) => ownerHeader(header, col, fallback);
  const cache = new CellCache(ctx);
  const payment = stateReader(header, c.pembayaran);
  const status = stateReader(header, c.status);
  const unknown = new UnknownWords();
  const records: SaleRecord[] = [];
  const keep = sink ?? ((sale: Readonly<SaleRecord>) => void records.push(copySale(sale)));
  const sale = blankSale();
  const rows = rowStart(ctx, sheet, cache, header, { date: dateCol, name: nameCol, phone: c.hp });
  let cancelled = 0;
  const dataRows = forEachDataRow(sheet, header, nameCol, dateCol, (row, rowNumber) => {
    const [pay, stat] = [payment(row), status(row)];
    if (pay === 'cancelled' || stat === 'cancelled') {
      cancelled++;
      return;
    }
    const day = dayAndWho(rows, row, rowNumber, sale);
    if (day === null) return;
    const amount = readSaleAmount(row, header, ctx, sheet, rowNumber);
    if (amount === null) return;
    // The payment column speaks first; a status column speaks where it says nothing.
    // A sales "Status" may hold anything (Member, Reseller): only its words we know count there.
    const state = pay !== 'none' ? pay : stat === 'unknown' ? 'none' : stat;
    if (state === 'unknown')
      unknown.add(row[c.pembayaran as number], rowNumber, label(c.pembayaran, SALES_FIELDS.pembayaran.label));
    const invoice = c.nota === undefined ? '' : row[c.nota];
    sale.row = rowNumber;
    sale.day = day;
    sale.amount = amount;
    sale.invoice = typeof invoice === 'string' ? invoice.trim() : isBlank(invoice) ? '' : String(invoice);
    sale.credit = state === 'unpaid' || state === 'creditPaid' || state === 'partial';
    sale.creditPaid = state === 'creditPaid';
    sale.discount = c.diskon !== undefined && isDiscount(row[c.diskon]);
    keep(sale);
  });
  const unknownWords = unknown.list();
  return { records, header, afterReference: rows.afterReference, dataRows, cancelled, unknownWords };
}

/** Reports what the sales sheet's rows left for its end: unknown payment words, cancelled rows. */
export function closeSalesSheet(ctx: ReadContext, sheet: SheetInput, parts: readonly SalesRead[]): void {
  const cancelled = parts.reduce((n, p) => n + (p.cancelled ?? 0), 0);
  closeSheet(ctx, sheet, UnknownWords.merged(parts.map((p) => p.unknownWords)), cancelled);
}

/** A sale's amount: the amount column, or quantity x unit price where the sheet has only those. */
function readSaleAmount(
  row: readonly unknown[],
  header: HeaderMatch,
  ctx: ReadContext,
  sheet: SheetInput,
  rowNumber: number,
): number | null {
  const p = header.product;
  if (p) {
    const qty = readAmount(
      row[p.qty],
      ctx,
      sheet,
      rowNumber,
      ownerHeader(header, p.qty, SALES_FIELDS.qty.label),
    );
    if (qty === null) return null;
    const price = readAmount(
      row[p.price],
      ctx,
      sheet,
      rowNumber,
      ownerHeader(header, p.price, SALES_FIELDS.harga.label),
    );
    return price === null ? null : qty * price;
  }
  const col = header.columns.total as number;
  return readAmount(row[col], ctx, sheet, rowNumber, ownerHeader(header, col, SALES_FIELDS.total.label));
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
  // An error cell (#REF!, #N/A...) names nobody: reported, never a customer called "#REF!".
  if (isErrorCell(rawName)) {
    issue(ctx, sheet, rowNumber, column, msg().reasons.errorCell(rawName));
    return false;
  }
  const { name, key } = cache.who(rawName);
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
  const dataRows = forEachDataRow(sheet, header, nameCol, dateCol, (row, rowNumber) => {
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
  const dataRows = forEachDataRow(sheet, header, nameCol, nameCol, (row, rowNumber) => {
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
