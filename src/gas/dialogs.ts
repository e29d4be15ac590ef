/** The menu's Pengaturan and Bantuan items (Buka panel opens the sidebar: src/gas/sidebar.ts). */
import { HELP_HTML } from '../core/report/html';
import { settingsLines, applySettingsText } from '../core/settingsText';
import { parseSettings } from '../core/settings';
import type { Services } from './services';
import { saveSettingsInput, storedSettingsInput } from './settingsStore';

const TITLE = 'Pengaturan Segmentasi';

/** The stored settings, or the defaults (with a word to the owner) when they no longer validate. */
function readableSettings(services: Services): unknown {
  try {
    const stored = storedSettingsInput(services.documentProperties());
    parseSettings(stored);
    return stored;
  } catch (error) {
    const ui = services.ui();
    ui.alert(TITLE, `${(error as Error).message}\nPengaturan dikembalikan ke bawaan.`, ui.ButtonSet.OK);
    return {};
  }
}

/** Settings as name=value lines in a prompt; the answer is validated before anything is saved. */
export function openSettings(services: Services): void {
  const ui = services.ui();
  const props = services.documentProperties();
  const stored = readableSettings(services);
  const current = settingsLines(parseSettings(stored)).join('\n');
  const response = ui.prompt(
    TITLE,
    `Pengaturan sekarang (current settings):\n${current}\n\n` +
      'Tulis perubahan sebagai nama=nilai, pisahkan dengan ; (contoh: tempoHari=30; lembar.penjualan=Jualan). ' +
      'Nilai kosong mengembalikan bawaan (empty value restores the default).',
    ui.ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui.Button.OK || response.getResponseText().trim() === '') return;
  try {
    const next = applySettingsText(stored, response.getResponseText());
    saveSettingsInput(props, next.input);
    ui.alert(TITLE, `Tersimpan (saved):\n${settingsLines(next.settings).join('\n')}`, ui.ButtonSet.OK);
  } catch (error) {
    ui.alert(TITLE, `${(error as Error).message}\nTidak ada yang diubah (nothing changed).`, ui.ButtonSet.OK);
  }
}

export function openHelp(services: Services): void {
  services
    .ui()
    .showModalDialog(services.html(HELP_HTML).setWidth(520).setHeight(480), 'Bantuan Segmentasi Pelanggan');
}
