/** DOMAIN 1: the debt sheet's status column. */
import { run } from '../../support/build';

describe('the debt sheet status column', () => {
  it('reads words, negations and checkboxes by its header', () => {
    const debts = [
      ['Tanggal', 'Pelanggan', 'Jumlah', 'Status'],
      ['2025-01-05', 'Sri', 10000, 'Blm Lunas'],
      ['2025-01-05', 'Budi', 10000, 'Sudah dibayar'],
      ['2025-01-05', 'Ani', 10000, 'sdh'],
      ['2025-01-05', 'Dewi', 10000, 'BL'],
    ];
    const a = run({ sales: [['Tanggal', 'Pelanggan', 'Total']], debts }, '2025-01-31');
    const open = (n: string) => a.byKey.get(n)!.measures.outstanding;
    expect([open('sri'), open('budi'), open('ani'), open('dewi')]).toEqual([10000, 0, 0, 10000]);
    const odd = [
      ['Tanggal', 'Pelanggan', 'Jumlah', 'Keterangan Lunas'],
      ['2025-01-05', 'Sri', 10000, 'nanti'],
    ];
    const c = run({ sales: [['Tanggal', 'Pelanggan', 'Total']], debts: odd }, '2025-01-31');
    expect(c.issues).toEqual([
      {
        sheet: 'Hutang',
        row: 2,
        column: 'Keterangan Lunas',
        reason: expect.stringContaining('"nanti" tidak dikenal'),
      },
    ]);
    expect(c.byKey.get('sri')!.measures.outstanding).toBe(10000); // nothing says it was paid
    const boxes = [
      ['Tanggal', 'Pelanggan', 'Jumlah', 'Sudah Bayar'],
      ['2025-01-05', 'Sri', 10000, true],
      ['2025-01-05', 'Budi', 10000, false],
    ];
    const b = run({ sales: [['Tanggal', 'Pelanggan', 'Total']], debts: boxes }, '2025-01-31');
    expect(b.byKey.get('sri')!.measures.outstanding).toBe(0);
    expect(b.byKey.get('budi')!.measures.outstanding).toBe(10000);
  });
});

describe('the Sisa column: what is still owed (DOMAIN 1)', () => {
  const noSales = [['Tanggal', 'Pelanggan', 'Total']];

  it('reads 0 as repaid and above 0 as open for that amount, under each of its names', () => {
    for (const header of ['Sisa', 'Sisa Hutang', 'Kurang', 'Belum Dibayar']) {
      const debts = [
        ['Tanggal', 'Pelanggan', 'Jumlah', header],
        ['2025-01-05', 'Sri', 50000, 0],
        ['2025-01-05', 'Budi', 50000, 'Rp 20.000'],
        ['2025-01-05', 'Ani', 50000, ''],
      ];
      const a = run({ sales: noSales, debts }, '2025-01-31');
      const open = (n: string) => a.byKey.get(n)!.measures.outstanding;
      // A blank Sisa says nothing: the debt stays open as the other columns leave it.
      expect([header, open('sri'), open('budi'), open('ani')]).toEqual([header, 0, 20000, 50000]);
    }
  });

  it('counts Sisa 0 without a payment date as credit use, never late; with one, its lateness', () => {
    const debts = [
      ['Tanggal', 'Pelanggan', 'Jumlah', 'Tanggal Lunas', 'Sisa Hutang'],
      ['2025-01-05', 'Sri', 50000, '', 0],
      ['2025-01-05', 'Budi', 50000, '2025-04-20', 0],
    ];
    const a = run({ sales: noSales, debts }, '2025-06-30');
    // Sri's debt fell due 19 January and is repaid; only Budi's repayment day is known: 91 days late.
    expect([a.byKey.get('sri')!.type, a.byKey.get('sri')!.measures.avgDaysLate]).toEqual(['C', null]);
    expect([a.byKey.get('budi')!.type, a.byKey.get('budi')!.measures.avgDaysLate]).toEqual(['D', 91]);
  });

  it('takes a lone Sisa column for the debt amount, and a checkbox there as "not yet paid"', () => {
    const only = [
      ['Tanggal', 'Pelanggan', 'Sisa Hutang'],
      ['2025-01-05', 'Sri', 25000],
    ];
    expect(run({ sales: noSales, debts: only }, '2025-01-31').byKey.get('sri')!.measures.outstanding).toBe(
      25000,
    );
    const boxes = [
      ['Tanggal', 'Pelanggan', 'Jumlah', 'Belum Dibayar'],
      ['2025-01-05', 'Sri', 10000, true],
      ['2025-01-05', 'Budi', 10000, false],
    ];
    const b = run({ sales: noSales, debts: boxes }, '2025-01-31');
    expect([b.byKey.get('sri')!.measures.outstanding, b.byKey.get('budi')!.measures.outstanding]).toEqual([
      10000, 0,
    ]);
  });
});

describe('messages quote a cell as the owner sees it (DOMAIN 1)', () => {
  it('says "10:30" for a time typed alone in a date cell, not the date Sheets keeps for it', () => {
    // Sheets keeps "10:30" as 30 Dec 1899 10:30 in the sheet's zone (Jakarta was +07:07:12 then).
    const tenThirty = new Date(Date.UTC(1899, 11, 30, 10, 30) - (7 * 3600 + 7 * 60 + 12) * 1000);
    const debts = [
      ['Tanggal', 'Pelanggan', 'Jumlah', 'Jatuh Tempo'],
      [tenThirty, 'Sri', 10000, ''],
      ['2025-01-05', 'Budi', 10000, tenThirty],
    ];
    const a = run({ sales: [['Tanggal', 'Pelanggan', 'Total']], debts }, '2025-01-31');
    expect(a.issues.map((i) => [i.row, i.reason])).toEqual([
      [2, 'tanggal tidak terbaca: "10:30"'],
      [3, expect.stringContaining('"10:30"')],
    ]);
  });
});
