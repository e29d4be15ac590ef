/** The menu's Pengaturan and Bantuan items (Buka panel opens the sidebar: src/gas/sidebar.ts). */
import { settingsLines, applySettingsText } from '../core/settingsText';
import { parseSettings } from '../core/settings';
import { settingsProblems } from '../core/settingsProblems';
import { msg } from '../core/i18n';
import type { Services } from './services';
import { storedSettingsInput } from './settingsStore';
import { documentProperties } from './documentServices';
import { saveSettingsAndSchedule } from './dailyRefresh';

/** The stored settings, or the defaults (with a word to the owner) when they no longer validate. */
function readableSettings(services: Services): unknown {
  try {
    const stored = storedSettingsInput(documentProperties(services));
    parseSettings(stored);
    return stored;
  } catch (error) {
    const ui = services.ui();
    ui.alert(
      msg().dialogs.settingsTitle,
      msg().dialogs.settingsReset((error as Error).message),
      ui.ButtonSet.OK,
    );
    return {};
  }
}

/** Settings as name=value lines in a prompt; the answer is validated before anything is saved. */
export function openSettings(services: Services): void {
  const ui = services.ui();
  const props = documentProperties(services);
  const stored = readableSettings(services);
  const current = settingsLines(parseSettings(stored)).join('\n');
  const t = msg().dialogs;
  const response = ui.prompt(t.settingsTitle, t.settingsPrompt(current), ui.ButtonSet.OK_CANCEL);
  if (response.getSelectedButton() !== ui.Button.OK || response.getResponseText().trim() === '') return;
  try {
    const next = applySettingsText(stored, response.getResponseText());
    const problem = settingsProblems(next.input)[0];
    if (problem) throw new Error(problem.path ? `${problem.path}: ${problem.message}` : problem.message);
    saveSettingsAndSchedule(services, props, next.input);
    ui.alert(t.settingsTitle, t.saved(settingsLines(next.settings).join('\n')), ui.ButtonSet.OK);
  } catch (error) {
    ui.alert(t.settingsTitle, t.nothingChanged((error as Error).message), ui.ButtonSet.OK);
  }
}

export function openHelp(services: Services): void {
  const t = msg().dialogs;
  services.ui().showModalDialog(services.html(t.helpHtml).setWidth(520).setHeight(480), t.helpTitle);
}
