/**
 * DOMAIN 1 debt rules on buildDebts itself: ledger payments settle the oldest open debt first in
 * date order (not row order), never a debt made after the payment; a credit sale with a debt row
 * of the same customer and day is that debt, once; what cannot be settled is reported.
 */
import { buildDebts } from '../../../src/core/measure/debts';
import type { RowIssue } from '../../../src/core/messages';
import type { DebtRecord } from '../../../src/core/read/debtRows';
import type { SaleRecord } from '../../../src/core/read/saleRecord';

const borrow = (row: number, day: number, amount: number, extra: Partial<DebtRecord> = {}): DebtRecord => ({
  row,
  kind: 'borrow',
  day,
  name: 'Ani',
  key: 'ani',
  amount,
  due: null,
  paidDay: null,
  paid: null,
  phone: '',
  ...extra,
});
const pay = (row: number, day: number, amount: number, who = 'Ani'): DebtRecord => ({
  ...borrow(row, day, amount),
  kind: 'pay',
  name: who,
  key: who.toLowerCase(),
});
const creditSale = (row: number, day: number, amount: number, invoice = ''): SaleRecord => ({
  row,
  day,
  name: 'Ani',
  key: 'ani',
  amount,
  invoice,
  credit: true,
  discount: false,
  phone: '',
});

function build(debts: DebtRecord[], sales: SaleRecord[] = []) {
  const issues: RowIssue[] = [];
  const byKey = buildDebts({ sales, debts, tempoHari: 14, debtSheetName: 'Hutang', issues });
  return { list: byKey.get('ani') ?? [], byKey, issues };
}

describe('ledger payments', () => {
  it('are applied in date order whatever their row order', () => {
    const { list, issues } = build([borrow(2, 1, 50), borrow(3, 15, 50), pay(4, 20, 50), pay(5, 10, 50)]);
    expect(issues).toEqual([]);
    expect(list.map((d) => [d.day, d.paid, d.settledDay])).toEqual([
      [1, 50, 10],
      [15, 50, 20],
    ]);
  });

  it('list each customer debts oldest first, rows in order on one day', () => {
    const { list } = build([borrow(2, 30, 10), borrow(5, 5, 10), borrow(4, 5, 10)]);
    expect(list.map((d) => [d.day, d.row])).toEqual([
      [5, 4],
      [5, 5],
      [30, 2],
    ]);
  });

  it('settle a debt made on the day of the payment, and none made after it', () => {
    expect(build([borrow(2, 10, 50), pay(3, 10, 50)]).list[0]).toMatchObject({ paid: 50, settledDay: 10 });
    const later = build([pay(2, 5, 50), borrow(3, 10, 50)]);
    expect(later.list[0]).toMatchObject({ paid: 0, settledDay: null });
    expect(later.issues).toHaveLength(1);
  });

  it('keep the day a debt was settled when later payments go to the next one', () => {
    const { list } = build([borrow(2, 1, 50), borrow(3, 2, 50), pay(4, 10, 50), pay(5, 20, 50)]);
    expect(list.map((d) => d.settledDay)).toEqual([10, 20]);
  });

  it('leave a partly paid debt open, and report only what exceeds every debt', () => {
    const partly = build([borrow(2, 1, 50), pay(3, 5, 30)]);
    expect(partly.list[0]).toMatchObject({ paid: 30, settledDay: null });
    expect(partly.issues).toEqual([]);
    const over = build([borrow(2, 1, 50), pay(3, 5, 30), pay(4, 6, 30)]);
    expect(over.list[0]).toMatchObject({ paid: 50, settledDay: 6 });
    expect(over.issues).toEqual([
      expect.objectContaining({
        sheet: 'Hutang',
        row: 4,
        column: 'Jumlah',
        reason: expect.stringContaining('Ani'),
      }),
    ]);
  });

  it('report a payment from someone with no debt at all', () => {
    const { issues, byKey } = build([pay(2, 5, 20, 'Dodi')]);
    expect(byKey.has('dodi')).toBe(false);
    expect(issues).toEqual([expect.objectContaining({ row: 2, reason: expect.stringContaining('Dodi') })]);
  });
});

describe('row-per-debt repayments', () => {
  it('count a debt as settled on its payment day only when paid in full', () => {
    const { list } = build([
      borrow(2, 1, 50, { paid: 20, paidDay: 9 }),
      borrow(3, 2, 50, { paid: 50, paidDay: 9 }),
    ]);
    expect(list.map((d) => [d.paid, d.settledDay, d.source])).toEqual([
      [20, null, 'hutang'],
      [50, 9, 'hutang'],
    ]);
  });
});

describe('credit sales and debt rows', () => {
  it('match each credit sale of a day to one debt row of that day; the rest are debts of their own', () => {
    const two = build(
      [borrow(2, 5, 30), borrow(3, 5, 40)],
      [creditSale(2, 5, 30, 'N1'), creditSale(3, 5, 40, 'N2')],
    );
    expect(two.list.map((d) => d.source)).toEqual(['hutang', 'hutang']);
    const one = build([borrow(2, 5, 30)], [creditSale(2, 5, 30, 'N1'), creditSale(3, 5, 40, 'N2')]);
    expect(one.list.map((d) => [d.source, d.amount, d.due])).toEqual([
      ['hutang', 30, 19],
      ['penjualan', 40, 19],
    ]);
  });

  it('make no debt of a credit return or a zero credit sale', () => {
    expect(build([], [creditSale(2, 5, -5000), creditSale(3, 6, 0)]).list).toEqual([]);
  });

  it('make one debt of the item rows of one credit sale', () => {
    const { list } = build(
      [],
      [creditSale(2, 5, 10, 'N1'), creditSale(3, 5, 15, 'N1'), creditSale(4, 5, 5, 'N2')],
    );
    expect(list.map((d) => d.amount)).toEqual([25, 5]);
  });
});
