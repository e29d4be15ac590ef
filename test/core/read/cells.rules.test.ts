/**
 * Edges of the cell readers (DOMAIN 1: real dates, serial numbers, text dates, amounts as
 * numbers or text) that the mutation run of read/cells.ts asks about.
 */
import { parseAmountCell, parseDateCell, parseDateText } from '../../../src/core/read/cells';
import { ZoneClock, dayFromCivil } from '../../../src/core/read/dates';

const wib = new ZoneClock('Asia/Jakarta');
const day = (y: number, m: number, dd: number) => dayFromCivil(y, m, dd);

describe('text dates at the edges', () => {
  it.each([
    ['01/01/1900', day(1900, 1, 1)],
    ['31/12/2999', day(2999, 12, 31)],
    ['29/02/2024', day(2024, 2, 29)],
    ['31/01/2025', day(2025, 1, 31)],
    ['1/12/2025', day(2025, 12, 1)],
    ['05/01/25', day(2025, 1, 5)],
    ['05/01/99', day(1999, 1, 5)],
    ['2025/1/5', day(2025, 1, 5)],
    ['2025.01.05', day(2025, 1, 5)],
    ['2025-01-05 14:22', day(2025, 1, 5)],
    ['05/01/2025 14:22', day(2025, 1, 5)],
    ['  05/01/2025  ', day(2025, 1, 5)],
    ['Senin, 06/01/2025', day(2025, 1, 6)],
    ['Sat 4 Jan 2025', day(2025, 1, 4)],
    ['5 Jan. 2025', day(2025, 1, 5)],
    ['5-Jan-25', day(2025, 1, 5)],
    ['Jan 5 2025', day(2025, 1, 5)],
    ['Sept 5, 2025', day(2025, 9, 5)],
    ['19000101', day(1900, 1, 1)],
    ['01/01/70', day(1970, 1, 1)],
    ['5Jan2025', day(2025, 1, 5)],
    ['5  Jan  2025', day(2025, 1, 5)],
    ['5 Jan 2025 10:00', day(2025, 1, 5)],
    ['Jan  5,  2025', day(2025, 1, 5)],
    ['Jan 5, 2025 10:00', day(2025, 1, 5)],
  ])('reads %j', (text, expected) => {
    expect(parseDateText(text)).toBe(expected);
  });

  it.each([
    '31/12/1899',
    '01/01/3000',
    '29/02/2025',
    '00/01/2025',
    '32/01/2025',
    '05/00/2025',
    '05/13/2025',
    '2025-02-30',
    '5 Foo 2025',
    'Foo 5, 2025',
    '18991231',
    '05/01/2025x',
    '1/2',
    'x2025-01-05',
    '2025-01-05abc',
    'a05/01/2025',
    'x20250105',
    '202501051',
    'x5 Jan 2025',
    '5 Jan 2025x',
    'Jan 5, 2025x',
  ])('refuses %j', (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  it('reads day first when no order is given', () => {
    expect(parseDateCell('03/04/2025', wib)).toBe(day(2025, 4, 3));
  });

  it('reads month first only with MDY, also with a two-digit year', () => {
    expect(parseDateText('01/05/25', 'MDY')).toBe(day(2025, 1, 5));
    expect(parseDateText('13/05/2025', 'MDY')).toBeNull();
  });
});

describe('date numbers', () => {
  it('reads serial numbers from the first day on, with the time of day dropped', () => {
    expect(parseDateCell(1, wib)).toBe(day(1899, 12, 31));
    expect(parseDateCell(25569, wib)).toBe(day(1970, 1, 1));
    expect(parseDateCell(45658.999, wib)).toBe(day(2025, 1, 1));
    expect(parseDateCell(2958465, wib)).toBe(day(9999, 12, 31));
  });

  it('reads YYYYMMDD integers within 1900-2999 and nothing that is not a day', () => {
    expect(parseDateCell(20250105, wib)).toBe(day(2025, 1, 5));
    expect(parseDateCell(29991231, wib)).toBe(day(2999, 12, 31));
    expect(parseDateCell(20250230, wib)).toBeNull();
    for (const v of [0, 0.5, 2958466, Infinity, NaN, -1]) expect(parseDateCell(v, wib)).toBeNull();
    expect(parseDateCell('20250105', wib)).toBe(day(2025, 1, 5));
    expect(parseDateCell(null, wib)).toBeNull();
    expect(parseDateCell(undefined, wib)).toBeNull();
  });
});

describe('amounts at the edges', () => {
  it.each([
    ['1.250', 1250],
    ['1,250', 1250],
    ['12.5', 12.5],
    ['1.25', 1.25],
    ['.5', 0.5],
    [',5', 0.5],
    ['0,5jt', 500000],
    ['1,5 miliar', 1.5e9],
    ['2 milyar', 2e9],
    ['15rb.', 15000],
    ['Rp.15.000', 15000],
    ['rp 15.000,-', 15000],
    ['15.000.-', 15000],
    ['15.000-', 15000],
    ['Rp-5.000', -5000],
    ['-Rp 5.000', -5000],
    ['(Rp 5.000)', -5000],
    ['  15 000  ', 15000],
    ['1.250.000', 1250000],
    ['1,250,000', 1250000],
    ['1.250,5', 1250.5],
    ['1,250.5', 1250.5],
    ['.55', 0.55],
    ['1.250jt', 1250000],
  ])('reads %j as %d', (text, value) => {
    expect(parseAmountCell(text)).toBeCloseTo(value, 6);
  });

  it.each([
    '.,5',
    'x15',
    'abc15',
    '15rb3',
    '1.250.00',
    '1.250,000,5',
    '15 kilo',
    'jt',
    '-',
    '()',
    '15x',
    NaN,
    Infinity,
    null,
  ])('refuses %j', (value) => {
    expect(parseAmountCell(value)).toBeNull();
  });
});
