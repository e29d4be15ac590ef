import { memoized, number, percent, rupiah } from '../../../src/core/report/format';

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
