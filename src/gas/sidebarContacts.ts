/**
 * The sidebar's Hubungi: today's follow-up list without the customers the owner marked "Sudah
 * dihubungi" (a log kept in the document properties as JSON keyed by customer key).
 */
import * as z from 'zod/mini';
import { AGE_BUCKETS, type AgeBucket } from '../core/measure/debts';
import { followUpLabel, type ContactLog, type FollowUp } from '../core/models/followUpEntry';
import { followUps } from '../core/models/followUp';
import { contactLogJson } from '../core/models/contactLog';
import { indonesianDate, type Day } from '../core/read/dates';
import { rupiah } from '../core/report/format';
import type { Analysis } from '../core/analysis';
import type { Services } from './services';
import { analyzeWorkbook } from './runSegmentation';
import { CONTACT_LOG_KEY, loadContactLog } from './settingsStore';
import { useUserLocale } from './sidebar';
import { msg } from '../core/i18n';

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
  /** Why there is no list (no sales sheet), else null. */
  problem: string | null;
}

const markInput = z.strictObject({
  key: z.string().check(z.minLength(1), z.maxLength(500)),
  bucket: z.nullable(z.enum(AGE_BUCKETS as [AgeBucket, ...AgeBucket[]])),
});

function entryOf(f: FollowUp): ContactEntry {
  return {
    key: f.key,
    kind: f.kind,
    label: followUpLabel(f.kind),
    name: f.name,
    why: f.why,
    amount: f.amount === null ? null : rupiah(f.amount),
    date: f.date === null ? null : indonesianDate(f.date),
    link: f.link,
    message: f.message,
    bucket: f.bucket ?? null,
  };
}

/** Today's share (the page puts entries without a WhatsApp number in a group of their own). */
function listOf(analysis: Analysis, log: ContactLog): ContactList {
  const list = followUps(analysis, log);
  return {
    entries: [...list.today, ...list.winBack, ...list.noNumber].map(entryOf),
    more: list.more + list.moreNoNumber,
    gapDays: analysis.settings.jedaHubungiHari,
    problem: null,
  };
}

function noList(problem: string): ContactList {
  return { entries: [], more: 0, gapDays: 0, problem };
}

export function contactList(services: Services): ContactList {
  useUserLocale(services);
  const read = analyzeWorkbook(services);
  if ('missing' in read) return noList(read.missing);
  return listOf(read.analysis, loadContactLog(services.documentProperties()));
}

/** "Sudah dihubungi": records the contact on the list's reference day, then the list again. */
export function markContacted(services: Services, input: unknown): ContactList {
  useUserLocale(services);
  const checked = markInput.safeParse(input);
  if (!checked.success) throw new Error(msg().sidebar.errors.badContact);
  const read = analyzeWorkbook(services);
  if ('missing' in read) return noList(read.missing);
  const props = services.documentProperties();
  const log = loadContactLog(props);
  const day: Day = read.analysis.referenceDay;
  const { key, bucket } = checked.data;
  log.set(key, bucket === null ? { day } : { day, bucket });
  props.setProperty(CONTACT_LOG_KEY, contactLogJson(log, day));
  return listOf(read.analysis, log);
}
