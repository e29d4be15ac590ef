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
import { bigquerySection } from './bigquerySource';

type Input = Record<string, unknown>;
/** Reads one field back into the settings input; '' leaves the setting at its default. */
type Reader = (input: Input) => void;

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

interface Form {
  readers: Reader[];
  errors: Map<string, HTMLElement>;
}

function fieldId(path: string): string {
  return `f-${path.replace(/\./g, '-')}`;
}

function field(form: Form, path: string, label: string, meaning: string, control: HTMLElement): HTMLElement {
  control.id = fieldId(path);
  control.setAttribute('name', path);
  const error = el('span', { class: 'field-error', attrs: { id: `${fieldId(path)}-error`, role: 'alert' } });
  error.hidden = true;
  form.errors.set(path, error);
  return el(
    'div',
    { class: 'field' },
    el('label', { text: label, attrs: { for: fieldId(path) } }),
    control,
    error,
    meaning ? el('small', { class: 'meaning', text: meaning }) : null,
  );
}

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

function sheetField(form: Form, data: SettingsForm, kind: SheetKind): HTMLElement {
  const t = panelWords();
  const select = el('select');
  const detected = data.columns[kind].sheet;
  select.appendChild(
    el('option', { text: detected ? `${t.automatic}: ${detected}` : t.automatic, attrs: { value: '' } }),
  );
  for (const name of data.sheets) select.appendChild(el('option', { text: name, attrs: { value: name } }));
  select.value = (data.stored.lembar as Input | undefined)?.[kind]
    ? String((data.stored.lembar as Input)[kind])
    : '';
  form.readers.push((input) => {
    const lembar = { ...((input.lembar as Input | undefined) ?? {}) };
    if (select.value) lembar[kind] = select.value;
    else delete lembar[kind];
    input.lembar = lembar;
  });
  return field(form, `lembar.${kind}`, t.sheetLabels[kind], '', select);
}

function columnFields(form: Form, data: SettingsForm, kind: SheetKind): HTMLElement | null {
  const t = panelWords();
  const sheet = data.columns[kind];
  if (!sheet.sheet) return null;
  const saved = ((data.stored.kolom as Input | undefined)?.[kind] ?? {}) as Input;
  const fields = sheet.fields.map((f) => {
    const select = el('select');
    select.appendChild(el('option', { text: t.none, attrs: { value: '' } }));
    for (const h of sheet.headers) if (h) select.appendChild(el('option', { text: h, attrs: { value: h } }));
    select.value = String(saved[f.field] ?? f.header ?? '');
    form.readers.push((input) => {
      const kolom = { ...((input.kolom as Input | undefined) ?? {}) };
      const map = { ...((kolom[kind] as Input | undefined) ?? {}) };
      // What detection found is not pinned: a renamed header is found again next time.
      if (select.value && (select.value !== f.header || f.field in saved)) map[f.field] = select.value;
      else delete map[f.field];
      kolom[kind] = map;
      input.kolom = kolom;
    });
    return field(form, `kolom.${kind}.${f.field}`, f.required ? `${f.label} *` : f.label, '', select);
  });
  return el('fieldset', {}, el('legend', { text: t.columnsOf(sheet.sheet) }), ...fields);
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
  for (const key of ['lembar', 'kolom', 'pesan', 'bigquery']) {
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
    ...bigquerySection({ field: (...a) => field(form, ...a), readers: form.readers }, data),
  );
  details.open = open;
  return details;
}

function buildForm(section: HTMLElement, data: SettingsForm, advancedOpen = false): void {
  const t = panelWords();
  clear(section);
  const form: Form = { readers: [], errors: new Map() };
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
  const line = el('p', { class: 'status', attrs: { id: 'settings-status', 'aria-live': 'polite' } });
  line.hidden = true;
  const save = el('button', { class: 'primary', text: t.save, attrs: { type: 'submit', id: 'save' } });
  const more = advanced(form, data, others, advancedOpen);
  const root = el(
    'form',
    { attrs: { novalidate: '' } },
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
      buildForm(section, result.form, more.open);
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
