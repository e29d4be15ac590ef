/**
 * Which language the words and numbers of this run are in, set once by each entry point (Apps
 * Script's Session.getActiveUserLocale(), the command line's LANG, the page's own language).
 * Kept apart from the catalogues so the sidebar page can follow it without carrying them.
 */
export type Locale = 'id' | 'en';

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
