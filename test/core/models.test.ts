/** DOMAIN 4-6 and the RFM, credit-limit additions: each rule with a test that fails if it breaks. */
import { creditLimitOf } from '../../src/core/models/creditLimit';
import { kindOf } from '../../src/core/models/kinds';
import { highOrLow } from '../../src/core/models/matrix';
import { median } from '../../src/core/measure/measures';
import { quintileScores, rfmForType, rfmScores, rfmSegment } from '../../src/core/models/rfm';
import type { CustomerMeasures } from '../../src/core/measure/measures';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { monthly, purchases, run, salesSheet } from '../support/build';

const REF = '2026-11-20';
const get = (a: ReturnType<typeof run>, name: string) => {
  const c = a.byKey.get(a.nameKey(name));
  if (!c) throw new Error(`no customer ${name}`);
  return c;
};

describe('relationship matrix (DOMAIN 4)', () => {
  // Big and Small loyal and on schedule; BigLate and SmallLate stopped two months ago.
  const sales = salesSheet([
    ...monthly('Big', '2025-12', 12, 500000),
    ...monthly('Small', '2025-12', 12, 10000),
    ...monthly('BigLate', '2025-12', 9, 600000),
    ...monthly('SmallLate', '2025-12', 9, 5000),
  ]);
  const a = run({ sales }, REF);

  it('uses spend against the median of active customers and loyal-and-on-time closeness', () => {
    expect(get(a, 'Big').matrix.quadrant).toBe('Kembangkan');
    expect(get(a, 'BigLate').matrix.quadrant).toBe('Tangkap');
    expect(get(a, 'Small').matrix.quadrant).toBe('Sumber Referensi');
    expect(get(a, 'SmallLate').matrix.quadrant).toBe('Putus');
    expect(get(a, 'BigLate').matrix.reason).toMatch(/lewat jadwal beli/);
  });

  it("lets the owner's Potensi and Kedekatan columns decide where they say something", () => {
    const customers = [
      ['Nama', 'Potensi', 'Kedekatan'],
      ['Small', 'Tinggi', ''],
      ['Big', '', 'jauh'],
    ];
    const b = run({ sales, customers }, REF);
    expect(get(b, 'Small').matrix.quadrant).toBe('Kembangkan');
    expect(get(b, 'Big').matrix.quadrant).toBe('Tangkap');
    expect(get(b, 'Small').matrix.reason).toContain('potensi "Tinggi"');
  });

  it('reads high/low words and 1-5 scores, and nothing else', () => {
    expect([highOrLow('Tinggi'), highOrLow('rendah'), highOrLow('5'), highOrLow('2'), highOrLow('')]).toEqual(
      [true, false, true, false, null],
    );
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});

describe('ladder and status (DOMAIN 5)', () => {
  const sales = salesSheet([
    ...purchases('Sekali', ['2026-11-01']),
    ...purchases('Dua', ['2026-10-01', '2026-11-01']),
    ...monthly('Setia', '2025-12', 12),
    ...monthly('Pembela', '2025-12', 12),
    ...monthly('Agen', '2026-11', 1),
    ...purchases('Tidur', ['2026-06-01', '2026-06-11', '2026-06-21']),
    ...purchases('Hilang', ['2026-01-10', '2026-01-20']),
  ]);
  const customers = [
    ['Nama', 'No HP', 'Jenis', 'Direferensikan Oleh'],
    ['Agen', '', 'Agen', ''],
    ['Teman', '', '', 'Pembela'],
    ['Calon', '0812 3456 7890', '', ''],
  ];
  const a = run({ sales, customers }, REF);

  it('puts each customer on one rung, with people without purchases as Prospek or Suspek', () => {
    const rung = (n: string) => get(a, n).ladder.rung;
    expect(['Sekali', 'Dua', 'Setia', 'Pembela', 'Agen'].map(rung)).toEqual([
      'Inisial',
      'Repeater',
      'Loyal',
      'Advokat',
      'Mitra',
    ]);
    expect(a.prospects.map((p) => [p.name, p.ladder.rung])).toEqual([
      ['Teman', 'Suspek'],
      ['Calon', 'Prospek'],
    ]);
  });

  it('is Tidur after two cycles without a purchase and Hilang after hariHilang days', () => {
    expect(get(a, 'Setia').status.status).toBe('Aktif');
    // Cycle 10 days, 152 days since: Tidur (not yet 180).
    expect(get(a, 'Tidur').status).toMatchObject({ status: 'Tidur', overdueRatio: 15.2 });
    expect(get(a, 'Hilang').status.status).toBe('Hilang');
    const lenient = run({ sales }, REF, { hariHilang: 365 });
    expect(get(lenient, 'Hilang').status.status).toBe('Tidur');
  });
});

describe('kinds and characteristics (DOMAIN 6)', () => {
  it('reads the Jenis column as Internal, Antara or Eksternal', () => {
    expect(['Karyawan', 'Reseller', 'dokter', 'Apoteker', '', 'umum'].map(kindOf)).toEqual([
      'Internal',
      'Antara',
      'Antara',
      'Antara',
      'Eksternal',
      'Eksternal',
    ]);
  });

  it('tags Baru, Hemat, Loyal and Berkembang only where the data says so', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total', 'Diskon'],
      ['2026-11-01', 'Baru', 10000, ''],
      ['2026-09-01', 'Hemat', 10000, 'Promo'],
      ['2026-10-01', 'Hemat', 10000, ''],
      ...monthly('Setia', '2025-12', 12).map(([d, n, t]) => [d, n, t, 'tidak']),
    ];
    const customers = [
      ['Nama', 'Direferensikan Oleh'],
      ['Baru', 'Setia'],
    ];
    const a = run({ sales, customers }, REF);
    expect(get(a, 'Baru').tags).toEqual(['Baru']);
    expect(get(a, 'Hemat').tags).toEqual(['Hemat']);
    expect(get(a, 'Setia').tags).toEqual(['Loyal', 'Berkembang']);
    // Bought before the window: not new, however recent the first purchase in the window.
    const old = run({ sales: [...sales, ['2024-01-05', 'Baru', 1000, '']] }, REF);
    expect(get(old, 'Baru').tags).toEqual([]);
    // Customers with the same tags share one list, which nobody can change.
    const twins = run({ sales: [...sales, ['2026-11-02', 'Baru Juga', 10000, '']] }, REF);
    expect(get(twins, 'Baru Juga').tags).toBe(get(twins, 'Baru').tags);
    expect(Object.isFrozen(get(twins, 'Baru').tags)).toBe(true);
  });
});

