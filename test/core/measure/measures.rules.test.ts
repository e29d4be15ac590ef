/**
 * DOMAIN 2 measures computed straight from one customer's sales summary and debts, with every
 * expected value worked out by hand (day counts in the comments).
 */
import type { Day } from '../../../src/core/read/dates';
import { AGE_BUCKETS, type Debt } from '../../../src/core/measure/debts';
import {
  computeMeasures,
  distinctMonths,
  median,
  ownCycleDays,
  shopCycleDays,
  useShopCycle,
  type MeasureContext,
  type SalesSummary,
} from '../../../src/core/measure/measures';
import { d } from '../../support/build';

const ctx: MeasureContext = {
  referenceDay: d('2025-06-30'),
  windowStart: d('2024-07-01'),
  siklusHari: 30,
  boughtBeforeWindow: new Set(),
};

function summary(isoDays: string[], total: number, phone = '0812', firstSpend = 0): SalesSummary {
  return {
    name: 'Sri',
    phone,
    total,
    occasions: isoDays.length,
    days: () => isoDays.map(d),
    discountOccasions: 1,
    firstSpend,
  };
}

function debt(
  day: string,
  amount: number,
  paid: number,
  due: string,
  settled: string | null,
  row: number,
): Debt {
  const settledDay: Day | null = settled === null ? null : d(settled);
  return { key: 'sri', day: d(day), amount, due: d(due), paid, settledDay, source: 'hutang', row };
}

describe('a customer whose only record is a debt (DOMAIN 2-3)', () => {
  const measure = () =>
    computeMeasures('sri', undefined, [debt('2024-03-01', 50000, 0, '2024-03-15', null, 2)], ctx);

  it('has no occasion, no dates and no spend', () => {
    const m = measure();
    expect(m).toMatchObject({
      name: '',
      phone: '',
      occasions: 0,
      frequency: 0,
      firstDay: null,
      lastDay: null,
      recencyDays: 0,
      ageDays: 0,
      daysSinceLast: null,
      totalSpend: 0,
      avgPerOccasion: 0,
      activeMonths: 0,
      observedMonths: 0,
      activeRatio: 0,
      cycleDays: 30,
      cycleFromData: false,
      nextPurchaseDay: null,
      discountOccasions: 0,
    });
  });

  it('keeps the open debt from before the window, however old, without counting it as credit use', () => {
    const m = measure();
    // 15/03/2024 to 30/06/2025: 365 + 107 = 472 days past due.
    expect(m.creditPurchases).toBe(0);
    expect(m.creditShare).toBe(0);
    expect(m.outstanding).toBe(50000);
    expect(m.maxDaysOverdue).toBe(472);
    expect(m.openDebts).toEqual([
      {
        day: d('2024-03-01'),
        due: d('2024-03-15'),
        amount: 50000,
        outstanding: 50000,
        daysOverdue: 472,
        source: 'hutang',
        row: 2,
      },
    ]);
    expect(m.ageing).toEqual({
      belumJatuhTempo: 0,
      telat1_30: 0,
      telat31_60: 0,
      telat61_90: 0,
      telatLebih90: 50000,
    });
    // The buckets in their reading order, youngest first (tables list them by these keys).
    expect(Object.keys(m.ageing)).toEqual(AGE_BUCKETS);
  });

  it('gets the shop cycle but no next purchase', () => {
    const m = measure();
    const copy = { ...m };
    useShopCycle(copy, 12.4);
    expect(copy.cycleDays).toBe(12.4);
    expect(copy.nextPurchaseDay).toBeNull();
  });
});

