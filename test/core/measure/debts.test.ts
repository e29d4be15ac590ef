import { ageBucket } from '../../../src/core/measure/debts';
import { d, purchases, run, salesSheet, typeOf } from '../../support/build';

const ROW_HEADER = ['Tanggal', 'Pelanggan', 'Jumlah', 'Jatuh Tempo', 'Tanggal Bayar', 'Dibayar', 'Status'];
const LEDGER_HEADER = ['Tanggal', 'Pelanggan', 'Jenis', 'Jumlah'];

describe('debts (DOMAIN 1, 2)', () => {
  it('gives a debt without a due date tempoHari days (14) to be paid', () => {
    const debts = [ROW_HEADER, ['2025-01-01', 'Sri', 50000, '', '', '', 'Belum Lunas']];
    const a = run({ sales: salesSheet([]), debts }, '2025-02-01');
    const open = a.byKey.get('sri')!.measures.openDebts;
    expect(open).toHaveLength(1);
    expect(open[0].due).toBe(d('2025-01-15'));
    expect(open[0].daysOverdue).toBe(17);
    const longer = run({ sales: salesSheet([]), debts }, '2025-02-01', { tempoHari: 30 });
    expect(longer.byKey.get('sri')!.measures.openDebts[0].daysOverdue).toBe(1);
  });

  it('reads repayment from Dibayar, Tanggal Bayar or Status', () => {
    const debts = [
      ROW_HEADER,
      ['2025-01-01', 'A', 50000, '2025-01-10', '2025-01-20', 50000, ''],
      ['2025-01-01', 'B', 50000, '2025-01-10', '', '', 'Lunas'],
      ['2025-01-01', 'C', 50000, '2025-01-10', '', 20000, 'Sebagian'],
      ['2025-01-01', 'D', 50000, '2025-01-10', '2025-01-12', '', ''],
      ['2025-01-01', 'E', 50000, '2025-01-10', '', '', 'Belum Lunas'],
    ];
    const m = (n: string) =>
      run({ sales: salesSheet([]), debts }, '2025-02-01').byKey.get(n.toLowerCase())!.measures;
    expect(m('A').outstanding).toBe(0);
    expect(m('A').avgDaysLate).toBe(10);
    expect(m('B').outstanding).toBe(0);
    expect(m('B').avgDaysLate).toBeNull(); // paid, date unknown
    expect(m('C').outstanding).toBe(30000);
    expect(m('D').avgDaysLate).toBe(2);
    expect(m('E').outstanding).toBe(50000);
  });

  it('treats a payment after the reference date as not yet made', () => {
    const debts = [ROW_HEADER, ['2025-01-01', 'Sri', 50000, '2025-01-10', '2025-03-01', 50000, 'Lunas']];
    expect(run({ sales: salesSheet([]), debts }, '2025-02-01').byKey.get('sri')!.measures.outstanding).toBe(
      50000,
    );
  });

  it('settles the oldest open debt first in a ledger', () => {
    const debts = [
      LEDGER_HEADER,
      ['2025-01-01', 'Sri', 'Kasbon', 30000],
      ['2025-01-05', 'Sri', 'Pinjam', 20000],
      ['2025-01-20', 'Sri', 'Bayar', 40000],
    ];
    const m = run({ sales: salesSheet([]), debts }, '2025-01-31').byKey.get('sri')!.measures;
    expect(m.outstanding).toBe(10000);
    expect(m.openDebts.map((x) => x.day)).toEqual([d('2025-01-05')]);
    expect(m.repaidCount).toBe(1);
    expect(m.avgDaysLate).toBe(5); // the first debt, due 15 Jan, settled 20 Jan
  });

  it('reports a ledger payment larger than the debts it could settle', () => {
    const debts = [
      LEDGER_HEADER,
      ['2025-01-01', 'Sri', 'Kasbon', 10000],
      ['2025-01-02', 'Sri', 'Bayar', 15000],
    ];
    const a = run({ sales: salesSheet([]), debts }, '2025-01-31');
    expect(a.issues).toEqual([
      expect.objectContaining({ sheet: 'Hutang', row: 3, reason: expect.stringMatching(/melebihi/) }),
    ]);
  });

  it('counts a credit sale with a debt row of the same customer and day once', () => {
    const sales = salesSheet([['2025-01-05', 'Sri', 40000, 'Hutang']]);
    const debts = [ROW_HEADER, ['2025-01-05', 'Sri', 40000, '', '', '', 'Belum']];
    const m = run({ sales, debts }, '2025-01-10').byKey.get('sri')!.measures;
    expect(m.creditPurchases).toBe(1);
    expect(m.outstanding).toBe(40000);
  });

  it('makes an unmatched credit sale an open debt due tempoHari later; item rows of one invoice are one debt', () => {
    const sales = [
      ['No Nota', 'Tanggal', 'Pelanggan', 'Total', 'Metode Bayar'],
      ['N1', '2025-01-05', 'Sri', 10000, 'tempo'],
      ['N1', '2025-01-05', 'Sri', 15000, 'tempo'],
      ['N2', '2025-01-06', 'Sri', 99000, 'Tunai'],
    ];
    const m = run({ sales }, '2025-01-31').byKey.get('sri')!.measures;
    expect(m.openDebts).toEqual([
      expect.objectContaining({ amount: 25000, due: d('2025-01-19'), source: 'penjualan' }),
    ]);
    expect(m.creditShare).toBe(0.5);
  });

  it.each(['hutang', 'Kredit', 'TEMPO 14 hari', 'bon', 'Kasbon', 'piutang', 'Belum lunas'])(
    'reads "%s" in the payment column as a credit sale',
    (word) => {
      const m = run({ sales: salesSheet([['2025-01-05', 'Sri', 10000, word]]) }, '2025-01-06').byKey.get(
        'sri',
      )!.measures;
      expect(m.creditPurchases).toBe(1);
    },
  );

  it('puts open amounts in ageing buckets by days past due', () => {
    expect([0, 1, 30, 31, 60, 61, 90, 91].map(ageBucket)).toEqual([
      'belumJatuhTempo',
      'telat1_30',
      'telat1_30',
      'telat31_60',
      'telat31_60',
      'telat61_90',
      'telat61_90',
      'telatLebih90',
    ]);
    const debts = [
      ROW_HEADER,
      ['2025-01-01', 'Sri', 10000, '2025-01-10', '', '', ''],
      ['2025-03-20', 'Sri', 5000, '2025-04-01', '', '', ''],
    ];
    const m = run({ sales: salesSheet([]), debts }, '2025-03-31').byKey.get('sri')!.measures;
    expect(m.ageing).toEqual({
      belumJatuhTempo: 5000,
      telat1_30: 0,
      telat31_60: 0,
      telat61_90: 10000,
      telatLebih90: 0,
    });
    expect(m.maxDaysOverdue).toBe(80);
  });

  it('gives the same types from both debt layouts', () => {
    const sales = salesSheet([
      ...purchases('Sri', ['2025-01-05', '2025-02-05', '2025-03-05']),
      ...purchases('Budi', ['2025-01-07', '2025-02-07']),
      ...purchases('Ani', ['2025-01-09']),
    ]);
    const perDebt = [
      ROW_HEADER,
      ['2025-01-05', 'Sri', 10000, '2025-01-19', '2025-01-25', 10000, 'Lunas'],
      ['2025-01-07', 'Budi', 20000, '2025-01-21', '', '', 'Belum Lunas'],
      ['2025-01-09', 'Ani', 30000, '2025-01-23', '2025-05-01', 30000, 'Lunas'],
    ];
    const ledger = [
      ['Tanggal', 'Pelanggan', 'Jenis', 'Jumlah', 'Jatuh Tempo'],
      ['2025-01-05', 'Sri', 'Hutang', 10000, '2025-01-19'],
      ['2025-01-07', 'Budi', 'Hutang', 20000, '2025-01-21'],
      ['2025-01-09', 'Ani', 'Kasbon', 30000, '2025-01-23'],
      ['2025-01-25', 'Sri', 'Bayar', 10000, ''],
      ['2025-05-01', 'Ani', 'Pelunasan', 30000, ''],
    ];
    const a = run({ sales, debts: perDebt }, '2025-05-31');
    const b = run({ sales, debts: ledger }, '2025-05-31');
    const types = (x: typeof a) => ['Sri', 'Budi', 'Ani'].map((n) => typeOf(x, n));
    expect(types(a)).toEqual(['C', 'D', 'D']);
    expect(types(b)).toEqual(types(a));
  });
});
