import { setLocale } from '../../../src/core/i18n';
import { sharedText } from '../../../src/core/report/sharedText';

describe('texts shared by customers with the same values', () => {
  afterEach(() => setLocale('id'));

  it('makes a text once per name and values, and again for another locale', () => {
    let made = 0;
    const text = (n: number) =>
      sharedText(['test-visits', n], () => {
        made++;
        return `${n} kali`;
      });
    expect([text(3), text(3), text(4), text(3)]).toEqual(['3 kali', '3 kali', '4 kali', '3 kali']);
    expect(made).toBe(2);
    setLocale('en');
    expect(sharedText(['test-visits', 3], () => '3 times')).toBe('3 times');
    setLocale('id');
    expect(sharedText(['test-visits', 3], () => 'never made')).toBe('3 kali');
  });
});
