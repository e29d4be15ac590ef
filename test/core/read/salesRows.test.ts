/** DOMAIN 1: the sales sheet's rows: dates, statuses, credit and payment words. */
import { noteLines, summaryText } from '../../../src/core/report/summary';
import { readingTables } from '../../../src/core/report/readingNotes';
import { d, run } from '../../support/build';

const names = (a: ReturnType<typeof run>) => a.customers.map((c) => c.measures.name).sort();

describe('rows that are not sales', () => {
  it('a time-only cell is not a date: the row is reported, not a purchase in 1899', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total'],
      [new Date(Date.UTC(1899, 11, 30, 3, 22, 48)), 'Sri', 10000],
      ['2025-01-05', 'Budi', 10000],
    ];
    const a = run({ sales }, '2025-01-31');
    expect(names(a)).toEqual(['Budi']);
    expect(a.issues).toEqual([expect.objectContaining({ row: 2, column: 'Tanggal' })]);
  });

  it('batal, gagal, failed, cancelled, pending and refund rows are skipped and counted in the notes', () => {
    const statuses = ['SUCCESS', 'FAILED', 'Batal', 'gagal', 'Cancelled', 'PENDING', 'refund', 'Berhasil'];
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total', 'Status'],
      ...statuses.map((st, i) => [`2025-01-0${i + 1}`, 'Sri', 1000, st]),
    ];
    const a = run({ sales }, '2025-01-31');
    const sri = a.byKey.get('sri');
    expect(sri?.measures.totalSpend).toBe(2000);
    expect(sri?.measures.occasions).toBe(2);
    expect(a.sheets.sales.cancelled).toBe(6);
    expect(a.notes).toContain(
      'Sheet "Penjualan": 6 baris berstatus batal, gagal, pending atau refund tidak dihitung sebagai penjualan.',
    );
    expect(a.issues).toEqual([]);
  });

  it('counts in notes carry thousands separators', () => {
    const sales: unknown[][] = [['Tanggal', 'Pelanggan', 'Total', 'Status']];
    for (let i = 0; i < 1234; i++) sales.push(['2025-01-05', 'Sri', 1000, 'gagal']);
    sales.push(['2025-01-06', 'Sri', 1000, 'sukses']);
    const a = run({ sales }, '2025-01-31');
    expect(a.notes[0]).toContain('1.234 baris');
  });
});

describe('credit sales and payment words in the sales sheet', () => {
  const sales = [
    ['Tanggal', 'Pelanggan', 'Total', 'Pembayaran'],
    ['2025-01-05', 'Sri', 50000, 'Kasbon (sudah lunas)'],
    ['2025-01-06', 'Budi', 40000, 'Blm Lunas'],
    ['2025-01-07', 'Ani', 30000, 'Sudah dibayar'],
    ['2025-01-08', 'Dewi', 20000, 'hutang - lunas 12/3'],
    ['2025-01-09', 'Eka', 10000, 'entah'],
  ];
  const a = run({ sales }, '2025-01-31');

  it('a credit sale already repaid counts as credit use, not as an open debt', () => {
    const sri = a.byKey.get('sri')!.measures;
    expect(sri.creditPurchases).toBe(1);
    expect(sri.outstanding).toBe(0);
    expect(a.byKey.get('dewi')!.measures.outstanding).toBe(0);
    expect(a.byKey.get('dewi')!.measures.creditPurchases).toBe(1);
  });

  it('"Blm Lunas" is an open debt, "Sudah dibayar" is paid', () => {
    expect(a.byKey.get('budi')!.measures.outstanding).toBe(40000);
    expect(a.byKey.get('ani')!.measures.creditPurchases).toBe(0);
    expect(a.byKey.get('ani')!.measures.outstanding).toBe(0);
  });

  it('an unknown word is reported with its column, never guessed', () => {
    expect(a.issues).toEqual([
      {
        sheet: 'Penjualan',
        row: 6,
        column: 'Pembayaran',
        reason: expect.stringContaining('kata "entah" tidak dikenal'),
      },
    ]);
    expect(a.byKey.get('eka')!.measures.outstanding).toBe(0);
    // A sales Status column may hold other things (Member): its unknown words are not reported.
    const status = [
      ['Tanggal', 'Pelanggan', 'Total', 'Status'],
      ['2025-01-05', 'Sri', 10000, 'Member'],
      ['2025-01-06', 'Budi', 10000, 'Hutang'],
    ];
    const b = run({ sales: status }, '2025-01-31');
    expect(b.issues).toEqual([]);
    expect(b.byKey.get('budi')!.measures.outstanding).toBe(10000);
  });

  it('credit sales with no repayment record are listed under "Perlu dicek"', () => {
    expect(a.uncheckedCredit).toEqual([{ key: 'budi', day: d('2025-01-06'), amount: 40000, row: 3 }]);
    const lines = noteLines(a);
    expect(lines).toContain('Perlu dicek: kredit tanpa catatan pelunasan:');
    expect(lines.some((l) => /Budi, 06\/01\/2025, Rp\s?40\.000 \(baris 3\)/.test(l))).toBe(true);
    expect(summaryText(a, [])).toContain('Perlu dicek: kredit tanpa catatan pelunasan');
    const [notes, unchecked] = readingTables(a);
    expect(notes.rows).toEqual([]);
    expect(unchecked.title).toBe('Perlu dicek: kredit tanpa catatan pelunasan');
    expect(unchecked.rows).toEqual([['Budi', '06/01/2025', expect.stringMatching(/^Rp\s?40\.000$/), '3']]);
  });

  it('a credit sale the debt sheet records (same customer, same day) is not listed', () => {
    const debts = [
      ['Tanggal', 'Pelanggan', 'Jumlah', 'Status'],
      ['2025-01-06', 'Budi', 40000, 'Belum Lunas'],
    ];
    const b = run({ sales, debts }, '2025-01-31');
    expect(b.uncheckedCredit).toEqual([]);
    expect(b.byKey.get('budi')!.measures.outstanding).toBe(40000);
  });

  it('a checkbox in the sales sheet means what its header says', () => {
    const boxes = [
      ['Tanggal', 'Pelanggan', 'Total', 'Lunas'],
      ['2025-01-05', 'Sri', 10000, true],
      ['2025-01-05', 'Budi', 10000, false],
    ];
    const b = run({ sales: boxes }, '2025-01-31');
    expect(b.byKey.get('sri')!.measures.outstanding).toBe(0);
    expect(b.byKey.get('budi')!.measures.outstanding).toBe(10000);
    const owed = [
      ['Tanggal', 'Pelanggan', 'Total', 'Belum Lunas'],
      ['2025-01-05', 'Sri', 10000, true],
      ['2025-01-05', 'Budi', 10000, false],
    ];
    const c = run({ sales: owed }, '2025-01-31');
    expect(c.byKey.get('sri')!.measures.outstanding).toBe(10000);
    expect(c.byKey.get('budi')!.measures.outstanding).toBe(0);
  });
});
