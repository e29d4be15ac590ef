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
});
