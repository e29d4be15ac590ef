/**
 * What we write into cells is data, never a formula: Sheets parses a written string the way it
 * parses typing ("=IMPORTXML(...)" runs, "0812..." loses its zero, "Okt 2026" becomes a date).
 * A leading apostrophe makes Sheets keep the text as it is and is not shown or returned.
 */
export function asSheetText(value: string): string {
  return value === '' ? '' : `'${value}`;
}
