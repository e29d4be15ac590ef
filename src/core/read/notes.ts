/**
 * What the run tells the owner about the reading as a whole (DOMAIN 1): an optional sheet that is
 * empty, the same name with different numbers, no sale inside the analysis window.
 */
import { msg } from '../i18n';
import type { Day } from './dates';
import { dateText } from '../report/format';
import type { CustomerRecord } from './customerRows';
import type { ReadContext, ReadResult, SheetInput } from './sheet';
import { isBlank } from './text';

/** At most one non-blank row: nothing to read. */
function isEmptyOrHeaderOnly(sheet: SheetInput): boolean {
  let filled = 0;
  for (const row of sheet.rows) {
    if (row && row.some((c) => !isBlank(c))) filled++;
    if (filled > 1) return false;
  }
  return true;
}

/**
 * Reads an optional sheet (debts, customers); one that is empty or holds only a header is noted
 * and skipped, and the run goes on.
 */
export function readOptional<T>(
  sheet: SheetInput | undefined,
  ctx: ReadContext,
  read: (sheet: SheetInput) => ReadResult<T>,
): ReadResult<T> | null {
  if (!sheet) return null;
  if (isEmptyOrHeaderOnly(sheet)) {
    ctx.notes?.push(msg().notes.emptySheet(sheet.name));
    return null;
  }
  const result = read(sheet);
  if (result.dataRows === 0) {
    ctx.notes?.push(msg().notes.emptySheet(sheet.name));
    return null;
  }
  return result;
}

/** One name written with two or more different numbers in the customer sheet: two people. */
export interface SameNameDifferentPhone {
  key: string;
  name: string;
  phones: string[];
  rows: number[];
}

export function sameNameDifferentPhones(profiles: readonly CustomerRecord[]): SameNameDifferentPhone[] {
  const byKey = new Map<string, SameNameDifferentPhone>();
  for (const p of profiles) {
    if (!p.phone) continue;
    const entry = byKey.get(p.key);
    if (!entry) byKey.set(p.key, { key: p.key, name: p.name, phones: [p.phone], rows: [p.row] });
    else if (!entry.phones.includes(p.phone)) {
      entry.phones.push(p.phone);
      entry.rows.push(p.row);
    }
  }
  return [...byKey.values()].filter((e) => e.phones.length > 1);
}

/**
 * When sales exist but none falls inside the window (an old book read with today's date), the
 * note says so with the latest sale's date and how to set the reference date.
 */
export function emptyWindowNote(
  saleDays: ArrayLike<number>,
  windowStart: Day,
  referenceDay: Day,
  months: number,
): string | null {
  let latest = -Infinity;
  for (let i = 0; i < saleDays.length; i++) if (saleDays[i] > latest) latest = saleDays[i];
  if (!Number.isFinite(latest) || latest >= windowStart) return null;
  return msg().notes.nothingInWindow(dateText(latest), dateText(referenceDay), months);
}
