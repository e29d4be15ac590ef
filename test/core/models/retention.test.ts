import { analyze, retention } from '../../../src/core/engine';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import {
  latestPeriod,
  parsePeriodKind,
  retentionTable,
  type PurchaseEvent,
} from '../../../src/core/models/retention';
import { d } from '../../support/build';

const ev = (key: string, iso: string, amount = 10000): PurchaseEvent => ({ key, day: d(iso), amount });

describe('retention (DOMAIN 7)', () => {
  const events = [
    ev('a', '2025-01-05'),
    ev('b', '2025-01-06'),
    ev('c', '2025-01-07'),
    ev('a', '2025-02-05'), // retained
    ev('b', '2025-02-10'), // retained
    ev('d', '2025-02-11', 50000), // new
    ev('a', '2025-03-05'), // retained
    ev('c', '2025-03-07'), // returning: skipped February
    ev('e', '2025-03-08', 7000), // new
  ];

  it('computes active, retained, returning, new, rate and sales of new vs existing per month', () => {
    const rows = retentionTable(events, 'bulan', d('2025-03-31'));
    expect(rows.map((r) => r.label)).toEqual(['Jan 2025', 'Feb 2025', 'Mar 2025']);
    expect(rows.map((r) => [r.active, r.retained, r.returning, r.newCustomers])).toEqual([
      [3, 0, 0, 3],
      [3, 2, 0, 1],
      [3, 1, 1, 1],
    ]);
    expect(rows.map((r) => r.rate)).toEqual([null, 2 / 3, 1 / 3]);
    expect(rows[1].salesNew).toBe(50000);
    expect(rows[1].salesExisting).toBe(20000);
    expect(rows[2].salesNew).toBe(7000);
  });

  it('counts each customer once per period whatever the order of the events', () => {
    const rows = retentionTable(
      [
        ev('a', '2025-03-05'),
        ev('b', '2025-01-20', -5000), // a return before b's first purchase starts nothing
        ev('a', '2025-01-05'),
        ev('c', '2025-04-02'), // after the latest complete month: not in the table
        ev('b', '2025-02-03'),
        ev('a', '2025-03-20'), // a's second March purchase: March counted once
        ev('b', '2025-03-01'),
      ],
      'bulan',
      d('2025-03-31'),
    );
    expect(rows.map((r) => r.label)).toEqual(['Jan 2025', 'Feb 2025', 'Mar 2025']);
    // a: new in January, back in March after a gap (returning); b: new in February, kept in March.
    expect(rows.map((r) => [r.active, r.retained, r.returning, r.newCustomers])).toEqual([
      [1, 0, 0, 1],
      [1, 0, 0, 1],
      [2, 1, 1, 0],
    ]);
    expect(rows.map((r) => r.rate)).toEqual([null, 0, 1]);
    expect(rows.map((r) => [r.salesNew, r.salesExisting])).toEqual([
      [10000, 0],
      [10000, 0],
      [0, 30000],
    ]);
  });

  it('uses the last period that ends on or before the reference date', () => {
    expect(retentionTable(events, 'bulan', d('2025-03-30')).map((r) => r.label)).toEqual([
      'Jan 2025',
      'Feb 2025',
    ]);
    expect(latestPeriod('bulan', d('2025-03-31'))).toBe(2025 * 12 + 2);
    expect(latestPeriod('bulan', d('2025-03-30'))).toBe(2025 * 12 + 1);
  });

  it('supports weeks (Monday to Sunday), quarters and years', () => {
    const w = retentionTable(
      [ev('a', '2025-03-03'), ev('a', '2025-03-10'), ev('b', '2025-03-16')],
      'minggu',
      d('2025-03-16'),
    );
    expect(w.map((r) => r.label)).toEqual(['Minggu 03/03/2025', 'Minggu 10/03/2025']);
    expect(w[1].rate).toBe(1);
    const q = retentionTable([ev('a', '2025-01-05'), ev('a', '2025-04-05')], 'kuartal', d('2025-06-30'));
    expect(q.map((r) => [r.label, r.rate])).toEqual([
      ['K1 2025', null],
      ['K2 2025', 1],
    ]);
    const y = retentionTable(
      [ev('a', '2023-01-05'), ev('b', '2023-05-05'), ev('a', '2024-04-05')],
      'tahun',
      d('2024-12-31'),
    );
    expect(y.map((r) => [r.label, r.rate])).toEqual([
      ['2023', null],
      ['2024', 0.5],
    ]);
  });

  it('does not count a return as activity, but counts it in the sales', () => {
    const rows = retentionTable(
      [ev('a', '2025-01-05'), ev('a', '2025-02-05', -3000)],
      'bulan',
      d('2025-02-28'),
    );
    expect(rows[1].active).toBe(0);
    expect(rows[1].salesExisting).toBe(-3000);
  });

  it('reads period names in Indonesian and English', () => {
    expect(['minggu', 'Bulan', 'kuartal', 'TAHUN', 'month', '', 'triwulan'].map(parsePeriodKind)).toEqual([
      'minggu',
      'bulan',
      'kuartal',
      'tahun',
      'bulan',
      'bulan',
      'kuartal',
    ]);
    expect(() => parsePeriodKind('hari')).toThrow(/Periode tidak dikenal/);
  });

  it('gives rate 0 to a period where no one of the previous period came back', () => {
    const rows = retentionTable([ev('a', '2025-01-05'), ev('a', '2025-01-25')], 'bulan', d('2025-02-28'));
    expect(rows.map((r) => r.active)).toEqual([1, 0]);
    expect(rows[1].rate).toBe(0);
  });
});

describe('events-only analysis for the shop-wide formulas', () => {
  it('gives the same retention table as the full analysis, without measuring customers', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total'],
      ['2026-08-05', 'Sri', 1000],
      ['2026-09-05', 'Sri', 1000],
      ['2026-09-07', 'Joko', 1000],
      ['2026-10-05', 'Joko', 1000],
    ];
    const options = { settings: DEFAULT_SETTINGS, referenceDay: d('2026-11-20'), timeZone: 'Asia/Jakarta' };
    const full = analyze({ sales: { name: 'Penjualan', rows: sales } }, options);
    const events = analyze({ sales: { name: 'Penjualan', rows: sales } }, { ...options, eventsOnly: true });
    expect(events.customers).toEqual([]);
    expect(retention(events, 'bulan')).toEqual(retention(full, 'bulan'));
    expect(retention(full, 'bulan').length).toBeGreaterThan(1);
  });
});
