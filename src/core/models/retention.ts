/**
 * Retention audit (DOMAIN 7, article 003): per calendar period, who bought, who stayed from the
 * previous period, who came back, who is new, and the sales of new versus existing customers.
 */
import { civilFromDay, dayFromCivil, monthIndex, type Day } from '../read/dates';
import { msg } from '../i18n';
import { dateText, monthText } from '../report/format';

export type PeriodKind = 'minggu' | 'bulan' | 'kuartal' | 'tahun';

export const PERIOD_KINDS: readonly PeriodKind[] = ['minggu', 'bulan', 'kuartal', 'tahun'];

export interface PurchaseEvent {
  key: string;
  day: Day;
  amount: number;
}

/**
 * Purchase events as columns: a big sheet has one event per customer-day (half a million), and an
 * object each costs more to make and to collect than the analysis that reads them. `customer` is
 * an index into `keys`.
 */
export interface PurchaseEvents {
  length: number;
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  keys: readonly string[];
}

/** Events from a plain list (formulas' small inputs, tests): customers numbered as they first appear. */
export function purchaseEvents(list: readonly PurchaseEvent[]): PurchaseEvents {
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const events: PurchaseEvents = {
    length: list.length,
    customer: new Int32Array(list.length),
    day: new Int32Array(list.length),
    amount: new Float64Array(list.length),
    keys,
  };
  list.forEach((e, i) => {
    let id = ids.get(e.key);
    if (id === undefined) ids.set(e.key, (id = keys.push(e.key) - 1));
    events.customer[i] = id;
    events.day[i] = e.day;
    events.amount[i] = e.amount;
  });
  return events;
}

/** The events as a plain list, in their order. */
export function eventList(events: PurchaseEvents): PurchaseEvent[] {
  return Array.from({ length: events.length }, (_, i) => ({
    key: events.keys[events.customer[i]],
    day: events.day[i],
    amount: events.amount[i],
  }));
}

/** Columns as they are, a list turned into columns. */
export function asPurchaseEvents(events: PurchaseEvents | readonly PurchaseEvent[]): PurchaseEvents {
  return Array.isArray(events) ? purchaseEvents(events) : (events as PurchaseEvents);
}

export interface RetentionRow {
  label: string;
  start: Day;
  end: Day;
  active: number;
  retained: number;
  returning: number;
  newCustomers: number;
  /** Retained / active in the previous period; null when the previous period had no one. */
  rate: number | null;
  /** The first period of the data: nothing before it, so no retention and no new-vs-existing split. */
  firstPeriod: boolean;
  salesNew: number;
  salesExisting: number;
}

interface Calendar {
  of(day: Day): number;
  start(p: number): Day;
  label(p: number): string;
}

function monthStart(m: number): Day {
  return dayFromCivil(Math.floor(m / 12), (m % 12) + 1, 1);
}

// 1970-01-01 was a Thursday: shifting by 3 makes weeks start on Monday.
const CALENDARS: Record<PeriodKind, Calendar> = {
  minggu: {
    of: (d) => Math.floor((d + 3) / 7),
    start: (p) => p * 7 - 3,
    label: (p) => msg().retention.week(dateText(p * 7 - 3)),
  },
  bulan: {
    of: monthIndex,
    start: monthStart,
    label: monthText,
  },
  kuartal: {
    of: (d) => Math.floor(monthIndex(d) / 3),
    start: (p) => monthStart(p * 3),
    label: (p) => msg().retention.quarter((p % 4) + 1, Math.floor(p / 4)),
  },
  tahun: {
    of: (d) => civilFromDay(d).year,
    start: (p) => dayFromCivil(p, 1, 1),
    label: (p) => String(p),
  },
};

export function parsePeriodKind(value: unknown): PeriodKind {
  const v = String(value ?? '')
    .trim()
    .toLowerCase();
  if (v === '') return 'bulan';
  const aliases: Record<string, PeriodKind> = {
    minggu: 'minggu',
    mingguan: 'minggu',
    week: 'minggu',
    weekly: 'minggu',
    bulan: 'bulan',
    bulanan: 'bulan',
    month: 'bulan',
    monthly: 'bulan',
    kuartal: 'kuartal',
    kuartalan: 'kuartal',
    triwulan: 'kuartal',
    quarter: 'kuartal',
    quarterly: 'kuartal',
    tahun: 'tahun',
    tahunan: 'tahun',
    year: 'tahun',
    yearly: 'tahun',
  };
  const kind = aliases[v];
  if (!kind) throw new Error(msg().formulaErrors.unknownPeriod(String(value)));
  return kind;
}

/** The last period that ends on or before the reference date. */
export function latestPeriod(kind: PeriodKind, referenceDay: Day): number {
  const cal = CALENDARS[kind];
  const p = cal.of(referenceDay);
  return cal.start(p + 1) - 1 <= referenceDay ? p : p - 1;
}

