/**
 * Where the sales rows carry the number, each row belongs to the person with that number (DOMAIN
 * 1): two Budi with their own numbers are two customers, each with their own link and reminders.
 * Rows of that name without a number stay under the name alone; nothing is merged silently.
 */
import { tally } from '../read/assumptions';
import type { SalesColumns } from '../read/columns';
import type { ReadContext } from '../read/sheet';
import { localNumber } from '../read/text';
import type { Book } from './book';

/** The key of a customer told apart from others of their name by their number. */
export function keyWithNumber(key: string, phone: string): string {
  return `${key} (${phone})`;
}

/** Names whose sales rows carry two or more numbers; the book's rows of them keyed by their number. */
export function splitByOwnNumbers(book: Book, ctx?: Pick<ReadContext, 'tallies'>): void {
  const c = book.salesColumns;
  const split = namesWithNumbers(c);
  if (split.size === 0) return;
  if (ctx) countSplitNames(c, split, ctx);
  const ids = new Map<string, number>();
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = c.keys.push(key) - 1));
    return id;
  };
  for (let i = 0; i < c.length; i++) {
    if (c.phone[i] < 0 || !split.has(c.customer[i])) continue;
    c.customer[i] = idOf(keyWithNumber(c.keys[c.customer[i]], c.phones[c.phone[i]]));
  }
  const keys = new Set([...split].map((id) => c.keys[id]));
  const records = [...book.sheets.sales.records, ...book.debtRecords, ...book.profiles];
  for (const r of records) if (r.phone !== '' && keys.has(r.key)) r.key = keyWithNumber(r.key, r.phone);
}

/** Customer ids whose named rows carry two or more different numbers. */
function namesWithNumbers(c: SalesColumns): Set<number> {
  const first = new Map<number, number>();
  const split = new Set<number>();
  for (let i = 0; i < c.length; i++) {
    if (c.name[i] < 0 || c.phone[i] < 0) continue;
    const seen = first.get(c.customer[i]);
    if (seen === undefined) first.set(c.customer[i], c.phone[i]);
    else if (seen !== c.phone[i]) split.add(c.customer[i]);
  }
  return split;
}

/** Each name told apart by its numbers, counted for the reading report with the numbers it has. */
function countSplitNames(
  c: SalesColumns,
  split: ReadonlySet<number>,
  ctx: Pick<ReadContext, 'tallies'>,
): void {
  const seen = new Map<number, { name: string; phones: string[] }>();
  for (let i = 0; i < c.length; i++) {
    if (c.name[i] < 0 || c.phone[i] < 0 || !split.has(c.customer[i])) continue;
    let entry = seen.get(c.customer[i]);
    if (!entry) seen.set(c.customer[i], (entry = { name: c.names[c.name[i]], phones: [] }));
    const phone = localNumber(c.phones[c.phone[i]]);
    if (!entry.phones.includes(phone)) entry.phones.push(phone);
  }
  for (const { name, phones } of seen.values())
    tally(ctx, 'namesSplitByNumber', 1, {
      sheet: '',
      row: 0,
      column: '',
      cell: `${name}: ${phones.join(', ')}`,
    });
}
