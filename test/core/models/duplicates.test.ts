import { findDuplicates } from '../../../src/core/models/duplicates';
import { purchases, run, salesSheet } from '../../support/build';

describe('possible duplicate customers', () => {
  it('lists honorific variants, one-letter typos and shared phones, never merging them', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total', 'No HP'],
      ['2026-11-01', 'Bu Sri Wahyuni', 1000, ''],
      ['2026-11-02', 'Sri Wahyuni', 1000, ''],
      ['2026-11-03', 'Kurniawan', 1000, ''],
      ['2026-11-04', 'Kurniawen', 1000, ''],
      ['2026-11-05', 'Kurnawan', 1000, ''],
      ['2026-11-06', 'Warung Maju', 1000, '0812 1111 2222'],
      ['2026-11-07', 'Toko Maju', 1000, '081211112222'],
      ['2026-11-08', 'Ani', 1000, ''],
      ['2026-11-09', 'Ana', 1000, ''],
    ];
    const a = run({ sales }, '2026-11-20');
    expect(a.customers).toHaveLength(9);
    const list = findDuplicates(a.customers.map((c) => ({ name: c.measures.name, phone: c.measures.phone })));
    const pairs = list.map((d) => [d.a, d.b]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['Bu Sri Wahyuni', 'Sri Wahyuni'],
        ['Kurniawan', 'Kurniawen'],
        ['Kurnawan', 'Kurniawan'],
        ['Toko Maju', 'Warung Maju'],
      ]),
    );
    expect(pairs).not.toContainEqual(['Ana', 'Ani']);
    expect(
      findDuplicates([
        { name: 'Toko Maju 1', phone: '' },
        { name: 'Toko Maju 2', phone: '' },
        { name: 'Toko Maju 12', phone: '' },
      ]),
    ).toEqual([]);
    expect(list.find((d) => d.a === 'Toko Maju')?.reason).toContain('6281211112222');
    expect(list).toHaveLength(4);
  });

  it('lets the honorific setting merge them when the owner chooses', () => {
    const sales = salesSheet([...purchases('Bu Sri', ['2026-11-01']), ...purchases('Sri', ['2026-11-02'])]);
    expect(run({ sales }, '2026-11-20').customers).toHaveLength(2);
    expect(run({ sales }, '2026-11-20', { hapusSapaan: true }).customers).toHaveLength(1);
  });

  it('lists people sharing one phone as one entry, not a pair per two of them', () => {
    // 2,000 names on a shop's one number: 1,999,000 pairs before, one entry now.
    const people = Array.from({ length: 2000 }, (_, i) => ({
      name: `Pembeli ${String(i + 1).padStart(4, '0')}`,
      phone: '6281200000000',
    }));
    const list = findDuplicates(people);
    expect(list).toHaveLength(1);
    expect(list[0].a).toBe('Pembeli 0001');
    expect(list[0].b.startsWith('Pembeli 0002, Pembeli 0003, ')).toBe(true);
    expect(list[0].b.endsWith('Pembeli 0021, dan 1.979 nama lain')).toBe(true);
    expect(list[0].reason).toBe('nomor HP sama (6281200000000): 2.000 nama');
    // Three names on a number: one entry naming the other two, nothing left to count.
    const three = findDuplicates([
      { name: 'Sari', phone: '628111' },
      { name: 'Budi', phone: '628111' },
      { name: 'Wati', phone: '628111' },
      { name: 'Sari', phone: '628111' },
    ]);
    expect(three).toEqual([{ a: 'Budi', b: 'Sari, Wati', reason: 'nomor HP sama (628111): 3 nama' }]);
  });
});
