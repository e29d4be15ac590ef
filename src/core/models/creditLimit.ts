/**
 * A suggested credit limit per type (DOMAIN 8): none for D, about their usual credit purchase for
 * C; A and B never bought on credit, so they get no amount ("belum pernah kredit") unless the owner
 * sets one (batasKreditA, batasKreditB); and a warning when the open debt is above the limit.
 */
import type { CustomerType } from './customerType';
import { rupiah } from '../report/format';
import { median } from '../measure/measures';
import type { Settings } from '../settings';
import { msg } from '../i18n';

export interface CreditLimit {
  /** Rupiah; null when there is no amount to suggest (A or B without the owner's setting). */
  limit: number | null;
  reason: string;
  /** Open debt above the limit. */
  over: boolean;
}

function baseLimit(
  type: CustomerType,
  creditAmounts: readonly number[],
  s: Settings,
): { limit: number | null; reason: string } {
  const t = msg().credit;
  if (type === 'D') return { limit: 0, reason: t.typeD };
  if (type === 'C')
    return { limit: Math.round(median(creditAmounts)), reason: t.typeC(creditAmounts.length) };
  const set = type === 'A' ? s.batasKreditA : s.batasKreditB;
  return set === undefined
    ? { limit: null, reason: t.neverOnCredit }
    : { limit: set, reason: t.ownerSet(type) };
}

export function creditLimitOf(
  type: CustomerType,
  creditAmounts: readonly number[],
  outstanding: number,
  s: Settings,
): CreditLimit {
  const { limit, reason } = baseLimit(type, creditAmounts, s);
  const over = limit !== null && outstanding > limit + 0.005;
  return {
    limit,
    over,
    reason: over && limit !== null ? msg().credit.over(reason, rupiah(outstanding), rupiah(limit)) : reason,
  };
}

/**
 * C's limit never above what they are expected to spend over the credit term (DOMAIN 9b): `cap`
 * is their expected purchases in tempoHari days times their expected spend per occasion; null
 * (no model) leaves the limit as it is, and so does any type but C.
 */
export function capCredit(
  type: CustomerType,
  credit: CreditLimit,
  cap: number | null,
  outstanding: number,
  tempoHari: number,
): CreditLimit {
  if (type !== 'C' || cap === null || credit.limit === null || Math.round(cap) >= credit.limit) return credit;
  const limit = Math.round(cap);
  const reason = msg().value.creditCapped(tempoHari, rupiah(limit));
  const over = outstanding > limit + 0.005;
  return {
    limit,
    over,
    reason: over ? msg().credit.over(reason, rupiah(outstanding), rupiah(limit)) : reason,
  };
}
