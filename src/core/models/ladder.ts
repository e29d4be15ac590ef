/**
 * The customer ladder (DOMAIN 5, article 003) and the status by recency: where a customer stands,
 * from Suspek to Mitra, and whether they are Aktif, Tidur or Hilang.
 */
import { isLoyal, isNewCustomer, visitsText } from './customerType';
import { sharedText } from '../report/sharedText';
import type { CustomerMeasures } from '../measure/measures';
import type { Settings } from '../settings';
import { words } from '../read/text';
import { msg } from '../i18n';

/** Rung and status names are product vocabulary (see matrix.ts), the same in every locale. */
export type Rung = 'Suspek' | 'Prospek' | 'Inisial' | 'Repeater' | 'Loyal' | 'Advokat' | 'Mitra';
export type Status = 'Aktif' | 'Tidur' | 'Hilang';

export const RUNGS: readonly Rung[] = [
  'Suspek',
  'Prospek',
  'Inisial',
  'Repeater',
  'Loyal',
  'Advokat',
  'Mitra',
];

/** Jenis words of a trade partner (Mitra on the ladder; also Antara among the kinds). */
export const PARTNER_WORDS: ReadonlySet<string> = new Set([
  'reseller',
  'agen',
  'distributor',
  'mitra',
  'antara',
  'dropshipper',
  'grosir',
]);

/** The Jenis column names a trade partner (reseller, agen, distributor, mitra, antara). */
export function isPartner(kind: string): boolean {
  return kind !== '' && words(kind).some((w) => PARTNER_WORDS.has(w));
}

export interface RungResult {
  rung: Rung;
  reason: string;
}

/** The rung of a customer with data (sales or debts). */
export function rungOf(m: CustomerMeasures, kind: string, referrals: number, s: Settings): RungResult {
  const why = msg().ladderWhy;
  if (isPartner(kind)) return { rung: 'Mitra', reason: why.partner(kind) };
  const loyal = isLoyal(m, s);
  if (loyal && referrals > 0) return { rung: 'Advokat', reason: why.advocate(referrals) };
  if (loyal) return { rung: 'Loyal', reason: visitsText(m) };
  if (m.occasions >= 2)
    return {
      rung: 'Repeater',
      reason: sharedText(['repeater', m.occasions], () => why.repeater(m.occasions)),
    };
  return { rung: 'Inisial', reason: m.occasions === 1 ? why.once : why.debtOnly };
}

/** Someone in the customer sheet without any purchase: a prospect with a contact, else a suspect. */
export function rungWithoutPurchase(phone: string): RungResult {
  return phone
    ? { rung: 'Prospek', reason: msg().ladderWhy.prospect }
    : { rung: 'Suspek', reason: msg().ladderWhy.suspect };
}

export interface StatusResult {
  status: Status;
  /** Days since the last occasion / the customer's cycle; null without a purchase. */
  overdueRatio: number | null;
  reason: string;
}

/** The customer's cycle in words: their own habit, or the shop's usual one. */
export function cycleText(m: CustomerMeasures): string {
  const days = Math.round(m.cycleDays);
  const own = m.cycleFromData;
  return sharedText(['cycle', own ? 1 : 0, days], () =>
    own ? msg().cycle.own(days) : msg().cycle.shop(days),
  );
}

/**
 * Aktif, Tidur (more than two cycles without a purchase) or Hilang (past `hariHilang`); a new
 * customer (first occasion within `hariBaru` days) is Aktif: one visit says nothing yet.
 */
export function statusOf(m: CustomerMeasures, s: Settings, boughtBeforeWindow = false): StatusResult {
  const why = msg().ladderWhy;
  if (m.daysSinceLast === null)
    return { status: 'Hilang', overdueRatio: null, reason: why.noPurchaseInWindow };
  const overdueRatio = m.daysSinceLast / m.cycleDays;
  if (isNewCustomer(m, boughtBeforeWindow, s))
    return { status: 'Aktif', overdueRatio, reason: msg().status.newCustomer(m.ageDays) };
  const days = m.daysSinceLast;
  // One text per days (and cycle), shared by every customer who has them; its parts are only
  // looked up when the text is first made.
  const since = () => sharedText(['since', days], () => why.daysSince(days));
  if (days > s.hariHilang)
    return {
      status: 'Hilang',
      overdueRatio,
      reason: sharedText(['lost', days, s.hariHilang], () => why.lost(since(), s.hariHilang)),
    };
  const own = m.cycleFromData ? 1 : 0;
  const cycleDays = Math.round(m.cycleDays);
  if (days > 2 * m.cycleDays)
    return {
      status: 'Tidur',
      overdueRatio,
      reason: sharedText(['asleep', days, own, cycleDays], () => why.asleep(since(), cycleText(m))),
    };
  return {
    status: 'Aktif',
    overdueRatio,
    reason: sharedText(['active', days, own, cycleDays], () => `${since()}; ${cycleText(m)}`),
  };
}
