/** The time budget with a fake clock: estimates from the measured pace, and the limits it keeps. */
import { Budget, RESERVE_MS, RUN_LIMIT_MS, READ_SHARE } from '../../src/gas/budget';

function fakeClock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('Budget', () => {
  it('keeps 6 minutes as the limit with a reserve for the closing message', () => {
    expect(RUN_LIMIT_MS).toBe(360_000);
    const clock = fakeClock();
    const budget = new Budget(clock);
    clock.advance(RUN_LIMIT_MS - RESERVE_MS);
    expect(budget.writeFits(0)).toBe(true);
    clock.advance(1);
    expect(budget.writeFits(0)).toBe(false);
  });

  it('estimates from the pace measured so far', () => {
    const clock = fakeClock();
    const budget = new Budget(clock);
    budget.time('read', 1_000, () => clock.advance(2_000)); // 2 ms per cell read
    expect(budget.estimateMs('read', 500)).toBe(1_000);
    // No write timed yet: three times the read pace.
    expect(budget.estimateMs('write', 100)).toBe(600);
    budget.time('write', 100, () => clock.advance(100)); // 1 ms per cell written
    expect(budget.estimateMs('write', 100)).toBe(100);
  });

  it('lets reading take at most its share of the usable time', () => {
    const clock = fakeClock();
    const budget = new Budget(clock);
    budget.time('read', 1_000, () => clock.advance(1_000)); // 1 ms per cell
    const share = (RUN_LIMIT_MS - RESERVE_MS) * READ_SHARE;
    expect(budget.readFits(share - 1_000)).toBe(true);
    expect(budget.readFits(share - 1_000 + 1)).toBe(false);
  });

  it('starts a write only when it can finish before the reserve', () => {
    const clock = fakeClock();
    const budget = new Budget(clock);
    budget.time('write', 1_000, () => clock.advance(10_000)); // 10 ms per cell
    const left = RUN_LIMIT_MS - RESERVE_MS - 10_000;
    expect(budget.writeFits(left / 10)).toBe(true);
    expect(budget.writeFits(left / 10 + 1)).toBe(false);
  });
});
