/**
 * The engine gathers credit occasions straight from the sales columns (creditOccasionsOf): the
 * debts must be exactly those built from the credit sales as records, row for row and in order.
 */
import fc from 'fast-check';
import { buildDebts, creditOccasionsOf, uncheckedCredits } from '../../../src/core/measure/debts';
import { SalesColumnsBuilder, creditSales } from '../../../src/core/read/columns';
import type { DebtRecord } from '../../../src/core/read/debtRows';
import type { SaleRecord } from '../../../src/core/read/saleRecord';
import { creditSale } from '../../support/build';

const sale = creditSale;

const borrow = (row: number, who: string, day: number, amount: number): DebtRecord => ({
  row,
  kind: 'borrow',
  day,
  name: who,
  key: who.toLowerCase(),
  amount,
  paid: null,
  due: null,
  paidDay: null,
  phone: '',
});

/** Debts and unchecked credits built both ways from the same rows. */
function bothWays(sales: SaleRecord[], debts: DebtRecord[] = []) {
  const builder = new SalesColumnsBuilder(sales.length);
  sales.forEach((s) => builder.add(s));
  const columns = builder.columns();
  const build = (input: Parameters<typeof buildDebts>[0]['sales']) => {
    const byKey = buildDebts({ sales: input, debts, tempoHari: 14, debtSheetName: 'Hutang', issues: [] });
    return { byKey: [...byKey], unchecked: uncheckedCredits(byKey) };
  };
  return { records: build(creditSales(columns)), columns: build(creditOccasionsOf(columns)) };
}

describe('credit occasions from the sales columns', () => {
  it('sums item rows of one invoice or one customer-day, even when other rows come between', () => {
    const { records, columns } = bothWays(
      [
        sale(2, 'Sri', 10, 5000, { invoice: 'N1' }),
        sale(3, 'Budi', 10, 7000),
        sale(4, 'Sri', 10, 2500, { invoice: 'N1', creditPaid: true }),
        sale(5, 'Budi', 10, 1000, { credit: false }),
        sale(6, 'Budi', 10, 3000, { creditPaid: true }),
        sale(7, 'Sri', 11, 4000, { invoice: 'N1' }),
        sale(8, 'Ani', 12, -2000),
        sale(9, 'Ani', 12, 1000),
      ],
      [borrow(2, 'Budi', 10, 7000)],
    );
    expect(columns).toEqual(records);
    // Budi's day-10 occasion (7000 + 3000) is the debt row of that day; Sri's invoice N1 on day 10
    // (two rows) and on day 11 are two debts; Ani's return outweighs her purchase: no debt.
    expect(columns.byKey.map(([key, list]) => [key, list.map((d) => d.amount)])).toEqual([
      ['budi', [7000]],
      ['sri', [7500, 4000]],
    ]);
  });

  it('gives the same debts as the records for any rows', () => {
    const row = fc.record({
      who: fc.constantFrom('Sri', 'Budi', 'Ani'),
      day: fc.integer({ min: 1, max: 4 }),
      amount: fc.integer({ min: -3, max: 9 }).map((n) => n * 1000),
      invoice: fc.constantFrom('', '', 'N1', 'N2'),
      credit: fc.boolean(),
      creditPaid: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.array(row, { maxLength: 4 }), (rows, debtRows) => {
        const sales = rows.map((r, i) =>
          sale(i + 2, r.who, r.day, r.amount, {
            invoice: r.invoice,
            credit: r.credit,
            ...(r.creditPaid && { creditPaid: true }),
          }),
        );
        const debts = debtRows.map((r, i) => borrow(i + 2, r.who, r.day, Math.abs(r.amount) + 1000));
        const { records, columns } = bothWays(sales, debts);
        expect(columns).toEqual(records);
      }),
    );
  });
});
