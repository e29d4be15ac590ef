/**
 * What Sheets stores when text is typed (or written by setValues) into a cell: numbers, dates,
 * times and booleans are recognised in the spreadsheet's locale and time zone; anything else
 * stays text. id_ID reads "5/1/2025" day first and "15.000" with "." as the thousands mark;
 * en_US reads month first with "," for thousands. Currency text such as "Rp 15.000" stays text.
 */

export type SheetLocaleName = 'id_ID' | 'en_US';

export interface SheetLocale {
  locale: SheetLocaleName;
  timeZone: string;
}

export const INDONESIAN_SHEET: SheetLocale = { locale: 'id_ID', timeZone: 'Asia/Jakarta' };

/** The wall clock of a zone at an instant (historical offsets included), as numbers. */
export function wallClock(instant: number, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return {
    year: parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Offset of the zone from UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour) + w.minute * 60_000 + w.second * 1000;
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant of a wall-clock time in a zone: how a typed date becomes a Date in Sheets. */
export function zonedDate(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let instant = wall - zoneOffset(wall, timeZone);
  instant = wall - zoneOffset(instant, timeZone);
  return new Date(instant);
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Two-digit years as Sheets reads them: 00-29 are 20xx, 30-99 are 19xx. */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function typedTime(text: string): { hour: number; minute: number; second: number } | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const [hour, minute, second] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return hour < 24 && minute < 60 && second < 60 ? { hour, minute, second } : null;
}

function typedDate(text: string, where: SheetLocale): Date | null {
  const [datePart, timePart, ...rest] = text.split(/\s+/);
  if (rest.length) return null;
  const time = timePart === undefined ? { hour: 0, minute: 0, second: 0 } : typedTime(timePart);
  if (!time) return null;
  let y: number, mo: number, d: number;
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(datePart);
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})([-/])(\d{1,2})\2(\d{2}|\d{4})$/.exec(datePart);
    if (!m) return null;
    const [a, b] = [Number(m[1]), Number(m[3])];
    [d, mo] = where.locale === 'id_ID' ? [a, b] : [b, a];
    y = fullYear(m[4]);
  }
  if (!validDay(y, mo, d)) return null;
  return zonedDate(where.timeZone, y, mo, d, time.hour, time.minute, time.second);
}

function typedNumber(text: string, locale: SheetLocaleName): number | null {
  const [group, decimal] = locale === 'id_ID' ? ['.', ','] : [',', '.'];
  const g = `\\${group}`;
  const dm = `\\${decimal}`;
  const plain = new RegExp(`^[+-]?\\d+(${dm}\\d+)?([eE][+-]?\\d+)?$`);
  const grouped = new RegExp(`^[+-]?\\d{1,3}(${g}\\d{3})+(${dm}\\d+)?$`);
  if (!plain.test(text) && !grouped.test(text)) return null;
  return Number(text.split(group).join('').replace(decimal, '.'));
}

/** The value a typed text becomes (the formula, if any, is handled by the caller). */
export function typedValue(text: string, where: SheetLocale = INDONESIAN_SHEET): unknown {
  const t = text.trim();
  if (t === '') return text;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  const n = typedNumber(t, where.locale);
  if (n !== null) return n;
  const time = typedTime(t);
  if (time) return zonedDate(where.timeZone, 1899, 12, 30, time.hour, time.minute, time.second);
  return typedDate(t, where) ?? text;
}
