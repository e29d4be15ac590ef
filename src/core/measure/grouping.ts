/**
 * Grouping the sales columns by customer with integers only: one counting sort of the rows by
 * customer id, then each customer's rows in sheet order give its spend, occasions and days.
 */
import type { Day } from '../read/dates';
import { DISCOUNT, REPAYMENT, type SalesColumns } from '../read/columns';
import { invoiceCount } from '../read/invoiceNumbers';
import type { PurchaseEvents } from '../models/retention';
import type { SalesSummary } from './measures';
import { CHECK_EVERY, checkDeadline } from '../deadline';

/**
 * The distinct values, ascending. Insertion sort: a customer has few purchase days (at most one
 * per day of the window) and sheets are mostly in date order, so this is about one pass, with no
 * Set and no comparator call per value. Values are moved up by hand: a splice call per value out
 * of order costs more than the moves themselves (a million rows in no order: 40 ms by hand, 60 ms by splice).
 */
export function distinctAscending(values: Iterable<number>): number[] {
  const out: number[] = [];
  for (const v of values) {
    let k = out.length;
    while (k > 0 && out[k - 1] > v) k--;
    if (k > 0 && out[k - 1] === v) continue;
    out.push(v);
    for (let j = out.length - 1; j > k; j--) out[j] = out[j - 1];
    out[k] = v;
  }
  return out;
}

/** One customer's sales in the window, as computeMeasures reads them. */
class GroupedSales implements SalesSummary {
  constructor(
    readonly name: string,
    readonly phone: string,
    readonly total: number,
    readonly occasions: number,
    private readonly sortedDays: Day[],
    readonly discountOccasions: number,
    readonly firstSpend: number,
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
  events: PurchaseEvents;
}

/**
 * The columns grouping reads, laid out customer by customer (sheet order kept within a customer):
 * a customer's rows are then read one after the other, not from all over a million-row sheet.
 */
interface CustomerRows {
  /** Customer id to its first position; its rows end where the next id's start. */
  start: Int32Array;
  /** Position to sheet row. */
  row: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  invoice: Int32Array;
  flags: Uint8Array;
}

/** One counting sort by customer id; each row's values go to its place as the sheet is read in order. */
function rowsByCustomer(c: SalesColumns): CustomerRows {
  const customers = c.keys.length;
  const start = new Int32Array(customers + 1);
  for (let i = 0; i < c.length; i++) start[c.customer[i] + 1]++;
  for (let k = 0; k < customers; k++) start[k + 1] += start[k];
  const next = start.slice(0, customers);
  const rows: CustomerRows = {
    start,
    row: new Int32Array(c.length),
    day: new Int32Array(c.length),
    amount: new Float64Array(c.length),
    invoice: new Int32Array(c.length),
    flags: new Uint8Array(c.length),
  };
  for (let i = 0; i < c.length; i++) {
    const at = next[c.customer[i]]++;
    rows.row[at] = i;
    rows.day[at] = c.day[i];
    rows.amount[at] = c.amount[i];
    rows.invoice[at] = c.invoice[i];
    rows.flags[at] = c.flags[i];
  }
  return rows;
}

/** The first and last day of the sheet: scratch arrays are indexed by day from the first. */
function daySpan(c: SalesColumns): { first: Day; days: number } {
  let first = 0;
  let last = -1;
  for (let i = 0; i < c.length; i++) {
    if (i === 0 || c.day[i] < first) first = c.day[i];
    if (i === 0 || c.day[i] > last) last = c.day[i];
  }
  return { first, days: last - first + 1 };
}

/**
 * One customer's purchase occasions at a time: an invoice (dated by its earliest row), or a day
 * for rows without a No Nota. Slots are invoice ids, then days; like DaySums, a slot remembers the
 * customer that last used it, so no Map or Set is made or cleared per customer.
 */
class Occasions {
  private readonly owner: Int32Array;
  private readonly day: Int32Array;
  private readonly discount: Uint8Array;
  /** Purchases (rows of 0 or more) per slot: a return is no occasion and no part of one. */
  private readonly spend: Float64Array;
  /** The customer's slots, in the order they first appear. */
  private readonly slots: number[] = [];
  /** The slot of the customer's previous row: an invoice's item rows follow each other. */
  private lastSlot = -1;
  constructor(
    private readonly invoices: number,
    private readonly firstDay: Day,
    days: number,
  ) {
    this.owner = new Int32Array(invoices + days).fill(-1);
    this.day = new Int32Array(invoices + days);
    this.discount = new Uint8Array(invoices + days);
    this.spend = new Float64Array(invoices + days);
  }

  add(customer: number, invoice: number, day: Day, discount: boolean, amount: number): void {
    const slot = invoice >= 0 ? invoice : this.invoices + day - this.firstDay;
    // The slot of the row before is this customer's already: no look at a far-off owner entry.
    if (slot !== this.lastSlot && this.owner[slot] !== customer) {
      this.owner[slot] = customer;
      this.day[slot] = day;
      this.discount[slot] = 0;
      this.spend[slot] = 0;
      this.slots.push(slot);
    } else if (day < this.day[slot]) this.day[slot] = day;
    if (discount) this.discount[slot] = 1;
    this.spend[slot] += amount;
    this.lastSlot = slot;
  }

  get count(): number {
    return this.slots.length;
  }

  /** Occasions with a discount on any of their rows. */
  discounted(): number {
    let n = 0;
    for (const slot of this.slots) n += this.discount[slot];
    return n;
  }

