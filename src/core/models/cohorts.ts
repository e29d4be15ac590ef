/**
 * Cohorts by first-purchase month (DOMAIN 7): of the customers whose first purchase fell in a
 * month, the share who bought in each later month; and the repeat purchase rate.
 */
import { monthIndex, type Day } from '../read/dates';
import type { CustomerMeasures } from '../measure/measures';
import { asPurchaseEvents, monthLabel, type PurchaseEvent, type PurchaseEvents } from './retention';

export interface CohortRow {
  label: string;
  month: number;
  size: number;
  /** Share of the cohort active in month 0, 1, 2, ... after its first month, up to the reference month. */
  shares: number[];
}

export function cohortTable(
  eventsIn: PurchaseEvents | readonly PurchaseEvent[],
  referenceDay: Day,
): CohortRow[] {
  const events = asPurchaseEvents(eventsIn);
  const lastMonth = monthIndex(referenceDay);
  // Months from a table of the days: a million events, few distinct days.
  const monthOf = monthTable(events, referenceDay);
  const eventId = new Int32Array(events.length).fill(-1);
  const eventMonth = new Int32Array(events.length);
  // First purchase month per customer id; customers are renumbered densely as they first buy.
  const dense = new Int32Array(events.keys.length).fill(-1);
  const first: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const day = events.day[i];
    if (day > referenceDay || events.amount[i] < 0) continue;
    const m = monthOf.months[day - monthOf.firstDay];
    let id = dense[events.customer[i]];
    if (id < 0) {
      id = dense[events.customer[i]] = first.length;
      first.push(m);
    } else if (m < first[id]) first[id] = m;
    eventId[i] = id;
    eventMonth[i] = m;
  }
  const sizes = new Map<number, number>();
  for (const f of first) sizes.set(f, (sizes.get(f) ?? 0) + 1);
  // Distinct (customer, month) pairs, counted into their cohort's offset.
  const seen = new PairSet(first.length, lastMonth - first.reduce((a, b) => Math.min(a, b), lastMonth) + 1);
  const counts = new Map<number, number[]>();
  for (let i = 0; i < events.length; i++) {
    const id = eventId[i];
    if (id < 0) continue;
    const m = eventMonth[i];
    if (!seen.add(id, m - first[id])) continue;
    const f = first[id];
    let row = counts.get(f);
    if (!row) counts.set(f, (row = new Array<number>(lastMonth - f + 1).fill(0)));
    row[m - f]++;
  }
  return [...sizes.keys()]
    .sort((a, b) => a - b)
    .map((month) => {
      const size = sizes.get(month) as number;
      return {
        label: monthLabel(month),
        month,
        size,
        shares: (counts.get(month) ?? []).map((n) => n / size),
      };
    });
}

/** The month of each day from the first event's to the reference date (or the last event's, if earlier). */
function monthTable(events: PurchaseEvents, referenceDay: Day): { firstDay: Day; months: Int32Array } {
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const day = events.day[i];
    if (day > referenceDay || events.amount[i] < 0) continue;
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }
  if (lastDay < firstDay) return { firstDay: 0, months: new Int32Array(0) };
  const months = new Int32Array(lastDay - firstDay + 1);
  for (let day = firstDay; day <= lastDay; day++) months[day - firstDay] = monthIndex(day);
  return { firstDay, months };
}

/** Most bits the pair set keeps (2 MB); past it, pairs go in a Set. */
const MAX_BITS = 1 << 24;

/**
 * (customer, month offset) pairs seen: one bit per customer and month, or a Set when customers ×
 * months would take too many bits. Bits spare hashing hundreds of thousands of pairs.
 */
class PairSet {
  private readonly bits: Uint32Array | null;
  private readonly pairs = new Set<number>();
  constructor(
    customers: number,
    private readonly months: number,
  ) {
    this.bits = customers * months <= MAX_BITS ? new Uint32Array(Math.ceil((customers * months) / 32)) : null;
  }

  /** Adds the pair; false when it was there already. */
  add(customer: number, offset: number): boolean {
    if (this.bits === null) {
      const pair = customer * this.months + offset;
      if (this.pairs.has(pair)) return false;
      this.pairs.add(pair);
      return true;
    }
    const bit = customer * this.months + offset;
    const mask = 1 << (bit & 31);
    if (this.bits[bit >>> 5] & mask) return false;
    this.bits[bit >>> 5] |= mask;
    return true;
  }
}

/** The cohort table as cells: Kohort, Pelanggan, Bulan 0..N (empty where a cohort has no month yet). */
export function cohortGrid(rows: CohortRow[]): (string | number)[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.shares.length), 0);
  const header = ['Kohort', 'Pelanggan', ...Array.from({ length: width }, (_, i) => `Bulan ${i}`)];
  return [
    header,
    ...rows.map((r) => [r.label, r.size, ...Array.from({ length: width }, (_, i) => r.shares[i] ?? '')]),
  ];
}

/** Share of customers with a purchase who bought on at least two occasions. */
export function repeatPurchaseRate(measures: readonly CustomerMeasures[]): number | null {
  const buyers = measures.filter((m) => m.occasions > 0);
  if (buyers.length === 0) return null;
  return buyers.filter((m) => m.occasions >= 2).length / buyers.length;
}
