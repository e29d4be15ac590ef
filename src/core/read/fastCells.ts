/**
 * Fast paths for the cells most books are made of: plain whole numbers ("15000", "-2500") and ISO
 * or DD-MM-YYYY dates. Each answers null when unsure, and cells.ts then runs its full parser.
 */
import { dayFromCivil, daysInMonth, type Day } from './dates';

/** "15000" or "-2500" as a number; null for anything else (separators, Rp, decimals, spaces). */
export function plainWholeNumber(text: string): number | null {
  const n = text.length;
  if (n === 0 || n > 15) return null;
  let i = text.charCodeAt(0) === 45 ? 1 : 0; // "-"
  if (i === n) return null;
  let value = 0;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    value = value * 10 + d;
  }
  return text.charCodeAt(0) === 45 ? -value : value;
}

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

function validDay(year: number, month: number, day: number): Day | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  return day > daysInMonth(year, month) ? null : dayFromCivil(year, month, day);
}

/**
 * "2025-03-07" (ISO) or, with DMY order, "07-03-2025" / "07/03/2025"; exactly ten characters.
 * Null for anything else, including impossible dates, which the full parser then reports.
 */
export function plainDate(text: string, dayFirst: boolean): Day | null {
  if (text.length !== 10) return null;
  const a = text.charCodeAt(4);
  if (a === 45 && text.charCodeAt(7) === 45) {
    const [y, m, d] = [digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2)];
    return y < 0 || m < 0 || d < 0 ? null : validDay(y, m, d);
  }
  const sep = text.charCodeAt(2);
  if (dayFirst && (sep === 45 || sep === 47) && text.charCodeAt(5) === sep) {
    const [d, m, y] = [digits(text, 0, 2), digits(text, 3, 2), digits(text, 6, 4)];
    return y < 0 || m < 0 || d < 0 ? null : validDay(y, m, d);
  }
  return null;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

/**
 * A quick "cannot be one of these words" for cell texts, where `keys` are headerKey forms: a text
 * whose first character is an ASCII letter or digit that starts none of them is no match (headerKey
 * keeps such a character, lowercased). Anything else needs the full check.
 */
export function cannotStartAny(keys: Iterable<string>): (text: string) => boolean {
  const firsts = new Set<number>();
  for (const k of keys) firsts.add(k.charCodeAt(0));
  return (text) => {
    let c = text.charCodeAt(0);
    if (c >= 65 && c <= 90) c += 32;
    return isAsciiAlnum(c) && !firsts.has(c);
  };
}
