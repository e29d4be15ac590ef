/** A formula's time limit with an injected clock: checked in the core's long loops, a no-op without one. */
import { checkDeadline, OutOfTime, withDeadline } from '../../src/core/deadline';
import { customerFormula, TIPE } from '../../src/core/customerFormulas';
import { syntheticShop } from '../../bench/synthetic';

function steppingClock(stepMs: number) {
  let now = 0;
  return { now: () => (now += stepMs), reads: () => now / stepMs };
}

describe('withDeadline', () => {
  it('throws the given words once the limit has passed, with the seconds spent', () => {
    const clock = steppingClock(10_000); // every look at the clock: 10 s later
    const run = () =>
      withDeadline(
        clock,
        25_000,
        (s) => `berhenti setelah ${s} detik`,
        () => {
          for (;;) checkDeadline();
        },
      );
    // Started at 10 s; checks at 20 s and 30 s (within), 40 s is past 35 s: 30 s after the start.
    expect(run).toThrow(new OutOfTime('berhenti setelah 30 detik'));
  });

  it('costs nothing and throws nothing without a deadline, and ends with its work', () => {
    expect(() => checkDeadline()).not.toThrow();
    const clock = steppingClock(1);
    expect(
      withDeadline(
        clock,
        1000,
        () => 'x',
        () => 42,
      ),
    ).toBe(42);
    expect(() => checkDeadline()).not.toThrow();
  });

  it('stops a formula over a large book in its loops, looking at the clock rarely', () => {
    const shop = syntheticShop(20_000);
    const clock = steppingClock(5_000);
    const env = { timeZone: 'Asia/Jakarta', now: new Date(Date.UTC(2025, 11, 31)) };
    expect(() =>
      withDeadline(
        clock,
        25_000,
        (s) => `lewat ${s} detik`,
        () => customerFormula(TIPE, 'Pelanggan 1', shop.sales, '', '', '', env),
      ),
    ).toThrow(/^lewat 30 detik$/);
    // The start and six checks (5 s each, the sixth past 25 s): every 1024 rows, not every row.
    expect(clock.reads()).toBe(7);
  });
});
