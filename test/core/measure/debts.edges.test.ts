/**
 * DOMAIN 1 debts at their edges, each built inside its test (Stryker activates a mutant per test):
 * item rows of one credit occasion, "Perlu dicek" credits, and which column an overpayment names.
 */
import { buildDebts, uncheckedCredits } from '../../../src/core/measure/debts';
import type { HeaderMatch } from '../../../src/core/read/headers';
import type { RowIssue } from '../../../src/core/messages';
import type { DebtRecord } from '../../../src/core/read/debtRows';
import type { SaleRecord } from '../../../src/core/read/saleRecord';
import { creditSale } from '../../support/build';

const sale = creditSale;
const record = (
  row: number,
  kind: 'borrow' | 'pay',
  who: string,
  day: number,
  amount: number,
  paid: number | null = null,
): DebtRecord => ({
  row,
  kind,
  day,
  name: who,
  key: who.toLowerCase(),
  amount,
  due: null,
  paidDay: null,
  paid,
  phone: '',
});
const build = (sales: SaleRecord[], debts: DebtRecord[] = [], header?: HeaderMatch) => {
  const issues: RowIssue[] = [];
  const byCustomer = buildDebts({ sales, debts, tempoHari: 14, debtSheetName: 'Hutang', issues, header });
  return { byCustomer, issues };
};

describe('credit sales as debts', () => {
  it('makes the item rows of one occasion one debt, repaid only when every row says so', () => {
    const { byCustomer } = build([
      sale(2, 'Ani', 100, 10000, { creditPaid: true }),
      sale(3, 'Ani', 100, 5000), // same day, same (no) invoice: the same debt, not said repaid
      sale(4, 'Budi', 100, 7000, { creditPaid: true }),
      sale(5, 'Budi', 100, 3000, { creditPaid: true }),
      sale(6, 'Budi', 101, 9000, { credit: false }), // cash: no debt
    ]);
    expect(byCustomer.get('ani')?.map((d) => [d.amount, d.paid, d.due])).toEqual([[15000, 0, 114]]);
    expect(byCustomer.get('budi')?.map((d) => [d.amount, d.paid])).toEqual([[10000, 10000]]);
  });

  it('lists open credits known only from sales, oldest first, what is left after ledger payments', () => {
    const { byCustomer } = build(
      [sale(3, 'Ani', 110, 50000), sale(7, 'Budi', 105, 8000), sale(2, 'Budi', 110, 6000)],
      [record(4, 'pay', 'Ani', 112, 20000), record(5, 'borrow', 'Cici', 90, 40000)],
    );
    expect(uncheckedCredits(byCustomer)).toEqual([
      { key: 'budi', day: 105, amount: 8000, row: 7 },
      { key: 'budi', day: 110, amount: 6000, row: 2 },
      { key: 'ani', day: 110, amount: 30000, row: 3 },
    ]);
  });
});

describe("an overpaid debt row names the owner's column", () => {
  const header = (columns: Record<string, number>): HeaderMatch => ({
    headerRow: 0,
    columns,
    headers: ['Tgl', 'Nama', 'Nominal', 'Terbayar'],
    columnHeaders: ['Tgl', 'Nama', 'Nominal', 'Terbayar'],
  });

  it('is the paid column where the sheet has one, else the amount column, else ours', () => {
    const overpaid = [record(6, 'borrow', 'Ani', 100, 10000, 12000)];
    const column = (h?: HeaderMatch) => build([], overpaid, h).issues.map((i) => [i.row, i.column]);
    expect(column(header({ tanggal: 0, pelanggan: 1, jumlah: 2, dibayar: 3 }))).toEqual([[6, 'Terbayar']]);
    expect(column(header({ tanggal: 0, pelanggan: 1, jumlah: 2 }))).toEqual([[6, 'Nominal']]);
    expect(column()).toEqual([[6, 'Jumlah']]);
  });
});
