/** DOMAIN 1, cell values: exports' scientific notation, "1.250jt", serial text, time-only cells. */
import { parseAmountCell, parseDateCell, parseDateText } from '../../../src/core/read/cells';
import { ZoneClock, dayFromCivil } from '../../../src/core/read/dates';

const wib = new ZoneClock('Asia/Jakarta');
const day = (y: number, m: number, dd: number) => dayFromCivil(y, m, dd);

describe('amount cells as owners and exports write them', () => {
  it.each([
    ['7e+06', 7_000_000],
    ['1.05e+08', 105_000_000],
    ['2.5E+05', 250_000],
    ['-7e+06', -7_000_000],
    ['1.250jt', 1_250_000],
    ['1,5 jt', 1_500_000],
    ['15rb', 15_000],
    ['Rp 15.000', 15_000],
    ['1.250.000,50', 1_250_000.5],
  ])('reads %s as %d', (text, expected) => {
    expect(parseAmountCell(text)).toBe(expected);
  });

  it('still refuses words that are not amounts', () => {
    expect(parseAmountCell('7e')).toBeNull();
    expect(parseAmountCell('e+06')).toBeNull();
    expect(parseAmountCell('sepuluh ribu')).toBeNull();
  });
});

describe('date cells', () => {
  it('reads a date serial number written as text', () => {
    expect(parseDateText('45728')).toBe(day(2025, 3, 12));
    expect(parseDateCell('45728', wib)).toBe(day(2025, 3, 12));
    expect(parseDateCell('45728.4375', wib)).toBe(day(2025, 3, 12));
  });

  it('does not take a time of day alone for a date (Sheets hands "10:30" as 30 Dec 1899 10:30)', () => {
    // 10:30 local mean time in Jakarta on 30 Dec 1899 (offset +07:07:12), as Apps Script passes it.
    const timeOnly = new Date(Date.UTC(1899, 11, 30, 3, 22, 48));
    expect(parseDateCell(timeOnly, wib)).toBeNull();
    expect(parseDateCell(new Date(Date.UTC(1899, 11, 30, 10, 30)), new ZoneClock('UTC'))).toBeNull();
    expect(parseDateCell(0.4375, wib)).toBeNull(); // the serial of 10:30 alone
    expect(parseDateCell('10:30', wib)).toBeNull();
    // The first day we read is 1 January 1900.
    expect(parseDateCell(new Date(Date.UTC(1900, 0, 1, 12)), new ZoneClock('UTC'))).toBe(day(1900, 1, 1));
  });

  it.each([
    ['12 Maret 2025', [2025, 3, 12]],
    ['12 March 2025', [2025, 3, 12]],
    ['March 12, 2025', [2025, 3, 12]],
    ['5 Agustus 2024', [2024, 8, 5]],
    ['5 August 2024', [2024, 8, 5]],
    ['1 Mei 2025', [2025, 5, 1]],
    ['1 May 2025', [2025, 5, 1]],
    ['3 Okt 2025', [2025, 10, 3]],
    ['3 Oct 2025', [2025, 10, 3]],
    ['17 Desember 2025', [2025, 12, 17]],
  ])('reads Indonesian and English month names: %s', (text, [y, m, dd]) => {
    expect(parseDateText(text)).toBe(day(y, m, dd));
  });
});
