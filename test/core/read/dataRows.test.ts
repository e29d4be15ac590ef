/** DOMAIN 1: which rows of a sheet hold data (subtotals and a header pasted again do not). */
import { run } from '../../support/build';

const names = (a: ReturnType<typeof run>) => a.customers.map((c) => c.measures.name).sort();

describe('rows that are not sales', () => {
  it('subtotal rows are never customers, wherever they are', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total'],
      ['2025-01-05', 'Sri', 10000],
      ['', 'Total Januari', 10000],
      ['2025-02-05', 'Budi', 20000],
      ['', 'Subtotal', 20000],
      ['', 'Sub Total', 20000],
      ['2025-02-28', 'JUMLAH', 30000],
      ['', 'Grand Total', 30000],
      ['', 'TOTAL', 30000],
    ];
    const a = run({ sales }, '2025-03-31');
    expect(names(a)).toEqual(['Budi', 'Sri']);
    expect(a.issues).toEqual([]);
  });

  it('a header repeated further down (months pasted one after another) is skipped', () => {
    const sales = [
      ['Januari'],
      ['Tanggal', 'Pelanggan', 'Total'],
      ['2025-01-05', 'Sri', 10000],
      [],
      ['Tanggal', 'Pelanggan', 'Total'],
      ['2025-02-05', 'Sri', 20000],
    ];
    const a = run({ sales }, '2025-03-31');
    expect(a.issues).toEqual([]);
    expect(a.rows.sales).toBe(2);
    expect(a.byKey.get('sri')?.measures.totalSpend).toBe(30000);
  });
});
