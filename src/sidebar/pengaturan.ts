/**
 * Pengaturan: every setting with its label and meaning, the sheets and columns (prefilled with
 * what detection found), the shop's name and the message templates. "Simpan" checks with the
 * server's own zod schema first; with any problem, each is shown by its field and nothing is sent.
 */
import { msg } from '../core/i18n';
import { DEFAULT_SETTINGS, MESSAGE_TEMPLATES } from '../core/settings';
import { settingsProblems, type SettingsProblem } from '../core/settingsProblems';
import type { SettingsForm } from '../gas/sidebarSettings';
import { call } from './server';
import { clear, el, errorText, status } from './dom';
import { columnFields, field, fieldId, sheetField, type Form, type Input } from './formFields';
import { readingSection } from './bacaan';

const KINDS = ['penjualan', 'hutang', 'pelanggan'] as const;
/** Scalar settings shown elsewhere than among the rules. */
const SHOP_FIELDS = new Set(['namaToko']);

/** A typed number as a number ("0,6" is 0.6); anything else stays text for the schema to refuse. */
function numberOrText(text: string): unknown {
  const t = text.trim();
  return /^-?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : t;
}

function scalarField(form: Form, key: string, value: unknown, stored: Input): HTMLElement {
  const t = msg().sidebar;
  const text = t.settings[key] ?? { label: key, meaning: '' };
  const fallback = (DEFAULT_SETTINGS as unknown as Input)[key];
  let control: HTMLInputElement | HTMLSelectElement;
  let read: () => unknown;
  if (typeof fallback === 'boolean') {
    const box = el('input', { attrs: { type: 'checkbox' } });
    box.checked = value === true;
    control = box;
    read = () => box.checked;
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
  const t = msg().sidebar;
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
  const t = msg().sidebar;
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

function buildForm(section: HTMLElement, data: SettingsForm): void {
  const t = msg().sidebar;
  clear(section);
  const form: Form = { readers: [], errors: new Map(), placed: new Set() };
  const current = data.current as unknown as Input;
  const scalars = [...Object.keys(current), 'tanggalAcuan'].filter(
    (k, i, all) => all.indexOf(k) === i && (typeof current[k] !== 'object' || current[k] === null),
  );
  const rules = scalars
    .filter((k) => !SHOP_FIELDS.has(k))
    .map((k) => scalarField(form, k, current[k], data.stored));
  // The reading report first: its lines take their sheet and column controls along.
  const reading = readingSection(form, data);
  const sheets = KINDS.map((kind) => sheetField(form, data, kind));
  const columns = KINDS.map((kind) => columnFields(form, data, kind));
  const shop = [...SHOP_FIELDS].map((k) => scalarField(form, k, current[k], data.stored));
  const line = el('p', { class: 'status', attrs: { id: 'settings-status', 'aria-live': 'polite' } });
  line.hidden = true;
  const save = el('button', { class: 'primary', text: t.save, attrs: { type: 'submit', id: 'save' } });
  const root = el(
    'form',
    { attrs: { novalidate: '' } },
    reading,
    el('h3', { text: t.sectionRules }),
    ...rules,
    el('h3', { text: t.sectionSheets }),
    ...sheets,
    el('h3', { text: t.sectionColumns }),
    ...columns,
    el('h3', { text: t.sectionShop }),
    ...shop,
    el('p', { class: 'note', text: t.templatesHint }),
    ...templateFields(form, data),
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
      buildForm(section, result.form);
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
  const t = msg().sidebar;
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
