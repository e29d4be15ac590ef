/** The choice of what fits under the 10-million-cell ceiling, by importance. */
import { fitUnderCeiling } from '../../src/gas/cellCeiling';

const unit = (label: string, rank: number, growth: number) => ({ label, rank, growth });

describe('fitUnderCeiling', () => {
  const column = unit('kolom tipe', 0, 1_000_000);
  const contacts = unit('Hubungi', 1, 26_000);
  const summary = unit('Ringkasan', 2, 60_000);
  const customers = unit('Pelanggan', 3, 1_000_000);
  // The write order (customers first) is kept; the choice follows the rank.
  const units = [customers, contacts, summary, column];

  it('takes the most important first and leaves out what does not fit', () => {
    const plan = fitUnderCeiling(8_500_000, units, 10_000_000);
    expect(plan.kept).toEqual([contacts, summary, column]);
    expect(plan.left).toEqual([customers]);
    expect(plan.after).toBe(8_500_000 + 1_000_000 + 26_000 + 60_000);
  });

  it('still writes a smaller, less important unit after a larger one is left out', () => {
    const plan = fitUnderCeiling(9_500_000, units, 10_000_000);
    expect(plan.kept).toEqual([contacts, summary]);
    expect(plan.left).toEqual([column, customers]);
  });

  it('counts a unit that frees cells as adding none (it may be written after one that adds)', () => {
    const shrinking = unit('Pelanggan', 3, -500_000);
    const plan = fitUnderCeiling(9_000_000, [shrinking, column], 10_000_000);
    expect(plan.kept).toEqual([shrinking, column]);
    expect(plan.after).toBe(10_000_000);
    expect(fitUnderCeiling(9_000_001, [shrinking, column], 10_000_000).left).toEqual([column]);
  });
});
