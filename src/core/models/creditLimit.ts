/**
 * A suggested credit limit per type: none for D, about their usual credit purchase for C, the
 * owner's setting for A and B; and a warning when the open debt is above it.
 */
import type { CustomerType } from './customerType';
import { rupiah } from '../report/format';
import { median } from '../measure/measures';
import type { Settings } from '../settings';

export interface CreditLimit {
  limit: number;
  reason: string;
  /** Open debt above the limit. */
  over: boolean;
}

export function creditLimitOf(
  type: CustomerType,
  creditAmounts: readonly number[],
  outstanding: number,
  s: Settings,
): CreditLimit {
  let limit: number;
  let reason: string;
  if (type === 'D') {
    limit = 0;
    reason = 'tipe D: jangan beri hutang baru';
  } else if (type === 'C') {
    limit = Math.round(median(creditAmounts));
    reason = `tipe C: sekitar hutang biasanya (median ${creditAmounts.length} kali)`;
  } else {
    limit = type === 'A' ? s.batasKreditA : s.batasKreditB;
    reason = `tipe ${type}: batas dari pengaturan batasKredit${type}`;
  }
  const over = outstanding > limit + 0.005;
  return {
    limit,
    over,
    reason: over
      ? `${reason}; PERINGATAN: sisa hutang ${rupiah(outstanding)} melebihi batas ${rupiah(limit)}`
      : reason,
  };
}
