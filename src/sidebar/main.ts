/**
 * The sidebar page: three sections, each behind a tab with its name (Ringkasan, Hubungi,
 * Pengaturan). Bundled by scripts/build.mjs and inlined into one page per language
 * (dist/sidebar-id.html, dist/sidebar-en.html).
 */
import { setLocale } from '../core/i18n/locale';
import { panelWords } from '../core/i18n/panel';
import { call } from './server';
import { clear, el, errorText } from './dom';
import { renderRingkasan } from './ringkasan';
import { renderHubungi } from './hubungi';
import { renderPengaturan } from './pengaturan';

type Section = 'ringkasan' | 'hubungi' | 'pengaturan';
const SECTIONS: Section[] = ['ringkasan', 'hubungi', 'pengaturan'];

function sectionNode(name: Section): HTMLElement {
  return document.getElementById(name) as HTMLElement;
}

function open(name: Section, tabs: Map<Section, HTMLButtonElement>): void {
  for (const s of SECTIONS) {
    sectionNode(s).hidden = s !== name;
    tabs.get(s)?.setAttribute('aria-selected', String(s === name));
  }
  // Hubungi and Pengaturan are read fresh each time: the list after a run or a save, the settings as saved.
  if (name === 'hubungi') void renderHubungi(sectionNode(name));
  if (name === 'pengaturan') void renderPengaturan(sectionNode(name));
}

async function start(): Promise<void> {
  // The page is built in one language (its <html lang>): its numbers and dates follow it too.
  setLocale(document.documentElement.lang);
  const nav = document.getElementById('tabs') as HTMLElement;
  const first = sectionNode('ringkasan');
  try {
    const data = await call('panelMulai');
    const t = panelWords();
    const tabs = new Map<Section, HTMLButtonElement>();
    clear(nav);
    for (const s of SECTIONS) {
      const tab = el('button', {
        class: 'tab',
        text: t.tabs[s],
        attrs: { type: 'button', role: 'tab', 'data-section': s },
      });
      tab.addEventListener('click', () => open(s, tabs));
      tabs.set(s, tab);
      nav.appendChild(tab);
    }
    renderRingkasan(first, data.summary, data.auto);
    open('ringkasan', tabs);
  } catch (error) {
    clear(first);
    first.appendChild(el('p', { class: 'status error', text: panelWords().failed(errorText(error)) }));
  }
}

void start();
