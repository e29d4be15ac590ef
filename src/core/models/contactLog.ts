/**
 * The owner's "Sudah dihubungi" log (DOMAIN 8): a customer contacted recently is not listed again
 * for `jedaHubungiHari` days, unless a debt has moved to a later ageing bucket since. Kept by the
 * sidebar as JSON keyed by customer key and handed to followUps(), which applies the rule.
 */
import * as z from 'zod/mini';
import { AGE_BUCKETS, type AgeBucket } from '../measure/debts';
import type { Day } from '../read/dates';
import type { ContactLog, ContactRecord } from './followUpEntry';
import { utf8Bytes } from '../storageLimits';

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

/**
 * Most bytes the saved log may take. Google keeps 9 KB per property and 500 KB per store: the log
 * is kept in parts of one property each (src/gas/documentServices.ts) and never grows past this,
 * about a thousand contacts, three months of 15 a day.
 */
export const CONTACT_LOG_MAX_BYTES = 64 * 1024;

/**
 * The log as JSON, without records too old to matter; past `maxBytes`, the oldest records go first
 * (the rules look back a month at most, so it is the least useful record that is dropped).
 */
export function contactLogJson(log: ContactLog, today: Day, maxBytes = CONTACT_LOG_MAX_BYTES): string {
  const kept = [...log]
    .filter(([, r]) => today - r.day <= CONTACT_LOG_KEEP_DAYS)
    .sort(([ka, a], [kb, b]) => b.day - a.day || (ka < kb ? -1 : ka > kb ? 1 : 0));
  let bytes = 2;
  let count = 0;
  for (const [key, record] of kept) {
    const entry = utf8Bytes(JSON.stringify(key)) + 1 + utf8Bytes(JSON.stringify(record)) + 1;
    if (bytes + entry > maxBytes) break;
    bytes += entry;
    count++;
  }
  return JSON.stringify(Object.fromEntries(kept.slice(0, count)));
}
