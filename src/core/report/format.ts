/**
 * Rupiah, counts, shares and days for what the owner reads, in the words' language (the active
 * locale): Intl does the writing (see i18n/formats.ts), never hand-made separators.
 */
import { currentLocale } from '../i18n/locale';
import { formatsOf } from '../i18n/formats';

export { memoized } from '../i18n/formats';

/** "Rp 250.000" / "Rp 250,000", with a plain space so CSV and cells show it the same everywhere. */
export const rupiah = (amount: number): string => formatsOf(currentLocale()).money(amount);

export const number = (n: number): string => formatsOf(currentLocale()).number(n);

export const percent = (ratio: number): string => formatsOf(currentLocale()).percent(ratio);

/** A calendar day as the owner reads it: "05/01/2025" / "5 Jan 2025". */
export const dateText = (day: number): string => formatsOf(currentLocale()).date(day);

/** A calendar day without its year (a birthday): "05/03" / "5 Mar". */
export const dayMonthText = (day: number): string => formatsOf(currentLocale()).dayMonth(day);

/** A calendar month (monthIndex): "Okt 2026" / "Oct 2026". */
export const monthText = (index: number): string => formatsOf(currentLocale()).month(index);

/** Exactly one decimal: "2,0" / "2.0". */
export const oneDecimal = (value: number): string => formatsOf(currentLocale()).oneDecimal(value);

/** Four significant digits: "0,4611" / "0.4611". */
export const significant = (value: number): string => formatsOf(currentLocale()).significant(value);

/** When a run started, in the spreadsheet's time zone: "05/01/2025 14.30" / "5 Jan 2025, 14:30". */
export const momentText = (ms: number, timeZone: string): string =>
  formatsOf(currentLocale()).moment(ms, timeZone);
