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

export interface SheetInput {
  name: string;
  rows: Grid;
  /** Sheet row number of rows[0] (1 when the grid starts at the top of the sheet). */
  firstRow?: number;
  /** 0-based column to treat as absent: the menu's own "Tipe Pelanggan" column. */
  ignoreColumn?: number;
  /** rows[i] without indexing: the command line's lazy CSV grid, where indexing is slow. */
  rowAt?: (index: number) => readonly unknown[];
}

export interface ReadContext {
  clock: ZoneClock;
  dateOrder: DateOrder;
  stripHonorifics: boolean;
  referenceDay: Day;
  issues: RowIssue[];
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
}

export interface ReadResult<T> {
  records: T[];
  header: HeaderMatch;
  /** Data rows after the reference date, ignored. */
  afterReference: number;
  dataRows: number;
}

const CREDIT_WORDS = new Set([
  'hutang',
  'utang',
  'ngutang',
  'kredit',
  'tempo',
  'bon',
  'ngebon',
  'kasbon',
  'piutang',
]);
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

export function isCreditPayment(value: unknown): boolean {
  const w = words(value);
  if (w.includes('belum') && (w.includes('lunas') || w.includes('bayar'))) return true;
  return w.some((x) => CREDIT_WORDS.has(x));
}

function isDiscount(value: unknown): boolean {
  if (isBlank(value)) return false;
  if (typeof value === 'number') return value !== 0;
  const w = words(value);
  return w.length > 0 && !(w.length === 1 && NO_WORDS.has(w[0])) && String(value).trim() !== '-';
}

