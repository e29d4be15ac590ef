import { nameKey, phoneKey } from '../../src/core/read/text';
import { run } from '../support/build';

describe('customer identity (DOMAIN 1)', () => {
  it('folds case, trims, collapses spaces and applies NFKC', () => {
    expect(nameKey('  BU   Sri ')).toBe('bu sri');
    expect(nameKey('Ｓｒｉ')).toBe('sri'); // full-width letters
  });

  it('keeps honorifics by default and strips them when the setting says so', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total'],
      ['2025-01-05', 'Bu Sri', 10000],
      ['2025-01-06', 'sri', 10000],
    ];
    expect(run({ sales }, '2025-01-31').customers).toHaveLength(2);
    const merged = run({ sales }, '2025-01-31', { hapusSapaan: true });
    expect(merged.customers).toHaveLength(1);
    expect(merged.customers[0].measures.occasions).toBe(2);
  });

  it('normalises phone numbers to 62... and refuses what is not a phone', () => {
    expect(phoneKey('0812-3456-7890')).toBe('6281234567890');
    expect(phoneKey('+62 812 3456 7890')).toBe('6281234567890');
    expect(phoneKey('812 3456 7890')).toBe('6281234567890');
    expect(phoneKey('12345')).toBe('');
  });

  it('gives a nameless row with a known phone to that phone customer', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total', 'No HP'],
      ['2025-01-05', 'Sri', 10000, '0812 3456 7890'],
      ['2025-01-09', '', 10000, '+6281234567890'],
    ];
    const a = run({ sales }, '2025-01-31');
    expect(a.customers).toHaveLength(1);
    expect(a.customers[0].measures.occasions).toBe(2);
  });
});
