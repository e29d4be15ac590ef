/**
 * Retention audit (DOMAIN 7, article 003): per calendar period, who bought, who stayed from the
 * previous period, who came back, who is new, and the sales of new versus existing customers.
 */
import { civilFromDay, dayFromCivil, indonesianDate, monthIndex, type Day } from './dates';

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
  const periodOfDay = new Map<Day, number>();
  const periodOf = (day: Day) => {
    let p = periodOfDay.get(day);
    if (p === undefined) {
      p = cal.of(day);
      periodOfDay.set(day, p);
    }
    return p;
  };
  const firstPeriod = new Map<string, number>();
  for (const e of events) {
    if (e.amount < 0) continue;
    const p = periodOf(e.day);
    const f = firstPeriod.get(e.key);
    if (f === undefined || p < f) firstPeriod.set(e.key, p);
  }
  let first = Infinity;
  for (const p of firstPeriod.values()) first = Math.min(first, p);
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
  const activeIn = new Map<string, Set<number>>();
  for (const e of events) {
    const p = periodOf(e.day);
    if (p > last) continue;
    const row = rows[p - first];
    if (p === firstPeriod.get(e.key)) row.salesNew += e.amount;
    else row.salesExisting += e.amount;
    if (e.amount < 0) continue;
    let set = activeIn.get(e.key);
    if (!set) activeIn.set(e.key, (set = new Set()));
    set.add(p);
  }
  for (const [key, periods] of activeIn) {
    const firstP = firstPeriod.get(key) as number;
    for (const p of periods) {
      const row = rows[p - first];
      row.active++;
      if (p === firstP) row.newCustomers++;
      else if (periods.has(p - 1)) row.retained++;
      else row.returning++;
    }
  }
  for (let i = 1; i < n; i++)
    rows[i].rate = rows[i - 1].active > 0 ? rows[i].retained / rows[i - 1].active : null;
  return rows;
}
