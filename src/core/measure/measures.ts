/** Per-customer measures within the analysis window (DOMAIN 2). */
import { smallInteger } from './smallInteger';
import { addMonths, civilFromDay, monthIndex, type Day } from '../read/dates';
import { ageBucket, type AgeBucket, type Debt } from './debts';

export interface OpenDebt {
  day: Day;
  due: Day;
  amount: number;
  outstanding: number;
  daysOverdue: number;
  source: Debt['source'];
  row: number;
}

export interface CustomerMeasures {
  key: string;
  name: string;
  phone: string;
  /** Purchase occasions: distinct invoices where the sheet has them, else distinct days. */
  occasions: number;
  /** Occasions after the first ("Kunjungan Ulang"). */
  frequency: number;
  firstDay: Day | null;
  lastDay: Day | null;
  /** Days from the first to the last occasion. */
  recencyDays: number;
  /** Days from the first occasion to the reference date (T). */
  ageDays: number;
  daysSinceLast: number | null;
  totalSpend: number;
  avgPerOccasion: number;
  /**
   * Spend after the first occasion: the total (returns subtracted) less what the first occasion
   * bought; 0 without a repeat occasion. Divided by `frequency` it is the mean spend per repeat
   * occasion that the Gamma-Gamma model reads (DOMAIN 9b).
   */
  repeatSpend: number;
  activeMonths: number;
  observedMonths: number;
  activeRatio: number;
  /**
   * Usual days between purchase days (the median gap) when the customer has a habit of their own
   * (at least three purchase days); otherwise the shop's usual cycle.
   */
  cycleDays: number;
  /** The cycle is the customer's own, not the shop's. */
  cycleFromData: boolean;
  nextPurchaseDay: Day | null;
  discountOccasions: number;
  /** Debts made within the window (credit purchases). */
  creditPurchases: number;
  creditShare: number;
  outstanding: number;
  openDebts: OpenDebt[];
  maxDaysOverdue: number;
  repaidCount: number;
  /** Average days late of repaid debts whose repayment date is known; null when none. */
  avgDaysLate: number | null;
  ageing: Record<AgeBucket, number>;
}

export interface MeasureContext {
  referenceDay: Day;
  windowStart: Day;
  /** The shop's usual cycle, for customers without one of their own (see shopCycleDays). */
  siklusHari: number;
  /** Customers with an occasion before the window: observed from the window start. */
  boughtBeforeWindow: ReadonlySet<string>;
}

export function windowStartFor(referenceDay: Day, months: number): Day {
  return addMonths(referenceDay, -months) + 1;
}

/** One customer's sales in the window, as the measures read them (GroupedSales, grouping.ts). */
export interface SalesSummary {
  readonly name: string;
  readonly phone: string;
  readonly total: number;
  readonly occasions: number;
  /** Distinct purchase days, ascending. */
  days(): Day[];
  readonly discountOccasions: number;
  /** What the first occasion bought (the earliest; the first to appear among equal days). */
  readonly firstSpend: number;
}

/** Median of the values (0 for none); the input is not reordered. */
export function median(values: ArrayLike<number>): number {
  // A typed copy sorts numerically without a comparator call per pair.
  return values.length === 0 ? 0 : middleOf(new Float64Array(values).sort());
}

