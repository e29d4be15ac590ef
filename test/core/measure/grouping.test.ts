import { creditSales, resolvePhoneCustomers, salesColumns, saleAt } from '../../../src/core/read/columns';
import { distinctAscending, groupSales } from '../../../src/core/measure/grouping';
import { eventList } from '../../../src/core/models/retention';
import type { SaleRecord } from '../../../src/core/read/saleRecord';
import { d, run } from '../../support/build';

function sale(
  row: number,
  day: string,
  key: string,
  amount: number,
  more: Partial<SaleRecord> = {},
): SaleRecord {
  return {
    row,
    day: d(day),
    name: key,
    key,
    amount,
    invoice: '',
    credit: false,
    discount: false,
    phone: '',
    ...more,
  };
}

describe('sales as columns, grouped by integer customer ids', () => {
  const records = [
    sale(2, '2025-01-05', 'sri', 10000, { invoice: 'N1', credit: true }),
    sale(3, '2025-01-05', 'sri', 5000, { invoice: 'N1', credit: true }),
    sale(4, '2025-01-07', 'budi', 7000, { discount: true }),
    sale(5, '2025-02-09', 'sri', -3000),
    sale(6, '2025-02-10', 'sri', 4000, { invoice: 'N2' }),
    sale(7, '2024-06-01', 'budi', 2000),
    sale(8, '2025-01-07', 'budi', 1000),
  ];

  it('keeps each row once, as typed arrays and interned texts, and gives records back', () => {
    const c = salesColumns(records);
    expect(c.length).toBe(7);
    expect(c.keys).toEqual(['sri', 'budi']);
    expect(c.invoices).toEqual({ texts: ['N1', 'N2'] });
    expect(Array.from(c.customer)).toEqual([0, 0, 1, 0, 0, 1, 1]);
    expect(records.map((_, i) => saleAt(c, i))).toEqual(records);
  });

  it('counts spend, occasions, days and discounts per customer inside the window', () => {
    const g = groupSales(salesColumns(records), d('2025-01-01'));
    const sri = g.byKey.get('sri');
    // Invoice N1 (two item rows) and N2 are two occasions; the return lowers the spend only.
    expect([sri?.total, sri?.occasions, sri?.days(), sri?.discountOccasions]).toEqual([
      16000,
      2,
      [d('2025-01-05'), d('2025-02-10')],
      0,
    ]);
    const budi = g.byKey.get('budi');
    // Two rows on one day without invoices are one occasion; the 2024 row is before the window.
    expect([budi?.total, budi?.occasions, budi?.days(), budi?.discountOccasions]).toEqual([
      8000,
      1,
      [d('2025-01-07')],
      1,
    ]);
    expect([...g.boughtBeforeWindow]).toEqual(['budi']);
  });

  it('gives retention one event per customer, day and sign, item rows summed, within the window only', () => {
    const g = groupSales(salesColumns(records), d('2025-01-01'));
    const events = eventList(g.events)
      .map((e) => [e.key, e.day, e.amount])
      .sort();
    expect(events).toEqual(
      [
        ['sri', d('2025-01-05'), 15000],
        ['sri', d('2025-02-09'), -3000],
        ['sri', d('2025-02-10'), 4000],
        // Budi's 2024 row is before the window: no period, no cohort (DOMAIN 7).
        ['budi', d('2025-01-07'), 8000],
      ].sort(),
    );
  });

  it('lists distinct purchase days ascending, whatever order the sheet has them in', () => {
    expect(distinctAscending([5, 3, 5, 1, 3, 9])).toEqual([1, 3, 5, 9]);
    expect(distinctAscending([1, 4, 7])).toEqual([1, 4, 7]);
    expect(distinctAscending([9, 4, 4, 1])).toEqual([1, 4, 9]);
    expect(distinctAscending([2, 2, 2])).toEqual([2]);
    expect(distinctAscending([])).toEqual([]);
  });

  it('hands the debt builder one record per credit occasion of consecutive item rows', () => {
    const credit = creditSales(salesColumns(records));
    expect(credit).toEqual([sale(2, '2025-01-05', 'sri', 15000, { invoice: 'N1', credit: true })]);
  });

  it('moves a nameless phone row onto the customer a named row gives that phone', () => {
    const c = salesColumns([
      sale(2, '2025-01-05', 'tel:62812', 1000, { name: '', phone: '62812' }),
      sale(3, '2025-01-06', 'sri', 2000, { phone: '62812' }),
    ]);
    resolvePhoneCustomers(c, new Map());
    expect(saleAt(c, 0).key).toBe('sri');
  });

  it('gives the engine the same measures as reading row by row', () => {
    const a = run(
      {
        sales: [
          ['No Nota', 'Tanggal', 'Pelanggan', 'Total', 'Pembayaran'],
          ['N1', '2025-01-05', 'Sri', 10000, 'Tunai'],
          ['N1', '2025-01-05', 'Sri', 5000, 'Tunai'],
          ['N2', '2025-03-05', 'Sri', 20000, 'Kasbon'],
          ['N3', '2025-03-06', 'Budi', 7000, 'Tunai'],
        ],
      },
      '2025-03-31',
    );
    const sri = a.byKey.get('sri')?.measures;
    expect([sri?.occasions, sri?.totalSpend, sri?.creditPurchases, sri?.outstanding]).toEqual([
      2, 35000, 1, 20000,
    ]);
    expect(a.events).toHaveLength(3);
  });
});
