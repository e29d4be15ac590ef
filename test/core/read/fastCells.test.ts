import { cannotStartAny, plainDate, plainWholeNumber } from '../../../src/core/read/fastCells';
import { parseAmountCell, parseDateText } from '../../../src/core/read/cells';
import { d } from '../../support/build';

describe('fast paths for plain cells', () => {
  it('reads whole numbers and leaves everything else to the full parser', () => {
    expect(plainWholeNumber('15000')).toBe(15000);
    expect(plainWholeNumber('-2500')).toBe(-2500);
    expect(plainWholeNumber('0')).toBe(0);
    for (const text of [
      '',
      '-',
      '15.000',
      '1,5',
      ' 15000',
      '15000 ',
      'Rp15000',
      '15rb',
      '7e+06',
      '1234567890123456',
    ])
      expect(plainWholeNumber(text)).toBeNull();
    // The full parser still answers what the fast path declines.
    expect(parseAmountCell('15.000')).toBe(15000);
    expect(parseAmountCell('7e+06')).toBe(parseAmountCell('7e+06'));
  });

  it('reads ISO and day-first dates of exactly ten characters, refusing impossible ones', () => {
    expect(plainDate('2025-03-07', true)).toBe(d('2025-03-07'));
    expect(plainDate('07-03-2025', true)).toBe(d('2025-03-07'));
    expect(plainDate('07/03/2025', true)).toBe(d('2025-03-07'));
    // Month-first books go to the full parser, which knows the order.
    expect(plainDate('07/03/2025', false)).toBeNull();
    expect(parseDateText('07/03/2025', 'MDY')).toBe(d('2025-07-03'));
    for (const text of [
      '2025-02-29',
      '2024-13-01',
      '31/04/2025',
      '7/3/2025',
      '2025-3-7',
      '1899-12-30',
      '2025-03-07 10:00',
    ])
      expect(plainDate(text, true)).toBeNull();
    expect(plainDate('2024-02-29', true)).toBe(d('2024-02-29'));
  });

  it('reads a date serial number given as text', () => {
    expect(parseDateText('45662')).toBe(d('2025-01-05'));
    expect(parseDateText('45662.75')).toBe(d('2025-01-05'));
    expect(parseDateText('20250105')).toBe(d('2025-01-05'));
    expect(parseDateText('4566')).toBeNull();
  });

  it('tells quickly which texts cannot be a total word, never hiding one', () => {
    const notTotal = cannotStartAny(['total', 'jumlah', 'subtotal']);
    expect(notTotal('Pelanggan 12')).toBe(true);
    expect(notTotal('2025-01-05')).toBe(true);
    for (const text of ['TOTAL', 'Jumlah', 'subtotal', ' Total', '(Total)', 'Ｔotal', '', 'Éclair'])
      expect(notTotal(text)).toBe(false);
  });
});
