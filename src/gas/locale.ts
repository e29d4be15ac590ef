/**
 * Which catalogue each entry point speaks, set once at its start:
 * - menu, dialogs, the run and the sidebar speak to the person clicking: their Google account's
 *   language (Session.getActiveUserLocale());
 * - formulas answer in cells that everyone sharing the file reads, so they follow the sheet's own
 *   locale (File › Settings › Locale, getSpreadsheetLocale()), the owner's choice, not the
 *   language of whoever's browser happens to recalculate the cell.
 * Without a locale (a restricted context) the words stay Indonesian.
 */
import { setLocale, type Locale } from '../core/i18n';
import { liveServices, type Services } from './services';

function localeFrom(read: () => string): Locale {
  let tag = '';
  try {
    tag = read();
  } catch {
    // No locale available here: Indonesian, the product's own language.
  }
  return setLocale(tag);
}

/** The user's locale for the words of this call (menu, dialogs, run, sidebar). */
export function useUserLocale(services: Services): Locale {
  return localeFrom(() => services.userLocale());
}

/** The live services, with the words of this call in the user's language (menu and dialogs). */
export function servicesForUser(): Services {
  const services = liveServices();
  useUserLocale(services);
  return services;
}

/** The spreadsheet's locale for a formula's words (errors and output words in cells). */
export function useSpreadsheetLocale(read: () => string): Locale {
  return localeFrom(read);
}
