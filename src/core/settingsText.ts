/**
 * Settings as lines of "name=value", for the menu's Pengaturan prompt: readable in a plain text
 * box, and every change goes through the same zod validation as the sidebar and the CLI file.
 */
import { msg } from './i18n';
import { DEFAULT_SETTINGS, parseSettings, settingsSchema, type Settings } from './settings';

type Json = string | number | boolean | { [key: string]: Json | undefined };

/** Every setting as name=value, nested ones with dots (lembar.penjualan=Jualan). */
export function settingsLines(settings: Settings): string[] {
  const lines: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    } else if (value !== undefined) lines.push(`${path}=${String(value)}`);
  };
  walk(settings, '');
  // Settings without a default (batasKreditA, tanggalAcuan) are shown empty, so the owner sees them.
  for (const key of Object.keys(settingsSchema.shape))
    if ((settings as Record<string, unknown>)[key] === undefined) lines.push(`${key}=`);
  return lines;
}

/** A value typed like the setting's default: "ya"/"tidak" for yes/no, "0,6" for 0.6. */
function parseValue(text: string, current: unknown): Json {
  const t = text.trim();
  if (typeof current === 'boolean') {
    if (/^(true|ya|y|1)$/i.test(t)) return true;
    if (/^(false|tidak|t|0)$/i.test(t)) return false;
  }
  // A setting without a default (batasKreditA) is a number when it reads as one.
  if ((typeof current === 'number' || current === undefined) && /^-?\d+([.,]\d+)?$/.test(t))
    return Number(t.replace(',', '.'));
  return t;
}

/**
 * Applies "name=value" lines (separated by new lines or ";") to the stored settings input; an
 * empty value removes the setting (back to its default). Throws one Indonesian message on error.
 */
export function applySettingsText(stored: unknown, text: string): { input: unknown; settings: Settings } {
  const next = JSON.parse(JSON.stringify(stored ?? {})) as Record<string, Json | undefined>;
  const defaults = DEFAULT_SETTINGS as unknown as Record<string, unknown>;
  // A ";" separates settings only before the next name=, so message templates may contain one.
  for (const raw of text.split(/\n|;(?=\s*[\w.]+\s*=)/)) {
    const line = raw.trim();
    if (line === '') continue;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(msg().dialogs.badLine(line));
    const path = line.slice(0, eq).trim().split('.');
    const value = line.slice(eq + 1);
    if (!(path[0] in settingsSchema.shape)) throw new Error(msg().dialogs.unknownSetting(path[0]));
    let target = next;
    let current: unknown = defaults;
    for (const key of path.slice(0, -1)) {
      const child = target[key];
      target = (target[key] = child && typeof child === 'object' ? child : {}) as Record<
        string,
        Json | undefined
      >;
      current = (current as Record<string, unknown> | undefined)?.[key];
    }
    const last = path[path.length - 1];
    if (value.trim() === '') delete target[last];
    else target[last] = parseValue(value, (current as Record<string, unknown> | undefined)?.[last]);
  }
  return { input: next, settings: parseSettings(next) };
}
