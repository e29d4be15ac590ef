/**
 * Reading the debt sheet (DOMAIN 3) in either layout: one row per debt with its repayment columns,
 * or a ledger of borrow and pay rows.
 */
import { parseAmountCell } from './cells';
import { CellCache } from './cellMeaning';
import { forEachDataCells } from './dataRows';
import type { Day } from './dates';
import { detectHeader, type HeaderMatch } from './headers';
import { msg } from '../i18n';
import type { PaidState } from './paidWords';
import { dayAndWho, optionalDay, rowStart, type Who } from './rowStart';
import { DEBT_FIELDS, type ColumnOverrides } from './schema';
import { issue, ownerHeader, type ReadContext, type ReadResult, type SheetInput } from './sheet';
import { isBlank, words } from './text';
import { closeSheet, stateReader, UnknownWords } from './unknownWords';

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
  /** The sheet of the row, where a debt book is kept over several sheets (DOMAIN 1). */
  sheet?: string;
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
  const status = stateReader(header, c.status, ctx.ownerWords);
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
  const afterReferenceRows = rows.afterReferenceRows;
  return { records, header, afterReference: rows.afterReference, afterReferenceRows, dataRows, cancelled };
}

/** A sheet with repayment columns is one row per debt: its Jenis/Keterangan is not a ledger kind. */
function isLedger(c: Partial<Record<keyof typeof DEBT_FIELDS, number>>): boolean {
  return (
    c.jenis !== undefined &&
    c.status === undefined &&
    c.tanggalBayar === undefined &&
    c.dibayar === undefined &&
    c.sisa === undefined
  );
}

/** A ledger row's kind from its Jenis text ("Bayar", "Cicilan", "Pelunasan" vs "Pinjam", "Kasbon"). */
function debtKind(jenis: unknown, amount: number, ledger: boolean): DebtKind {
  if (amount < 0) return 'pay';
  if (!ledger) return 'borrow';
  const w = words(jenis);
  return !w.includes('belum') && w.some((x) => PAY_WORDS.has(x)) ? 'pay' : 'borrow';
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
  const left = remaining(row, c, at);
  // "Sisa" says what is still owed: 0 repaid (when, only a payment date says), above 0 open for that.
  if (left !== null) return { paidDay: left <= 0 ? paidDay : null, paid: Math.max(0, amount - left) };
  const saysPaid = state === 'paid' || state === 'creditPaid';
  if (state === 'unpaid') return { paidDay: null, paid: paid ?? 0 };
  if (paid === null && state !== 'partial' && (saysPaid || paidDay !== null)) paid = amount;
  return { paidDay, paid };
}

/**
 * What the row's Sisa column (Sisa Hutang, Kurang, Belum Dibayar) says is still owed; null when
 * the sheet has none or the cell is blank. A checkbox there answers "not yet paid?".
 */
function remaining(
  row: readonly unknown[],
  c: Partial<Record<keyof typeof DEBT_FIELDS, number>>,
  at: RowPlace,
): number | null {
  if (c.sisa === undefined || isBlank(row[c.sisa])) return null;
  const value = row[c.sisa];
  const column = ownerHeader(at.header, c.sisa, DEBT_FIELDS.sisa.label);
  if (typeof value === 'boolean') return value ? Infinity : 0;
  const left = parseAmountCell(value);
  if (left === null) issue(at.ctx, at.sheet, at.rowNumber, column, msg().reasons.badAmount(value));
  return left === null ? null : Math.abs(left);
}
