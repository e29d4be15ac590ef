/**
 * Properties of the customer type (DOMAIN 2-3) over random small shops: one type per customer,
 * row order and item rows do not matter, an unpaid overdue debt never makes a type better.
 */
import fc from 'fast-check';
import { analyse, isoOf, measuresOf, salesGrid, shop, typesOf, NAMES } from './shop';

const RANK: Record<string, number> = { A: 0, B: 1, C: 2, D: 3 };

describe('customer type properties', () => {
  it('gives every customer exactly one type of A, B, C, D, and each customer once', () => {
    fc.assert(
      fc.property(shop, (rows) => {
        const a = analyse(salesGrid(rows));
        const keys = a.customers.map((c) => c.measures.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const c of a.customers) expect(['A', 'B', 'C', 'D']).toContain(c.type);
        // Everyone who bought in the window (12 months) is a customer.
        const window = new Set(rows.filter((r) => r.ago < 365).map((r) => r.name.toLowerCase()));
        for (const name of window) expect(keys).toContain(name);
      }),
      { numRuns: 60 },
    );
  });

  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(
        shop.chain((rows) =>
          fc.tuple(
            fc.constant(rows),
            fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
          ),
        ),
        ([rows, shuffled]) => {
          const a = analyse(salesGrid(rows));
          const b = analyse(salesGrid(shuffled));
          expect(typesOf(b)).toEqual(typesOf(a));
          expect(measuresOf(b)).toEqual(measuresOf(a));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('does not change when a sale is split into item rows on the same day', () => {
    fc.assert(
      fc.property(
        shop,
        fc.nat(),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
        (rows, pick, weights) => {
          const i = pick % rows.length;
          const sale = rows[i];
          // Parts in whole Rupiah that add up to the sale exactly.
          const total = weights.reduce((s, w) => s + w, 0);
          const parts = weights.map((w) => Math.floor((sale.amount * w) / total));
          parts[0] += sale.amount - parts.reduce((s, p) => s + p, 0);
          const split = [
            ...rows.slice(0, i),
            ...parts.map((amount) => ({ ...sale, amount })),
            ...rows.slice(i + 1),
          ];
          const a = analyse(salesGrid(rows));
          const b = analyse(salesGrid(split.filter((r) => r.amount > 0)));
          expect(typesOf(b)).toEqual(typesOf(a));
          expect(measuresOf(b)).toEqual(measuresOf(a));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never makes a type better when an unpaid overdue debt is added (A > B > C > D)', () => {
    fc.assert(
      fc.property(
        shop,
        fc.constantFrom(...NAMES),
        fc.integer({ min: 15, max: 700 }),
        fc.integer({ min: 1, max: 400 }).map((n) => n * 1000),
        (rows, name, ago, amount) => {
          const before = typesOf(analyse(salesGrid(rows), [['Tanggal', 'Pelanggan', 'Jumlah']]));
          // No due date: due 14 days later, so at least a day past due on the reference date.
          const after = typesOf(
            analyse(salesGrid(rows), [
              ['Tanggal', 'Pelanggan', 'Jumlah'],
              [isoOf(ago), name, amount],
            ]),
          );
          for (const [key, type] of Object.entries(before))
            expect(RANK[after[key]]).toBeGreaterThanOrEqual(RANK[type]);
          // The debtor uses credit now: never A or B.
          expect(['C', 'D']).toContain(after[name.toLowerCase()]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
