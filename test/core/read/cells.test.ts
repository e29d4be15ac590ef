import fc from 'fast-check';
import { parseAmountCell, parseDateCell, parseDateText } from '../../../src/core/read/cells';
import { ZoneClock, dayFromCivil, isoDate } from '../../../src/core/read/dates';
import { rupiah } from '../../../src/core/report/format';

const wib = new ZoneClock('Asia/Jakarta');
const day = (y: number, m: number, dd: number) => dayFromCivil(y, m, dd);

describe('date cells', () => {
  it('reads a sheet Date as its day in the spreadsheet zone (midnight WIB is 17:00 UTC the day before)', () => {
    const midnightWib = new Date(Date.UTC(2025, 2, 11, 17, 0, 0));
    expect(parseDateCell(midnightWib, wib)).toBe(day(2025, 3, 12));
    expect(parseDateCell(midnightWib, new ZoneClock('UTC'))).toBe(day(2025, 3, 11));
    expect(parseDateCell(new Date(Date.UTC(2025, 2, 12, 16, 59)), wib)).toBe(day(2025, 3, 12));
  });

  it('counts days across a DST change in a zone that has one', () => {
    const ny = new ZoneClock('America/New_York');
    // Midnight in New York before and after the March 2025 change.
    expect(parseDateCell(new Date(Date.UTC(2025, 2, 8, 5)), ny)).toBe(day(2025, 3, 8));
    expect(parseDateCell(new Date(Date.UTC(2025, 2, 10, 4)), ny)).toBe(day(2025, 3, 10));
  });

  it('reads Sheets serial numbers and YYYYMMDD integers', () => {
    expect(parseDateCell(45728, wib)).toBe(day(2025, 3, 12));
    expect(parseDateCell(45728.75, wib)).toBe(day(2025, 3, 12));
    expect(parseDateCell(19970101, wib)).toBe(day(1997, 1, 1));
  });

  it.each([
    ['12/03/2025', [2025, 3, 12]],
    ['1/3/2025', [2025, 3, 1]],
    ['12-03-25', [2025, 3, 12]],
    ['12.03.2025', [2025, 3, 12]],
    ['2025-03-12', [2025, 3, 12]],
    ['2025-03-12T10:00:00', [2025, 3, 12]],
    ['12 Maret 2025', [2025, 3, 12]],
    ['12 maret 2025', [2025, 3, 12]],
    ['Rabu, 12 Maret 2025', [2025, 3, 12]],
    ['12 Agt 2025', [2025, 8, 12]],
    ['5 Agustus 2025', [2025, 8, 5]],
    ['1 Mei 2025', [2025, 5, 1]],
    ['17-Des-2024', [2024, 12, 17]],
    ['March 12, 2025', [2025, 3, 12]],
    ['12 October 2025', [2025, 10, 12]],
    ['20250312', [2025, 3, 12]],
  ])('reads the text date %s', (text, [y, m, dd]) => {
    expect(parseDateText(text)).toBe(day(y, m, dd));
  });

  it('reads month-first text dates only when the setting says so', () => {
    expect(parseDateText('03/04/2025', 'DMY')).toBe(day(2025, 4, 3));
    expect(parseDateText('03/04/2025', 'MDY')).toBe(day(2025, 3, 4));
  });

  it.each(['31/02/2025', '3O/04/2026', 'kemarin', '', '12 Foo 2025', '2025-13-01'])('refuses %j', (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  it('refuses values that are not dates', () => {
    expect(parseDateCell(true, wib)).toBeNull();
    expect(parseDateCell(-5, wib)).toBeNull();
    expect(parseDateCell(new Date(NaN), wib)).toBeNull();
  });

  it('round-trips every day through ISO text (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: day(1950, 1, 1), max: day(2099, 12, 31) }),
        (n) => parseDateText(isoDate(n)) === n,
      ),
    );
  });
});

describe('amount cells', () => {
  it.each([
    [15000, 15000],
    ['15000', 15000],
    ['Rp 15.000', 15000],
    ['Rp15.000,-', 15000],
    ['IDR 15.000', 15000],
    ['1.250.000,50', 1250000.5],
    ['1,250,000.50', 1250000.5],
    ['15rb', 15000],
    ['15 ribu', 15000],
    ['15k', 15000],
    ['1,5 jt', 1500000],
    ['1.5jt', 1500000],
    ['2 juta', 2000000],
    ['-25.000', -25000],
    ['(25.000)', -25000],
    ['Rp -25.000', -25000],
    ['12,5', 12.5],
  ])('reads %j as %d', (text, value) => {
    expect(parseAmountCell(text)).toBeCloseTo(value, 6);
  });

  it.each(['', 'gratis', '15 kg', '1.2.3', 'Rp', true])('refuses %j', (value) => {
    expect(parseAmountCell(value)).toBeNull();
  });

  it('reads back any Rupiah amount formatted by Intl (property)', () => {
    fc.assert(fc.property(fc.integer({ min: -1e10, max: 1e10 }), (n) => parseAmountCell(rupiah(n)) === n));
  });
});
