/**
 * DOMAIN 3 at its boundaries, on the classifier itself: thresholds are inclusive where the rule
 * says "at least" and strict where it says "more than", and every reason names the facts it rests on.
 */
import { classify, isLoyal, type CustomerFacts } from '../../../src/core/models/customerType';
import type { CustomerMeasures, OpenDebt } from '../../../src/core/measure/measures';
import { rupiah } from '../../../src/core/report/format';
import { DEFAULT_SETTINGS as S } from '../../../src/core/settings';

function measures(patch: Partial<CustomerMeasures>): CustomerMeasures {
  return {
    occasions: 6,
    activeMonths: 6,
    observedMonths: 6,
    activeRatio: 1,
    creditPurchases: 0,
    outstanding: 0,
    openDebts: [],
    avgDaysLate: null,
    ...patch,
  } as CustomerMeasures;
}

const referred: CustomerFacts = { referrals: 1, complaint: false, hasReferralColumn: true };
const noReferralColumn: CustomerFacts = { referrals: 0, complaint: false, hasReferralColumn: false };
const open = (daysOverdue: number, outstanding: number) => ({ daysOverdue, outstanding }) as OpenDebt;

describe('loyalty thresholds', () => {
  it('is loyal at exactly rasioLoyal (50 %) of observed months with enough occasions, not below', () => {
    expect(isLoyal(measures({ occasions: 3, activeMonths: 2, observedMonths: 4, activeRatio: 0.5 }), S)).toBe(
      true,
    );
    expect(
      isLoyal(measures({ occasions: 3, activeMonths: 1, observedMonths: 3, activeRatio: 1 / 3 }), S),
    ).toBe(false);
    expect(isLoyal(measures({ occasions: 2, activeRatio: 1 }), S)).toBe(false);
    expect(classify(measures({ occasions: 3, activeRatio: 0.5 }), referred, S).type).toBe('A');
    expect(classify(measures({ occasions: 3, activeRatio: 0.4 }), referred, S).type).toBe('B');
  });

  it('without a referral column, A needs at least 80 % of observed months: exactly 80 % is A', () => {
    expect(classify(measures({ activeRatio: 0.8 }), noReferralColumn, S).type).toBe('A');
    expect(classify(measures({ activeRatio: 0.79 }), noReferralColumn, S).type).toBe('B');
  });
});

describe('debt thresholds', () => {
  it('is D for repaid debts more than 60 days late on average, C at exactly 60', () => {
    const credit = { creditPurchases: 2 };
    expect(classify(measures({ ...credit, avgDaysLate: 60 }), referred, S).type).toBe('C');
    expect(classify(measures({ ...credit, avgDaysLate: 60.5 }), referred, S).type).toBe('D');
  });

  it('is D for an open debt more than 60 days past due, C at exactly 60', () => {
    expect(
      classify(measures({ creditPurchases: 1, outstanding: 1000, openDebts: [open(60, 1000)] }), referred, S)
        .type,
    ).toBe('C');
    expect(
      classify(measures({ creditPurchases: 1, outstanding: 1000, openDebts: [open(61, 1000)] }), referred, S)
        .type,
    ).toBe('D');
  });
});

describe('reasons name their facts', () => {
  it('D: the amount of the late debts together and the worst lateness', () => {
    const m = measures({
      creditPurchases: 3,
      outstanding: 65000,
      openDebts: [open(70, 30000), open(100, 20000), open(10, 15000)],
    });
    const r = classify(m, referred, S);
    expect(r.type).toBe('D');
    expect(r.reason).toContain(rupiah(50000));
    expect(r.reason).toContain('100');
    expect(r.reason).not.toContain(rupiah(65000));
  });

  it('D by average lateness: the average', () => {
    expect(classify(measures({ creditPurchases: 1, avgDaysLate: 95 }), referred, S).reason).toContain('95');
  });

  it('C: credit purchases, average lateness when known, what is still owed or that all is paid', () => {
    const owing = classify(
      measures({ creditPurchases: 4, outstanding: 125000, avgDaysLate: 12 }),
      referred,
      S,
    );
    expect(owing.type).toBe('C');
    expect(owing.reason).toMatch(/\b4\b/);
    expect(owing.reason).toContain('12');
    expect(owing.reason).toContain(rupiah(125000));
    const paid = classify(measures({ creditPurchases: 2, outstanding: 0, avgDaysLate: null }), referred, S);
    expect(paid.type).toBe('C');
    expect(paid.reason).not.toContain('Rp');
    expect(paid.reason).toMatch(/dibayar|lunas/);
    expect(paid.reason).not.toMatch(/telat/);
  });

  it('B: a complaint recorded, or what is missing for A', () => {
    const complained = classify(measures({}), { ...referred, complaint: true }, S);
    expect(complained.type).toBe('B');
    expect(complained.reason).toMatch(/komplain/i);
    expect(classify(measures({ occasions: 1, activeRatio: 1 }), referred, S).reason).toMatch(/3/);
  });

  it('A: the referrals, or the months active without a referral column', () => {
    expect(classify(measures({}), { ...referred, referrals: 2 }, S).reason).toMatch(/\b2\b/);
    expect(classify(measures({}), noReferralColumn, S).reason).toMatch(/80/);
  });

  it('says when there is no purchase in the window', () => {
    const r = classify(
      measures({
        occasions: 0,
        activeMonths: 0,
        activeRatio: 0,
        creditPurchases: 1,
        outstanding: 5000,
        openDebts: [open(5, 5000)],
      }),
      referred,
      S,
    );
    expect(r.type).toBe('C');
    expect(r.reason).toMatch(/belum ada pembelian|tidak ada pembelian|tanpa pembelian/);
  });
});
