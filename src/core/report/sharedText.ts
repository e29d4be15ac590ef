/**
 * Reason texts that many customers share ("12 kali belanja, aktif 5 dari 12 bulan"), made once per
 * locale and values: tens of thousands of customers then point at one text instead of each
 * holding a copy for the whole run.
 */
import { currentLocale } from '../i18n';

/** Most texts kept; past it the store starts over (memory stays small). */
const LIMIT = 50_000;

/** Texts by their parts, one level per part: no key text is joined and hashed per customer. */
type Level = Map<string | number, Level | string>;
const root: Level = new Map();
let stored = 0;

/**
 * The text `make` writes for `parts` (a name and the values it depends on), made once. A name always
 * comes with the same number of values.
 */
export function sharedText(parts: readonly (string | number)[], make: () => string): string {
  let level = child(root, currentLocale());
  for (let i = 0; i < parts.length - 1; i++) level = child(level, parts[i]);
  const last = parts[parts.length - 1];
  let text = level.get(last) as string | undefined;
  if (text === undefined) {
    if (stored >= LIMIT) {
      root.clear();
      stored = 0;
      return sharedText(parts, make);
    }
    level.set(last, (text = flatText(make())));
    stored++;
  }
  return text;
}

function child(level: Level, part: string | number): Level {
  let next = level.get(part) as Level | undefined;
  if (next === undefined) level.set(part, (next = new Map()));
  return next;
}

/**
 * The text as one piece. V8 keeps a text joined from parts as a tree of them until it is read;
 * read once right after it is made, its parts die young instead of being kept per customer, copied
 * by every collection and walked, scattered, when the text is finally written.
 */
export function flatText(text: string): string {
  // Reading one letter joins the pieces (the comparison keeps the read from being left out).
  return text.charCodeAt(0) < 0 ? '' : text;
}
