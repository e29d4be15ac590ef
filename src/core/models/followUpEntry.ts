/** An entry of the follow-up list (DOMAIN 8): its kind, its person and texts, and the contact log. */
import type { Day } from '../read/dates';
import type { AgeBucket } from '../measure/debts';
import { msg } from '../i18n';

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
