/**
 * Numbers, money and calendar days as each language writes them, all by Intl:
 * Indonesian 1.250.000 · Rp 1.250.000 · 12,5% · 05/01/2025 · Okt 2026;
 * English    1,250,000 · Rp 1,250,000 · 12.5% · 5 Jan 2025 · Oct 2026.
 * A day is a calendar day (days since 1970-01-01, see read/dates.ts): it is formatted as its UTC
 * midnight in UTC, so no machine or spreadsheet time zone can move it to the day before.
 */
import type { Locale } from './locale';

/** English dates day first ("5 Jan 2025"), as en-GB writes them; its numbers are 1,250,000. */
const TAGS: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

const MS_PER_DAY = 86_400_000;

/** Most texts kept per formatter; past it the memo starts over (memory stays small). */
const MEMO_LIMIT = 10_000;

/**
 * A formatter that remembers its texts by value: reasons for tens of thousands of customers
 * format the same amounts (a median, a setting, round prices) again and again, and each Intl call
 * costs far more than a lookup. -0 is not remembered: a Map holds it as 0, Intl writes it "-0".
 */
export function memoized(format: (value: number) => string): (value: number) => string {
  const texts = new Map<number, string>();
  return (value) => {
    let text = texts.get(value);
    if (text === undefined || Object.is(value, -0)) {
      text = format(value);
      if (Object.is(value, -0)) return text;
      if (texts.size >= MEMO_LIMIT) texts.clear();
      texts.set(value, text);
    }
    return text;
  };
}

export interface Formats {
  /** "Rp 250.000" / "Rp 250,000", whole rupiah, a plain space (CSV and cells show it alike). */
  money(amount: number): string;
  /** At most one decimal: "2,3" / "2.3". */
  number(value: number): string;
  /** Exactly one decimal: "2,0" / "2.0" (seconds a run took). */
  oneDecimal(value: number): string;
  /** Four significant digits: a model's fitted parameters. */
  significant(value: number): string;
  /** A share 0..1 as "12,5%" / "12.5%". */
  percent(ratio: number): string;
  /** A calendar day: "05/01/2025" / "5 Jan 2025". */
  date(day: number): string;
  /** A calendar day without its year (a birthday): "05/03" / "5 Mar". */
  dayMonth(day: number): string;
  /** A calendar month (months since year 0, as monthIndex counts them): "Okt 2026" / "Oct 2026". */
  month(index: number): string;
  /** An instant's date and time in a time zone: "05/01/2025 14.30" / "5 Jan 2025, 14:30". */
  moment(ms: number, timeZone: string): string;
}

/** Intl writes a no-break space between "Rp" and the digits; owners' cells and CSVs hold a plain one. */
const plainSpaces = (text: string) => text.replace(/\u00a0/g, ' ');

function makeFormats(locale: Locale): Formats {
  const tag = TAGS[locale];
  const money = new Intl.NumberFormat(tag, {
    style: 'currency',
    currency: 'IDR',
    // "Rp" in both languages (English would otherwise write "IDR").
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: 0,
  });
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const oneDecimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const significant = new Intl.NumberFormat(tag, { maximumSignificantDigits: 4 });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(
    tag,
    locale === 'id'
      ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  );
  const dayMonth = new Intl.DateTimeFormat(
    tag,
    locale === 'id'
      ? { day: '2-digit', month: '2-digit', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', timeZone: 'UTC' },
  );
  const month = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    money: memoized((amount) => plainSpaces(money.format(amount))),
    number: memoized((value) => number.format(value)),
    oneDecimal: (value) => oneDecimal.format(value),
    significant: (value) => significant.format(value),
    percent: memoized((ratio) => plainSpaces(percent.format(ratio))),
    date: memoized((day) => date.format(day * MS_PER_DAY)),
    dayMonth: (day) => dayMonth.format(day * MS_PER_DAY),
    month: memoized((index) => month.format(Date.UTC(Math.floor(index / 12), index % 12, 1))),
    moment: (ms, timeZone) => {
      const text = new Intl.DateTimeFormat(tag, {
        ...(locale === 'id'
          ? { day: '2-digit', month: '2-digit', year: 'numeric' }
          : { day: 'numeric', month: 'short', year: 'numeric' }),
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone,
      }).format(ms);
      // Indonesian owners read "05/01/2025 14.30": the date and the time without a comma between.
      return locale === 'id' ? text.replace(', ', ' ') : text;
    },
  };
}

const made: Partial<Record<Locale, Formats>> = {};

/** The formats of one language, made on first use (a page or run in one language makes one set). */
export function formatsOf(locale: Locale): Formats {
  return (made[locale] ??= makeFormats(locale));
}

const englishPlural = new Intl.PluralRules('en-GB');

/** "1 customer", "2 customers", "1,250 customers": the count in English with its noun. */
export function englishCount(count: number, one: string, other: string): string {
  return `${formatsOf('en').number(count)} ${englishPlural.select(count) === 'one' ? one : other}`;
}
