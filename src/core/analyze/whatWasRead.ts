/**
 * What every analysis reports, whether or not its customers are measured: the reading's issues,
 * notes and counts, and the purchase events.
 */
import type { Analysis } from '../analysis';
import { msg } from '../i18n';
import type { SalesGroups } from '../measure/grouping';
import type { Day } from '../read/dates';
import { emptyWindowNote, sameNameDifferentPhones, type SameNameDifferentPhone } from '../read/notes';
import type { ReadContext } from '../read/sheet';
import { nameKey as nameKeyOf } from '../read/text';
import type { Settings } from '../settings';
import type { Book } from './book';

/** The analysis without its customers and prospects. */
export type WhatWasRead = Omit<Analysis, 'customers' | 'byKey' | 'prospects'>;

/** The reading's notes for the owner (DOMAIN 1) noted, and the fields every analysis has. */
export function whatWasRead(
  book: Book,
  grouped: SalesGroups,
  ctx: ReadContext,
  windowStart: Day,
  settings: Settings,
): WhatWasRead {
  const { sheets } = book;
  const twoPhones = readingNotes(book, ctx, windowStart, settings.jendelaBulan);
  return {
    referenceDay: ctx.referenceDay,
    windowStart,
    issues: ctx.issues,
    notes: ctx.notes ?? [],
    tallies: ctx.tallies ?? {},
    uncheckedCredit: [],
    sameNameDifferentPhone: twoPhones,
    rows: {
      sales: sheets.sales.dataRows,
      debts: sheets.debts?.dataRows ?? 0,
      customers: sheets.customers?.dataRows ?? 0,
      afterReference: sheets.sales.afterReference + (sheets.debts?.afterReference ?? 0),
    },
    events: grouped.events,
    sheets,
    nameKey: (name) => nameKeyOf(name, ctx.stripHonorifics),
    settings,
  };
}

/** An empty window, one name with two numbers: noted for the owner. */
function readingNotes(
  book: Book,
  ctx: ReadContext,
  windowStart: Day,
  months: number,
): SameNameDifferentPhone[] {
  const emptyWindow = emptyWindowNote(book.salesColumns.day, windowStart, ctx.referenceDay, months);
  if (emptyWindow) ctx.notes?.push(emptyWindow);
  const twoPhones = sameNameDifferentPhones(book.sheets.customers?.records ?? []);
  for (const t of twoPhones) ctx.notes?.push(msg().notes.sameNameDifferentPhone(t.name, t.phones));
  return twoPhones;
}
