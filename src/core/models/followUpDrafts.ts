/**
 * The one entry a customer or prospect gets on the follow-up list (DOMAIN 8), if any: the first
 * kind that applies, its texts formatted only when the entry is listed.
 */
import { civilFromDay, type Day } from '../read/dates';
import { ageBucket, AGE_BUCKETS, type AgeBucket } from '../measure/debts';
import type { OpenDebt } from '../measure/measures';
import type { CustomerResult, Prospect } from '../analysis';
import { dateText, dayMonthText, rupiah } from '../report/format';
import { formatsOf } from '../i18n/formats';
import type { MessageKey, Settings } from '../settings';
import { words } from '../read/text';
import { msg } from '../i18n';
import {
  ONCE_A_MONTH_DAYS,
  THANK_YOU_OPEN_DAYS,
  type ContactLog,
  type FollowUp,
  type FollowUpKind,
} from './followUpEntry';

/**
 * Fills {nama}, {jumlah}, {hari}, {tanggal} and {toko}; unknown placeholders stay visible. A part in
 * square brackets with a placeholder inside is kept only when its placeholders all have a value.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  const optional = template.replace(/\[([^[\]]*)\]/g, (whole, inner: string) => {
    const keys = [...inner.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    if (keys.length === 0) return whole;
    return keys.every((k) => (values[k] ?? '') !== '') ? inner : '';
  });
  return optional.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

const BUCKET_RANK: Record<AgeBucket, number> = Object.fromEntries(
  AGE_BUCKETS.map((b, i) => [b, i]),
) as Record<AgeBucket, number>;

/** Words in the Komplain cell that say the complaint was answered. */
const ANSWERED_WORDS = new Set([
  'selesai',
  'beres',
  'dijawab',
  'terjawab',
  'dibalas',
  'ditangani',
  'diselesaikan',
]);

export function complaintAnswered(text: string): boolean {
  return words(text).some((w) => ANSWERED_WORDS.has(w));
}

export interface Context {
  s: Settings;
  ref: Day;
  refMonth: number;
  contacts: ContactLog;
  /** Nilai Pelanggan by customer key; null without the models. */
  valueOf: (key: string) => number | null;
}

/** The texts of an entry, formatted only for the entries listed (a few dozen of many thousands). */
export interface Texts {
  why: string;
  message: string;
}

export interface Draft extends Omit<
  FollowUp,
  'link' | 'key' | 'name' | 'type' | 'phone' | 'why' | 'message'
> {
  texts: () => Texts;
}

/**
 * The message is for the customer, in the templates' Indonesian: its amounts and dates are written
 * their way whatever language the owner reads ("Rp 81,000" reads as eighty-one rupiah to them).
 */
const toCustomer = formatsOf('id');

function message(s: Settings, key: MessageKey, values: Record<string, string>): string {
  return fillTemplate(s.pesan[key], { toko: s.namaToko, ...values });
}

function daysSinceContact(key: string, ctx: Context): number | null {
  // Most runs have no contact log at all: no lookup per customer.
  const record = ctx.contacts.size === 0 ? undefined : ctx.contacts.get(key);
  return record ? ctx.ref - record.day : null;
}

/** Contacted within `jedaHubungiHari` days (a debt that moved to a later bucket is the exception). */
function restingAfterContact(key: string, ctx: Context, debtBucket: AgeBucket | null): boolean {
  const record = ctx.contacts.size === 0 ? undefined : ctx.contacts.get(key);
  if (!record || ctx.ref - record.day >= ctx.s.jedaHubungiHari) return false;
  const recorded = record.bucket;
  const moved =
    debtBucket !== null && recorded !== undefined && BUCKET_RANK[debtBucket] > BUCKET_RANK[recorded];
  return !moved;
}

function contactedThisMonth(key: string, ctx: Context): boolean {
  const since = daysSinceContact(key, ctx);
  return since !== null && since < ONCE_A_MONTH_DAYS;
}

/** The one entry for a customer: the first kind that applies, D's debt before anything. */
export function customerDraft(c: CustomerResult, ctx: Context): Draft | null {
  const debt = debtDraft(c, ctx);
  if (restingAfterContact(c.measures.key, ctx, debt?.bucket ?? null)) return null;
  if (debt) return debt;
  // A D customer is never told to buy again, rewarded or up-sold: only the debt is followed up.
  if (c.type === 'D') return null;
  const monthly = contactedThisMonth(c.measures.key, ctx);
  return (
    complaintDraft(c, ctx) ??
    thankYouDraft(c, ctx) ??
    repurchaseDraft(c, ctx) ??
    (monthly ? null : (winBackDraft(c, ctx) ?? rewardDraft(c, ctx))) ??
    birthdayDraft(c.profile?.birthday ?? null, c.measures.name, ctx)
  );
}

export function prospectDraft(p: Prospect, ctx: Context): Draft | null {
  if (restingAfterContact(p.profile.key, ctx, null)) return null;
  return birthdayDraft(p.profile.birthday, p.name, ctx);
}

