/**
 * The Segmentasi menu. An add-on must put its items under Extensions (createAddonMenu); a
 * script bound to the owner's spreadsheet gets a top-level "Segmentasi" menu. onOpen in
 * AuthMode.NONE (an add-on not yet used in this file) may only build the menu.
 */
import { msg } from '../core/i18n';
import type { Services } from './services';
import { isBigQueryEdition } from './edition';

/** Set by the build: `npm run build -- --addon` for the Marketplace, bound script otherwise. */
declare const __ADDON__: boolean;

/** Only in the BigQuery edition, right after the run: the same run on BigQuery's engine. */
export const BIGQUERY_ITEM = { caption: 'bigquery', functionName: 'jalankanDiBigQuery' } as const;

/** The captions come from the catalogue in the user's language; the function names are the interface. */
export const MENU_ITEMS = [
  { caption: 'run', functionName: 'jalankanSegmentasi' },
  { caption: 'panel', functionName: 'bukaPanel' },
  { caption: 'settings', functionName: 'bukaPengaturan' },
  { caption: 'help', functionName: 'bukaBantuan' },
] as const;

export interface OpenEvent {
  authMode?: unknown;
}

export function buildMenu(services: Services, e: OpenEvent | undefined): void {
  const ui = services.ui();
  const asAddon = __ADDON__ || (e !== undefined && e.authMode === services.authModeNone());
  const menu = asAddon ? ui.createAddonMenu() : ui.createMenu(msg().menu.title);
  MENU_ITEMS.forEach((item, i) => {
    if (i === 1) {
      if (isBigQueryEdition()) menu.addItem(msg().menu[BIGQUERY_ITEM.caption], BIGQUERY_ITEM.functionName);
      menu.addSeparator();
    }
    menu.addItem(msg().menu[item.caption], item.functionName);
  });
  menu.addToUi();
}