describe('a regular who buys on credit (DOMAIN 2)', () => {
  // Purchase days 3/3, 13/3, 2/4, 2/5/2025: gaps 10, 20, 30.
  const sales = summary(['2025-03-03', '2025-03-13', '2025-04-02', '2025-05-02'], 80000);
  const debts = [
    // On the window's first day, repaid 10 days after its due date.
    debt('2024-07-01', 20000, 20000, '2024-07-15', '2024-07-25', 2),
    // Before the window, repaid 100 days late: neither credit use nor lateness of the window.
    debt('2024-06-01', 5000, 5000, '2024-06-15', '2024-09-23', 3),
    // Partly paid, 10 days past due: 20.000 left.
    debt('2025-03-13', 30000, 10000, '2025-06-20', null, 4),
    // Two debts of one day: 45 days past due, and not yet due.
    debt('2025-04-02', 15000, 0, '2025-05-16', null, 5),
    debt('2025-04-02', 4000, 0, '2025-07-10', null, 6),
    // Repaid on a credit day already counted, repayment date unknown: no lateness to average.
    debt('2025-03-13', 8000, 8000, '2025-03-27', null, 7),
  ];
  const measure = () => computeMeasures('sri', sales, debts, ctx);

  it('counts occasions, recency, age, days since last and spend', () => {
    const m = measure();
    expect(m).toMatchObject({
      name: 'Sri',
      phone: '0812',
      occasions: 4,
      frequency: 3,
      firstDay: d('2025-03-03'),
      lastDay: d('2025-05-02'),
      recencyDays: 60, // 28 + 30 + 2
      ageDays: 119, // 28 + 30 + 31 + 30
      daysSinceLast: 59, // 29 + 30
      totalSpend: 80000,
      avgPerOccasion: 20000,
      discountOccasions: 1,
    });
  });

  it('counts active months (Mar, Apr, May) over observed months (Mar to Jun)', () => {
    const m = measure();
    expect(m.activeMonths).toBe(3);
    expect(m.observedMonths).toBe(4);
    expect(m.activeRatio).toBe(0.75);
  });

  it('takes the median gap as their own cycle and the next purchase from it', () => {
    const m = measure();
    expect(m.cycleFromData).toBe(true);
    expect(m.cycleDays).toBe(20);
    expect(m.nextPurchaseDay).toBe(d('2025-05-22'));
    useShopCycle(m, 12.4);
    expect(m.cycleDays).toBe(20);
    expect(m.nextPurchaseDay).toBe(d('2025-05-22'));
  });

  it('counts credit purchases from the window start on, and credit days over occasions', () => {
    const m = measure();
    expect(m.creditPurchases).toBe(5);
    // Credit on 1/7/2024, 13/3 and 2/4/2025: three days of four occasions.
    expect(m.creditShare).toBe(0.75);
  });

  it('sums what is still owed by ageing bucket and keeps the latest days overdue', () => {
    const m = measure();
    expect(m.outstanding).toBe(39000);
    expect(m.openDebts.map((o) => [o.row, o.outstanding, o.daysOverdue])).toEqual([
      [4, 20000, 10],
      [5, 15000, 45],
      [6, 4000, 0],
    ]);
    expect(m.maxDaysOverdue).toBe(45);
    expect(m.ageing).toEqual({
      belumJatuhTempo: 4000,
      telat1_30: 20000,
      telat31_60: 15000,
      telat61_90: 0,
      telatLebih90: 0,
    });
  });

  it('averages the lateness of debts repaid within the window only', () => {
    const m = measure();
    expect(m.repaidCount).toBe(2);
    expect(m.avgDaysLate).toBe(10);
  });

  it('caps the credit share at one when there are more credit days than occasions', () => {
    const one = computeMeasures('sri', summary(['2025-03-13'], 30000), debts, ctx);
    expect(one.creditShare).toBe(1);
  });
});

describe('cycles (DOMAIN 2)', () => {
  it('takes the median: the middle value, or the mean of the two middle ones; none is 0', () => {
    const values = [7, 1, 5, 3];
    expect(median(values)).toBe(4);
    expect(values).toEqual([7, 1, 5, 3]);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([])).toBe(0);
  });

  it('counts the calendar months purchase days fall in (active months)', () => {
    // January (5th, 31st), February (1st, 28th), April: three months, March missing.
    const days = ['2025-01-05', '2025-01-31', '2025-02-01', '2025-02-28', '2025-04-10'].map(d);
    expect(distinctMonths(days)).toBe(3);
    // New Year's Eve and New Year's Day are two months (and two years).
    expect(distinctMonths([d('2024-12-31'), d('2025-01-01')])).toBe(2);
    expect(distinctMonths([d('2025-03-15')])).toBe(1);
    expect(distinctMonths([])).toBe(0);
  });

  it('needs three purchase days (two gaps) for a cycle of their own', () => {
    expect(ownCycleDays([100, 110])).toBeNull();
    expect(ownCycleDays([100, 110, 130])).toBe(15);
    expect(ownCycleDays([100, 110, 130, 131])).toBe(10);
  });

  it('takes the median of the gaps in size order, however the gaps come, few or many', () => {
    // Gaps 5, 1, 9, 3: in size order 1, 3, 5, 9, so the usual gap is (3 + 5) / 2.
    expect(ownCycleDays([0, 5, 6, 15, 18])).toBe(4);
    // 71 gaps, five of 10 days first, then 66 of 2: the middle (36th) gap is 2.
    const uneven = [0];
    for (let i = 0; i < 71; i++) uneven.push(uneven[i] + (i < 5 ? 10 : 2));
    expect(ownCycleDays(uneven)).toBe(2);
    // 70 gaps alternating 7 and 3: the two middle ones are a 3 and a 7.
    const even = [0];
    for (let i = 0; i < 70; i++) even.push(even[i] + (i % 2 ? 3 : 7));
    expect(ownCycleDays(even)).toBe(5);
    // Two gaps right after ten: nothing of the longer list is left over.
    expect(ownCycleDays([0, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39])).toBe(1);
    expect(ownCycleDays([0, 4, 12])).toBe(6);
  });

  it("gives the others the shop's cycle: the median of the own cycles, else siklusHari", () => {
    const two = computeMeasures('sri', summary(['2025-06-01', '2025-06-11'], 20000), [], ctx);
    expect(two.cycleFromData).toBe(false);
    expect(two.cycleDays).toBe(30);
    expect(two.nextPurchaseDay).toBe(d('2025-07-11'));
    const own10 = computeMeasures('sri', summary(['2025-06-01', '2025-06-11', '2025-06-21'], 1), [], ctx);
    const own20 = computeMeasures('sri', summary(['2025-05-01', '2025-05-21', '2025-06-10'], 1), [], ctx);
    expect(shopCycleDays([two, own10, own20], 30)).toBe(15);
    expect(shopCycleDays([two], 30)).toBe(30);
    useShopCycle(two, 12.4);
    expect(two.cycleDays).toBe(12.4);
    expect(two.nextPurchaseDay).toBe(d('2025-06-23'));
  });
});
