/** Hubungi: today's list, each with its reason, a wa.me link with the message, and "Sudah dihubungi". */
import { panelWords } from '../core/i18n/panel';
import type { ContactEntry, ContactList } from '../gas/sidebarContacts';
import { call } from './server';
import { clear, el, errorText, status } from './dom';

const WA_PREFIX = 'https://wa.me/';

function entryCard(
  entry: ContactEntry,
  onContacted: (entry: ContactEntry, button: HTMLButtonElement) => void,
) {
  const t = panelWords();
  const facts = [entry.amount, entry.date].filter((x): x is string => x !== null).join(' · ');
  const card = el(
    'li',
    { class: 'contact', attrs: { 'data-key': entry.key } },
    el(
      'div',
      { class: 'who' },
      el('strong', { class: 'name', text: entry.name }),
      el('span', { class: 'badge', text: entry.label }),
    ),
    el('div', { class: 'why', text: entry.why }),
    facts ? el('div', { class: 'facts', text: facts }) : null,
    el('div', { class: 'message', text: entry.message }),
  );
  const actions = el('div', { class: 'actions' });
  // Only a wa.me address becomes a link: nothing from a sheet decides where the owner is sent.
  if (entry.link.startsWith(WA_PREFIX)) {
    const link = el('a', { class: 'wa', text: t.sendWhatsApp, attrs: { target: '_blank', rel: 'noopener' } });
    link.href = entry.link;
    actions.appendChild(link);
  }
  const button = el('button', { class: 'secondary', text: t.contacted, attrs: { type: 'button' } });
  button.addEventListener('click', () => onContacted(entry, button));
  actions.appendChild(button);
  card.appendChild(actions);
  return card;
}

export async function renderHubungi(section: HTMLElement): Promise<void> {
  const t = panelWords();
  clear(section);
  const line = el('p', { class: 'status', attrs: { id: 'contact-status', 'aria-live': 'polite' } });
  const body = el('div');
  section.append(el('h3', { text: t.contactsTitle }), line, body);
  status(line, t.loading);

  const show = (list: ContactList) => {
    clear(body);
    if (list.problem) return status(line, list.problem, 'error');
    if (list.entries.length === 0) body.appendChild(el('p', { text: t.noContacts }));
    const withPhone = list.entries.filter((e) => e.link.startsWith(WA_PREFIX));
    const without = list.entries.filter((e) => !e.link.startsWith(WA_PREFIX));
    if (withPhone.length)
      body.appendChild(el('ul', { class: 'contacts' }, ...withPhone.map((e) => entryCard(e, contacted))));
    if (without.length) {
      body.appendChild(el('h4', { text: t.withoutPhone }));
      body.appendChild(el('ul', { class: 'contacts' }, ...without.map((e) => entryCard(e, contacted))));
    }
    if (list.more > 0) body.appendChild(el('p', { class: 'note', text: t.more(list.more) }));
  };
  const contacted = async (entry: ContactEntry, button: HTMLButtonElement) => {
    button.disabled = true;
    try {
      const list = await call('panelSudahDihubungi', { key: entry.key, bucket: entry.bucket });
      show(list);
      if (!list.problem) status(line, `${entry.name}: ${t.contactedSaved(list.gapDays)}`, 'ok');
    } catch (error) {
      button.disabled = false;
      status(line, t.failed(errorText(error)), 'error');
    }
  };
  try {
    const list = await call('panelHubungi');
    status(line, '');
    show(list);
  } catch (error) {
    status(line, t.failed(errorText(error)), 'error');
  }
}
