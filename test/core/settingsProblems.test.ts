/** Settings problems per field in the owner's words, and a label and meaning for every setting. */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { settingsProblems } from '../../src/core/settingsProblems';
import { setLocale } from '../../src/core/i18n';
import { sidebarId } from '../../src/core/i18n/sidebarId';
import { sidebarEn } from '../../src/core/i18n/sidebarEn';

afterEach(() => setLocale('id'));

describe('settingsProblems', () => {
  it('names each wrong field with an Indonesian message', () => {
    expect(
      settingsProblems({
        batasMacetHari: 0,
        tempoHari: 'dua minggu',
        rasioLoyal: 1.5,
        jendelaBulan: 2.5,
        formatTanggal: 'YMD',
        tanggalAcuan: '20/11/2026',
        pesan: { beliLagi: 5 },
      }),
    ).toEqual([
      { path: 'tempoHari', message: 'Isi dengan angka.' },
      { path: 'batasMacetHari', message: 'Paling kecil 1.' },
      { path: 'rasioLoyal', message: 'Paling besar 1.' },
      { path: 'jendelaBulan', message: 'Isi dengan angka bulat.' },
      { path: 'formatTanggal', message: 'Pilih salah satu: DMY, MDY.' },
      { path: 'tanggalAcuan', message: 'Tulis tanggal sebagai TTTT-BB-HH, misalnya 2026-11-20.' },
      { path: 'pesan.beliLagi', message: 'Isi dengan teks.' },
    ]);
  });

  it('writes limits the Indonesian way and finds nothing wrong in valid settings', () => {
    expect(settingsProblems({ batasKreditA: 2_000_000_000 })).toEqual([
      { path: 'batasKreditA', message: 'Paling besar 1.000.000.000.' },
    ]);
    expect(settingsProblems({ batasMacetHari: 90, namaToko: 'Sari Rasa' })).toEqual([]);
    expect(settingsProblems({})).toEqual([]);
  });

  it('speaks English to an English locale', () => {
    setLocale('en_US');
    expect(settingsProblems({ batasMacetHari: 0 })).toEqual([
      { path: 'batasMacetHari', message: 'At least 1.' },
    ]);
  });
});

describe('the sidebar catalogue', () => {
  const scalar = [...Object.keys(DEFAULT_SETTINGS), 'tanggalAcuan'].filter(
    (k) => typeof (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[k] !== 'object',
  );

  it('has a label and a meaning for every setting of the schema, in both languages', () => {
    for (const key of scalar) {
      expect([key, sidebarId.settings[key]?.label]).toEqual([key, expect.any(String)]);
      expect([key, sidebarId.settings[key]?.meaning]).toEqual([key, expect.any(String)]);
      expect([key, sidebarEn.settings[key]?.label]).toEqual([key, expect.any(String)]);
    }
    expect(sidebarId.settings.batasMacetHari.label).toBe('Batas macet (hari)');
  });

  it('has the same setting keys and template labels in English as in Indonesian', () => {
    expect(Object.keys(sidebarEn.settings).sort()).toEqual(Object.keys(sidebarId.settings).sort());
    expect(Object.keys(sidebarEn.templates).sort()).toEqual(Object.keys(sidebarId.templates).sort());
    expect(Object.keys(DEFAULT_SETTINGS.pesan).sort()).toEqual(Object.keys(sidebarId.templates).sort());
  });
});