/** The middle value of the first `n` sorted values, or the mean of the two middle ones. */
function middleOf(sorted: Float64Array, n = sorted.length): number {
  const mid = n >> 1;
  return n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * How many calendar months the ascending days fall in. A day opens a new month only once it
 * reaches the next month's first day, so the calendar is worked out once per month, not per day.
 */
export function distinctMonths(ascendingDays: readonly Day[]): number {
  let months = 0;
  let nextMonthStart = -Infinity;
  for (const day of ascendingDays) {
    if (day < nextMonthStart) continue;
    months++;
    nextMonthStart = nextMonthStartOf(day);
  }
  return months;
}

/** The first day of the month after the day's, remembered per day (a sheet has few distinct days). */
const nextMonthStarts = new Map<Day, Day>();
function nextMonthStartOf(day: Day): Day {
  let start = nextMonthStarts.get(day);
  if (start === undefined) {
    if (nextMonthStarts.size >= 100_000) nextMonthStarts.clear();
    nextMonthStarts.set(day, (start = addMonths(day - civilFromDay(day).day + 1, 1)));
  }
  return start;
}

/** Fewest gaps between purchase days that make a habit: one gap is not a habit (DOMAIN 2). */
export const MIN_CYCLE_GAPS = 2;

/** The median gap between ascending purchase days, or null with fewer than MIN_CYCLE_GAPS gaps. */
export function ownCycleDays(days: readonly Day[]): number | null {
  if (days.length < MIN_CYCLE_GAPS + 1) return null;
  const n = days.length - 1;
  if (n > SMALL_SORT) {
    const gaps = new Float64Array(n);
    for (let i = 0; i < n; i++) gaps[i] = days[i + 1] - days[i];
    return middleOf(gaps.sort(), n);
  }
  // Most customers have a few gaps: sorted as they are made, in one scratch array.
  const gaps = gapScratch;
  for (let i = 0; i < n; i++) {
    const gap = days[i + 1] - days[i];
    let k = i;
    for (; k > 0 && gaps[k - 1] > gap; k--) gaps[k] = gaps[k - 1];
    gaps[k] = gap;
  }
  return middleOf(gaps, n);
}

/** Up to this many gaps are sorted by insertion in gapScratch, with no array made per customer. */
const SMALL_SORT = 64;
const gapScratch = new Float64Array(SMALL_SORT);

/** The shop's usual cycle: the median over customers with a cycle of their own, else `fallback`. */
export function shopCycleDays(measures: readonly CustomerMeasures[], fallback: number): number {
  const own = measures.filter((m) => m.cycleFromData).map((m) => m.cycleDays);
  return own.length > 0 ? median(own) : fallback;
}

/** Gives a customer without a cycle of their own the shop's cycle (and the next purchase by it). */
export function useShopCycle(m: CustomerMeasures, shopCycle: number): void {
  if (m.cycleFromData) return;
  m.cycleDays = shopCycle;
  m.nextPurchaseDay = m.lastDay === null ? null : m.lastDay + Math.round(shopCycle);
}

export function computeMeasures(
  key: string,
  acc: SalesSummary | undefined,
  debts: readonly Debt[],
  ctx: MeasureContext,
): CustomerMeasures {
  const days = acc ? acc.days() : [];
  const occasions = acc ? acc.occasions : 0;
  const firstDay = days.length ? days[0] : null;
  const lastDay = days.length ? days[days.length - 1] : null;
  const refMonth = monthIndex(ctx.referenceDay);
  const activeMonths = distinctMonths(days);
  const observedFrom = ctx.boughtBeforeWindow.has(key) ? ctx.windowStart : firstDay;
  const observedMonths = observedFrom === null ? 0 : refMonth - monthIndex(observedFrom) + 1;
  const own = ownCycleDays(days);
  const cycleFromData = own !== null;
  const cycleDays = own ?? ctx.siklusHari;
  const totalSpend = acc ? smallInteger(acc.total) : 0;

  const debt = debtMeasures(debts, ctx);
  return {
    key,
    name: acc?.name ?? '',
    phone: acc?.phone ?? '',
    occasions,
    frequency: Math.max(0, occasions - 1),
    firstDay,
    lastDay,
    recencyDays: days.length ? days[days.length - 1] - days[0] : 0,
    ageDays: firstDay === null ? 0 : ctx.referenceDay - firstDay,
    daysSinceLast: lastDay === null ? null : ctx.referenceDay - lastDay,
    totalSpend,
    avgPerOccasion: occasions ? totalSpend / occasions : 0,
    repeatSpend: occasions > 1 && acc ? smallInteger(acc.total - acc.firstSpend) : 0,
    activeMonths,
    observedMonths,
    activeRatio: observedMonths ? activeMonths / observedMonths : 0,
    cycleDays,
    cycleFromData,
    nextPurchaseDay: lastDay === null ? null : lastDay + Math.round(cycleDays),
    discountOccasions: acc ? acc.discountOccasions : 0,
    creditPurchases: debt.creditPurchases,
    creditShare: occasions ? Math.min(1, debt.creditDays / occasions) : debt.creditPurchases ? 1 : 0,
    outstanding: debt.outstanding,
    openDebts: debt.openDebts,
    maxDaysOverdue: debt.openDebts.reduce((m, d) => Math.max(m, d.daysOverdue), 0),
    repaidCount: debt.repaidCount,
    avgDaysLate: debt.avgDaysLate,
    ageing: debt.ageing,
  };
}

type DebtMeasures = Pick<
  CustomerMeasures,
  'creditPurchases' | 'outstanding' | 'openDebts' | 'repaidCount' | 'avgDaysLate' | 'ageing'
> & { creditDays: number };

/** Every ageing bucket at zero, as a literal: one fixed shape for tens of thousands of customers. */
function emptyAgeing(): Record<AgeBucket, number> {
  return { belumJatuhTempo: 0, telat1_30: 0, telat31_60: 0, telat61_90: 0, telatLebih90: 0 };
}

/** Credit use, open debts (however old) and lateness of the debts repaid within the window. */
function debtMeasures(debts: readonly Debt[], ctx: MeasureContext): DebtMeasures {
  const openDebts: OpenDebt[] = [];
  const ageing = emptyAgeing();
  let creditPurchases = 0;
  let repaidCount = 0;
  let lateSum = 0;
  let lateCount = 0;
  // A customer has a handful of debts: a small list beats a Set per customer.
  const creditDays: Day[] = [];
  for (const d of debts) {
    const inWindow = d.day >= ctx.windowStart;
    if (inWindow) {
      creditPurchases++;
      if (!creditDays.includes(d.day)) creditDays.push(d.day);
    }
    const outstanding = d.amount - d.paid;
    if (outstanding > 0.005) {
      const daysOverdue = Math.max(0, ctx.referenceDay - d.due);
      openDebts.push({
        day: d.day,
        due: d.due,
        amount: d.amount,
        outstanding,
        daysOverdue,
        source: d.source,
        row: d.row,
      });
      ageing[ageBucket(daysOverdue)] += outstanding;
    } else if (inWindow) {
      repaidCount++;
      if (d.settledDay !== null) {
        // Paid before the due date is on time, not negative lateness.
        lateSum += Math.max(0, d.settledDay - d.due);
        lateCount++;
      }
    }
  }
  return {
    creditPurchases,
    creditDays: creditDays.length,
    outstanding: openDebts.reduce((s, d) => s + d.outstanding, 0),
    openDebts,
    repaidCount,
    avgDaysLate: lateCount ? lateSum / lateCount : null,
    ageing,
  };
}
