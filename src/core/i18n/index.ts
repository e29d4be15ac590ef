/**
 * One catalogue of words, chosen by the user's locale: Indonesian by default, English when the
 * locale says English (Apps Script's Session.getActiveUserLocale(), the command line's LANG).
 * The entry point sets the locale once per run; everything else asks msg() for its words.
 */
import { en } from './en';
import { id, type Catalogue } from './id';
import { currentLocale, type Locale } from './locale';

export type { Catalogue } from './id';
export { currentLocale, localeOf, setLocale, type Locale } from './locale';

const CATALOGUES: Record<Locale, Catalogue> = { id, en };

/** The words of the active locale. */
export function msg(): Catalogue {
  return CATALOGUES[currentLocale()];
}
