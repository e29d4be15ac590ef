/**
 * Retention audit (DOMAIN 7, article 003): per calendar period, who bought, who stayed from the
 * previous period, who came back, who is new, and the sales of new versus existing customers.
 */
import { civilFromDay, dayFromCivil, indonesianDate, monthIndex, type Day } from '../read/dates';

export type PeriodKind = 'minggu' | 'bulan' | 'kuartal' | 'tahun';

export const PERIOD_KINDS: readonly PeriodKind[] = ['minggu', 'bulan', 'kuartal', 'tahun'];

export interface PurchaseEvent {
  key: string;
  day: Day;
  amount: number;
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
  salesNew: number;
  salesExisting: number;
}

const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

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
    label: (p) => `Minggu ${indonesianDate(p * 7 - 3)}`,
  },
  bulan: {
    of: monthIndex,
    start: monthStart,
    label: (p) => `${MONTH_SHORT[p % 12]} ${Math.floor(p / 12)}`,
  },
  kuartal: {
    of: (d) => Math.floor(monthIndex(d) / 3),
    start: (p) => monthStart(p * 3),
    label: (p) => `K${(p % 4) + 1} ${Math.floor(p / 4)}`,
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
  if (!kind)
    throw new Error(`Periode tidak dikenal: "${String(value)}". Pilih minggu, bulan, kuartal atau tahun.`);
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
  events: readonly PurchaseEvent[],
  kind: PeriodKind,
  referenceDay: Day,
): RetentionRow[] {
  const cal = CALENDARS[kind];
  const last = latestPeriod(kind, referenceDay);
  // Days span a few years at most: a flat array maps day -> period without hashing.
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const e of events) {
    if (e.day < minDay) minDay = e.day;
    if (e.day > maxDay) maxDay = e.day;
  }
  if (!Number.isFinite(minDay)) return [];
  const periodOfDay = new Float64Array(maxDay - minDay + 1).fill(NaN);
  const periodOf = (day: Day) => {
    let p = periodOfDay[day - minDay];
    if (Number.isNaN(p)) p = periodOfDay[day - minDay] = cal.of(day);
    return p;
  };
  // Customers as small integers, looked up once per event; periods per customer in a short array.
  const ids = new Map<string, number>();
  const eventCustomer = new Int32Array(events.length);
  const firstOf: number[] = [];
  const periodsOf: number[][] = [];
  events.forEach((e, i) => {
    let id = ids.get(e.key);
    if (id === undefined) {
      ids.set(e.key, (id = firstOf.length));
      firstOf.push(Infinity);
      periodsOf.push([]);
    }
    eventCustomer[i] = id;
    if (e.amount < 0) return;
    const p = periodOf(e.day);
    if (p < firstOf[id]) firstOf[id] = p;
    const periods = periodsOf[id];
    if (p <= last && !periods.includes(p)) periods.push(p);
  });
  let first = Infinity;
  for (const f of firstOf) first = Math.min(first, f);
  if (!Number.isFinite(first) || first > last) return [];
  const n = last - first + 1;
  const rows: RetentionRow[] = Array.from({ length: n }, (_, i) => ({
    label: cal.label(first + i),
    start: cal.start(first + i),
    end: cal.start(first + i + 1) - 1,
    active: 0,
    retained: 0,
    returning: 0,
    newCustomers: 0,
    rate: null,
    salesNew: 0,
    salesExisting: 0,
  }));
  events.forEach((e, i) => {
    const p = periodOf(e.day);
    if (p > last) return;
    // A return dated before any purchase of that customer starts nothing (DOMAIN 1).
    if (e.amount < 0 && !(p >= firstOf[eventCustomer[i]])) return;
    const row = rows[p - first];
    if (p === firstOf[eventCustomer[i]]) row.salesNew += e.amount;
    else row.salesExisting += e.amount;
  });
  periodsOf.forEach((periods, id) => {
    const set = new Set(periods);
    for (const p of periods) {
      const row = rows[p - first];
      row.active++;
      if (p === firstOf[id]) row.newCustomers++;
      else if (set.has(p - 1)) row.retained++;
      else row.returning++;
    }
  });
  for (let i = 1; i < n; i++)
    rows[i].rate = rows[i - 1].active > 0 ? rows[i].retained / rows[i - 1].active : null;
  return rows;
}

/** "Okt 2026" for a month index (year × 12 + month − 1). */
export function monthLabel(month: number): string {
  return CALENDARS.bulan.label(month);
}
