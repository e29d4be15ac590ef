/** The owner's settings live in the document properties, as the input JSON (defaults fill the rest). */
import { parseSettings, type Settings } from '../core/settings';
import type { PropertiesApi } from './services';

export const SETTINGS_KEY = 'segmentasi.pengaturan';
export const LAST_RUN_KEY = 'segmentasi.terakhir';

export function storedSettingsInput(props: PropertiesApi): unknown {
  const text = props.getProperty(SETTINGS_KEY);
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(
      'Pengaturan tersimpan rusak (stored settings are not JSON); buka Segmentasi › Pengaturan.',
    );
  }
}

export function loadSettings(props: PropertiesApi): Settings {
  return parseSettings(storedSettingsInput(props));
}

export function saveSettingsInput(props: PropertiesApi, input: unknown): void {
  props.setProperty(SETTINGS_KEY, JSON.stringify(input));
}
