/**
 * Nilai Pelanggan (DOMAIN 9b): a customer's expected spend over the coming months, month by month,
 * discounted. Each step's expected purchases are the BG/NBD model's cumulative expectation at the
 * step's end less that at its start; times the Gamma-Gamma expected spend per occasion; step k
 * divided by (1 + discount)^k.
 */
import { expectedPurchases, type BgnbdParams, type Triple } from './bgnbd';

export interface ValueHorizon {
  /** How many steps (months). */
  steps: number;
  /** One step in the BG/NBD fit's own time unit (30 for days, 30/7 for weeks). */
  stepLength: number;
  /** Per step: 0.01 is 1 % a month. */
  discount: number;
}

/**
 * The discounted expected purchases over the horizon: the sum over k of
 * (E[X(k s)] - E[X((k-1) s)]) / (1 + discount)^k. Times the expected spend per occasion it is
 * the customer's value. null when a step's series does not converge.
 */
export function discountedPurchases(params: BgnbdParams, customer: Triple, h: ValueHorizon): number | null {
  let total = 0;
  let before = 0;
  for (let k = 1; k <= h.steps; k++) {
    const upTo = expectedPurchases(params, customer, k * h.stepLength);
    if (upTo === null) return null;
    total += (upTo - before) / (1 + h.discount) ** k;
    before = upTo;
  }
  return total;
}

/** Nilai Pelanggan: discounted expected purchases times the expected spend per occasion. */
export function customerValue(
  params: BgnbdParams,
  customer: Triple,
  spendPerOccasion: number,
  h: ValueHorizon,
): number | null {
  const purchases = discountedPurchases(params, customer, h);
  return purchases === null ? null : purchases * spendPerOccasion;
}
