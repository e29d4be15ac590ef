/**
 * The panel's words in every language, for the server side. Each built page replaces this file
 * with one that holds its own language only (scripts/build.mjs), so a page ships one language.
 */
import type { Locale } from './locale';
import { sidebarEn } from './sidebarEn';
import { sidebarId, type SidebarCatalogue } from './sidebarId';

export const PANEL_CATALOGUES: Record<Locale, SidebarCatalogue> = { id: sidebarId, en: sidebarEn };
