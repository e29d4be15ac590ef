/**
 * The active language, and the panel's words following it: "en", "en_US", "en-GB" are English;
 * anything else, blank and unknown tags included, is Indonesian, the product's own language.
 */
import { msg } from '../../../src/core/i18n';
import { currentLocale, localeOf, setLocale } from '../../../src/core/i18n/locale';
import { panelWords } from '../../../src/core/i18n/panel';

afterEach(() => setLocale('id'));

describe('the locale', () => {
  it('reads English from English tags only', () => {
    for (const tag of ['en', 'en_US', 'en-GB', 'EN_au', ' en '])
      expect([tag, localeOf(tag)]).toEqual([tag, 'en']);
    for (const tag of ['id', 'in', 'id_ID', '', null, undefined, 'eng', 'fr_FR', 'ms_MY'])
      expect([tag, localeOf(tag)]).toEqual([tag, 'id']);
  });

  it('is the one msg() and the panel speak', () => {
    expect(setLocale('en_US')).toBe('en');
    expect(currentLocale()).toBe('en');
    expect(panelWords().loading).toBe('Loading…');
    expect(panelWords().tabs.pengaturan).toBe('Settings');
    expect(msg().menu.run).toBe('Run segmentation');
    setLocale('id_ID');
    expect(panelWords().loading).toBe('Memuat…');
    expect(panelWords().advanced).toBe('Lanjutan');
    expect(msg().menu.run).toBe('Jalankan segmentasi');
  });

  it('gives the panel the same words as the whole catalogue', () => {
    setLocale('en');
    expect(panelWords()).toBe(msg().sidebar);
    setLocale('id');
    expect(panelWords()).toBe(msg().sidebar);
  });
});
