/**
 * The start of a debt row: its date, then who it is about (name, key, phone), each unreadable cell
 * reported and the row skipped; and an optional date cell read the same way.
 */
import { msg } from '../i18n';
import { ownerCellText } from './cellText';
import type { CellCache } from './cellMeaning';
import type { Day } from './dates';
import type { HeaderMatch } from './headers';
import { SALES_FIELDS } from './schema';
import { issue, ownerHeader, type ReadContext, type SheetInput } from './sheet';
import { isBlank, phoneKey } from './text';

/** Who a row is about: display name, identity key and phone digits. */
export interface Who {
  name: string;
  key: string;
  phone: string;
}

/** What a debt row reads first: its date, then who it is about. */
export interface RowStart {
  ctx: ReadContext;
  sheet: SheetInput;
  cache: CellCache;
  columns: { date: number; name: number; phone: number | undefined };
  /** The owner's own headers, for messages. */
  dateLabel: string;
  nameLabel: string;
  /** Rows dated after the reference date: ignored, counted, their sheet rows kept. */
  afterReference: number;
  afterReferenceRows: number[];
}

export function rowStart(
  ctx: ReadContext,
  sheet: SheetInput,
  cache: CellCache,
  header: HeaderMatch,
  columns: RowStart['columns'],
): RowStart {
  const dateLabel = ownerHeader(header, columns.date, SALES_FIELDS.tanggal.label);
  const nameLabel = ownerHeader(header, columns.name, 'Pelanggan');
  return { ctx, sheet, cache, columns, dateLabel, nameLabel, afterReference: 0, afterReferenceRows: [] };
}

/** The row's day with `into` filled with who it is about; null for a row skipped (and reported). */
export function dayAndWho(r: RowStart, row: readonly unknown[], rowNumber: number, into: Who): Day | null {
  const day = readDay(row[r.columns.date], r.cache, r.ctx, r.sheet, rowNumber, r.dateLabel);
  if (day === null) return null;
  if (day > r.ctx.referenceDay) {
    r.afterReference++;
    r.afterReferenceRows.push(rowNumber);
    return null;
  }
  const phone = r.columns.phone === undefined ? '' : row[r.columns.phone];
  const found = readWho(row[r.columns.name], phone, r.cache, r.ctx, r.sheet, rowNumber, r.nameLabel, into);
  return found ? day : null;
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
    issue(
      ctx,
      sheet,
      rowNumber,
      column,
      isBlank(raw) ? msg().reasons.blankDate : msg().reasons.badDate(ownerCellText(raw, ctx.clock)),
    );
  return day;
}

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

export function optionalDay(
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
  // Quoted as the owner sees the cell ("10:30"), never as a program's date text.
  if (day === null) issue(ctx, sheet, rowNumber, column, reason(ownerCellText(raw, ctx.clock)));
  return day;
}
