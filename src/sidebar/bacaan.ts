/**
 * "Cara buku Anda dibaca" at the top of Pengaturan (DOMAIN 1): each line of the last run's reading
 * report with its correction beside it: another sheet for a kind, another column for a role, an
 * unknown word marked paid or unpaid, the debt sheet for credit sales known only from the sales,
 * or what to change in the sheet. The controls are fields of the settings form, saved by its
 * Simpan and used by the next run and the formulas. The lines come written from the server; every
 * text goes in as text (dom.ts).
 */
import { panelWords } from '../core/i18n/panel';
import { headerKey } from '../core/read/text';
import type { PanelWord } from '../core/report/readingPanel';
import type { ReadingLine } from '../core/report/readingText';
import type { SettingsForm } from '../gas/sidebarSettings';
import { el } from './dom';
import { columnField, field, sheetField, type Form, type Input } from './formFields';

const WORD_LISTS = { lunas: 'kataLunas', belumLunas: 'kataBelumLunas' } as const;

function line([what, value, why]: ReadingLine): HTMLElement {
  return el('p', { class: 'reading-line' }, el('b', { text: `${what}: ` }), value, why ? ` (${why})` : '');
}

/** A word's choice: not chosen, paid or unpaid; saved in kataLunas / kataBelumLunas. */
function wordField(form: Form, data: SettingsForm, { word, label }: PanelWord, index: number): HTMLElement {
  const r = panelWords().reading;
  const same = (w: unknown) => headerKey(w) === headerKey(word);
  const stored = (key: string) => ((data.stored[key] as unknown[] | undefined) ?? []).some(same);
  const select = el('select');
  for (const [value, text] of Object.entries(r.wordChoices))
    select.appendChild(el('option', { text, attrs: { value } }));
  select.value = stored('kataLunas') ? 'lunas' : stored('kataBelumLunas') ? 'belumLunas' : '';
  form.readers.push((input: Input) => {
    for (const key of Object.values(WORD_LISTS))
      input[key] = ((input[key] as unknown[] | undefined) ?? []).filter((w) => !same(w));
    const list = WORD_LISTS[select.value as keyof typeof WORD_LISTS];
    if (list) (input[list] as unknown[]).push(word);
  });
  return field(form, `kata.${index}`, label, '', select);
}

/**
 * The section, closed under its title with how many guesses it counted (the first view stays two
 * screens tall), or a note that the report comes with the first run.
 */
export function readingSection(form: Form, data: SettingsForm, open: boolean): HTMLDetailsElement {
  const r = panelWords().reading;
  const report = data.reading;
  const section = el(
    'details',
    { class: 'reading', attrs: { id: 'reading-report' } },
    el(
      'summary',
      {},
      el('span', { class: 'summary-title', text: r.title }),
      el('small', { text: report ? report.hint : r.noReport }),
    ),
  );
  section.open = open;
  if (!report) return section;
  section.appendChild(el('p', { class: 'note', text: r.correct }));
  for (const s of report.sheets) section.append(line(s.line), sheetField(form, data, s.kind) ?? '');
  for (const c of report.columns) {
    const known = data.columns[c.kind].fields.find((f) => f.field === c.field);
    section.append(line(c.line), (known && columnField(form, data, c.kind, known)) || '');
  }
  let words = 0;
  for (const a of report.assumptions) {
    section.appendChild(line(a.line));
    if (a.fix) section.appendChild(el('small', { class: 'reading-fix', text: a.fix }));
    for (const w of a.words) section.appendChild(wordField(form, data, w, words++));
    if (a.kind === 'creditWithoutDebtRow' && a.fix) section.append(sheetField(form, data, 'hutang') ?? '');
  }
  return section;
}
