/**
 * Pengaturan: first what owners change (the shop's name, the thresholds they adjust, the
 * reference date), then, under "Lanjutan" (closed until opened), every other setting, the sheets
 * and columns (prefilled with what detection found) and the message templates. "Simpan" checks
 * with the server's own zod schema first; with any problem, each is shown by its field (its
 * section opened) and nothing is sent.
 */
import { panelWords } from '../core/i18n/panel';
import type { SheetKind } from '../core/read/schema';
import { DEFAULT_SETTINGS, MESSAGE_TEMPLATES } from '../core/settingsSchema';
import { settingsProblems, type SettingsProblem } from '../core/settingsProblems';
import type { SettingsForm } from '../gas/sidebarSettings';
import { call } from './server';
import { clear, el, errorText, status } from './dom';
import { columnFields, field, fieldId, sheetField, type Form, type Input } from './formFields';
import { readingSection } from './bacaan';

const KINDS: SheetKind[] = ['penjualan', 'hutang', 'pelanggan'];
/**
 * The first view, in this order: what owners change (DOMAIN 8 and 10): the shop's name for the
 * messages, the debt term and bad-debt limit, how many to contact a day and how long to rest a
 * contacted customer, when a customer counts as lost, and the reference date for an old book.
 */
const FIRST_VIEW = [
  'namaToko',
  'tempoHari',
  'batasMacetHari',
  'maksHubungi',
  'jedaHubungiHari',
  'hariHilang',
  'tanggalAcuan',
];
/** The daily refresh, in the first view too: owners turn it on and pick the hour. */
const AUTO_FIELDS = ['perbaruiOtomatis', 'jamPembaruan'];

/** A typed number as a number ("0,6" is 0.6); anything else stays text for the schema to refuse. */
function numberOrText(text: string): unknown {
  const t = text.trim();
  return /^-?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : t;
}

function scalarField(form: Form, key: string, value: unknown, stored: Input): HTMLElement {
  const t = panelWords();
  const text = t.settings[key] ?? { label: key, meaning: '' };
  const fallback = (DEFAULT_SETTINGS as unknown as Input)[key];
  let control: HTMLInputElement | HTMLSelectElement;
  let read: () => unknown;
  if (typeof fallback === 'boolean') {
    const box = el('input', { attrs: { type: 'checkbox' } });
    box.checked = value === true;
    control = box;
    read = () => box.checked;
  } else if (key === 'jamPembaruan') {
    // The hour of the daily update: 00.00 to 23.00.
    const select = el('select');
    for (let hour = 0; hour < 24; hour++)
      select.appendChild(el('option', { text: t.hour(hour), attrs: { value: String(hour) } }));
    select.value = String(value);
    control = select;
    read = () => Number(select.value);
  } else if (key === 'formatTanggal') {
    const select = el('select');
    for (const [v, label] of Object.entries(t.dateOrders))
      select.appendChild(el('option', { text: label, attrs: { value: v } }));
    select.value = String(value);
    control = select;
    read = () => select.value;
  } else {
    const input = el('input', {
      attrs: { type: 'text', inputmode: typeof fallback === 'number' ? 'decimal' : 'text' },
    });
    input.value = value === undefined ? '' : String(value);
    if (key === 'tanggalAcuan') input.placeholder = 'TTTT-BB-HH';
    control = input;
    read = () => (typeof fallback === 'number' ? numberOrText(input.value) : input.value.trim());
  }
  form.readers.push((input) => {
    const v = read();
    // Keep the input small: a value equal to the default is saved only when it was saved before.
    if (v === '' || (v === fallback && !(key in stored))) delete input[key];
    else input[key] = v;
  });
  return field(form, key, text.label, text.meaning, control);
}

function templateFields(form: Form, data: SettingsForm): HTMLElement[] {
  const t = panelWords();
  return Object.keys(MESSAGE_TEMPLATES).map((key) => {
    const area = el('textarea', { attrs: { rows: '3' } });
    area.value = data.current.pesan[key as keyof typeof MESSAGE_TEMPLATES];
    const storedPesan = (data.stored.pesan as Input | undefined) ?? {};
    form.readers.push((input) => {
      const pesan = { ...((input.pesan as Input | undefined) ?? {}) };
      const fallback = MESSAGE_TEMPLATES[key as keyof typeof MESSAGE_TEMPLATES];
      if (area.value.trim() === '' || (area.value === fallback && !(key in storedPesan))) delete pesan[key];
      else pesan[key] = area.value;
      input.pesan = pesan;
    });
    return field(form, `pesan.${key}`, t.templates[key] ?? key, '', area);
  });
}

