/**
 * Calendar days as integers (days since 1970-01-01, a civil date with no time zone), so that
 * counting days never depends on the machine's TZ. A Date from a sheet is turned into a day in
 * the spreadsheet's time zone: midnight WIB is 17:00 UTC the day before.
 */
import { msg } from '../i18n';

export type Day = number;

/** Howard Hinnant's days_from_civil: proleptic Gregorian, exact for any year. */
export function dayFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface Civil {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export function civilFromDay(dayNumber: Day): Civil {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysInMonth(year: number, month: number): number {
  return (
    dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    dayFromCivil(year, month, 1)
  );
}

/** Months since year 0, so consecutive calendar months differ by one. */
export function monthIndex(dayNumber: Day): number {
  const c = civilFromDay(dayNumber);
  return c.year * 12 + (c.month - 1);
}

/** The same day of the month `months` later (earlier when negative), clamped to the month's end. */
export function addMonths(dayNumber: Day, months: number): Day {
  const c = civilFromDay(dayNumber);
  const m = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(m / 12);
  const month = (m % 12) + 1;
  return dayFromCivil(year, month, Math.min(c.day, daysInMonth(year, month)));
}

export function isoDate(dayNumber: Day): string {
  const c = civilFromDay(dayNumber);
  return `${String(c.year).padStart(4, '0')}-${pad2(c.month)}-${pad2(c.day)}`;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** Cross-realm Date check: a Date made in another vm context or by Apps Script fails `instanceof`. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/**
 * Converts instants to days in one IANA time zone. The zone's UTC offset is looked up once per
 * UTC hour through Intl and cached, so a million dates cost a few hundred Intl calls.
 */
export class ZoneClock {
  private readonly offsets = new Map<number, number>();
  private readonly format: Intl.DateTimeFormat;

  constructor(readonly timeZone: string) {
    try {
      this.format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch {
      throw new Error(msg().formulaErrors.unknownTimeZone(timeZone));
    }
  }

  /** The calendar day of an instant in this zone. */
  dayOf(date: Date): Day {
    const ms = date.getTime();
    if (Number.isNaN(ms)) return NaN;
    const bucket = Math.floor(ms / MS_PER_HOUR);
    let offset = this.offsets.get(bucket);
    if (offset === undefined) {
      offset = this.offsetAt(bucket * MS_PER_HOUR);
      this.offsets.set(bucket, offset);
    }
    return Math.floor((ms + offset) / MS_PER_DAY);
  }

  /**
   * Minutes after midnight of an instant in this zone (the time of day a sheet shows), to the
   * nearest minute: old zone offsets have seconds (Jakarta's +07:07:12 in 1899) that Intl drops.
   */
  minuteOfDay(date: Date): number {
    const day = this.dayOf(date);
    const offset = this.offsets.get(Math.floor(date.getTime() / MS_PER_HOUR)) ?? 0;
    return Math.min(1439, Math.round((date.getTime() + offset - day * MS_PER_DAY) / 60_000));
  }

  /** Midnight of a day in this zone, as the instant a sheet shows as that date. */
  midnightOf(day: Day): Date {
    const utc = day * MS_PER_DAY;
    return new Date(utc - this.offsetAt(utc));
  }

  private offsetAt(ms: number): number {
    const parts: Record<string, number> = {};
    for (const p of this.format.formatToParts(new Date(ms))) {
      if (p.type !== 'literal') parts[p.type] = Number(p.value);
    }
    const wall =
      dayFromCivil(parts.year, parts.month, parts.day) * MS_PER_DAY +
      parts.hour * MS_PER_HOUR +
      parts.minute * 60_000;
    return wall - ms;
  }
}

/** The civil date of a day as a JavaScript Date at UTC midnight (for CSV and tests, never for sheets). */
export function utcDate(dayNumber: Day): Date {
  return new Date(dayNumber * MS_PER_DAY);
}
