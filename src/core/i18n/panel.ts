/**
 * The sidebar's words (the panel) on their own: the page and the checks it shares with the server
 * ask here, never the whole catalogue, so the page carries the panel's words and nothing more.
 */
import { currentLocale } from './locale';
import { PANEL_CATALOGUES } from './panelCatalogues';
import type { SidebarCatalogue } from './sidebarId';

export function panelWords(): SidebarCatalogue {
  return PANEL_CATALOGUES[currentLocale()];
}
