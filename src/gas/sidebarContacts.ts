/**
 * The sidebar's Hubungi: the list the last run kept (storedContacts.ts), without the customers
 * the owner has marked "Sudah dihubungi" since. Marking writes the log under the document lock,
 * so it never races a run that reads it.
 */
import * as z from 'zod/mini';
import { AGE_BUCKETS, type AgeBucket } from '../core/measure/debts';
import { followUpLabel, type ContactLog, type FollowUp } from '../core/models/followUpEntry';
import { waLink } from '../core/report/whatsapp';
import type { Services } from './services';
import { loadContactLog, saveContactLog } from './settingsStore';
import { useUserLocale } from './sidebar';
import { msg } from '../core/i18n';
import { documentLock, documentProperties } from './documentServices';
import { storedContactList, type StoredEntry, type StoredList } from './storedContacts';

export interface ContactEntry {
  /** The customer's key (normalised name), what "Sudah dihubungi" records. */
  key: string;
  kind: FollowUp['kind'];
  label: string;
  name: string;
  why: string;
  amount: string | null;
  date: string | null;
  /** https://wa.me/62...?text=..., or "" without a valid number. */
  link: string;
  message: string;
  bucket: AgeBucket | null;
}

export interface ContactList {
  entries: ContactEntry[];
  /** How many more are waiting beyond today's share. */
  more: number;
  gapDays: number;
  /** Why there is no list (no run yet), else null. */
  problem: string | null;
}

/** How long the page waits for a run holding the lock before it says to try again. */
const MARK_WAIT_MS = 5_000;

const markInput = z.strictObject({
  key: z.string().check(z.minLength(1), z.maxLength(500)),
  bucket: z.nullable(z.enum(AGE_BUCKETS as [AgeBucket, ...AgeBucket[]])),
});

function entryOf(e: StoredEntry): ContactEntry {
  return {
    key: e.key,
    kind: e.kind,
    label: followUpLabel(e.kind),
    name: e.name,
    why: e.why,
    amount: e.amount,
    date: e.date,
    link: waLink(e.phone, e.message),
    message: e.message,
    bucket: e.bucket,
  };
}

/**
 * Marked since the run made the list: contacted on or after its reference day, for the same debt
 * bucket (a debt reminder is due again once the debt moves on; the run applies the rest of the rule).
 */
function markedSince(e: StoredEntry, log: ContactLog, referenceDay: number): boolean {
  const record = log.get(e.key);
  return (
    record !== undefined && record.day >= referenceDay && (e.bucket === null || record.bucket === e.bucket)
  );
}

function listOf(list: StoredList, log: ContactLog): ContactList {
  return {
    entries: list.entries.filter((e) => !markedSince(e, log, list.referenceDay)).map(entryOf),
    more: list.more,
    gapDays: list.gapDays,
    problem: null,
  };
}

function noList(problem: string): ContactList {
  return { entries: [], more: 0, gapDays: 0, problem };
}

export function contactList(services: Services): ContactList {
  useUserLocale(services);
  const props = documentProperties(services);
  const list = storedContactList(props);
  return list ? listOf(list, loadContactLog(props)) : noList(msg().storage.noStoredList);
}

/** "Sudah dihubungi": records the contact on the list's reference day, then the list again. */
export function markContacted(services: Services, input: unknown): ContactList {
  useUserLocale(services);
  const checked = markInput.safeParse(input);
  if (!checked.success) throw new Error(msg().sidebar.errors.badContact);
  const props = documentProperties(services);
  const list = storedContactList(props);
  if (!list) return noList(msg().storage.noStoredList);
  const lock = documentLock(services);
  if (!lock.tryLock(MARK_WAIT_MS)) throw new Error(msg().storage.contactBusy);
  try {
    const log = loadContactLog(props);
    const { key, bucket } = checked.data;
    log.set(key, bucket === null ? { day: list.referenceDay } : { day: list.referenceDay, bucket });
    saveContactLog(props, log, list.referenceDay);
    return listOf(list, log);
  } finally {
    lock.releaseLock();
  }
}
