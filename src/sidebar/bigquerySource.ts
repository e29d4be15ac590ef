/**
 * Pengaturan › "Sumber data: BigQuery" (the BigQuery edition only): the Cloud project, the typed
 * tables and the sales table's column names, saved under `bigquery` in the one settings schema.
 * Like every field of the form, each is checked by the schema before anything is sent.
 */
import { panelWords } from '../core/i18n/panel';
import type { SettingsForm } from '../gas/sidebarSettings';
import { el } from './dom';

/** Set by the build: true in the BigQuery edition's page only, so the default page stays small. */
declare const __BIGQUERY__: boolean;

type Input = Record<string, unknown>;
/** The form's field maker and the readers that put each field back into the input. */
export interface FieldMaker {
  field(path: string, label: string, meaning: string, control: HTMLElement): HTMLElement;
  readers: ((input: Input) => void)[];
}

const SOURCE_KEYS = ['proyek', 'penjualan', 'hutang', 'pelanggan'];

const object = (value: unknown): Input =>
  value !== null && typeof value === 'object' ? { ...(value as Input) } : {};

/** Sets or (when empty) removes `value` at bigquery.<path...> of the input. */
function put(input: Input, path: string[], value: string): void {
  const root = object(input.bigquery);
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key] = object(node[key]);
  const last = path[path.length - 1];
  if (value) node[last] = value;
  else delete node[last];
  if (prune(root)) delete input.bigquery;
  else input.bigquery = root;
}

/** Drops empty objects inside `node`; true when nothing is left in it. */
function prune(node: Input): boolean {
  for (const [key, value] of Object.entries(node))
    if (value !== null && typeof value === 'object' && prune(value as Input)) delete node[key];
  return Object.keys(node).length === 0;
}

function textInput(value: unknown): HTMLInputElement {
  const input = el('input', { attrs: { type: 'text', spellcheck: 'false' } });
  input.value = typeof value === 'string' ? value : '';
  return input;
}

/** The section's heading, hint and fields; nothing outside the BigQuery edition. */
export function bigquerySection(maker: FieldMaker, data: SettingsForm): HTMLElement[] {
  if (!__BIGQUERY__ || !data.bigqueryEdition) return [];
  const t = panelWords();
  const stored = object(data.stored.bigquery);
  const sources = SOURCE_KEYS.map((key) => {
    const input = textInput(stored[key]);
    maker.readers.push((into) => put(into, [key], input.value.trim()));
    return maker.field(`bigquery.${key}`, t.bigqueryLabels[key] ?? key, '', input);
  });
  const saved = object(object(stored.kolom).penjualan);
  const columns = data.columns.penjualan.fields.map((f) => {
    const input = textInput(saved[f.field]);
    maker.readers.push((into) => put(into, ['kolom', 'penjualan', f.field], input.value.trim()));
    return maker.field(
      `bigquery.kolom.penjualan.${f.field}`,
      f.required ? `${f.label} *` : f.label,
      '',
      input,
    );
  });
  return [
    el('h3', { text: t.sectionBigquery }),
    el('p', { class: 'note', text: t.bigqueryHint }),
    ...sources,
    el('fieldset', {}, el('legend', { text: t.bigqueryColumns }), ...columns),
  ];
}