/** Whether a cell says TOTAL/JUMLAH; names repeat, so the answer is cached per text. */
const totalWordCache = new Map<string, boolean>();
const notTotalWord = cannotStartAny(TOTAL_ROW_WORDS);
function isTotalWord(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 24 || notTotalWord(value)) return false;
  let yes = totalWordCache.get(value);
  if (yes === undefined) {
    yes = TOTAL_ROW_WORDS.has(headerKey(value));
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
  constructor(private readonly ctx: ReadContext) {}
  /** Display name and identity key of a raw name cell ('' for a blank cell). */
  who(raw: unknown): { name: string; key: string } {
    let w = this.names.get(raw);
    if (w === undefined) {
      const name = isBlank(raw) ? '' : cleanName(raw);
      w = { name, key: name === '' ? '' : nameKey(name, this.ctx.stripHonorifics) };
      this.names.set(raw, w);
    }
    return w;
  }
  private credits = new Map<unknown, boolean>();
  /** Whether a payment cell means a credit sale; a column holds a handful of distinct words. */
  credit(value: unknown): boolean {
    let yes = this.credits.get(value);
    if (yes === undefined) {
      yes = isCreditPayment(value);
      if (this.credits.size < 10_000) this.credits.set(value, yes);
    }
    return yes;
  }
  day(value: unknown): Day | null {
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
  let dataRows = 0;
  const rowAt = sheet.rowAt ?? ((index: number) => sheet.rows[index]);
  const count = sheet.rows.length;
  for (let r = header.headerRow + 1; r < count; r++) {
    const row = rowAt(r);
    if (!row || isBlankRow(row, ignore) || isTotalRow(row, nameCol, dateCol)) continue;
    dataRows++;
    visit(row, firstRow + r);
  }
  return dataRows;
}

function issue(ctx: ReadContext, sheet: SheetInput, row: number, column: string, reason: string): void {
  ctx.issues.push({ sheet: sheet.name, row, column, reason });
}

/**
 * Reads the sales sheet (DOMAIN 1): one record per readable row up to the reference date. With
 * `emit`, each record goes there instead of into `records` (the columnar reader keeps none).
 */
export function readSales(
  sheet: SheetInput,
  ctx: ReadContext,
  overrides: ColumnOverrides = {},
  emit?: (record: SaleRecord) => void,
): ReadResult<SaleRecord> {
  const header = detectHeader(sheet.rows, 'penjualan', sheet.name, overrides);
  const c = header.columns as Partial<Record<keyof typeof SALES_FIELDS, number>>;
  const [dateCol, nameCol, totalCol] = [c.tanggal as number, c.pelanggan as number, c.total as number];
  const cache = new CellCache(ctx);
  const records: SaleRecord[] = [];
  const keep = emit ?? ((record: SaleRecord) => void records.push(record));
  let afterReference = 0;
  const dataRows = forEachDataRow(sheet, header, nameCol, dateCol, (row, rowNumber) => {
    const day = readDay(row[dateCol], cache, ctx, sheet, rowNumber, SALES_FIELDS.tanggal.label);
    if (day === null) return;
    if (day > ctx.referenceDay) {
      afterReference++;
      return;
    }
    const who = readWho(row[nameCol], c.hp === undefined ? '' : row[c.hp], cache, ctx, sheet, rowNumber);
    if (!who) return;
    const amount = readAmount(row[totalCol], ctx, sheet, rowNumber, SALES_FIELDS.total.label);
    if (amount === null) return;
    const invoice = c.nota === undefined ? '' : row[c.nota];
    keep({
      row: rowNumber,
      day,
      name: who.name,
      key: who.key,
      amount,
      invoice: typeof invoice === 'string' ? invoice.trim() : isBlank(invoice) ? '' : String(invoice),
      credit: c.pembayaran !== undefined && cache.credit(row[c.pembayaran]),
      discount: c.diskon !== undefined && isDiscount(row[c.diskon]),
      phone: who.phone,
    });
  });
  return { records, header, afterReference, dataRows };
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

/** Name, key and phone of a row; a nameless row with a phone is resolved through the phone later. */
function readWho(
  rawName: unknown,
  rawPhone: unknown,
  cache: CellCache,
  ctx: ReadContext,
  sheet: SheetInput,
  rowNumber: number,
): { name: string; key: string; phone: string } | null {
  const { name, key } = cache.who(rawName);
  const phone = isBlank(rawPhone) ? '' : phoneKey(rawPhone);
  if (name !== '') return { name, key, phone };
  if (phone !== '') return { name: '', key: 'tel:' + phone, phone };
  issue(ctx, sheet, rowNumber, SALES_FIELDS.pelanggan.label, msg().reasons.blankName);
  return null;
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
  const cache = new CellCache(ctx);
  const records: DebtRecord[] = [];
  let afterReference = 0;
  // A sheet with repayment columns is one row per debt: its Jenis/Keterangan is not a ledger kind.
  const ledger =
    c.jenis !== undefined &&
    c.status === undefined &&
    c.tanggalBayar === undefined &&
    c.dibayar === undefined;
  const dataRows = forEachDataRow(sheet, header, nameCol, dateCol, (row, rowNumber) => {
    const day = readDay(row[dateCol], cache, ctx, sheet, rowNumber, DEBT_FIELDS.tanggal.label);
    if (day === null) return;
    if (day > ctx.referenceDay) {
      afterReference++;
      return;
    }
    const who = readWho(row[nameCol], c.hp === undefined ? '' : row[c.hp], cache, ctx, sheet, rowNumber);
    if (!who) return;
    const signed = readAmount(row[amountCol], ctx, sheet, rowNumber, DEBT_FIELDS.jumlah.label);
    if (signed === null) return;
    const kind = debtKind(c.jenis === undefined ? '' : row[c.jenis], signed, ledger);
    const due =
      c.jatuhTempo === undefined
        ? null
        : optionalDay(
            row[c.jatuhTempo],
            cache,
            ctx,
            sheet,
            rowNumber,
            DEBT_FIELDS.jatuhTempo.label,
            msg().reasons.badDueDate,
          );
    let paidDay =
      c.tanggalBayar === undefined
        ? null
        : optionalDay(
            row[c.tanggalBayar],
            cache,
            ctx,
            sheet,
            rowNumber,
            DEBT_FIELDS.tanggalBayar.label,
            msg().reasons.badPaidDate,
          );
    let paid: number | null = null;
    if (c.dibayar !== undefined && !isBlank(row[c.dibayar])) {
      paid = parseAmountCell(row[c.dibayar]);
      if (paid === null)
        issue(ctx, sheet, rowNumber, DEBT_FIELDS.dibayar.label, msg().reasons.badPaidAmount(row[c.dibayar]));
    }
    const amount = Math.abs(signed);
    const status = words(c.status === undefined ? '' : row[c.status]);
    const saysPaid = status.includes('lunas') && !status.includes('belum');
    const saysPartial = status.includes('sebagian') || status.includes('cicil');
    // A payment made after the reference date had not happened yet on that day.
    if (paidDay !== null && paidDay > ctx.referenceDay) {
      paidDay = null;
      paid = 0;
    } else if (paid === null && !saysPartial && (saysPaid || paidDay !== null)) paid = amount;
    records.push({ row: rowNumber, kind, day, ...who, amount, due, paidDay, paid });
  });
  return { records, header, afterReference, dataRows };
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
    });
  });
  return { records, header, afterReference: 0, dataRows };
}
