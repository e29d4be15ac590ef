/**
 * Who to contact today (DOMAIN 8): a short list an owner can finish, most important first. One
 * entry per customer, in this order of need: overdue debts, unanswered complaints, a thank-you after
 * a first purchase, repurchase reminders for regulars, "ajak kembali" for customers asleep or lost,
 * rewards for A customers and birthdays this month. A D customer is only asked to pay. Someone
 * contacted recently waits `jedaHubungiHari` days, unless a debt moved to a later ageing bucket.
 */
import { civilFromDay, indonesianDate, type Day } from '../read/dates';
import { ageBucket, AGE_BUCKETS, type AgeBucket } from '../measure/debts';
import type { OpenDebt } from '../measure/measures';
import type { Analysis, CustomerResult, Prospect } from '../engine';
import { rupiah } from '../report/format';
import type { MessageKey, Settings } from '../settings';
import { waLink } from '../report/whatsapp';
import { phoneKey, words } from '../read/text';
import { msg } from '../i18n';
import { worthFor } from './valuePrediction';

export type FollowUpKind =
  'hutang' | 'komplain' | 'terimaKasih' | 'beliLagi' | 'ajakKembali' | 'hadiah' | 'ulangTahun';

/** The order of need (DOMAIN 8): earlier kinds come first on the list. */
export const FOLLOW_UP_KINDS: readonly FollowUpKind[] = [
  'hutang',
  'komplain',
  'terimaKasih',
  'beliLagi',
  'ajakKembali',
  'hadiah',
  'ulangTahun',
];

export function followUpLabel(kind: FollowUpKind): string {
  return msg().followUp.labels[kind];
}

/**
 * When the owner last contacted a customer (the sidebar's "Sudah dihubungi", or a date typed in a
 * "Terakhir Dihubungi" column), keyed by the customer's key (Analysis.nameKey). A debt reminder
 * remembers its ageing bucket, so a debt that moves to a later bucket is listed again.
 */
export interface ContactRecord {
  day: Day;
  bucket?: AgeBucket;
}
export type ContactLog = ReadonlyMap<string, ContactRecord>;

/** Win-back and rewards at most once a month each (DOMAIN 8). */
export const ONCE_A_MONTH_DAYS = 30;
/** Days the thank-you stays on the list after it falls due, before it is too late to send. */
export const THANK_YOU_OPEN_DAYS = 7;

export interface FollowUp {
  kind: FollowUpKind;
  /** The customer's key (Analysis.nameKey), as the ContactLog records it. */
  key: string;
  name: string;
  type: string;
  why: string;
  amount: number | null;
  date: Day | null;
  phone: string;
  link: string;
  message: string;
  /** The ageing bucket of a debt reminder, to record with the contact; null for other kinds. */
  bucket: AgeBucket | null;
  /** Within a kind, lower comes first. */
  priority: number;
}

/** The day's list: at most `maksHubungi` with a number, the rest counted; no number listed apart. */
export interface FollowUpList {
  /** Most important first, without the win-back group. */
  today: FollowUp[];
  /** "Ajak kembali": customers asleep or lost, within the same daily limit. */
  winBack: FollowUp[];
  /** Entries with a number beyond the daily limit. */
  more: number;
  /** Customers without a valid number: reached in person; at most `maksHubungi`. */
  noNumber: FollowUp[];
  moreNoNumber: number;
}

/** How many people the owner contacts today by WhatsApp. */
export function contactsToday(list: FollowUpList): number {
  return list.today.length + list.winBack.length;
}

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

interface Context {
  s: Settings;
  ref: Day;
  refMonth: number;
  contacts: ContactLog;
  /** Nilai Pelanggan by customer key; null without the models (worked out only when first asked). */
  valueOf: (key: string) => number | null;
}

/** The texts of an entry, formatted only for the entries listed (a few dozen of many thousands). */
interface Texts {
  why: string;
  message: string;
}

interface Draft extends Omit<FollowUp, 'link' | 'key' | 'name' | 'type' | 'phone' | 'why' | 'message'> {
  texts: () => Texts;
}

/** A draft with its person, sorted and counted before any text is formatted. */
interface Candidate {
  draft: Draft;
  key: string;
  name: string;
  type: string;
  phone: string;
  /** A valid WhatsApp number: the entry gets a link. */
  reachable: boolean;
  /** The kind's place in FOLLOW_UP_KINDS, looked up once (the sort compares thousands of pairs). */
  rank: number;
}

function candidate(draft: Draft, key: string, name: string, type: string, phone: string): Candidate {
  const rank = FOLLOW_UP_KINDS.indexOf(draft.kind);
  return { draft, key, name, type, phone, reachable: phone !== '' && phoneKey(phone) !== '', rank };
}

export function followUps(analysis: Analysis, contacts: ContactLog = new Map()): FollowUpList {
  const ctx: Context = {
    s: analysis.settings,
    ref: analysis.referenceDay,
    refMonth: civilFromDay(analysis.referenceDay).month,
    contacts: withContactColumn(analysis, contacts),
    valueOf: (key) => worthFor(analysis).byKey.get(key)?.value ?? null,
  };
  const entries: Candidate[] = [];
  for (const c of analysis.customers) {
    const draft = customerDraft(c, ctx);
    if (draft) entries.push(candidate(draft, c.measures.key, c.measures.name, c.type, c.measures.phone));
  }
  for (const p of analysis.prospects) {
    const draft = prospectDraft(p, ctx);
    if (draft) entries.push(candidate(draft, p.profile.key, p.name, p.ladder.rung, p.phone));
  }
  return limitList(entries, ctx.s.maksHubungi);
}

