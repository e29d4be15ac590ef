/** The interner gives each distinct text one id, in the order first seen, however the table grows. */
import fc from 'fast-check';
import { Interner, stringHash } from '../../../src/core/read/interner';

describe('Interner', () => {
  it('numbers texts 0, 1, 2 in the order first seen and gives a repeat its first id', () => {
    const t = new Interner();
    expect(['Sri', 'Joko', 'Sri', 'sri', 'Joko', ''].map((v) => t.id(v))).toEqual([0, 1, 0, 2, 1, 3]);
    expect(t.values).toEqual(['Sri', 'Joko', 'sri', '']);
  });

  it('keeps ids through many rehashes (100,000 texts)', () => {
    const t = new Interner();
    const wrong = Array.from({ length: 100_000 }, (_, i) => t.id(`N${i}`)).filter((id, i) => id !== i);
    expect(wrong).toEqual([]);
    expect(t.id('N0')).toBe(0);
    expect(t.id('N99999')).toBe(99_999);
    expect(t.values).toHaveLength(100_000);
  });

  it('tells apart texts whose hashes collide', () => {
    // Two texts whose hashes share the low bits of the first table's 32 slots: one probe chain.
    const seen = new Map<number, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; !pair; i++) {
      const text = `x${i}`;
      const slot = stringHash(text) & 31;
      const other = seen.get(slot);
      if (other !== undefined) pair = [other, text];
      else seen.set(slot, text);
    }
    const t = new Interner();
    expect(t.id(pair[0])).toBe(0);
    expect(t.id(pair[1])).toBe(1);
    expect(t.id(pair[0])).toBe(0);
    expect(t.id(pair[1])).toBe(1);
  });

  it('agrees with a Map on any sequence of texts', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 300 }), (texts) => {
        const t = new Interner();
        const m = new Map<string, number>();
        for (const text of texts) {
          if (!m.has(text)) m.set(text, m.size);
          expect(t.id(text)).toBe(m.get(text));
        }
        expect(t.values).toEqual([...m.keys()]);
      }),
    );
  });

  it('finds a text it holds and adds nothing for one it lacks', () => {
    const t = new Interner();
    t.id('Sri');
    t.id('Joko');
    expect([t.find('Joko'), t.find('Sri'), t.find('sri'), t.find('')]).toEqual([1, 0, -1, -1]);
    expect(t.values).toEqual(['Sri', 'Joko']);
    expect(t.id('sri')).toBe(2);
  });
});
