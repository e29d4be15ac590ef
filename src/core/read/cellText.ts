/**
 * A cell as the owner sees it in the sheet, for messages (DOMAIN 1): a date as DD/MM/YYYY, a time
 * of day alone (Sheets holds "10:30" as 30 Dec 1899 10:30) as "10:30", never a program's date text.
 */
import { civilFromDay, dayFromCivil, isDate, type Day, type ZoneClock } from './dates';

/** The day Sheets counts from: a time typed alone falls on it. */
const SHEETS_EPOCH = dayFromCivil(1899, 12, 30);

const pad2 = (n: number) => (n < 10 ? '0' + n : String(n));

/** DD/MM/YYYY, the way Sheets shows a date cell in an Indonesian spreadsheet. */
export function dayText(day: Day): string {
  const { year, month, day: date } = civilFromDay(day);
  return `${pad2(date)}/${pad2(month)}/${year}`;
}

export function ownerCellText(value: unknown, clock: ZoneClock): string {
  if (!isDate(value)) return String(value ?? '');
  const day = clock.dayOf(value);
  if (Number.isNaN(day)) return '';
  const minutes = clock.minuteOfDay(value);
  const time = `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
  if (day === SHEETS_EPOCH) return time;
  return minutes === 0 ? dayText(day) : `${dayText(day)} ${time}`;
}
