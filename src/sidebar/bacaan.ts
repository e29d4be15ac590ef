/**
 * "Cara buku Anda dibaca" at the top of Pengaturan (DOMAIN 1): each line of the last run's reading
 * report with its correction beside it: another sheet for a kind, another column for a role, an
 * unknown word marked paid or unpaid. They are fields of the settings form, saved by its Simpan
 * and used by the next run and the formulas. Every text goes in as text (dom.ts).
 */
import { panelWords } from '../core/i18n/panel';
import { headerKey } from '../core/read/text';
import type { CellExample } from '../core/read/assumptions';
import type { SettingsForm } from '../gas/sidebarSettings';
import { assumptionLine, columnLine, exampleText, sheetLine } from '../core/report/readingText';
import { el } from './dom';
import { columnField, field, sheetField, type Form, type Input } from './formFields';

const WORD_LISTS = { lunas: 'kataLunas', belumLunas: 'kataBelumLunas' } as const;

function line(parts: [string, string, string]): HTMLElement {
  const [what, value, why] = parts;
  return el('p', { class: 'reading-line' }, el('b', { text: `${what}: ` }), value, why ? ` (${why})` : '');
}

/** A word's choice: not chosen, paid or unpaid; saved in kataLunas / kataBelumLunas. */
function wordField(form: Form, data: SettingsForm, example: CellExample, index: number): HTMLElement {
  const r = panelWords().reading;
  const word = example.cell;
  const same = (w: unknown) => headerKey(w) === headerKey(word);
  const stored = (key: string) => ((data.stored[key] as unknown[] | undefined) ?? []).some(same);
  const select = el('select');
  for (const [value, label] of Object.entries(r.wordChoices))
    select.appendChild(el('option', { text: label, attrs: { value } }));
  select.value = stored('kataLunas') ? 'lunas' : stored('kataBelumLunas') ? 'belumLunas' : '';
  form.readers.push((input: Input) => {
    for (const key of Object.values(WORD_LISTS))
      input[key] = ((input[key] as unknown[] | undefined) ?? []).filter((w) => !same(w));
    const list = WORD_LISTS[select.value as keyof typeof WORD_LISTS];
    if (list) (input[list] as unknown[]).push(word);
  });
  return field(form, `kata.${index}`, `${exampleText(example, r)} · ${r.wordAs}`, '', select);
}

/**
 * The section, closed under its title with how many guesses it counted (the first view stays two
 * screens tall), or a note that the report comes with the first run.
 */
export function readingSection(form: Form, data: SettingsForm, open: boolean): HTMLDetailsElement {
  const r = panelWords().reading;
  const report = data.reading;
  const guesses = report ? report.assumptions.filter((a) => a.count > 0).length : 0;
  const section = el(
    'details',
    { class: 'reading', attrs: { id: 'reading-report' } },
    el(
      'summary',
      {},
      el('span', { class: 'summary-title', text: r.title }),
      el('small', { text: report ? r.guessesHint(guesses) : r.noReport }),
    ),
  );
  section.open = open;
  if (!report) return section;
  section.appendChild(el('p', { class: 'note', text: r.correct }));
  for (const s of report.sheets) section.append(line(sheetLine(s, r)), sheetField(form, data, s.kind) ?? '');
  for (const c of report.columns) {
    const known = data.columns[c.kind].fields.find((f) => f.field === c.field);
    section.append(line(columnLine(c, r)), (known && columnField(form, data, c.kind, known)) || '');
  }
  let words = 0;
  for (const a of report.assumptions) {
    section.appendChild(line(assumptionLine(a, r)));
    if (a.count === 0) continue;
    // Its correction: a word's meaning, the debt book to read, or what to change in the sheet.
    section.appendChild(el('small', { class: 'reading-fix', text: r.fixes[a.kind] }));
    if (a.kind === 'unknownWords')
      for (const e of a.examples) section.appendChild(wordField(form, data, e, words++));
    if (a.kind === 'creditWithoutDebtRow') section.append(sheetField(form, data, 'hutang') ?? '');
  }
  return section;
}
