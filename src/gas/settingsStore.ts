/** The owner's settings live in the document properties, as the input JSON (defaults fill the rest). */
import { msg } from '../core/i18n';
import { parseSettings, type Settings } from '../core/settings';
import { SETTINGS_KEY } from '../core/settingsProblems';
import type { PropertiesApi } from './services';
import { contactLogJson, parseContactLog } from '../core/models/contactLog';
import type { ContactLog, ContactRecord } from '../core/models/followUpEntry';
import type { Day } from '../core/read/dates';
import { loadInParts, saveInParts } from './documentServices';

export { SETTINGS_KEY };
export const LAST_RUN_KEY = 'segmentasi.terakhir';
/** The last run's reading report ("Cara buku Anda dibaca"), shown in the panel's Pengaturan. */
export const LAST_READING_KEY = 'segmentasi.bacaan';

export function storedSettingsInput(props: PropertiesApi): unknown {
  const text = props.getProperty(SETTINGS_KEY);
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(msg().dialogs.storedBroken);
  }
}

export function loadSettings(props: PropertiesApi): Settings {
  return parseSettings(storedSettingsInput(props));
}

/** Saves the input as one property; the caller checked its size with settingsProblems. */
export function saveSettingsInput(props: PropertiesApi, input: unknown): void {
  props.setProperty(SETTINGS_KEY, JSON.stringify(input));
}

/**
 * The "Sudah dihubungi" log (sidebar), read by every run so the follow-up list respects it. It
 * outgrows one property (9 KB) after a few hundred contacts, so it is kept in parts, capped at
 * CONTACT_LOG_MAX_BYTES with the oldest records dropped first.
 */
export const CONTACT_LOG_KEY = 'segmentasi.dihubungi';

export function loadContactLog(props: PropertiesApi): Map<string, ContactRecord> {
  return parseContactLog(loadInParts(props, CONTACT_LOG_KEY));
}

export function saveContactLog(props: PropertiesApi, log: ContactLog, today: Day): void {
  saveInParts(props, CONTACT_LOG_KEY, contactLogJson(log, today));
}
