/** A zod issue of the settings schema as one Indonesian (or English) sentence naming the setting. */
import { msg } from './i18n';

/** The parts of a zod 4 issue this file reads (the union of its issue kinds, loosely). */
export interface SettingsIssue {
  code: string;
  path: readonly PropertyKey[];
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  keys?: readonly string[];
  values?: readonly unknown[];
  format?: string;
  message: string;
}

export function settingsIssueText(issue: SettingsIssue): string {
  const t = msg().settings;
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((k) => t.unknownKey(path ? `${path}.${k}` : k)).join('; ');
    case 'too_small':
      return t.tooSmall(path, Number(issue.minimum));
    case 'too_big':
      return t.tooBig(path, Number(issue.maximum));
    case 'invalid_type':
      return t.wrongType(path, issue.expected ?? '');
    case 'invalid_value':
      return t.notOneOf(path, (issue.values ?? []).map(String));
    case 'invalid_format':
      return t.wrongFormat(path);
    default:
      return t.other(path, issue.message);
  }
}
