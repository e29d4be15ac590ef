import { DEFAULT_SETTINGS, parseSettings } from '../../src/core/settings';

describe('settings', () => {
  it('has the defaults of DOMAIN.md', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      tempoHari: 14,
      batasMacetHari: 60,
      rasioLoyal: 0.5,
      minKunjunganLoyal: 3,
      rasioLoyalTanpaReferensi: 0.8,
      siklusHari: 30,
      hariHilang: 180,
      jendelaBulan: 12,
      hapusSapaan: false,
      formatTanggal: 'DMY',
    });
  });

  it('keeps what the owner set and fills the rest', () => {
    expect(parseSettings({ tempoHari: 30 })).toMatchObject({ tempoHari: 30, batasMacetHari: 60 });
  });

  it('refuses wrong values with one message naming each field', () => {
    expect(() => parseSettings({ tempoHari: -1, rasioLoyal: 2, tanggalAcuan: '30/06/2025' })).toThrow(
      /Pengaturan tidak valid.*tempoHari.*rasioLoyal.*tanggalAcuan/,
    );
  });
});
