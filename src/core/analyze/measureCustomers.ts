/**
 * Every customer who matters measured (DOMAIN 2), with what the customer sheet and the debt book
 * say of them: everyone with a purchase in the window, and those known by a debt that matters.
 */
import type { Debt } from '../measure/debts';
import type { SalesGroups } from '../measure/grouping';
import {
  computeMeasures,
  shopCycleDays,
  useShopCycle,
  type CustomerMeasures,
  type MeasureContext,
  type SalesSummary,
} from '../measure/measures';
import type { CustomerFacts } from '../models/customerType';
import type { CustomerRecord } from '../read/customerRows';
import type { Day } from '../read/dates';
import type { DebtRecord } from '../read/debtRows';
import type { ReadResult } from '../read/sheet';
import { isBlank, nameKey as nameKeyOf, words } from '../read/text';
import type { Book } from './book';
import { CHECK_EVERY, checkDeadline } from '../deadline';

/** A customer measured, with the facts from the customer sheet, before classification. */
export interface MeasuredCustomer {
  measures: CustomerMeasures;
  facts: CustomerFacts;
  profile: CustomerRecord | null;
}

/** The window and the shop's cycle the measures use. */
export interface MeasureWindow {
  referenceDay: Day;
  windowStart: Day;
  siklusHari: number;
  stripHonorifics: boolean;
}

export interface ProfileFacts {
  byKey: Map<string, CustomerRecord>;
  /** How many customers name this key in "Direferensikan Oleh". */
  referrals: Map<string, number>;
  hasReferralColumn: boolean;
}

/** Everything known per customer before they are measured. */
interface Population {
  accumulators: SalesGroups['byKey'];
  boughtBeforeWindow: ReadonlySet<string>;
  debtsByKey: Map<string, Debt[]>;
  debtNames: Map<string, string>;
  profiles: ProfileFacts;
  /** Names with two different numbers in the customer sheet: no WhatsApp link for them. */
  twoPhones: ReadonlySet<string>;
}

/**
 * Measures everyone with a purchase in the window or a debt that matters (an open debt counts
 * however old, DOMAIN 3); customers without a habit of their own get the shop's usual cycle.
 * Observed months start at the later of the window start and the first occasion ever.
 */
export function measureCustomers(
  book: Book,
  grouped: SalesGroups,
  debtsByKey: Map<string, Debt[]>,
  twoPhones: ReadonlySet<string>,
  window: MeasureWindow,
): MeasuredCustomer[] {
  const { byKey: accumulators, boughtBeforeWindow } = grouped;
  const pop: Population = {
    accumulators,
    boughtBeforeWindow,
    debtsByKey,
    debtNames: firstNames(book.debtRecords),
    profiles: profileFacts(book.profiles, window.stripHonorifics, book.sheets.customers),
    twoPhones,
  };
  const ctx: MeasureContext = {
    referenceDay: window.referenceDay,
    windowStart: window.windowStart,
    siklusHari: window.siklusHari,
    boughtBeforeWindow,
  };
  const measured: MeasuredCustomer[] = [];
  // A return is no purchase occasion: someone with only returns starts nothing (DOMAIN 1). Buyers
  // first, then those known by their debts alone.
  let seen = 0;
  for (const [key, sales] of pop.accumulators) {
    if (seen++ % CHECK_EVERY === 0) checkDeadline();
    if (sales.occasions > 0) measured.push(measureOne(pop, key, sales, pop.debtsByKey.get(key) ?? [], ctx));
  }
  for (const [key, debts] of pop.debtsByKey) {
    const sales = pop.accumulators.get(key);
    if (sales !== undefined && sales.occasions > 0) continue;
    if (debts.some((d) => isRelevantDebt(d, ctx.windowStart)))
      measured.push(measureOne(pop, key, sales, debts, ctx));
  }
  const all = measured.map((c) => c.measures);
  const shopCycle = shopCycleDays(all, ctx.siklusHari);
  for (const m of all) useShopCycle(m, shopCycle);
  return measured;
}

/** One customer measured, with what the customer sheet and the debt book say of them. */
function measureOne(
  pop: Population,
  key: string,
  sales: SalesSummary | undefined,
  debts: readonly Debt[],
  ctx: MeasureContext,
): MeasuredCustomer {
  const measures = computeMeasures(key, sales, debts, ctx);
  const profile = pop.profiles.byKey.get(key) ?? null;
  if (!measures.name) measures.name = profile?.name ?? pop.debtNames.get(key) ?? key.replace(/^tel:/, '+');
  if (!measures.phone && profile?.phone) measures.phone = profile.phone;
  // Two people under one name: we cannot know whose number is right, so no link is made.
  if (pop.twoPhones.has(key)) measures.phone = '';
  const facts: CustomerFacts = {
    referrals: pop.profiles.referrals.get(key) ?? 0,
    complaint: profile ? hasComplaint(profile.complaint) : false,
    hasReferralColumn: pop.profiles.hasReferralColumn,
    boughtBeforeWindow: pop.boughtBeforeWindow.has(key),
  };
  return { measures, facts, profile };
}

/** A debt matters if it was made in the window or is still open, however old. */
function isRelevantDebt(d: Debt, windowStart: Day): boolean {
  return d.day >= windowStart || d.amount - d.paid > 0.005;
}

/** The first name each key has in the debt book, for customers known only from it. */
function firstNames(records: readonly DebtRecord[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of records) if (r.name && !names.has(r.key)) names.set(r.key, r.name);
  return names;
}

export function profileFacts(
  profiles: readonly CustomerRecord[],
  stripHonorifics: boolean,
  sheet: ReadResult<CustomerRecord> | null,
): ProfileFacts {
  const byKey = new Map<string, CustomerRecord>();
  const referrals = new Map<string, number>();
  for (const p of profiles) {
    if (!byKey.has(p.key)) byKey.set(p.key, p);
    if (p.referredBy) {
      const k = nameKeyOf(p.referredBy, stripHonorifics);
      referrals.set(k, (referrals.get(k) ?? 0) + 1);
    }
  }
  return { byKey, referrals, hasReferralColumn: sheet?.header.columns.referensi !== undefined };
}

export function hasComplaint(value: string): boolean {
  if (isBlank(value)) return false;
  const w = words(value);
  return (
    !(
      w.length === 1 && ['0', 'tidak', 'tidakada', 'no', 'none', 'ga', 'gak', 'nggak', 'belum'].includes(w[0])
    ) && !(w[0] === 'tidak' && w[1] === 'ada')
  );
}
