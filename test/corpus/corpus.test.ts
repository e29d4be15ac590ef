/**
 * The corpus: every messy workbook under test/fixtures/corpus through the core,
 * the bundle's TIPE_PELANGGAN, the menu on the fake and the command line, against the outcome
 * written by hand in its expect.json; the owner's cells and files stay as they were.
 * Cases listed in PENDING.json are known to fail until their rule holds: each must fail
 * (it.failing), so a case that passes has to leave the list.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { caseNames, channelsOf, loadCase, pendingCases, CORPUS, type CorpusCase } from './support/corpusCase';
import { IN_PROCESS, runCli, type Outcome } from './support/channels';
import { mismatches } from './support/compare';

jest.setTimeout(60_000);

const names = caseNames();
const cases = new Map(names.map((name) => [name, loadCase(name)]));
const pending = new Map(pendingCases().map((p) => [p.case, p.rule]));

/** The command line runs as child processes, a few at a time, before the cases are checked. */
const cliOutcomes = new Map<string, Outcome>();
beforeAll(async () => {
  const queue: CorpusCase[] = [...cases.values()].filter((c) => channelsOf(c).includes('cli'));
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) cliOutcomes.set(c.name, await runCli(c));
  };
  await Promise.all([worker(), worker(), worker()]);
}, 900_000);

describe('the corpus itself', () => {
  it('holds at least 160 cases, each with an expect.json and a sales file, and no stale pending entry', () => {
    expect(names.length).toBeGreaterThanOrEqual(160);
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
  const c = cases.get(name) as CorpusCase;
  const rule = pending.get(name);
  const test = rule ? it.failing : it;
  test(`${c.expect.title}${rule ? ` (pending: ${rule})` : ''}`, () => {
    const found = channelsOf(c).flatMap((channel) =>
      mismatches(c, channel === 'cli' ? (cliOutcomes.get(name) as Outcome) : IN_PROCESS[channel](c)),
    );
    expect(found).toEqual([]);
  });
});
