/**
 * Who to contact today (DOMAIN 8): a short list an owner can finish, most important first. One
 * entry per customer, in this order of need: overdue debts, unanswered complaints, a thank-you after
 * a first purchase, repurchase reminders for regulars, "ajak kembali" for customers asleep or lost,
 * rewards for A customers and birthdays this month. A D customer is only asked to pay. Someone
 * contacted recently waits `jedaHubungiHari` days, unless a debt moved to a later ageing bucket.
 */
import { civilFromDay } from '../read/dates';
import type { Analysis } from '../analysis';
import { waLink } from '../report/whatsapp';
import { isMobile, phoneKey } from '../read/text';
import { customerDraft, prospectDraft, type Context, type Draft } from './followUpDrafts';
import { FOLLOW_UP_KINDS, type ContactLog, type FollowUp } from './followUpEntry';
import { worthFor } from './valuePrediction';

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

/** How many people the owner contacts today: by WhatsApp, and in person those without a number. */
export function contactsToday(list: FollowUpList): number {
  return list.today.length + list.winBack.length + list.noNumber.length;
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
  return { draft, key, name, type, phone, reachable: isMobile(phoneKey(phone)), rank };
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
