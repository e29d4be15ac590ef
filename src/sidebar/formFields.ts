/**
 * The settings form's controls that the reading report and the sections below share: a labelled
 * field with its error line, the sheet chosen per kind and the column chosen per role. Each
 * setting gets one control: a path placed by the reading report is skipped further down.
 */
import { panelWords } from '../core/i18n/panel';
import type { SheetKind } from '../core/read/schema';
import type { ColumnField, SettingsForm } from '../gas/sidebarSettings';
import { el } from './dom';

export type Input = Record<string, unknown>;
/** Reads one field back into the settings input; '' leaves the setting at its default. */
export type Reader = (input: Input) => void;

export interface Form {
  readers: Reader[];
  errors: Map<string, HTMLElement>;
  /** Setting paths that already have their control. */
  placed: Set<string>;
}

export function fieldId(path: string): string {
  return `f-${path.replace(/\./g, '-')}`;
}

export function field(
  form: Form,
  path: string,
  label: string,
  meaning: string,
  control: HTMLElement,
): HTMLElement {
  control.id = fieldId(path);
  control.setAttribute('name', path);
  form.placed.add(path);
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

/** The sheet read for `kind`: automatic (what detection found) or one the owner names. */
export function sheetField(
  form: Form,
  data: SettingsForm,
  kind: SheetKind,
  meaning = '',
): HTMLElement | null {
  if (form.placed.has(`lembar.${kind}`)) return null;
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
  return field(form, `lembar.${kind}`, t.sheetLabels[kind], meaning, select);
}

/** The column taken for one role of a sheet, among the sheet's headers. */
export function columnField(
  form: Form,
  data: SettingsForm,
  kind: SheetKind,
  f: ColumnField,
  meaning = '',
): HTMLElement | null {
  const path = `kolom.${kind}.${f.field}`;
  if (form.placed.has(path)) return null;
  const t = panelWords();
  const sheet = data.columns[kind];
  const saved = ((data.stored.kolom as Input | undefined)?.[kind] ?? {}) as Input;
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
  return field(form, path, f.required ? `${f.label} *` : f.label, meaning, select);
}

/** The columns of one sheet not placed already, under the sheet's name. */
export function columnFields(form: Form, data: SettingsForm, kind: SheetKind): HTMLElement | null {
  const sheet = data.columns[kind];
  if (!sheet.sheet) return null;
  const fields = sheet.fields.map((f) => columnField(form, data, kind, f));
  if (fields.every((f) => f === null)) return null;
  return el('fieldset', {}, el('legend', { text: panelWords().columnsOf(sheet.sheet) }), ...fields);
}