describe('RFM scores and segments', () => {
  it('spreads 30 distinct values evenly over 1..5 and gives ties the same score', () => {
    const scores = quintileScores(Array.from({ length: 30 }, (_, i) => i));
    expect([1, 2, 3, 4, 5].map((s) => scores.filter((x) => x === s).length)).toEqual([6, 6, 6, 6, 6]);
    expect(quintileScores([7, 7, 7])).toEqual([3, 3, 3]);
    const mixed = quintileScores([1, 1, 1, 1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(mixed.slice(0, 4)).size).toBe(1);
    expect(mixed[9]).toBe(5);
  });

  it('scores buyers only, and a D customer keeps the scores with the debt as segment', () => {
    const m = (occasions: number, daysSinceLast: number | null, totalSpend: number) =>
      ({ occasions, daysSinceLast, totalSpend }) as CustomerMeasures;
    // Five buyers, one value each per quintile; a customer with debts only has no RFM.
    const all = [m(1, 50, 100), m(2, 40, 200), m(3, 30, 300), m(4, 20, 400), m(5, 10, 500), m(0, null, 0)];
    const rfm = rfmScores(all);
    expect(rfm.map((x) => x?.score ?? null)).toEqual(['111', '222', '333', '444', '555', null]);
    expect(rfm[4]).toEqual({ r: 5, f: 5, m: 5, score: '555', segment: 'Juara' });
    expect(rfmForType(rfm[4], 'D')).toEqual({ r: 5, f: 5, m: 5, score: '555', segment: 'Tagih Hutang' });
    expect(rfm[4]?.segment).toBe('Juara');
    expect(rfmForType(rfm[0], 'B')).toBe(rfm[0]);
    expect(rfmForType(null, 'D')).toBeNull();
  });

  it('maps R and F to the segment grid', () => {
    const cases: [number, number, string][] = [
      [5, 5, 'Juara'],
      [4, 4, 'Setia'],
      [5, 2, 'Potensial'],
      [5, 1, 'Baru'],
      [4, 1, 'Baru'],
      [3, 3, 'Perlu Perhatian'],
      [3, 1, 'Hampir Tidur'],
      [2, 3, 'Berisiko'],
      [1, 5, 'Jangan Sampai Hilang'],
      [2, 2, 'Tidur'],
      [1, 1, 'Hilang'],
    ];
    for (const [r, f, segment] of cases) expect([r, f, rfmSegment(r, f)]).toEqual([r, f, segment]);
  });

  it('scores recency with fewer days as better, as "RFM" text', () => {
    const sales = salesSheet([
      ...purchases('Baru Saja', ['2026-11-19'], 50000),
      ...purchases('Lama', ['2026-01-19'], 5000),
      ...monthly('Rutin', '2025-12', 12, 20000),
    ]);
    const a = run({ sales }, REF);
    expect(get(a, 'Baru Saja').rfm?.r).toBeGreaterThan(get(a, 'Lama').rfm?.r as number);
    expect(get(a, 'Rutin').rfm?.f).toBe(5);
    // Baru Saja and Lama tie on one occasion: the shared mid-rank gives both F = 2 of three customers.
    expect(get(a, 'Lama').rfm).toMatchObject({ score: '121', segment: 'Tidur' });
    expect(get(a, 'Baru Saja').rfm?.f).toBe(2);
  });
});

describe('credit limit per type', () => {
  it("is zero for D, the usual credit purchase for C, the owner's setting for A and B, with a warning above it", () => {
    expect(creditLimitOf('D', [100], 0, DEFAULT_SETTINGS).limit).toBe(0);
    const c = creditLimitOf('C', [50000, 70000, 60000], 90000, DEFAULT_SETTINGS);
    expect(c).toMatchObject({ limit: 60000, over: true });
    expect(c.reason).toMatch(/PERINGATAN/);
    expect(creditLimitOf('A', [], 0, { ...DEFAULT_SETTINGS, batasKreditA: 2_000_000 }).limit).toBe(2_000_000);
    // No amount is invented for B: see models/domainRules.test.ts ("belum pernah kredit").
    expect(creditLimitOf('B', [], 0, DEFAULT_SETTINGS)).toMatchObject({ limit: null, over: false });
  });
});
