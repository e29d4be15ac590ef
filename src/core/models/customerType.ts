/** Customer type A / B / C / D (DOMAIN 3, article 000): debt behaviour first, loyalty second. */
import { percent, rupiah } from '../report/format';
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

/** The customer's visits in words: made only where a reason text is made. */
function visitsOrNone(m: CustomerMeasures): string {
  return m.occasions === 0 ? msg().typeWhy.noPurchase : visitsText(m);
}

/** Classifies one customer; every customer with data gets exactly one type with its reason. */
export function classify(m: CustomerMeasures, facts: CustomerFacts, s: Settings): TypeResult {
  const result = typeOf(m, facts, s);
  result.reason = flatText(result.reason);
  return result;
}

function typeOf(m: CustomerMeasures, facts: CustomerFacts, s: Settings): TypeResult {
  const why = msg().typeWhy;
  const late = lateOpenDebts(m, s.batasMacetHari);
  if (late !== null) {
    const { owed, worst } = late;
    return {
      type: 'D',
      reason: sharedText(['lateOpen', owed, worst, s.batasMacetHari], () =>
        why.lateOpen(rupiah(owed), worst, s.batasMacetHari),
      ),
      action: typeAction('D'),
    };
  }
  if (m.avgDaysLate !== null && m.avgDaysLate > s.batasMacetHari) {
    return {
      type: 'D',
      reason: why.latePaid(m.avgDaysLate, s.batasMacetHari),
      action: typeAction('D'),
    };
  }
  const loyal = isLoyal(m, s);
  if (m.creditPurchases > 0 || m.outstanding > 0) {
    const parts = [why.creditPurchases(m.creditPurchases)];
    if (m.avgDaysLate !== null) parts.push(why.paidLate(m.avgDaysLate));
    parts.push(m.outstanding > 0 ? why.owed(rupiah(m.outstanding)) : why.allPaid);
    return { type: 'C', reason: `${visitsOrNone(m)}; ${parts.join(', ')}`, action: typeAction('C') };
  }
  // A cash customer's reason depends on their visits (the text) and the settings named: one text
  // per such case, shared by every customer in it.
  const cash = (name: string, settings: number[], more: (cash: string) => string) =>
    sharedText([name, m.occasions, m.activeMonths, m.observedMonths, ...settings], () =>
      more(`${visitsOrNone(m)}, ${why.neverCredit}`),
    );
  if (!loyal) {
    const need = () => why.notLoyal(s.minKunjunganLoyal, percent(s.rasioLoyal));
    return {
      type: 'B',
      reason: cash('notLoyal', [s.minKunjunganLoyal, s.rasioLoyal], (c) => `${c}; ${need()}`),
      action: typeAction('B'),
    };
  }
  if (facts.complaint)
    return {
      type: 'B',
      reason: cash('complaint', [], (c) => `${c}; ${why.complaint}`),
      action: typeAction('B'),
    };
  if (facts.hasReferralColumn) {
    if (facts.referrals > 0) {
      return {
        type: 'A',
        reason: cash('referred', [facts.referrals], (c) => `${c}, ${why.referred(facts.referrals)}`),
        action: typeAction('A'),
      };
    }
    return {
      type: 'B',
      reason: cash('noReferral', [], (c) => `${c}; ${why.loyalNoReferral}`),
      action: typeAction('B'),
    };
  }
  const ratio = s.rasioLoyalTanpaReferensi;
  if (m.activeRatio >= ratio) {
    return {
      type: 'A',
      reason: cash('activeNoColumn', [ratio], (c) => `${c}, ${why.activeNoReferralColumn(percent(ratio))}`),
      action: typeAction('A'),
    };
  }
  return {
    type: 'B',
    reason: cash('needsMore', [ratio], (c) => `${c}; ${why.loyalNeedsMore(percent(ratio))}`),
    action: typeAction('B'),
  };
}

/**
 * The open debts more than `days` overdue, in one pass (most customers owe nothing): the sum owed,
 * added in the debts' order, and the most days overdue; null when there is none.
 */
function lateOpenDebts(m: CustomerMeasures, days: number): { owed: number; worst: number } | null {
  let owed = 0;
  let worst = -Infinity;
  let any = false;
  for (const d of m.openDebts) {
    if (!(d.daysOverdue > days)) continue;
    owed += d.outstanding;
    worst = Math.max(worst, d.daysOverdue);
    any = true;
  }
  return any ? { owed, worst } : null;
}
