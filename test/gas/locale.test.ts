/**
 * One catalogue, chosen by locale, through the built bundle on the fake: the menu,
 * dialogs and the run speak the clicking user's language (Session.getActiveUserLocale); formulas
 * speak the spreadsheet's (getSpreadsheetLocale). Names other code and owners match on (sheet
 * names, the "Tipe Pelanggan" header, the type letters) stay Indonesian in every locale.
 */
import { sampleWorld, sheetRows, world } from './support/workbook';
import type { SheetLocaleName } from './fakes/typing';

const sales = sheetRows('penjualan.csv');
const debts = sheetRows('hutang.csv');

describe('the menu in the user locale', () => {
  it('shows English captions to a user whose locale is English', () => {
    const w = world(() => {}, 'Asia/Jakarta', { locale: 'en_US' });
    w.bundle.call('onOpen', { authMode: 'LIMITED' });
    expect(w.ui.menus[0].items.map((i) => i.caption)).toEqual([
      'Run segmentation',
      'Open panel',
      'Settings',
      'Help',
    ]);
  });

  it('shows Indonesian captions to a user whose locale is Indonesian', () => {
    const w = world(() => {}, 'Asia/Jakarta', { locale: 'in' });
    w.bundle.call('onOpen', { authMode: 'LIMITED' });
    expect(w.ui.menus[0].items.map((i) => i.caption)).toEqual([
      'Jalankan segmentasi',
      'Buka panel',
      'Pengaturan',
      'Bantuan',
    ]);
  });
});

describe('Jalankan segmentasi in the user locale', () => {
  it('closes in English for an English user, with our sheet names unchanged', () => {
    const w = sampleWorld(undefined, { locale: 'en_GB' });
    w.run();
    expect(w.spreadsheet.toasts[0].message).toBe('Reading the sales, debt and customer sheets…');
    const alert = w.ui.alerts[w.ui.alerts.length - 1];
    expect(alert.title).toBe('Customer Segmentation: done');
    expect(alert.message).toMatch(/^Rows read: sales \d/);
    expect(alert.message).toContain('To contact today:');
    expect(alert.message).toContain('(sheet "Hubungi Hari Ini")');
    expect(alert.message).not.toMatch(/Baris dibaca|Pelanggan: |selesai/);
    // Our output sheets keep their Indonesian names: owners and our own code find them by name.
    expect(w.spreadsheet.getSheetByName('Segmentasi Pelanggan')).not.toBeNull();
    expect(w.spreadsheet.sheet('Penjualan').peek()[0]).toContain('Tipe Pelanggan');
  });

  it('closes in Indonesian for an Indonesian user, without English glosses', () => {
    const w = sampleWorld(undefined, { locale: 'id' });
    w.run();
    const alert = w.ui.alerts[w.ui.alerts.length - 1];
    expect(alert.title).toBe('Segmentasi Pelanggan: selesai');
    expect(alert.message).toMatch(/^Baris dibaca: penjualan \d/);
    expect(alert.message).toContain('Perlu dihubungi hari ini:');
    expect(alert.message).not.toMatch(/\((done|reading|rows|customers|saved)\b/i);
  });

  it('opens the panel page of the user language: its first words and its title', () => {
    for (const [locale, lang, loading, title] of [
      ['en_US', 'en', 'Loading…', 'Customer Segmentation'],
      ['id', 'id', 'Memuat…', 'Segmentasi Pelanggan'],
    ]) {
      const w = sampleWorld(undefined, { locale });
      w.bundle.call('bukaPanel');
      const panel = w.ui.sidebars[0];
      expect(panel.title).toBe(title);
      expect(panel.content).toContain(`<html lang="${lang}">`);
      expect(panel.content).toContain(`<p class="status info">${loading}</p>`);
    }
  });

  it('shows the help and the settings prompt in the user language', () => {
    const w = sampleWorld(undefined, { locale: 'en' });
    w.bundle.call('bukaBantuan');
    expect(w.ui.dialogs[0].title).toBe('Customer Segmentation help');
    expect(w.ui.dialogs[0].html.getContent()).toContain('<b>Run segmentation</b> reads');
    w.bundle.call('bukaPengaturan');
    expect(w.ui.prompts[0].title).toBe('Segmentation settings');
    expect(w.ui.prompts[0].message).toMatch(/^Current settings:\n/);
  });
});

describe('formulas in the spreadsheet locale', () => {
  const call = (spreadsheetLocale: SheetLocaleName, locale: string, ...args: unknown[]) =>
    sampleWorld(undefined, { spreadsheetLocale, locale }).bundle.call('TIPE_PELANGGAN', ...args);

  it('answer in English in an English spreadsheet, whoever recalculates', () => {
    expect(call('en_US', 'id', 'Kios Mas Yanto', sales, debts, '', 'alasan')).toContain('(limit 60 days)');
    expect(call('en_US', 'id', 'Nobody', sales, debts)).toBe('No data');
    expect(() => call('en_US', 'id', 'Kios Mas Yanto', sales, debts, '', 'x')).toThrow(/^unknown keluaran/);
  });

  it('answer in Indonesian in an Indonesian spreadsheet, even for an English user', () => {
    expect(call('id_ID', 'en_US', 'Kios Mas Yanto', sales, debts, '', 'alasan')).toContain('(batas 60 hari)');
    expect(call('id_ID', 'en_US', 'Nobody', sales, debts)).toBe('Tidak ada data');
    // The type letters are the product's interface, the same in every locale.
    expect(call('en_US', 'en_US', 'Kios Mas Yanto', sales, debts)).toBe('D');
  });
});

describe('LINK_WA in the spreadsheet locale', () => {
  it('names an invalid number in the spreadsheet language', () => {
    const en = sampleWorld(undefined, { spreadsheetLocale: 'en_US' });
    expect(en.bundle.call('LINK_WA', '12')).toBe('Invalid number: 12');
    const id = sampleWorld(undefined, { spreadsheetLocale: 'id_ID', locale: 'en' });
    expect(id.bundle.call('LINK_WA', '12')).toBe('Nomor tidak valid: 12');
  });
});
