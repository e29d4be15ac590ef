/**
 * The owner's "Sudah dihubungi" log (DOMAIN 8): a customer contacted recently is not listed again
 * for `jedaHubungiHari` days, unless a debt has moved to a later ageing bucket since. Kept by the
 * sidebar as JSON keyed by customer key and handed to followUps(), which applies the rule.
 */
import * as z from 'zod/mini';
import { AGE_BUCKETS, type AgeBucket } from '../measure/debts';
import type { Day } from '../read/dates';
import type { ContactLog, ContactRecord } from './followUpEntry';

/** Records older than this are dropped when the log is saved: no rule looks further back. */
export const CONTACT_LOG_KEEP_DAYS = 62;

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
