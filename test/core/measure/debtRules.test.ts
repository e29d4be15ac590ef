/** DOMAIN 1-3 debt rules the revision names: payment dates, early and over-payment, old open debts. */
import { buildDebts, uncheckedCredits } from '../../../src/core/measure/debts';
import type { DebtRecord } from '../../../src/core/read/debtRows';
import type { SaleRecord } from '../../../src/core/read/saleRecord';
import type { RowIssue } from '../../../src/core/messages';
import { d, run, salesSheet } from '../../support/build';

const ROW_HEADER = ['Tanggal', 'Pelanggan', 'Jumlah', 'Jatuh Tempo', 'Tanggal Bayar', 'Dibayar', 'Status'];
const LEDGER_HEADER = ['Tanggal', 'Pelanggan', 'Jenis', 'Jumlah'];

describe('payment dates', () => {
  it('a repayment dated before its debt is reported and gives no lateness', () => {
    const debts = [ROW_HEADER, ['2025-01-10', 'Sri', 50000, '2025-01-20', '2025-01-02', '', 'Lunas']];
    const a = run({ sales: salesSheet([]), debts }, '2025-02-01');
    const sri = a.byKey.get('sri')!.measures;
    expect(sri.outstanding).toBe(0); // the status still says paid
    expect(sri.avgDaysLate).toBeNull(); // but no repayment day to measure lateness by
    expect(a.issues).toEqual([
      {
        sheet: 'Hutang',
        row: 2,
        column: 'Tanggal Bayar',
        reason: 'tanggal bayar sebelum tanggal hutang, diabaikan',
      },
    ]);
  });

  it('a ledger payment dated before the debt does not settle it', () => {
    const debts = [
      LEDGER_HEADER,
      ['2025-01-01', 'Sri', 'Bayar', 20000],
      ['2025-01-05', 'Sri', 'Pinjam', 20000],
    ];
    const a = run({ sales: salesSheet([]), debts }, '2025-01-31');
    expect(a.byKey.get('sri')!.measures.outstanding).toBe(20000);
    expect(a.issues).toEqual([
      expect.objectContaining({
        sheet: 'Hutang',
        row: 2,
        reason: expect.stringContaining('melebihi hutangnya'),
      }),
    ]);
  });

  it('an early repayment is 0 days late, never negative', () => {
    const debts = [
      ROW_HEADER,
      ['2025-01-01', 'Sri', 50000, '2025-01-31', '2025-01-05', 50000, 'Lunas'],
      ['2025-02-01', 'Sri', 50000, '2025-02-10', '2025-02-20', 50000, 'Lunas'],
    ];
    const a = run({ sales: salesSheet([]), debts }, '2025-03-01');
    // 26 days early counts as 0, 10 days late as 10: average 5, not (−26 + 10) / 2 = −8.
    expect(a.byKey.get('sri')!.measures.avgDaysLate).toBe(5);
  });
});

describe('payments that do not fit a debt', () => {
  it('a debt paid more than owed is settled, never negative, and reported', () => {
    const debts = [ROW_HEADER, ['2025-01-01', 'Sri', 50000, '', '2025-01-05', 70000, '']];
    const a = run({ sales: salesSheet([]), debts }, '2025-02-01');
    expect(a.byKey.get('sri')!.measures.outstanding).toBe(0);
    expect(a.issues).toEqual([
      expect.objectContaining({ row: 2, reason: 'pembayaran dari "Sri" melebihi hutangnya' }),
    ]);
  });

  it('a ledger payment with no debt at all is reported and makes no customer owe anything', () => {
    const debts = [
      ['Tgl', 'Nama', 'Jenis', 'Nominal'],
      ['2025-01-05', 'Budi', 'Cicilan', 30000],
    ];
    const a = run({ sales: salesSheet([['2025-01-03', 'Budi', 10000]]), debts }, '2025-01-31');
    expect(a.byKey.get('budi')!.measures.outstanding).toBe(0);
    // The message names the owner's own column, "Nominal".
    expect(a.issues).toEqual([
      { sheet: 'Hutang', row: 2, column: 'Nominal', reason: 'pembayaran dari "Budi" melebihi hutangnya' },
    ]);
  });
});

describe('old open debts', () => {
  it('a customer whose only record is an open debt from before the window is kept and classified by it', () => {
    const debts = [ROW_HEADER, ['2023-01-05', 'Sri', 75000, '2023-01-19', '', '', 'Belum Lunas']];
    const a = run({ sales: salesSheet([]), debts }, '2025-06-30');
    const sri = a.byKey.get('sri');
    expect(sri).toBeDefined();
    expect(sri!.measures.outstanding).toBe(75000);
    expect(sri!.type).toBe('D');
  });

  it('an old debt that was repaid is not a reason to keep someone with no purchase in the window', () => {
    const debts = [ROW_HEADER, ['2023-01-05', 'Sri', 75000, '2023-01-19', '2023-01-10', '', 'Lunas']];
    const a = run({ sales: salesSheet([]), debts }, '2025-06-30');
    expect(a.byKey.get('sri')).toBeUndefined();
  });
});

describe('credit sales known only from the sales sheet', () => {
  const sale = (over: Partial<SaleRecord>): SaleRecord => ({
    row: 2,
    day: d('2025-01-05'),
    name: 'Sri',
    key: 'sri',
    amount: 10000,
    invoice: '',
    credit: true,
    discount: false,
    phone: '',
    ...over,
  });

  it('a repaid credit sale is credit use with nothing open; an unrecorded one is listed to check', () => {
    const issues: RowIssue[] = [];
    const debts: DebtRecord[] = [];
    const byKey = buildDebts({
      sales: [sale({}), sale({ row: 3, day: d('2025-01-06'), amount: 7000, creditPaid: true })],
      debts,
      tempoHari: 14,
      debtSheetName: 'Hutang',
      issues,
    });
    const list = byKey.get('sri')!;
    expect(list.map((x) => [x.amount, x.paid, x.source])).toEqual([
      [10000, 0, 'penjualan'],
      [7000, 7000, 'penjualan'],
    ]);
    expect(uncheckedCredits(byKey)).toEqual([{ key: 'sri', day: d('2025-01-05'), amount: 10000, row: 2 }]);
  });
});
