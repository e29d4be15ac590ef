/** The owner's settings: the schema and defaults (settingsSchema.ts), read with a message naming every wrong field. */
import { msg } from './i18n';
import { settingsSchema, type Settings } from './settingsSchema';
import { settingsIssueText } from './settingsIssues';

export * from './settingsSchema';

/** Validates settings; throws one Indonesian message naming every wrong field. */
export function parseSettings(input: unknown = {}): Settings {
  const result = settingsSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => settingsIssueText(issue));
  throw new Error(msg().settings.invalid(problems));
}