function debtDraft(c: CustomerResult, ctx: Context): Draft | null {
  // The overdue debts in one pass, no list made: the first most overdue one, the sum owed and
  // the weight (largest amount × days late first), added in the debts' order.
  let worst: OpenDebt | null = null;
  let owed = 0;
  let weight = 0;
  for (const d of c.measures.openDebts) {
    if (d.daysOverdue <= 0) continue;
    if (worst === null || d.daysOverdue > worst.daysOverdue) worst = d;
    owed += d.outstanding;
    weight += d.outstanding * d.daysOverdue;
  }
  if (worst === null) return null;
  const bucket = ageBucket(worst.daysOverdue);
  const worstDebt: OpenDebt = worst;
  return {
    kind: 'hutang',
    amount: owed,
    date: worst.due,
    bucket,
    priority: -weight,
    texts: () => ({
      why: msg().followUp.debt(rupiah(owed), worstDebt.daysOverdue),
      message: message(ctx.s, `hutang_${bucket}`, {
        nama: c.measures.name,
        jumlah: toCustomer.money(owed),
        hari: String(worstDebt.daysOverdue),
        tanggal: toCustomer.date(worstDebt.due),
      }),
    }),
  };
}

function plain(kind: FollowUpKind, texts: () => Texts, fields: Partial<Draft> = {}): Draft {
  return { kind, texts, amount: null, date: null, bucket: null, priority: 0, ...fields };
}

function complaintDraft(c: CustomerResult, ctx: Context): Draft | null {
  const text = c.profile?.complaint ?? '';
  if (!c.facts.complaint || complaintAnswered(text)) return null;
  return plain('komplain', () => ({
    why: msg().followUp.complaint(text),
    message: message(ctx.s, 'komplain', { nama: c.measures.name }),
  }));
}

function thankYouDraft(c: CustomerResult, ctx: Context): Draft | null {
  const m = c.measures;
  const due = ctx.s.hariTerimaKasih;
  if (m.firstDay === null || c.facts.boughtBeforeWindow) return null;
  if (m.ageDays < due || m.ageDays >= due + THANK_YOU_OPEN_DAYS) return null;
  const firstDay = m.firstDay;
  const texts = (): Texts => {
    return {
      why: msg().followUp.thanks(dateText(firstDay)),
      message: message(ctx.s, 'terimaKasih', { nama: m.name, tanggal: toCustomer.date(firstDay) }),
    };
  };
  return plain('terimaKasih', texts, { date: firstDay, priority: m.ageDays });
}

/** Regulars (a cycle of their own) whose expected purchase has just passed: still Aktif. */
function repurchaseDraft(c: CustomerResult, ctx: Context): Draft | null {
  const m = c.measures;
  if (!m.cycleFromData || m.nextPurchaseDay === null || m.lastDay === null) return null;
  if (m.nextPurchaseDay >= ctx.ref || c.status.status !== 'Aktif') return null;
  const lastDay = m.lastDay;
  const texts = (): Texts => {
    return {
      why: msg().followUp.repurchase(Math.round(m.cycleDays), dateText(lastDay)),
      message: message(ctx.s, 'beliLagi', { nama: m.name, tanggal: toCustomer.date(lastDay) }),
    };
  };
  return plain('beliLagi', texts, { date: m.nextPurchaseDay, priority: m.nextPurchaseDay });
}

function winBackDraft(c: CustomerResult, ctx: Context): Draft | null {
  const m = c.measures;
  if (c.status.status === 'Aktif' || m.lastDay === null) return null;
  const [lastDay, status] = [m.lastDay, c.status.status];
  const texts = (): Texts => {
    return {
      why: msg().followUp.winBack(status, dateText(lastDay)),
      message: message(ctx.s, 'ajakKembali', { nama: m.name, tanggal: toCustomer.date(lastDay) }),
    };
  };
  // The more valuable first (DOMAIN 9b); by what they spent when there is no value.
  const value = ctx.valueOf(m.key);
  return plain('ajakKembali', texts, {
    amount: m.totalSpend,
    date: lastDay,
    priority: -(value ?? m.totalSpend),
  });
}

function rewardDraft(c: CustomerResult, ctx: Context): Draft | null {
  const m = c.measures;
  if (c.type !== 'A') return null;
  const texts = (): Texts => ({
    why: msg().followUp.reward(m.occasions, rupiah(m.totalSpend)),
    message: message(ctx.s, 'hadiah', { nama: m.name, jumlah: toCustomer.money(m.totalSpend) }),
  });
  return plain('hadiah', texts, { amount: m.totalSpend, priority: -m.totalSpend });
}

function birthdayDraft(birthday: Day | null, nama: string, ctx: Context): Draft | null {
  if (birthday === null) return null;
  const { day, month } = civilFromDay(birthday);
  if (month !== ctx.refMonth) return null;
  const texts = (): Texts => ({
    why: msg().followUp.birthday(dayMonthText(birthday)),
    message: message(ctx.s, 'ulangTahun', { nama }),
  });
  return plain('ulangTahun', texts, { date: birthday, priority: day });
}
