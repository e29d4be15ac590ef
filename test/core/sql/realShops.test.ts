/**
 * The DuckDB queries on the sample shop and on CDNOW's master file equal the core, customer by
 * customer, and on CDNOW the scores query gives the core's P(alive) and expected purchases from
 * the core's own fit.
 */
import { predictionFor } from '../../../src/core/models/prediction';
import {
  coreCohorts,
  coreGroups,
  coreRetention,
  customerDifferences,
  differences,
  type SqlRowLike,
} from './compare';
import { cdnowMasterShop, sampleShop } from './realShops';
import { DuckSession, runCore } from './typedShop';

const duck = new DuckSession();
afterAll(() => duck.close());

describe('the sample shop', () => {
  const shop = sampleShop();
  const core = runCore(shop);

  it('reads as typed tables with every kind of row (a check that the shop is the sample)', () => {
    expect(core.customers).toHaveLength(87);
    expect(new Set(core.customers.map((c) => c.type))).toEqual(new Set(['A', 'B', 'C', 'D']));
    expect(core.issues).toEqual([]);
  });

  it('gets every column of every customer, the retention, cohorts and model input from SQL', async () => {
    const sql = await duck.run(shop);
    expect(customerDifferences(core, sql.customers)).toEqual([]);
    expect(differences(coreRetention(core), sql.retention, (r) => String(r.bulan))).toEqual([]);
    expect(differences(coreCohorts(core), sql.cohorts, (r) => `${r.kohort}/${r.bulan_ke}`)).toEqual([]);
    expect(differences(coreGroups(core), sql.bgnbdGroups, (r) => `${r.x},${r.t_x},${r.t}`)).toEqual([]);
  });
});

describe("CDNOW's master file", () => {
  const shop = cdnowMasterShop();
  const core = runCore(shop);
  const prediction = predictionFor(core);

  it('has 23,570 customers and a fitted model', () => {
    expect(core.customers).toHaveLength(23_570);
    expect(prediction.status).toBe('ok');
  });

  it('gets every column of every customer, the retention, cohorts, model input and scores from SQL', async () => {
    const params = prediction.fit!.params;
    const sql = await duck.run(shop, params);
    expect(customerDifferences(core, sql.customers)).toEqual([]);
    expect(differences(coreRetention(core), sql.retention, (r) => String(r.bulan))).toEqual([]);
    expect(differences(coreCohorts(core), sql.cohorts, (r) => `${r.kohort}/${r.bulan_ke}`)).toEqual([]);
    expect(differences(coreGroups(core), sql.bgnbdGroups, (r) => `${r.x},${r.t_x},${r.t}`)).toEqual([]);
    const scores: SqlRowLike[] = core.customers.map((c) => {
      const p = prediction.byKey.get(c.measures.key)!;
      return { kunci: c.measures.key, peluang_aktif: p.pAlive, prediksi_beli: p.expected };
    });
    // Numbers on both sides: no blank compared with a blank.
    expect(
      scores.every((s) => typeof s.prediksi_beli === 'number' && typeof s.peluang_aktif === 'number'),
    ).toBe(true);
    expect(differences(scores, sql.bgnbdScores, (r) => String(r.kunci))).toEqual([]);
  }, 120_000);
});
