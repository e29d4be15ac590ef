/**
 * Grouping the sales columns by customer with integers only: one counting sort of the rows by
 * customer id, then each customer's rows in sheet order give its spend, occasions and days.
 */
import type { Day } from '../read/dates';
import { DISCOUNT, type SalesColumns } from '../read/columns';
import type { PurchaseEvent } from '../models/retention';
import type { SalesSummary } from './measures';

/** One customer's sales in the window, as computeMeasures reads them. */
class GroupedSales implements SalesSummary {
  constructor(
    readonly name: string,
    readonly phone: string,
    readonly total: number,
    readonly occasions: number,
    private readonly sortedDays: Day[],
    readonly discountOccasions: number,
  ) {}
  days(): Day[] {
    return this.sortedDays;
  }
}

export interface SalesGroups {
  /** Customer key to its sales in the window (customers with in-window rows only). */
  byKey: Map<string, SalesSummary>;
  /** Customers with a purchase (not a return) before the window. */
  boughtBeforeWindow: Set<string>;
  /** Purchase events per customer, day and sign (item rows summed): the retention input. */
  events: PurchaseEvent[];
}

/** Row indices grouped by customer id, sheet order kept within a customer. */
function rowsByCustomer(c: SalesColumns): { start: Int32Array; order: Int32Array } {
  const customers = c.keys.length;
  const start = new Int32Array(customers + 1);
  for (let i = 0; i < c.length; i++) start[c.customer[i] + 1]++;
  for (let k = 0; k < customers; k++) start[k + 1] += start[k];
  const next = start.slice(0, customers);
  const order = new Int32Array(c.length);
  for (let i = 0; i < c.length; i++) order[next[c.customer[i]]++] = i;
  return { start, order };
}

// Occasion keys as numbers: invoices even, days (offset to stay positive) odd.
const DAY_OFFSET = 1_000_000;
const occasionKey = (c: SalesColumns, i: number) =>
  c.invoice[i] >= 0 ? c.invoice[i] * 2 : (c.day[i] + DAY_OFFSET) * 2 + 1;

/** Groups every customer's rows: measures' input for the window, events for the whole sheet. */
export function groupSales(c: SalesColumns, windowStart: Day): SalesGroups {
  const { start, order } = rowsByCustomer(c);
  const byKey = new Map<string, SalesSummary>();
  const boughtBeforeWindow = new Set<string>();
  const events: PurchaseEvent[] = [];
  const occasionDay = new Map<number, Day>();
  const discounted = new Set<number>();
  for (let id = 0; id < c.keys.length; id++) {
    if (start[id] === start[id + 1]) continue;
    const key = c.keys[id];
    occasionDay.clear();
    discounted.clear();
    let name = -1;
    let phone = -1;
    let total = 0;
    let inWindow = false;
    for (let j = start[id]; j < start[id + 1]; j++) {
      const i = order[j];
      const amount = c.amount[i];
      if (c.day[i] < windowStart) {
        if (amount >= 0) boughtBeforeWindow.add(key);
        continue;
      }
      inWindow = true;
      if (name < 0) name = c.name[i];
      if (phone < 0) phone = c.phone[i];
      total += amount;
      if (amount < 0) continue; // a return lowers the spend; it is not a purchase occasion
      const o = occasionKey(c, i);
      const seen = occasionDay.get(o);
      if (seen === undefined || c.day[i] < seen) occasionDay.set(o, c.day[i]);
      if (c.flags[i] & DISCOUNT) discounted.add(o);
    }
    pushEvents(c, key, order.subarray(start[id], start[id + 1]), events);
    if (!inWindow) continue;
    const days = [...new Set(occasionDay.values())].sort((a, b) => a - b);
    byKey.set(
      key,
      new GroupedSales(
        name < 0 ? '' : c.names[name],
        phone < 0 ? '' : c.phones[phone],
        total,
        occasionDay.size,
        days,
        discounted.size,
      ),
    );
  }
  return { byKey, boughtBeforeWindow, events };
}

/** One event per day and sign: retention and cohorts count customers per period and sum amounts. */
function pushEvents(c: SalesColumns, key: string, rows: Int32Array, events: PurchaseEvent[]): void {
  const bought = new Map<Day, number>();
  const returned = new Map<Day, number>();
  for (const i of rows) {
    const target = c.amount[i] < 0 ? returned : bought;
    target.set(c.day[i], (target.get(c.day[i]) ?? 0) + c.amount[i]);
  }
  for (const [day, amount] of bought) events.push({ key, day, amount });
  for (const [day, amount] of returned) events.push({ key, day, amount });
}
