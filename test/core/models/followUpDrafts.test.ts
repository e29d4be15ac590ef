/** DOMAIN 8: the texts of a follow-up entry, and when a complaint needs one. */
import { complaintAnswered, fillTemplate } from '../../../src/core/models/followUpDrafts';

describe('message templates', () => {
  it('keeps an optional part only when all its placeholders have a value', () => {
    expect(fillTemplate('Halo {nama}[ dari {toko} di {kota}].', { nama: 'Sri', toko: 'Warung' })).toBe(
      'Halo Sri.',
    );
    expect(fillTemplate('Halo[ dari {toko} di {kota}].', { toko: 'Warung', kota: '' })).toBe('Halo.');
    expect(fillTemplate('Halo[ dari {toko} di {kota}].', { toko: 'Warung', kota: 'Solo' })).toBe(
      'Halo dari Warung di Solo.',
    );
  });
});

describe('complaints', () => {
  it('knows an answered complaint by its words', () => {
    expect(['sudah dijawab', 'SELESAI', 'beres', 'barang rusak'].map(complaintAnswered)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
