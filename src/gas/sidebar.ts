/**
 * The sidebar (menu Segmentasi › Buka panel): the page in the user's language and the server side
 * of its Ringkasan. Every endpoint the page calls returns plain JSON (google.script.run fails on a Date).
 */
import { currentLocale, msg, type Locale } from '../core/i18n';
import { useUserLocale } from './locale';
import type { PanelSummary } from '../core/report/panelSummary';
import type { Services } from './services';
import { segment, type RunResult } from './runSegmentation';
import { LAST_RUN_KEY, loadSettings } from './settingsStore';
import { documentProperties } from './documentServices';
import { autoLine, storedAutoRecord } from './runStatus';

/**
 * The page file pushed beside Code.js for a language (dist/sidebar-id.html, dist/sidebar-en.html):
 * each page carries one language's words, so the user's locale picks the page.
 */
export function sidebarFile(locale: Locale): string {
  return `sidebar-${locale}`;
}
/** A Sheets sidebar is 300 px wide; the page is laid out for it. */
export const SIDEBAR_WIDTH = 300;

export interface PanelStart {
  /** The last run's figures, or null before the first run in this file. */
  summary: PanelSummary | null;
  /** The automatic update's line ("Pembaruan otomatis terakhir: ..."), or null while it is off and never ran. */
  auto: string | null;
}

export { useUserLocale };

export function openSidebar(services: Services): void {
  const page = services
    .htmlFile(sidebarFile(currentLocale()))
    .setTitle(msg().dialogs.sidebarTitle)
    .setWidth(SIDEBAR_WIDTH);
  services.ui().showSidebar(page);
}

/** The last run's figures as stored by the run; an older or damaged record counts as none. */
export function lastSummary(services: Services): PanelSummary | null {
  const text = documentProperties(services).getProperty(LAST_RUN_KEY);
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<PanelSummary>;
    return Array.isArray(value.types) && Array.isArray(value.retention) && Array.isArray(value.ageing)
      ? (value as PanelSummary)
      : null;
  } catch {
    return null;
  }
}

/** The automatic update's line for the panel: shown while it is on, or when it has run before. */
function autoStatus(services: Services): string | null {
  const props = documentProperties(services);
  const record = storedAutoRecord(props);
  let settings;
  try {
    settings = loadSettings(props);
  } catch {
    return null;
  }
  return settings.perbaruiOtomatis || record ? autoLine(settings, record) : null;
}

export function panelStart(services: Services): PanelStart {
  useUserLocale(services);
  return { summary: lastSummary(services), auto: autoStatus(services) };
}

/** "Jalankan segmentasi" from the page: the menu's own run, its result returned instead of alerted. */
export function panelRun(services: Services): RunResult {
  useUserLocale(services);
  return segment(services);
}
