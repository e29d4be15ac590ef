/** Phone numbers as owners write them (DOMAIN 1) and the WhatsApp link made only for a mobile. */
import { isMobile, phoneKey } from '../../../src/core/read/text';
import { waLink } from '../../../src/core/report/whatsapp';

describe('phone numbers in every style owners write (DOMAIN 1)', () => {
  it.each([
    ['+62 812-3456-7890', '6281234567890'],
    ['6281234567890', '6281234567890'],
    [6281234567890, '6281234567890'],
    ['0812 3456 7890', '6281234567890'],
    ['(0812)34567890', '6281234567890'],
    ['0812.3456.7890', '6281234567890'],
    // A number cell loses the leading 0.
    [8123456789, '628123456789'],
    ['021-7654321', '62217654321'],
  ])('%p is %p', (cell, key) => {
    expect(phoneKey(cell)).toBe(key);
  });

  it('takes the first mobile number of two in one cell, else the first number', () => {
    expect(phoneKey('021-7654321 / 0813-1111-2222')).toBe('6281311112222');
    expect(phoneKey('0812-1111-2222, 0857-3333-4444')).toBe('6281211112222');
    expect(phoneKey('0857-3333-4444 atau 0812-1111-2222')).toBe('6285733334444');
    expect(phoneKey('021-7654321; 022-1234567')).toBe('62217654321');
  });

  it('gives nothing for what is no number', () => {
    expect(phoneKey('tidak punya hp')).toBe('');
    expect(phoneKey('12345')).toBe('');
    expect(phoneKey('')).toBe('');
  });

  it('knows a mobile number: 62, then 8, then 8 to 11 more digits', () => {
    expect(isMobile('62812345678')).toBe(true);
    expect(isMobile('62812345678901')).toBe(true);
    expect(isMobile('6281234567')).toBe(false);
    expect(isMobile('628123456789012')).toBe(false);
    expect(isMobile('62217654321')).toBe(false);
  });
});

describe('wa.me links only for an Indonesian mobile number', () => {
  it('links mobiles in any style, with the message encoded', () => {
    expect(waLink('+62 812-3456-7890')).toBe('https://wa.me/6281234567890');
    expect(waLink('0812 3456 7890', 'Halo Bu Sri')).toBe('https://wa.me/6281234567890?text=Halo%20Bu%20Sri');
    expect(waLink('021-7654321 / 0813-1111-2222')).toBe('https://wa.me/6281311112222');
  });

  it('makes no link for a landline or a number too short or too long', () => {
    expect(waLink('021-7654321')).toBe('');
    expect(waLink('(021) 765-4321')).toBe('');
    expect(waLink('0812-3456-7')).toBe('');
    expect(waLink('0812-3456-7890-12')).toBe('');
  });
});
