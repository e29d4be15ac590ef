/**
 * Reason texts that many customers share ("12 kali belanja, aktif 5 dari 12 bulan"), made once per
 * locale and values: tens of thousands of customers then point at one text instead of each
 * holding a copy for the whole run.
 */
import { currentLocale } from '../i18n';

/** Most texts kept; past it the store starts over (memory stays small). */
const LIMIT = 50_000;
const texts = new Map<string, string>();

/** The text `make` writes for `parts` (a name and the values it depends on), made once. */
export function sharedText(parts: readonly (string | number)[], make: () => string): string {
  const key = `${currentLocale()}|${parts.join('|')}`;
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size >= LIMIT) texts.clear();
    texts.set(key, (text = make()));
  }
  return text;
}
