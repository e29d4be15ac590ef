/** Counting the run's guesses (read/assumptions.ts) and the owner's own paid words (paidWords.ts). */
import { addTallies, MAX_EXAMPLES, tally, type Tallies } from '../../../src/core/read/assumptions';
import { ownerWordsOf, paidState } from '../../../src/core/read/paidWords';
import { withinSize, type ReadingReport } from '../../../src/core/report/readingReport';

const at = (row: number, cell = 'x') => ({ sheet: 'Jan', row, column: 'Tanggal', cell });

describe('tally', () => {
  test('counts every case and keeps the first three examples, cells cut to 60 characters', () => {
    const ctx: { tallies: Tallies } = { tallies: {} };
    for (let row = 2; row <= 6; row++) tally(ctx, 'datesCarriedDown', 1, at(row));
    tally(ctx, 'unknownWords', 4, at(9, 'y'.repeat(70)));
    expect(ctx.tallies.datesCarriedDown).toEqual({ count: 5, examples: [at(2), at(3), at(4)] });
    expect(ctx.tallies.unknownWords?.examples[0].cell).toBe('y'.repeat(59) + '…');
    expect(MAX_EXAMPLES).toBe(3);
  });

  test('nothing is counted without tallies in the context, nor a count of 0', () => {
    const none: { tallies?: Tallies } = {};
    tally(none, 'rowsSkipped', 1, at(2));
    expect(none).toEqual({});
    const ctx: { tallies: Tallies } = { tallies: {} };
    tally(ctx, 'cancelledRows', 0);
    expect(ctx.tallies).toEqual({});
  });

  test('parts read apart add up in sheet order', () => {
    const into: Tallies = { datesCarriedDown: { count: 2, examples: [at(2), at(3)] } };
    addTallies(into, {
      datesCarriedDown: { count: 7, examples: [at(500), at(501)] },
      rowsSkipped: { count: 1, examples: [] },
    });
    expect(into).toEqual({
      datesCarriedDown: { count: 9, examples: [at(2), at(3), at(500)] },
      rowsSkipped: { count: 1, examples: [] },
    });
  });
});

describe("the owner's paid and unpaid words", () => {
  const owner = ownerWordsOf(['Transferan', 'Lunas via Pak RT'], ['Ngebon dulu']);
  test('are read before ours, case-, space- and punctuation-blind', () => {
    expect(paidState('transferan', 'Pembayaran')).toBe('unknown');
    expect(paidState(' TRANSFERAN ', 'Pembayaran', owner)).toBe('paid');
    expect(paidState('ngebon-dulu', 'Pembayaran', owner)).toBe('unpaid');
    expect(paidState('Hutang', 'Pembayaran', owner)).toBe('unpaid');
  });
  test('none given: no owner words at all', () => {
    expect(ownerWordsOf([], [])).toBeUndefined();
  });
});

describe('withinSize', () => {
  const example = { sheet: 'Penjualan', row: 2, column: 'Pembayaran', cell: 'z'.repeat(60) };
  const report: ReadingReport = {
    sheets: [],
    columns: [],
    assumptions: [
      { kind: 'unknownWords', count: 3, examples: [example, example, example] },
      { kind: 'rowsSkipped', count: 9, examples: [example, example, example] },
    ],
  };
  test("drops the last kinds' examples first, keeping every count", () => {
    const small = withinSize(report, JSON.stringify(report).length - 10);
    expect(small.assumptions).toEqual([
      { kind: 'unknownWords', count: 3, examples: [example, example, example] },
      { kind: 'rowsSkipped', count: 9, examples: [] },
    ]);
    expect(withinSize(report, 100).assumptions.map((a) => [a.count, a.examples.length])).toEqual([
      [3, 0],
      [9, 0],
    ]);
    expect(report.assumptions[1].examples).toHaveLength(3);
  });

  test('counts bytes as Google does: a letter outside ASCII takes two bytes or more', () => {
    // Each example's cell of 60 "ä" is 120 bytes but 60 characters.
    const wide = { ...example, cell: 'ä'.repeat(60) };
    const two: ReadingReport = {
      sheets: [],
      columns: [],
      assumptions: [{ kind: 'unknownWords', count: 1, examples: [wide] }],
    };
    const chars = JSON.stringify(two).length;
    // Fits in characters, not in bytes: the example goes.
    expect(withinSize(two, chars + 10).assumptions[0].examples).toEqual([]);
    expect(withinSize(two, chars + 60).assumptions[0].examples).toEqual([wide]);
  });
});
