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
