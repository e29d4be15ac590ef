/** The owner's settings live in the document properties, as the input JSON (defaults fill the rest). */
import { msg } from '../core/i18n';
import { parseSettings, type Settings } from '../core/settings';
import type { PropertiesApi } from './services';
import { parseContactLog } from '../core/models/contactLog';
import type { ContactRecord } from '../core/models/followUpEntry';

export const SETTINGS_KEY = 'segmentasi.pengaturan';
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

export function saveSettingsInput(props: PropertiesApi, input: unknown): void {
  props.setProperty(SETTINGS_KEY, JSON.stringify(input));
}

/** The "Sudah dihubungi" log (sidebar), read by every run so the follow-up list respects it. */
export const CONTACT_LOG_KEY = 'segmentasi.dihubungi';

export function loadContactLog(props: PropertiesApi): Map<string, ContactRecord> {
  return parseContactLog(props.getProperty(CONTACT_LOG_KEY));
}
