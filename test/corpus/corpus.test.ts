/**
 * The corpus (issue 10 item 2): every messy workbook under test/fixtures/corpus through the core,
 * the bundle's TIPE_PELANGGAN, the menu on the fake and the command line, against the outcome
 * written by hand in its expect.json; the owner's cells and files stay as they were.
 * Cases listed in PENDING.json wait for a rule still being implemented: each must still fail
 * (it.failing), so the list cannot go stale silently.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { caseNames, channelsOf, loadCase, pendingCases, CORPUS } from './support/corpusCase';
import { RUNNERS } from './support/channels';
import { mismatches } from './support/compare';

const names = caseNames();
const pending = new Map(pendingCases().map((p) => [p.case, p.rule]));

describe('the corpus itself', () => {
  it('holds at least 80 cases, each with an expect.json and a sales file, and no stale pending entry', () => {
    expect(names.length).toBeGreaterThanOrEqual(80);
    for (const name of names) {
      expect(existsSync(join(CORPUS, name, 'expect.json'))).toBe(true);
      expect(existsSync(join(CORPUS, name, 'penjualan.csv'))).toBe(true);
    }
    for (const [name, rule] of pending) {
      expect(names).toContain(name);
      expect(rule.length).toBeGreaterThan(10);
    }
  });
});

describe.each(names)('%s', (name) => {
  const c = loadCase(name);
  const rule = pending.get(name);
  const test = rule ? it.failing : it;
  test(`${c.expect.title}${rule ? ` (pending: ${rule})` : ''}`, () => {
    const found = channelsOf(c).flatMap((channel) => mismatches(c, RUNNERS[channel](c)));
    expect(found).toEqual([]);
  });
});
