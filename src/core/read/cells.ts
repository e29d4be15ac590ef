/**
 * Reading what owners type into cells: dates in every form we meet in Indonesian sheets and
 * amounts such as "Rp 15.000", "1.250.000,50", "15rb" or "1,5 jt".
 */
import { dayFromCivil, daysInMonth, isDate, type Day, type ZoneClock } from './dates';
import { plainDate, plainWholeNumber } from './fastCells';

export type DateOrder = 'DMY' | 'MDY';

const SHEETS_EPOCH_SERIAL = 25569; // serial number of 1970-01-01 in Sheets and Excel
const FIRST_DAY = dayFromCivil(1900, 1, 1); // the earliest date we read, for every form of cell

const MONTHS: Record<string, number> = {};
(
  [
    ['januari', 'january', 'jan'],
    ['februari', 'pebruari', 'february', 'feb', 'peb'],
    ['maret', 'march', 'mar'],
    ['april', 'apr'],
    ['mei', 'may'],
    ['juni', 'june', 'jun'],
    ['juli', 'july', 'jul'],
    ['agustus', 'august', 'agu', 'agt', 'ags', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'october', 'okt', 'oct'],
    ['november', 'nopember', 'nov', 'nop'],
    ['desember', 'december', 'des', 'dec'],
  ] as const
).forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const WEEKDAY =
  /^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+/;

function civil(year: number, month: number, day: number): Day | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && year >= 1900 && year <= 2999)) return null;
  if (day > daysInMonth(year, month)) return null;
  return dayFromCivil(year, month, day);
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length > 2) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

/** A day from a number: a YYYYMMDD integer, else a Sheets date serial (fraction = time of day). */
function dayFromNumber(n: number): Day | null {
  if (!Number.isFinite(n)) return null;
  if (Number.isInteger(n) && n >= 19000101 && n <= 29991231) {
    return civil(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
  }
  if (n >= 1 && n < 2958466) return Math.floor(n) - SHEETS_EPOCH_SERIAL;
  return null;
}

/** Parses a text date; returns null when the text is not a date we can read without guessing. */
export function parseDateText(raw: string, order: DateOrder = 'DMY'): Day | null {
  const fast = plainDate(raw, order === 'DMY');
  if (fast !== null) return fast;
  const text = raw.trim().toLowerCase().replace(WEEKDAY, '');
  if (text === '') return null;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t\s].*)?$/.exec(text);
  if (m) return civil(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:\s.*)?$/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return order === 'DMY' ? civil(fullYear(m[3]), b, a) : civil(fullYear(m[3]), a, b);
  }
  m = /^(\d{8})$/.exec(text);
  if (m) return dayFromNumber(Number(m[1]));
  // A date serial written as text ("45678", "45678.5"), as exports and CSVs give it.
  m = /^(\d{5})(?:[.,]\d+)?$/.exec(text);
  if (m) return dayFromNumber(Number(m[1]));
  m = /^(\d{1,2})[\s-]*([a-z]+)\.?[\s,-]*(\d{4}|\d{2})(?:\s.*)?$/.exec(text);
  if (m && MONTHS[m[2]]) return civil(fullYear(m[3]), MONTHS[m[2]], Number(m[1]));
  m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s.*)?$/.exec(text);
  if (m && MONTHS[m[1]]) return civil(Number(m[3]), MONTHS[m[1]], Number(m[2]));
  return null;
}

/**
 * Reads a date cell: a Date (in the sheet's zone), a serial number or YYYYMMDD integer, or text.
 * Returns null for anything else; the caller reports it with its sheet, row and column.
 */
export function parseDateCell(value: unknown, clock: ZoneClock, order: DateOrder = 'DMY'): Day | null {
  if (isDate(value)) {
    const day = clock.dayOf(value);
    // Sheets hands a time of day alone ("10:30") as 30 Dec 1899: a time is not a date.
    return Number.isNaN(day) || day < FIRST_DAY ? null : day;
  }
  if (typeof value === 'number') return dayFromNumber(value);
  if (typeof value === 'string') return parseDateText(value, order);
  return null;
}

const MULTIPLIERS: Record<string, number> = {
  rb: 1e3,
  ribu: 1e3,
  k: 1e3,
  jt: 1e6,
  juta: 1e6,
  miliar: 1e9,
  milyar: 1e9,
};

/** The number in a text such as "1.250.000,50", where "." and "," may each be the decimal mark. */
function parseLocalisedNumber(text: string, hasMultiplier: boolean): number | null {
  if (!/^\d[\d.,]*$/.test(text) && !/^[.,]\d+$/.test(text)) return null;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both marks: the later one is the decimal mark ("1.250.000,50" or "1,250,000.50").
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const [int, frac = ''] = text.split(decimal);
    if (text.split(decimal).length > 2) return null;
    normalised = int.split(thousands).join('') + '.' + frac;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const parts = text.split(mark);
    const groupsOfThree = parts.slice(1).every((p) => p.length === 3);
    // "15.000" and "1.250.000" are thousands; "1,5 jt" and "12.5" are decimals.
    if (parts.length > 2 || (groupsOfThree && !hasMultiplier)) {
      if (!groupsOfThree) return null;
      normalised = parts.join('');
    } else {
      normalised = parts[0] + '.' + parts[1];
    }
  } else {
    normalised = text;
  }
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}

/** Reads an amount cell; returns null for text that is not an amount. Negative means a return. */
export function parseAmountCell(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const fast = plainWholeNumber(value);
  if (fast !== null) return fast;
  let text = value.trim().toLowerCase().replace(/\s+/g, '');
  if (text === '') return null;
  let sign = 1;
  if (/^\(.*\)$/.test(text)) {
    sign = -1;
    text = text.slice(1, -1);
  }
  if (text.startsWith('-')) {
    sign = -sign;
    text = text.slice(1);
  }
  text = text.replace(/^(rp\.?|idr)/, '');
  if (text.startsWith('-')) {
    sign = -sign;
    text = text.slice(1);
  }
  text = text.replace(/,-$|\.-$|-$/, '');
  // Exports write large numbers in scientific notation: "7e+06", "1.05e+08".
  if (/^\d+(?:\.\d+)?e[+-]?\d+$/.test(text)) return sign * Number(text);
  const m = /^([\d.,]+)([a-z]*)\.?$/.exec(text);
  if (!m) return null;
  const suffix = m[2];
  if (suffix !== '' && !(suffix in MULTIPLIERS)) return null;
  const n = parseLocalisedNumber(m[1], suffix !== '');
  if (n === null) return null;
  return sign * n * (suffix ? MULTIPLIERS[suffix] : 1);
}
