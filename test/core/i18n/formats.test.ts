/**
 * Numbers, money and days per language, by Intl. Expected texts are written by hand: Indonesian
 * as owners write them (dots for thousands, a comma for decimals, DD/MM/YYYY), English as English
 * readers do (commas for thousands, "5 Jan 2025"). Days are calendar days: the same text in every
 * machine time zone (the suite runs in UTC and in America/Los_Angeles).
 */
import { englishCount, formatsOf } from '../../../src/core/i18n/formats';
import { dayFromCivil } from '../../../src/core/read/dates';

const id = formatsOf('id');
const en = formatsOf('en');

describe('formats of each language', () => {
  it('write money in rupiah with the language’s separators and a plain space', () => {
    expect(id.money(1_250_000)).toBe('Rp 1.250.000');
    expect(en.money(1_250_000)).toBe('Rp 1,250,000');
    expect(id.money(1000)).toBe('Rp 1.000');
    expect(en.money(1000)).toBe('Rp 1,000');
    expect(en.money(999)).toBe('Rp 999');
    expect(en.money(-1500)).toBe('-Rp 1,500');
    expect(en.money(1234.5)).toBe('Rp 1,235');
  });

  it('write numbers, one decimal, shares and model parameters', () => {
    expect(id.number(1_250_000)).toBe('1.250.000');
    expect(en.number(1_250_000)).toBe('1,250,000');
    expect(id.number(12.5)).toBe('12,5');
    expect(en.number(12.5)).toBe('12.5');
    expect(id.oneDecimal(2)).toBe('2,0');
    expect(en.oneDecimal(2)).toBe('2.0');
    expect(id.percent(0.591)).toBe('59,1%');
    expect(en.percent(0.591)).toBe('59.1%');
    expect(id.significant(27.93157)).toBe('27,93');
    expect(en.significant(27.93157)).toBe('27.93');
  });

  it('write a calendar day and a month as the language does, whatever the machine’s zone', () => {
    const day = dayFromCivil(2025, 1, 5);
    expect(id.date(day)).toBe('05/01/2025');
    expect(en.date(day)).toBe('5 Jan 2025');
    expect(id.date(0)).toBe('01/01/1970');
    expect(en.date(-1)).toBe('31 Dec 1969');
    expect(en.date(dayFromCivil(2024, 2, 29))).toBe('29 Feb 2024');
    expect(id.dayMonth(dayFromCivil(1990, 3, 5))).toBe('05/03');
    expect(en.dayMonth(dayFromCivil(1990, 3, 5))).toBe('5 Mar');
    const october = 2026 * 12 + 9;
    expect(id.month(october)).toBe('Okt 2026');
    expect(en.month(october)).toBe('Oct 2026');
    expect(id.month(2025 * 12 + 4)).toBe('Mei 2025');
    expect(en.month(2025 * 12 + 4)).toBe('May 2025');
    expect(id.month(2025 * 12 + 11)).toBe('Des 2025');
    expect(en.month(2025 * 12)).toBe('Jan 2025');
  });

  it('write an instant in a time zone: the date and time there', () => {
    // 17:05 UTC on 4 Jan is 00:05 on 5 Jan in Jakarta (UTC+7), still 4 Jan in Los Angeles.
    const ms = Date.UTC(2025, 0, 4, 17, 5);
    expect(id.moment(ms, 'Asia/Jakarta')).toBe('05/01/2025 00.05');
    expect(en.moment(ms, 'Asia/Jakarta')).toBe('5 Jan 2025, 00:05');
    expect(en.moment(ms, 'America/Los_Angeles')).toBe('4 Jan 2025, 09:05');
  });

  it('count English nouns: one is singular, everything else plural', () => {
    expect(englishCount(1, 'customer', 'customers')).toBe('1 customer');
    expect(englishCount(2, 'customer', 'customers')).toBe('2 customers');
    expect(englishCount(0, 'row', 'rows')).toBe('0 rows');
    expect(englishCount(1250, 'row', 'rows')).toBe('1,250 rows');
    expect(englishCount(1.5, 'day', 'days')).toBe('1.5 days');
  });
});
