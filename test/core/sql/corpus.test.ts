/**
 * Every corpus case whose sheets are typed (see corpusShops.ts) through the DuckDB queries: every
 * column of every customer, the retention, cohorts and model input equal the core's.
 */
import { coreCohorts, coreGroups, coreRetention, customerDifferences, differences } from './compare';
import { typedCorpus } from './corpusShops';
import { DuckSession, runCore } from './typedShop';

const cases = typedCorpus();
const duck = new DuckSession();
afterAll(() => duck.close());

it('finds typed cases of every family that has them (not a vacuous list)', () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
});

describe.each(cases.map((c) => [c.name, c.shop] as const))('%s', (_name, shop) => {
  it('gets the core columns from SQL', async () => {
    const core = runCore(shop);
    const sql = await duck.run(shop);
    expect(customerDifferences(core, sql.customers)).toEqual([]);
    expect(differences(coreRetention(core), sql.retention, (r) => String(r.bulan))).toEqual([]);
    expect(differences(coreCohorts(core), sql.cohorts, (r) => `${r.kohort}/${r.bulan_ke}`)).toEqual([]);
    expect(differences(coreGroups(core), sql.bgnbdGroups, (r) => `${r.x},${r.t_x},${r.t}`)).toEqual([]);
  });
});
