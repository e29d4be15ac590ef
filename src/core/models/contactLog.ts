/**
 * The owner's "Sudah dihubungi" log (DOMAIN 8): a customer contacted recently is not listed again
 * for `jedaHubungiHari` days, unless a debt has moved to a later ageing bucket since. Kept by the
 * sidebar as JSON keyed by customer key; this filter stands in until followUps() takes the log.
 */
import * as z from 'zod/mini';
import { AGE_BUCKETS, ageBucket, type AgeBucket } from '../measure/debts';
import type { Day } from '../read/dates';
import type { ContactLog, ContactRecord, FollowUp } from './followUp';

/** DOMAIN 8 defaults (`jedaHubungiHari`, `maksHubungi`), used while the settings do not carry them. */
export const CONTACT_GAP_DAYS = 7;
export const MAX_CONTACTS_PER_DAY = 15;
/** Records older than this are dropped when the log is saved: no rule looks further back. */
export const CONTACT_LOG_KEEP_DAYS = 62;

const BUCKET_RANK = new Map(AGE_BUCKETS.map((b, i) => [b, i]));

const recordSchema = z.object({
  day: z.number().check(z.int()),
  bucket: z.optional(z.enum(AGE_BUCKETS as [AgeBucket, ...AgeBucket[]])),
});
const logSchema = z.record(z.string(), recordSchema);

/** The stored JSON as a log; anything unreadable counts as no contact (the list shows more, never less). */
export function parseContactLog(json: string | null): Map<string, ContactRecord> {
  if (!json) return new Map();
  try {
    const parsed = logSchema.safeParse(JSON.parse(json));
    return new Map(parsed.success ? Object.entries(parsed.data) : []);
  } catch {
    return new Map();
  }
}

/** The log as JSON, without records too old to matter. */
export function contactLogJson(log: ContactLog, today: Day): string {
  const kept = [...log].filter(([, r]) => today - r.day <= CONTACT_LOG_KEEP_DAYS);
  return JSON.stringify(Object.fromEntries(kept));
}

/** The ageing bucket of a debt reminder (its date is the oldest due date), else undefined. */
export function followUpBucket(entry: FollowUp, referenceDay: Day): AgeBucket | undefined {
  if (entry.kind !== 'hutang' || entry.date === null) return undefined;
  return ageBucket(Math.max(0, referenceDay - entry.date));
}

/** Whether a contact made on `record.day` still keeps this entry off the list. */
function stillQuiet(entry: FollowUp, record: ContactRecord, referenceDay: Day, gapDays: number): boolean {
  if (referenceDay - record.day >= gapDays) return false;
  const bucket = followUpBucket(entry, referenceDay);
  if (bucket === undefined || record.bucket === undefined) return true;
  return (BUCKET_RANK.get(bucket) ?? 0) <= (BUCKET_RANK.get(record.bucket) ?? 0);
}

/** The follow-up list without the customers the owner contacted within the last `gapDays` days. */
export function withoutRecentContacts(
  list: readonly FollowUp[],
  contacts: ContactLog,
  referenceDay: Day,
  keyOf: (name: string) => string,
  gapDays = CONTACT_GAP_DAYS,
): FollowUp[] {
  return list.filter((entry) => {
    const record = contacts.get(keyOf(entry.name));
    return record === undefined || !stillQuiet(entry, record, referenceDay, gapDays);
  });
}
