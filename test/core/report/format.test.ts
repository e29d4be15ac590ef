import { setLocale } from '../../../src/core/i18n';
import { dayFromCivil } from '../../../src/core/read/dates';
import { dateText, memoized, monthText, number, percent, rupiah } from '../../../src/core/report/format';

describe('formatting for the owner', () => {
  it('writes rupiah, counts and shares the Indonesian way, the same text when asked again', () => {
    expect(rupiah(250000)).toBe('Rp 250.000');
    expect(rupiah(250000)).toBe('Rp 250.000');
    expect(rupiah(1234.5)).toBe('Rp 1.235');
    expect(rupiah(-1500)).toBe('-Rp 1.500');
    expect(number(2.25)).toBe('2,3');
    expect(percent(0.8)).toBe('80%');
    expect(percent(0.8)).toBe('80%');
  });

  it('writes them the English way while the words are English, and back again', () => {
    const day = dayFromCivil(2025, 1, 5);
    try {
      setLocale('en_US');
      expect([rupiah(250000), number(2.25), percent(0.125), dateText(day), monthText(2025 * 12 + 7)]).toEqual(
        ['Rp 250,000', '2.3', '12.5%', '5 Jan 2025', 'Aug 2025'],
      );
    } finally {
      setLocale('id');
    }
    expect([rupiah(250000), number(2.25), percent(0.125), dateText(day), monthText(2025 * 12 + 7)]).toEqual([
      'Rp 250.000',
      '2,3',
      '12,5%',
      '05/01/2025',
      'Agu 2025',
    ]);
  });

  it('formats each value once, but -0 apart from 0 (Intl writes a minus sign)', () => {
    const calls: number[] = [];
    const f = memoized((v) => {
      calls.push(v);
      return `${Object.is(v, -0) ? '-' : ''}${v}`;
    });
    expect([f(5), f(5), f(7), f(5)]).toEqual(['5', '5', '7', '5']);
    expect(calls).toEqual([5, 7]);
    expect([f(0), f(-0), f(0), f(-0)]).toEqual(['0', '-0', '0', '-0']);
    expect(calls).toEqual([5, 7, 0, -0, -0]);
  });
});
