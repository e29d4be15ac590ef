/** smallInteger changes how a number is kept, never its value. */
import fc from 'fast-check';
import { smallInteger } from '../../../src/core/measure/smallInteger';

describe('smallInteger', () => {
  it('keeps every value: whole rupiah, amounts past 2^31, fractions, negatives', () => {
    const cases = [
      0,
      15000,
      2 ** 31 - 1,
      2 ** 31,
      3_910_000_000,
      1e15,
      -(2 ** 31),
      -(2 ** 31) - 1,
      0.5,
      -74.02,
      1 / 3,
    ];
    expect(cases.map(smallInteger)).toEqual(cases);
  });

  it('keeps any number as it is (property), -0 as 0', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        expect(smallInteger(x) === x).toBe(true);
      }),
    );
    expect(Object.is(smallInteger(-0), 0)).toBe(true);
  });
});
