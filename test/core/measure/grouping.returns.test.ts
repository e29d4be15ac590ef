/** DOMAIN 1: a return (negative amount) lowers the spend and is no purchase occasion. */
import { retention } from '../../../src/core/engine';
import { retentionRate } from '../../../src/core/formulas';
import { kohortRetensi, kontribusiPelangganBaru } from '../../../src/core/customerFormulas';
import { cohortTable } from '../../../src/core/models/cohorts';
import { retentionTable } from '../../../src/core/models/retention';
import { d, run } from '../../support/build';

describe('returns (negative amounts)', () => {
  const sales = [
    ['Tanggal', 'Pelanggan', 'Total'],
    ['2025-01-05', 'Sri', -5000],
    ['2025-03-05', 'Sri', 10000],
    ['2025-03-06', 'Ani', 10000],
    ['2025-04-06', 'Ani', 20000],
  ];
  const a = run({ sales }, '2025-06-30');

  it('a return dated before the first purchase starts nothing: retention and cohorts do not crash', () => {
    const monthly = retention(a, 'bulan');
    expect(monthly.map((r) => r.label)).toEqual(['Mar 2025', 'Apr 2025', 'Mei 2025', 'Jun 2025']);
    expect(monthly[0]).toMatchObject({ active: 2, newCustomers: 2, salesNew: 20000, salesExisting: 0 });
    expect(monthly[1]).toMatchObject({ active: 1, retained: 1, salesExisting: 20000 });
    for (const kind of ['minggu', 'kuartal', 'tahun'] as const)
      expect(() => retention(a, kind)).not.toThrow();
    const cohorts = cohortTable(a.events, a.referenceDay);
    expect(cohorts.map((c) => [c.label, c.size])).toEqual([['Mar 2025', 2]]);
  });

  it('a customer whose only row is a return starts no period', () => {
    const rows = retentionTable(
      [
        { key: 'x', day: d('2025-01-05'), amount: -1000 },
        { key: 'y', day: d('2025-03-05'), amount: 1000 },
      ],
      'bulan',
      d('2025-03-31'),
    );
    expect(rows.map((r) => [r.label, r.active, r.salesNew])).toEqual([['Mar 2025', 1, 1000]]);
  });

  it('the return still lowers the spend, and is not an occasion', () => {
    expect(a.byKey.get('sri')!.measures.totalSpend).toBe(5000);
    expect(a.byKey.get('sri')!.measures.occasions).toBe(1);
  });
});

describe('formulas over a return dated before the first purchase', () => {
  const env = { timeZone: 'Asia/Jakarta', now: new Date(Date.UTC(2025, 5, 30, 3)) };
  const sales = [
    ['Tanggal', 'Pelanggan', 'Total'],
    ['2025-01-05', 'Sri', -5000],
    ['2025-03-05', 'Sri', 10000],
    ['2025-04-05', 'Sri', 10000],
  ];

  it('RETENTION_RATE, KOHORT_RETENSI and KONTRIBUSI_PELANGGAN_BARU answer instead of crashing', () => {
    expect(retentionRate(sales, 'bulan', '2025-04-30', '', env)).toBe(1);
    expect(kohortRetensi(sales, '2025-04-30', env)).toEqual([
      ['Kohort', 'Pelanggan', 'Bulan 0', 'Bulan 1'],
      ['Mar 2025', 1, 1, 1],
    ]);
    expect(kontribusiPelangganBaru(sales, 'bulan', '2025-04-30', env)).toBe(0); // April: Sri is no longer new
  });
});