function showProblems(form: Form, problems: SettingsProblem[], line: HTMLElement): void {
  const t = panelWords();
  for (const error of form.errors.values()) error.hidden = true;
  const general: string[] = [];
  for (const p of problems) {
    const error = form.errors.get(p.path);
    if (error) {
      error.textContent = p.message;
      error.hidden = false;
    } else general.push(p.path ? `${p.path}: ${p.message}` : p.message);
  }
  status(line, [t.notSaved, ...general].join(' '), 'error');
  const first = problems.map((p) => document.getElementById(fieldId(p.path))).find((x) => x);
  // A field under "Lanjutan" is shown before it is focused: a closed section hides its problem.
  const closed = first?.closest('details');
  if (closed) closed.open = true;
  first?.focus();
}

/** The input to save: what was stored, with every field of the form read back over it. */
function collect(form: Form, stored: Input): Input {
  const input = JSON.parse(JSON.stringify(stored)) as Input;
  for (const read of form.readers) read(input);
  for (const key of ['kataLunas', 'kataBelumLunas'])
    if (Array.isArray(input[key]) && (input[key] as unknown[]).length === 0) delete input[key];
  for (const key of ['lembar', 'kolom', 'pesan']) {
    const value = input[key] as Input | undefined;
    if (
      value &&
      Object.values(value).every(
        (v) => v === undefined || (typeof v === 'object' && v !== null && Object.keys(v).length === 0),
      )
    )
      delete input[key];
  }
  return input;
}

/** "Lanjutan": the settings owners rarely change, the sheets and columns read, the message templates. */
function advanced(form: Form, data: SettingsForm, others: HTMLElement[], open: boolean): HTMLDetailsElement {
  const t = panelWords();
  const details = el(
    'details',
    { attrs: { id: 'lanjutan' } },
    el(
      'summary',
      {},
      el('span', { class: 'summary-title', text: t.advanced }),
      el('small', { text: t.advancedHint }),
    ),
    el('h3', { text: t.sectionRules }),
    ...others,
    el('h3', { text: t.sectionSheets }),
    ...KINDS.map((kind) => sheetField(form, data, kind)),
    el('h3', { text: t.sectionColumns }),
    ...KINDS.map((kind) => columnFields(form, data, kind)),
    el('h3', { text: t.sectionMessages }),
    el('p', { class: 'note', text: t.templatesHint }),
    ...templateFields(form, data),
  );
  details.open = open;
  return details;
}

function buildForm(
  section: HTMLElement,
  data: SettingsForm,
  open = { advanced: false, reading: false },
): void {
  const t = panelWords();
  clear(section);
  const form: Form = { readers: [], errors: new Map(), placed: new Set() };
  const current = data.current as unknown as Input;
  const scalars = [...Object.keys(current), 'tanggalAcuan'].filter(
    (k, i, all) => all.indexOf(k) === i && (typeof current[k] !== 'object' || current[k] === null),
  );
  const first = FIRST_VIEW.filter((k) => scalars.includes(k)).map((k) =>
    scalarField(form, k, current[k], data.stored),
  );
  const others = scalars
    .filter((k) => !FIRST_VIEW.includes(k) && !AUTO_FIELDS.includes(k))
    .map((k) => scalarField(form, k, current[k], data.stored));
  const auto = AUTO_FIELDS.map((k) => scalarField(form, k, current[k], data.stored));
  // The reading report first: its lines take their sheet and column controls along.
  const reading = readingSection(form, data, open.reading);
  const line = el('p', { class: 'status', attrs: { id: 'settings-status', 'aria-live': 'polite' } });
  line.hidden = true;
  const save = el('button', { class: 'primary', text: t.save, attrs: { type: 'submit', id: 'save' } });
  const more = advanced(form, data, others, open.advanced);
  const root = el(
    'form',
    { attrs: { novalidate: '' } },
    reading,
    ...first,
    el('h3', { text: t.sectionAuto }),
    ...auto,
    more,
    el('div', { class: 'sticky' }, save, line),
  );
  root.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = collect(form, data.stored);
    const problems = settingsProblems(input);
    if (problems.length > 0) return showProblems(form, problems, line);
    save.disabled = true;
    try {
      const result = await call('panelSimpanPengaturan', input);
      if (!result.ok) return showProblems(form, result.problems, line);
      buildForm(section, result.form, { advanced: more.open, reading: reading.open });
      status(document.getElementById('settings-status') as HTMLElement, t.saved, 'ok');
    } catch (error) {
      status(line, t.failed(errorText(error)), 'error');
    } finally {
      save.disabled = false;
    }
  });
  section.appendChild(root);
}

export async function renderPengaturan(section: HTMLElement): Promise<void> {
  const t = panelWords();
  clear(section);
  const line = el('p', { class: 'status' });
  section.appendChild(line);
  status(line, t.loading);
  try {
    buildForm(section, await call('panelPengaturan'));
  } catch (error) {
    status(line, t.failed(errorText(error)), 'error');
  }
}
