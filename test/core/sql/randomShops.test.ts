/**
 * For random typed shops (sales with invoices, credit, repayments and cancelled rows; debts with
 * due dates, payment dates, amounts paid and payments; a customer sheet with referrals,
 * complaints, potential and closeness), every column the DuckDB queries compute equals the core's.
 */
import fc from 'fast-check';
import { isoDate } from '../../../src/core/read/dates';
import { coreCohorts, coreGroups, coreRetention, customerDifferences, differences } from './compare';
import {
  dayOf,
  DuckSession,
  runCore,
  type TypedCustomer,
  type TypedDebt,
  type TypedSale,
  type TypedShop,
} from './typedShop';

const REFERENCE = '2025-06-30';
const REF = dayOf(REFERENCE);
const NAMES = ['Sri', 'Joko', 'Ani', 'Budi', 'Citra', 'Dewi', 'Eko'];
const iso = (ago: number) => isoDate(REF - ago);

const sale: fc.Arbitrary<TypedSale> = fc
  .record({
    ago: fc.integer({ min: -5, max: 420 }),
    customer: fc.constantFrom(...NAMES),
    amount: fc.integer({ min: -20, max: 200 }).map((n) => n * 500),
    invoice: fc.option(
      fc.integer({ min: 1, max: 40 }).map((n) => `N${n}`),
      { nil: null },
    ),
    payment: fc.constantFrom('tunai', 'tunai', 'tunai', 'kasbon', 'kredit', 'bayar hutang', null),
    status: fc.constantFrom(null, null, null, null, 'batal'),
  })
  .map(({ ago, ...rest }) => ({ ...rest, date: iso(ago) }));

const debt: fc.Arbitrary<TypedDebt> = fc
  .record({
    ago: fc.integer({ min: 0, max: 500 }),
    customer: fc.constantFrom(...NAMES),
    amount: fc
      .integer({ min: -100, max: 300 })
      .filter((n) => n !== 0)
      .map((n) => n * 500),
    dueAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    paidAfter: fc.option(fc.integer({ min: -5, max: 150 }), { nil: null }),
    paid: fc.option(
      fc.integer({ min: 0, max: 300 }).map((n) => n * 500),
      { nil: null },
    ),
  })
  .map(({ ago, dueAfter, paidAfter, ...rest }) => ({
    ...rest,
    date: iso(ago),
    due: dueAfter === null ? null : iso(ago - dueAfter),
    paidDate: paidAfter === null ? null : iso(ago - paidAfter),
  }));

const customer: fc.Arbitrary<TypedCustomer> = fc.record({
  name: fc.constantFrom(...NAMES, 'Fajar'),
  referredBy: fc.option(fc.constantFrom(...NAMES), { nil: null }),
  complaint: fc.boolean(),
  potential: fc.option(fc.boolean(), { nil: null }),
  close: fc.option(fc.boolean(), { nil: null }),
});

const shop: fc.Arbitrary<TypedShop> = fc.record({
  reference: fc.constant(REFERENCE),
  sales: fc.array(sale, { minLength: 1, maxLength: 40 }),
  debts: fc.option(fc.array(debt, { maxLength: 12 }), { nil: undefined }),
  customers: fc.option(fc.uniqueArray(customer, { selector: (c) => c.name, maxLength: 6 }), {
    nil: undefined,
  }),
  columns: fc.record({
    invoice: fc.boolean(),
    payment: fc.boolean(),
    status: fc.boolean(),
    due: fc.boolean(),
    paidDate: fc.boolean(),
    paid: fc.boolean(),
  }),
  settings: fc.record({ jendelaBulan: fc.constantFrom(6, 12), tempoHari: fc.constantFrom(7, 14) }),
});

describe('the DuckDB queries on random shops', () => {
  const duck = new DuckSession();
  afterAll(() => duck.close());

  it('give every customer the core columns, and the core retention, cohorts and model input', async () => {
    await fc.assert(
      fc.asyncProperty(shop, async (s) => {
        const core = runCore(s);
        const sql = await duck.run(s);
        expect(customerDifferences(core, sql.customers)).toEqual([]);
        expect(differences(coreRetention(core), sql.retention, (r) => String(r.bulan))).toEqual([]);
        expect(differences(coreCohorts(core), sql.cohorts, (r) => `${r.kohort}/${r.bulan_ke}`)).toEqual([]);
        expect(differences(coreGroups(core), sql.bgnbdGroups, (r) => `${r.x},${r.t_x},${r.t}`)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
