/**
 * Nilai Pelanggan (DOMAIN 9b): month by month (30 days), each month's expected purchases from
 * BG/NBD times the expected spend per occasion, month k divided by 1.01^k; against the rule
 * itself and against scipy on CDNOW's 2,357 customers (scripts/bgnbd_reference.py).
 */
import { expectedPurchases, fitBgnbd, groupTriples } from '../../../src/core/models/bgnbd';
import { customerValue, discountedPurchases } from '../../../src/core/models/customerValue';
import { expectedSpend, fitGammaGamma } from '../../../src/core/models/gammaGamma';
import reference from '../../fixtures/clv_reference.json';
import { cdnowSpend, hasCdnow } from '../../support/cdnow';

const relative = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);
const DAILY = { r: 0.9, alpha: 35, a: 1.6, b: 4.2 };
const customer = { x: 3, tx: 150, T: 300 };

describe('the rule', () => {
  it('one month: the expected purchases of the next 30 days, divided by 1.01, times the spend', () => {
    const month = expectedPurchases(DAILY, customer, 30)!;
    const h = { steps: 1, stepLength: 30, discount: 0.01 };
    expect(discountedPurchases(DAILY, customer, h)).toBeCloseTo(month / 1.01, 12);
    expect(customerValue(DAILY, customer, 50_000, h)).toBeCloseTo((month / 1.01) * 50_000, 6);
  });

  it('two months: the second month is the purchases of days 30-60, divided by 1.01^2', () => {
    const one = expectedPurchases(DAILY, customer, 30)!;
    const two = expectedPurchases(DAILY, customer, 60)!;
    const h = { steps: 2, stepLength: 30, discount: 0.01 };
    expect(discountedPurchases(DAILY, customer, h)).toBeCloseTo(one / 1.01 + (two - one) / 1.01 ** 2, 12);
  });

  it('without a discount, twelve months add up to the expected purchases of 360 days', () => {
    const h = { steps: 12, stepLength: 30, discount: 0 };
    expect(discountedPurchases(DAILY, customer, h)).toBeCloseTo(expectedPurchases(DAILY, customer, 360)!, 12);
  });

  it('a discount makes the value smaller, and more months make it larger', () => {
    const plain = discountedPurchases(DAILY, customer, { steps: 12, stepLength: 30, discount: 0 })!;
    const discounted = discountedPurchases(DAILY, customer, { steps: 12, stepLength: 30, discount: 0.01 })!;
    const longer = discountedPurchases(DAILY, customer, { steps: 24, stepLength: 30, discount: 0.01 })!;
    expect(discounted).toBeLessThan(plain);
    expect(discounted).toBeGreaterThan(plain / 1.01 ** 12);
    expect(longer).toBeGreaterThan(discounted);
  });

  it("is null, not a number, when a month's series cannot converge", () => {
    const h = { steps: 2, stepLength: 1e6, discount: 0.01 };
    expect(customerValue({ r: 0.2, alpha: 1e-9, a: 0.5, b: 0.5 }, { x: 0, tx: 0, T: 0 }, 10, h)).toBeNull();
  });
});

const describeCdnow = hasCdnow ? describe : describe.skip;

describeCdnow("CDNOW in weeks (a month is 30/7 weeks), against scipy's value per customer", () => {
  const customers = hasCdnow ? cdnowSpend() : [];
  const want = reference.cdnow;
  const h = { steps: 12, stepLength: 30 / 7, discount: 0.01 };

  it("equals scipy per customer at scipy's parameters, within 1e-9", () => {
    const bg = want.bgnbd.params;
    let worst = 0;
    (want.customers as [string, number, number][]).forEach(([id, spend, value], i) => {
      const c = customers[i];
      expect(c.id).toBe(id);
      const got = customerValue(bg, { x: c.x, tx: c.recency, T: c.T }, spend, h)!;
      worst = Math.max(worst, relative(got, value));
    });
    expect(worst).toBeLessThan(1e-9);
  });

  it('equals scipy per customer with both models fitted here, within 1e-4', () => {
    const bg = fitBgnbd(groupTriples(customers.map((c) => ({ x: c.x, tx: c.recency, T: c.T }))));
    const gg = fitGammaGamma(customers.filter((c) => c.x > 0).map((c) => ({ x: c.x, m: c.zbar })));
    let worst = 0;
    (want.customers as [string, number, number][]).forEach(([, , value], i) => {
      const c = customers[i];
      const spend = expectedSpend(gg.params, c.x, c.zbar);
      const got = customerValue(bg.params, { x: c.x, tx: c.recency, T: c.T }, spend, h)!;
      worst = Math.max(worst, relative(got, value));
    });
    expect(worst).toBeLessThan(1e-4);
  });
});
