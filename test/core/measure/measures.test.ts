import { d, purchases, run, salesSheet } from '../../support/build';

describe('per-customer measures (DOMAIN 2)', () => {
  it('counts distinct days as occasions when there is no invoice column; item rows of one day are one occasion', () => {
    const a = run(
      { sales: salesSheet([...purchases('Sri', ['2025-01-05', '2025-01-05', '2025-01-20'])]) },
      '2025-03-31',
    );
    const m = a.byKey.get('sri')!.measures;
    expect(m.occasions).toBe(2);
    expect(m.frequency).toBe(1);
    expect(m.totalSpend).toBe(30000);
    expect(m.avgPerOccasion).toBe(15000);
  });

  it('counts distinct invoices when the sheet has a No Nota column', () => {
    const sales = [
      ['No Nota', 'Tanggal', 'Pelanggan', 'Total'],
      ['N1', '2025-01-05', 'Sri', 5000],
      ['N1', '2025-01-05', 'Sri', 5000],
      ['N2', '2025-01-05', 'Sri', 5000],
    ];
    expect(run({ sales }, '2025-01-31').byKey.get('sri')!.measures.occasions).toBe(2);
  });

  it('takes returns off the spend without making them a purchase occasion', () => {
    const a = run(
      {
        sales: salesSheet([
          ['2025-01-05', 'Sri', 50000],
          ['2025-01-09', 'Sri', -20000],
        ]),
      },
      '2025-01-31',
    );
    const m = a.byKey.get('sri')!.measures;
    expect(m.totalSpend).toBe(30000);
    expect(m.occasions).toBe(1);
    expect(m.lastDay).toBe(d('2025-01-05'));
  });

  it('measures recency (first to last), age T (first to reference) and days since the last occasion', () => {
    const a = run({ sales: salesSheet(purchases('Sri', ['2025-01-05', '2025-02-04'])) }, '2025-03-01');
    const m = a.byKey.get('sri')!.measures;
    expect(m.recencyDays).toBe(30);
    expect(m.ageDays).toBe(d('2025-03-01') - d('2025-01-05'));
    expect(m.daysSinceLast).toBe(d('2025-03-01') - d('2025-02-04'));
  });

  it('counts active months over observed months from the later of window start and first occasion', () => {
    const a = run(
      { sales: salesSheet(purchases('Sri', ['2025-01-05', '2025-01-25', '2025-03-10'])) },
      '2025-04-15',
    );
    const m = a.byKey.get('sri')!.measures;
    expect(m.activeMonths).toBe(2);
    expect(m.observedMonths).toBe(4); // Jan..Apr, both ends included
  });

  it('only counts occasions inside the analysis window (12 months by default)', () => {
    const sales = salesSheet(purchases('Sri', ['2023-12-01', '2024-01-15', '2025-01-05']));
    const a = run({ sales }, '2025-01-31'); // window 01/02/2024 .. 31/01/2025
    const m = a.byKey.get('sri')!.measures;
    expect(m.occasions).toBe(1);
    expect(m.observedMonths).toBe(12);
    const wide = run({ sales }, '2025-01-31', {
      jendelaBulan: 24,
    });
    expect(wide.byKey.get('sri')!.measures.occasions).toBe(3);
  });

  it('bounds observed months by the window start for an old customer', () => {
    const a = run({ sales: salesSheet(purchases('Sri', ['2024-01-15', '2024-12-20'])) }, '2024-12-31', {
      jendelaBulan: 6,
    });
    expect(a.byKey.get('sri')!.measures.observedMonths).toBe(6); // Jul..Dec, not since the first purchase in January
    const newcomer = run({ sales: salesSheet(purchases('Ani', ['2024-11-20'])) }, '2024-12-31', {
      jendelaBulan: 6,
    });
    expect(newcomer.byKey.get('ani')!.measures.observedMonths).toBe(2); // Nov..Dec
  });

  it('uses the median gap between purchase days as the cycle and predicts the next purchase', () => {
    const a = run(
      { sales: salesSheet(purchases('Sri', ['2025-01-01', '2025-01-11', '2025-01-21', '2025-02-20'])) },
      '2025-03-31',
    );
    const m = a.byKey.get('sri')!.measures;
    expect(m.cycleDays).toBe(10); // gaps 10, 10, 30
    expect(m.nextPurchaseDay).toBe(d('2025-03-02'));
  });

  it('falls back to siklusHari for fewer than two occasions', () => {
    const a = run({ sales: salesSheet(purchases('Sri', ['2025-01-01'])) }, '2025-03-31', { siklusHari: 21 });
    const m = a.byKey.get('sri')!.measures;
    expect(m.cycleDays).toBe(21);
    expect(m.cycleFromData).toBe(false);
    expect(m.nextPurchaseDay).toBe(d('2025-01-22'));
  });
});
