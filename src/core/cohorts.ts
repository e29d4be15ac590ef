/**
 * Cohorts by first-purchase month (DOMAIN 7): of the customers whose first purchase fell in a
 * month, the share who bought in each later month; and the repeat purchase rate.
 */
import { monthIndex, type Day } from './dates';
import type { CustomerMeasures } from './measures';
import { monthLabel, type PurchaseEvent } from './retention';

export interface CohortRow {
  label: string;
  month: number;
  size: number;
  /** Share of the cohort active in month 0, 1, 2, ... after its first month, up to the reference month. */
  shares: number[];
}

export function cohortTable(events: readonly PurchaseEvent[], referenceDay: Day): CohortRow[] {
  const lastMonth = monthIndex(referenceDay);
  const first = new Map<string, number>();
  for (const e of events) {
    if (e.day > referenceDay || e.amount < 0) continue;
    const m = monthIndex(e.day);
    const f = first.get(e.key);
    if (f === undefined || m < f) first.set(e.key, m);
  }
  // Distinct (customer, month) pairs, counted into their cohort's offset.
  const seen = new Set<string>();
  const counts = new Map<number, number[]>();
  const sizes = new Map<number, number>();
  for (const f of first.values()) sizes.set(f, (sizes.get(f) ?? 0) + 1);
  for (const e of events) {
    if (e.day > referenceDay || e.amount < 0) continue;
    const m = monthIndex(e.day);
    const pair = `${e.key}\u0000${m}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    const f = first.get(e.key) as number;
    const row = counts.get(f) ?? new Array<number>(lastMonth - f + 1).fill(0);
    row[m - f]++;
    counts.set(f, row);
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
