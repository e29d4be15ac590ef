/** Bytes as Google counts them for properties, and settings checked against the 9 KB a value may hold. */
import { settingsProblems } from '../../src/core/settingsProblems';
import { fitsOneProperty, splitByBytes, utf8Bytes } from '../../src/core/storageLimits';

describe('UTF-8 bytes', () => {
  it('counts one byte for ASCII, two for "é", three for "€", four for an emoji', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('€')).toBe(3);
    expect(utf8Bytes('🙏')).toBe(4);
    expect(fitsOneProperty('k', 'x'.repeat(9215))).toBe(true);
    expect(fitsOneProperty('k', 'x'.repeat(9216))).toBe(false);
  });

  it('splits a text into parts of at most the bytes given, never inside a character', () => {
    const text = 'ab🙏cé';
    expect(splitByBytes(text, 4)).toEqual(['ab', '🙏', 'cé']);
    expect(splitByBytes('', 4)).toEqual(['']);
    expect(splitByBytes(text, 100).join('')).toBe(text);
  });
});

describe('settings too long for one property', () => {
  it('are a problem on the longest message template, in KB', () => {
    const pesan = { komplain: 'é'.repeat(590), beliLagi: 'é'.repeat(595), hadiah: 'é'.repeat(590) };
    const more = { terimaKasih: 'é'.repeat(590), ajakKembali: 'é'.repeat(590), ulangTahun: 'é'.repeat(590) };
    const input = {
      pesan: { ...pesan, ...more, hutang_telat1_30: 'é'.repeat(590), hutang_telat31_60: 'é'.repeat(590) },
    };
    // Eight templates of about 1,180 bytes: 9.5 KB with the rest of the JSON, rounded up to 10.
    expect(settingsProblems(input)).toEqual([
      {
        path: 'pesan.beliLagi',
        message:
          'Pengaturan terlalu panjang untuk disimpan: 10 KB, paling banyak 9 KB (batas Google). Perpendek pesan ini.',
      },
    ]);
    expect(settingsProblems({ pesan: { komplain: 'é'.repeat(590) } })).toEqual([]);
  });
});
