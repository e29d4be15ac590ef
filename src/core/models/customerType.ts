/** Customer type A / B / C / D (DOMAIN 3, article 000): debt behaviour first, loyalty second. */
import { number, percent, rupiah } from '../report/format';
import type { CustomerMeasures } from '../measure/measures';
import type { Settings } from '../settings';
import { msg } from '../i18n';
import { flatText, sharedText } from '../report/sharedText';

export type CustomerType = 'A' | 'B' | 'C' | 'D';

/** What the customer sheet tells about a customer, where it has the columns. */
export interface CustomerFacts {
  /** Customers who name this one in "Direferensikan Oleh". */
  referrals: number;
  complaint: boolean;
  /** The data has a referral column at all (else loyalty stands in for advocacy). */
  hasReferralColumn: boolean;
  /** Bought before the analysis window: not a new customer. */
  boughtBeforeWindow?: boolean;
}

export interface TypeResult {
  type: CustomerType;
  reason: string;
  action: string;
}

/** What the owner does next with a customer of this type, in the user's language. */
export function typeAction(type: CustomerType): string {
  return msg().types.actions[type];
}

/** The type in a few words, in the user's language. */
export function typeLabel(type: CustomerType): string {
  return msg().types.labels[type];
}

/** Loyal (DOMAIN 3): at least `minKunjunganLoyal` occasions, active in `rasioLoyal` of observed months. */
export function isLoyal(m: CustomerMeasures, s: Settings): boolean {
  return m.occasions >= s.minKunjunganLoyal && m.activeRatio >= s.rasioLoyal;
}

/** New (DOMAIN 4, 6): the first occasion ever is within the last `hariBaru` days. */
export function isNewCustomer(m: CustomerMeasures, boughtBeforeWindow: boolean, s: Settings): boolean {
  return m.firstDay !== null && !boughtBeforeWindow && m.ageDays < s.hariBaru;
}

/** "12 kali belanja, aktif 5 dari 12 bulan", one text shared by every customer with these counts. */
export function visitsText(m: CustomerMeasures): string {
  const { occasions, activeMonths, observedMonths } = m;
  return sharedText(['visits', occasions, activeMonths, observedMonths], () =>
    msg().typeWhy.visits(occasions, activeMonths, observedMonths),
  );
}

function loyalty(m: CustomerMeasures, s: Settings): { loyal: boolean; text: string } {
  const loyal = isLoyal(m, s);
  const text = m.occasions === 0 ? msg().typeWhy.noPurchase : visitsText(m);
  return { loyal, text };
}

/** Classifies one customer; every customer with data gets exactly one type with its reason. */
export function classify(m: CustomerMeasures, facts: CustomerFacts, s: Settings): TypeResult {
  const result = typeOf(m, facts, s);
  result.reason = flatText(result.reason);
  return result;
}

function typeOf(m: CustomerMeasures, facts: CustomerFacts, s: Settings): TypeResult {
  const why = msg().typeWhy;
  // Most customers owe nothing: no list is made for them.
  const lateOpen =
    m.openDebts.length === 0 ? m.openDebts : m.openDebts.filter((d) => d.daysOverdue > s.batasMacetHari);
  if (lateOpen.length > 0) {
    const owed = lateOpen.reduce((sum, d) => sum + d.outstanding, 0);
    const worst = Math.max(...lateOpen.map((d) => d.daysOverdue));
    return {
      type: 'D',
      reason: why.lateOpen(rupiah(owed), worst, s.batasMacetHari),
      action: typeAction('D'),
    };
  }
  if (m.avgDaysLate !== null && m.avgDaysLate > s.batasMacetHari) {
    return {
      type: 'D',
      reason: why.latePaid(number(m.avgDaysLate), s.batasMacetHari),
      action: typeAction('D'),
    };
  }
  const { loyal, text } = loyalty(m, s);
  if (m.creditPurchases > 0 || m.outstanding > 0) {
    const parts = [why.creditPurchases(m.creditPurchases)];
    if (m.avgDaysLate !== null) parts.push(why.paidLate(number(m.avgDaysLate)));
    parts.push(m.outstanding > 0 ? why.owed(rupiah(m.outstanding)) : why.allPaid);
    return { type: 'C', reason: `${text}; ${parts.join(', ')}`, action: typeAction('C') };
  }
  const cash = `${text}, ${why.neverCredit}`;
  if (!loyal) {
    const need = why.notLoyal(s.minKunjunganLoyal, percent(s.rasioLoyal));
    return { type: 'B', reason: `${cash}; ${need}`, action: typeAction('B') };
  }
  if (facts.complaint) return { type: 'B', reason: `${cash}; ${why.complaint}`, action: typeAction('B') };
  if (facts.hasReferralColumn) {
    if (facts.referrals > 0) {
      return {
        type: 'A',
        reason: `${cash}, ${why.referred(facts.referrals)}`,
        action: typeAction('A'),
      };
    }
    return {
      type: 'B',
      reason: `${cash}; ${why.loyalNoReferral}`,
      action: typeAction('B'),
    };
  }
  if (m.activeRatio >= s.rasioLoyalTanpaReferensi) {
    return {
      type: 'A',
      reason: `${cash}, ${why.activeNoReferralColumn(percent(s.rasioLoyalTanpaReferensi))}`,
      action: typeAction('A'),
    };
  }
  return {
    type: 'B',
    reason: `${cash}; ${why.loyalNeedsMore(percent(s.rasioLoyalTanpaReferensi))}`,
    action: typeAction('B'),
  };
}
