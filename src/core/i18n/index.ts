/**
 * One catalogue of words, chosen by the user's locale: Indonesian by default, English when the
 * locale says English (Apps Script's Session.getActiveUserLocale(), the command line's LANG).
 * The entry point sets the locale once per run; everything else asks msg() for its words.
 */
import { en } from './en';
import { id, type Catalogue } from './id';
import type { Locale } from './formats';

export type { Catalogue } from './id';
export type { Locale } from './formats';

const CATALOGUES: Record<Locale, Catalogue> = { id, en };
let active: Locale = 'id';

/** "en", "en_US", "en-GB" are English; anything else, blank included, is Indonesian. */
export function localeOf(tag: string | undefined | null): Locale {
  return /^en(?:[-_]|$)/i.test(String(tag ?? '').trim()) ? 'en' : 'id';
}

export function setLocale(tag: string | undefined | null): Locale {
  active = localeOf(tag);
  return active;
}

export function currentLocale(): Locale {
  return active;
}

/** The words of the active locale. */
export function msg(): Catalogue {
  return CATALOGUES[active];
}