function limitList(entries: readonly Candidate[], max: number): FollowUpList {
  const reachable = entries.filter((f) => f.reachable);
  const unreachable = entries.filter((f) => !f.reachable);
  const chosen = firstInOrder(reachable, max).map(complete);
  return {
    today: chosen.filter((f) => f.kind !== 'ajakKembali'),
    winBack: chosen.filter((f) => f.kind === 'ajakKembali'),
    more: reachable.length - chosen.length,
    noNumber: firstInOrder(unreachable, max).map(complete),
    moreNoNumber: Math.max(0, unreachable.length - max),
  };
}

/** The list's order: by kind, then priority, then name; equal ones keep their order. */
const inListOrder = (a: Candidate, b: Candidate) =>
  a.rank - b.rank || a.draft.priority - b.draft.priority || a.name.localeCompare(b.name);

/**
 * The first `max` entries in list order. Only the entries up to the max-th one's kind and priority
 * can be among them, so only those are compared by name: comparing tens of thousands of names
 * costs far more than the list needs.
 */
function firstInOrder(entries: readonly Candidate[], max: number): Candidate[] {
  if (entries.length <= max || !entries.every((e) => Number.isFinite(e.draft.priority)))
    return [...entries].sort(inListOrder).slice(0, max);
  const last = maxthByKind(entries, max);
  return entries
    .filter((e) => inKindOrder(e, last) <= 0)
    .sort(inListOrder)
    .slice(0, max);
}

/** The max-th entry by kind and priority (max < entries.length): one pass keeping the best max. */
function maxthByKind(entries: readonly Candidate[], max: number): Candidate {
  const best: Candidate[] = [];
  for (const e of entries) {
    if (best.length === max && inKindOrder(e, best[max - 1]) >= 0) continue;
    let k = best.length === max ? max - 1 : best.length;
    for (; k > 0 && inKindOrder(e, best[k - 1]) < 0; k--) best[k] = best[k - 1];
    best[k] = e;
  }
  return best[max - 1];
}

/** The list's order by kind and priority alone. */
const inKindOrder = (a: Candidate, b: Candidate) => a.rank - b.rank || a.draft.priority - b.draft.priority;

/** The log, with the "Terakhir Dihubungi" dates of the customer sheet where they are later. */
function withContactColumn(analysis: Analysis, contacts: ContactLog): ContactLog {
  const merged = new Map(contacts);
  for (const p of analysis.sheets.customers?.records ?? []) {
    if (p.lastContacted === null || p.lastContacted > analysis.referenceDay) continue;
    const known = merged.get(p.key);
    if (!known || known.day < p.lastContacted) merged.set(p.key, { day: p.lastContacted });
  }
  return merged;
}

/** A listed entry, its texts and link formatted now. */
function complete({ draft, key, name, type, phone }: Candidate): FollowUp {
  const { kind, amount, date, bucket, priority } = draft;
  const { why, message } = draft.texts();
  return {
    kind,
    why,
    amount,
    date,
    bucket,
    priority,
    message,
    key,
    name,
    type,
    phone,
    link: waLink(phone, message),
  };
}

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
function customerDraft(c: CustomerResult, ctx: Context): Draft | null {
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

function prospectDraft(p: Prospect, ctx: Context): Draft | null {
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
        jumlah: rupiah(owed),
        hari: String(worstDebt.daysOverdue),
        tanggal: indonesianDate(worstDebt.due),
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
    const tanggal = indonesianDate(firstDay);
    return {
      why: msg().followUp.thanks(tanggal),
      message: message(ctx.s, 'terimaKasih', { nama: m.name, tanggal }),
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
    const last = indonesianDate(lastDay);
    return {
      why: msg().followUp.repurchase(Math.round(m.cycleDays), last),
      message: message(ctx.s, 'beliLagi', { nama: m.name, tanggal: last }),
    };
  };
  return plain('beliLagi', texts, { date: m.nextPurchaseDay, priority: m.nextPurchaseDay });
}

function winBackDraft(c: CustomerResult, ctx: Context): Draft | null {
  const m = c.measures;
  if (c.status.status === 'Aktif' || m.lastDay === null) return null;
  const [lastDay, status] = [m.lastDay, c.status.status];
  const texts = (): Texts => {
    const last = indonesianDate(lastDay);
    return {
      why: msg().followUp.winBack(status, last),
      message: message(ctx.s, 'ajakKembali', { nama: m.name, tanggal: last }),
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
    message: message(ctx.s, 'hadiah', { nama: m.name, jumlah: rupiah(m.totalSpend) }),
  });
  return plain('hadiah', texts, { amount: m.totalSpend, priority: -m.totalSpend });
}

function birthdayDraft(birthday: Day | null, nama: string, ctx: Context): Draft | null {
  if (birthday === null) return null;
  const { day, month } = civilFromDay(birthday);
  if (month !== ctx.refMonth) return null;
  const date = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}`;
  const texts = (): Texts => ({
    why: msg().followUp.birthday(date),
    message: message(ctx.s, 'ulangTahun', { nama }),
  });
  return plain('ulangTahun', texts, { date: birthday, priority: day });
}
