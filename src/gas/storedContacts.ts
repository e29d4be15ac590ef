/**
 * The day's follow-up list as the last run made it, kept in the document properties so the
 * sidebar's Hubungi shows it at once instead of reading the whole book again. It is kept in parts
 * (a property holds 9 KB) and capped at CONTACT_LIST_MAX_BYTES: entries past the cap are counted
 * with those waiting for another day. WhatsApp links are made again when the list is shown.
 */
import type { AgeBucket } from '../core/measure/debts';
import type { Analysis } from '../core/analysis';
import type { FollowUp, FollowUpKind } from '../core/models/followUpEntry';
import type { FollowUpList } from '../core/models/followUp';
import type { Day } from '../core/read/dates';
import { dateText, rupiah } from '../core/report/format';
import { utf8Bytes } from '../core/storageLimits';
import type { PropertiesApi } from './services';
import { loadInParts, saveInParts } from './documentServices';

export const CONTACT_LIST_KEY = 'segmentasi.daftar-hubungi';
/** With the contact log's 64 KB, far below the 500 KB a property store holds. */
export const CONTACT_LIST_MAX_BYTES = 64 * 1024;

export interface StoredEntry {
  key: string;
  kind: FollowUpKind;
  name: string;
  why: string;
  amount: string | null;
  date: string | null;
  phone: string;
  message: string;
  bucket: AgeBucket | null;
}

export interface StoredList {
  /** The run's reference day: "Sudah dihubungi" records the contact on it. */
  referenceDay: Day;
  gapDays: number;
  /** How many more wait beyond the entries kept. */
  more: number;
  entries: StoredEntry[];
}

function stored(f: FollowUp): StoredEntry {
  return {
    key: f.key,
    kind: f.kind,
    name: f.name,
    why: f.why,
    amount: f.amount === null ? null : rupiah(f.amount),
    date: f.date === null ? null : dateText(f.date),
    phone: f.phone,
    message: f.message,
    bucket: f.bucket ?? null,
  };
}

export function storeContactList(props: PropertiesApi, analysis: Analysis, list: FollowUpList): void {
  const all = [...list.today, ...list.winBack, ...list.noNumber].map(stored);
  const entries: StoredEntry[] = [];
  let bytes = 256;
  for (const e of all) {
    bytes += utf8Bytes(JSON.stringify(e)) + 1;
    if (bytes > CONTACT_LIST_MAX_BYTES) break;
    entries.push(e);
  }
  const kept: StoredList = {
    referenceDay: analysis.referenceDay,
    gapDays: analysis.settings.jedaHubungiHari,
    more: list.more + list.moreNoNumber + all.length - entries.length,
    entries,
  };
  saveInParts(props, CONTACT_LIST_KEY, JSON.stringify(kept));
}

/** The list the last run kept, or null before the first run (or when it cannot be read). */
export function storedContactList(props: PropertiesApi): StoredList | null {
  const text = loadInParts(props, CONTACT_LIST_KEY);
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<StoredList>;
    return typeof value.referenceDay === 'number' && Array.isArray(value.entries)
      ? (value as StoredList)
      : null;
  } catch {
    return null;
  }
}
