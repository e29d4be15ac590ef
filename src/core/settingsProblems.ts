/**
 * The settings schema's complaints as a message per field, in the owner's language, so the
 * sidebar shows each next to its field. Pure: the page and the server run the same check.
 */
import { MESSAGE_TEMPLATES, settingsSchema } from './settingsSchema';
import { panelWords } from './i18n/panel';
import { number } from './report/format';
import { PROPERTY_VALUE_BYTES, utf8Bytes } from './storageLimits';

/** The property the settings are saved under (src/gas/settingsStore.ts): its name counts too. */
export const SETTINGS_KEY = 'segmentasi.pengaturan';

export interface SettingsProblem {
  /** Dotted path of the field, e.g. "batasMacetHari" or "pesan.beliLagi"; "" for the whole. */
  path: string;
  message: string;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  maximum?: unknown;
  origin?: unknown;
  minimum?: unknown;
  expected?: unknown;
  values?: unknown[];
  keys?: string[];
}

function limit(value: unknown): string {
  return typeof value === 'number' ? number(value) : String(value);
}

function describe(issue: Issue): string {
  const e = panelWords().errors;
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' ? e.tooLong(limit(issue.maximum)) : e.tooBig(limit(issue.maximum));
    case 'too_small':
      return e.tooSmall(limit(issue.minimum));
    case 'invalid_type':
      if (issue.expected === 'int') return e.notWhole;
      if (issue.expected === 'number') return e.notNumber;
      if (issue.expected === 'boolean') return e.notYesNo;
      return issue.expected === 'string' ? e.notText : e.invalid;
    case 'invalid_format':
      return e.badDate;
    case 'invalid_value':
      return e.choose((issue.values ?? []).map(String).join(', '));
    case 'unrecognized_keys':
      return e.unknown((issue.keys ?? []).join(', '));
    default:
      return e.invalid;
  }
}

/**
 * Settings too long to save as one property (9 KB, Google's limit): the problem is put on the
 * longest message template, the only setting that can grow that long.
 */
function sizeProblem(input: unknown): SettingsProblem[] {
  const bytes = utf8Bytes(SETTINGS_KEY) + utf8Bytes(JSON.stringify(input ?? {}));
  if (bytes <= PROPERTY_VALUE_BYTES) return [];
  const pesan = ((input as { pesan?: Record<string, unknown> } | null)?.pesan ?? {}) as Record<
    string,
    unknown
  >;
  const longest = Object.keys(MESSAGE_TEMPLATES).reduce(
    (best, k) => (utf8Bytes(String(pesan[k] ?? '')) > utf8Bytes(String(pesan[best] ?? '')) ? k : best),
    Object.keys(MESSAGE_TEMPLATES)[0],
  );
  const kb = (n: number) => number(Math.ceil(n / 1024));
  return [
    {
      path: pesan[longest] === undefined ? '' : `pesan.${longest}`,
      message: panelWords().errors.settingsTooLarge(kb(bytes), kb(PROPERTY_VALUE_BYTES)),
    },
  ];
}

/** Every problem of a settings input, one per field; empty when the input is valid and fits. */
export function settingsProblems(input: unknown): SettingsProblem[] {
  const result = settingsSchema.safeParse(input ?? {});
  if (result.success) return sizeProblem(input);
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: describe(issue as unknown as Issue),
  }));
}
