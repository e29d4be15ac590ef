/**
 * The settings schema's complaints as a message per field, in the owner's language, so the
 * sidebar shows each next to its field. Pure: the page and the server run the same check.
 */
import { settingsSchema } from './settingsSchema';
import { panelWords } from './i18n/panel';
import { number } from './report/format';

export interface SettingsProblem {
  /** Dotted path of the field, e.g. "batasMacetHari" or "pesan.beliLagi"; "" for the whole. */
  path: string;
  message: string;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  maximum?: unknown;
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
      return e.tooBig(limit(issue.maximum));
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

/** Every problem of a settings input, one per field; empty when the input is valid. */
export function settingsProblems(input: unknown): SettingsProblem[] {
  const result = settingsSchema.safeParse(input ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: describe(issue as unknown as Issue),
  }));
}