  /** What the first occasion bought: the earliest, the first to appear among equal days. */
  firstSpend(): number {
    let first = -1;
    for (const slot of this.slots) if (first < 0 || this.day[slot] < this.day[first]) first = slot;
    return first < 0 ? 0 : this.spend[first];
  }

  /** The distinct days of the occasions, ascending. */
  days(): number[] {
    return distinctAscending(this.slots.map((slot) => this.day[slot]));
  }

  /** Ready for the next customer. */
  clear(): void {
    this.slots.length = 0;
    this.lastSlot = -1;
  }
}

/** Groups every customer's rows: measures' input and the purchase events, both within the window. */
export function groupSales(c: SalesColumns, windowStart: Day): SalesGroups {
  const rows = rowsByCustomer(c);
  const { start } = rows;
  const byKey = new Map<string, SalesSummary>();
  const boughtBeforeWindow = new Set<string>();
  const span = daySpan(c);
  const events = new EventColumns(c, span.first, span.days);
  const occasions = new Occasions(invoiceCount(c.invoices), span.first, span.days);
  // Without any phone in the sheet, no row needs to be looked at for one.
  const hasPhones = c.phones.length > 0;
  for (let id = 0; id < c.keys.length; id++) {
    if (id % CHECK_EVERY === 0) checkDeadline();
    if (start[id] === start[id + 1]) continue;
    const key = c.keys[id];
    occasions.clear();
    let name = -1;
    let phone = -1;
    let total = 0;
    let inWindow = false;
    let boughtBefore = false;
    for (let j = start[id]; j < start[id + 1]; j++) {
      // A repayment written among the sales is no purchase: no spend, no occasion, no event.
      if (rows.flags[j] & REPAYMENT) continue;
      const day = rows.day[j];
      const amount = rows.amount[j];
      if (day < windowStart) {
        if (amount >= 0) boughtBefore = true;
        continue;
      }
      inWindow = true;
      // Retention and cohort tables cover the analysis window only (DOMAIN 7).
      events.addRow(id, day, amount);
      if (name < 0) name = c.name[rows.row[j]];
      if (phone < 0 && hasPhones) phone = c.phone[rows.row[j]];
      total += amount;
      if (amount < 0) continue; // a return lowers the spend; it is not a purchase occasion
      occasions.add(id, rows.invoice[j], day, (rows.flags[j] & DISCOUNT) !== 0, amount);
    }
    events.endCustomer(id);
    // Once per customer, not per row before the window (half the rows of a two-year sheet).
    if (boughtBefore) boughtBeforeWindow.add(key);
    if (!inWindow) continue;
    byKey.set(
      key,
      new GroupedSales(
        name < 0 ? '' : c.names[name],
        phone < 0 ? '' : c.phones[phone],
        total,
        occasions.count,
        occasions.days(),
        occasions.discounted(),
        occasions.firstSpend(),
      ),
    );
  }
  return { byKey, boughtBeforeWindow, events: events.done() };
}

/**
 * Amounts summed per day in the order each day first appears, for one customer at a time. Days
 * are slots from the sheet's first day (a year is a few hundred slots); a slot remembers which
 * customer last used it, so nothing is cleared between customers and no Map is made per customer.
 */
class DaySums {
  private readonly owner: Int32Array;
  private readonly sums: Float64Array;
  private readonly order: Int32Array;
  count = 0;
  constructor(days: number) {
    this.owner = new Int32Array(days).fill(-1);
    this.sums = new Float64Array(days);
    this.order = new Int32Array(days);
  }
  add(slot: number, customer: number, amount: number): void {
    if (this.owner[slot] !== customer) {
      this.owner[slot] = customer;
      this.sums[slot] = 0;
      this.order[this.count++] = slot;
    }
    this.sums[slot] += amount;
  }
  /** The k-th slot to appear. */
  slotAt(k: number): number {
    return this.order[k];
  }
  sumAt(slot: number): number {
    return this.sums[slot];
  }
}

/**
 * One event per customer, day and sign, item rows summed: retention and cohorts count customers
 * per period and sum amounts. Per customer, purchases first, then returns, each in the order their
 * days first appear in the sheet.
 */
class EventColumns {
  private readonly firstDay: Day;
  private readonly bought: DaySums;
  private readonly returned: DaySums;
  private readonly events: PurchaseEvents;
  constructor(c: SalesColumns, firstDay: Day, days: number) {
    this.firstDay = firstDay;
    this.bought = new DaySums(days);
    this.returned = new DaySums(days);
    // At most one event per row.
    const size = c.length;
    this.events = {
      length: 0,
      customer: new Int32Array(size),
      day: new Int32Array(size),
      amount: new Float64Array(size),
      keys: c.keys,
    };
  }

  /** A row of the customer's; rows come customer by customer, each customer ended by endCustomer. */
  addRow(id: number, day: Day, amount: number): void {
    (amount < 0 ? this.returned : this.bought).add(day - this.firstDay, id, amount);
  }

  endCustomer(id: number): void {
    const { bought, returned, firstDay } = this;
    for (const sums of [bought, returned])
      for (let k = 0; k < sums.count; k++) {
        const slot = sums.slotAt(k);
        const e = this.events.length++;
        this.events.customer[e] = id;
        this.events.day[e] = slot + firstDay;
        this.events.amount[e] = sums.sumAt(slot);
      }
    bought.count = 0;
    returned.count = 0;
  }

  /** The events, their columns trimmed to length. */
  done(): PurchaseEvents {
    const { length, customer, day, amount, keys } = this.events;
    return {
      length,
      customer: customer.slice(0, length),
      day: day.slice(0, length),
      amount: amount.slice(0, length),
      keys,
    };
  }
}