/** The retention table from the first period with a purchase through the latest complete period. */
export function retentionTable(
  eventsIn: PurchaseEvents | readonly PurchaseEvent[],
  kind: PeriodKind,
  referenceDay: Day,
): RetentionRow[] {
  const events = asPurchaseEvents(eventsIn);
  const cal = CALENDARS[kind];
  const last = latestPeriod(kind, referenceDay);
  const periodOf = eventPeriods(events, cal);
  if (!periodOf) return [];
  const firstOf = firstPeriods(events, periodOf);
  let first = Infinity;
  for (const f of firstOf) first = Math.min(first, f);
  if (!Number.isFinite(first) || first > last) return [];
  const rows = emptyRows(cal, first, last);
  for (let i = 0; i < events.length; i++) {
    const p = periodOf[i];
    const firstOfCustomer = firstOf[events.customer[i]];
    // A return dated before the customer's first purchase starts nothing (DOMAIN 1).
    if (p > last || p < firstOfCustomer) continue;
    const row = rows[p - first];
    if (p === firstOfCustomer) row.salesNew += events.amount[i];
    else row.salesExisting += events.amount[i];
  }
  countCustomers(events, periodOf, firstOf, rows, first);
  for (let i = 1; i < rows.length; i++)
    rows[i].rate = rows[i - 1].active > 0 ? rows[i].retained / rows[i - 1].active : null;
  return rows;
}

/**
 * Each event's period, through a table of the days from the first to the last (a few years at
 * most): the calendar is worked out once per day, not per event. Null without events.
 */
function eventPeriods(events: PurchaseEvents, cal: Calendar): Int32Array | null {
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const day = events.day[i];
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
  }
  if (!Number.isFinite(minDay)) return null;
  const ofDay = new Int32Array(maxDay - minDay + 1);
  for (let d = minDay; d <= maxDay; d++) ofDay[d - minDay] = cal.of(d);
  const periods = new Int32Array(events.length);
  for (let i = 0; i < events.length; i++) periods[i] = ofDay[events.day[i] - minDay];
  return periods;
}

/** Per customer id, the period of the first purchase (returns do not count); Infinity for returns only. */
function firstPeriods(events: PurchaseEvents, periodOf: Int32Array): Float64Array {
  const firstOf = new Float64Array(events.keys.length).fill(Infinity);
  for (let i = 0; i < events.length; i++) {
    if (events.amount[i] < 0) continue;
    const id = events.customer[i];
    if (periodOf[i] < firstOf[id]) firstOf[id] = periodOf[i];
  }
  return firstOf;
}

/**
 * Active, new, retained and returning customers per period: each customer's distinct periods with
 * a purchase up to the last row, then for each whether the period before is among them. The
 * purchases are laid out customer by customer first (one counting sort), so one mark per period,
 * stamped with the customer, tells their periods apart: no list or Set per customer.
 */
function countCustomers(
  events: PurchaseEvents,
  periodOf: Int32Array,
  firstOf: Float64Array,
  rows: RetentionRow[],
  first: number,
): void {
  const last = first + rows.length - 1;
  const counted = (i: number) => events.amount[i] >= 0 && periodOf[i] <= last;
  const customers = events.keys.length;
  const start = new Int32Array(customers + 1);
  for (let i = 0; i < events.length; i++) if (counted(i)) start[events.customer[i] + 1]++;
  for (let id = 0; id < customers; id++) start[id + 1] += start[id];
  const next = start.slice(0, customers);
  const byCustomer = new Int32Array(start[customers]);
  for (let i = 0; i < events.length; i++)
    if (counted(i)) byCustomer[next[events.customer[i]]++] = periodOf[i];
  // mark[p - first + 1] is the last customer seen in period p; slot 0 is the period before the first.
  const mark = new Int32Array(rows.length + 1).fill(-1);
  const periods = new Int32Array(rows.length);
  for (let id = 0; id < customers; id++) {
    let count = 0;
    for (let k = start[id]; k < start[id + 1]; k++) {
      const p = byCustomer[k];
      if (mark[p - first + 1] === id) continue;
      mark[p - first + 1] = id;
      periods[count++] = p;
    }
    for (let j = 0; j < count; j++) {
      const p = periods[j];
      const row = rows[p - first];
      row.active++;
      if (p === firstOf[id]) row.newCustomers++;
      else if (mark[p - first] === id) row.retained++;
      else row.returning++;
    }
  }
}

function emptyRows(cal: Calendar, first: number, last: number): RetentionRow[] {
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    label: cal.label(first + i),
    start: cal.start(first + i),
    end: cal.start(first + i + 1) - 1,
    active: 0,
    retained: 0,
    returning: 0,
    newCustomers: 0,
    rate: null,
    firstPeriod: i === 0,
    salesNew: 0,
    salesExisting: 0,
  }));
}

/** "Okt 2026" / "Oct 2026" for a month index (year × 12 + month − 1). */
export function monthLabel(month: number): string {
  return CALENDARS.bulan.label(month);
}
