/** The settings file of --pengaturan: JSON checked by the settings' schema, each mistake in the user's words. */
import { existsSync, readFileSync } from 'node:fs';
import { msg } from '../core/i18n';
import { parseSettings, settingsSchema, type Settings } from '../core/settings';
import { CliError } from './errors';

/** The line of a JSON.parse error ("... at position 42"), for the owner to find the mistake. */
function jsonErrorLine(text: string, error: unknown): number | null {
  const position = /position (\d+)/.exec(String((error as Error)?.message))?.[1];
  return position === undefined ? null : text.slice(0, Number(position)).split('\n').length;
}

export function readSettings(file: string | undefined): Settings {
  if (!file) return parseSettings({});
  const label = msg().cli.labels.settings;
  if (!existsSync(file)) throw new CliError('input', msg().cli.fileNotFound(label, file));
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new CliError('settings', msg().cli.settingsNotJson(file, jsonErrorLine(text, error)), error);
  }
  try {
    return parseSettings(input);
  } catch (error) {
    throw new CliError('settings', msg().cli.settingsInvalid(file, settingsProblems(input, error)), error);
  }
}

/** Each refused setting by its key, in the user's words (zod's own texts are English). */
function settingsProblems(input: unknown, error: unknown): string {
  const result = settingsSchema.safeParse(input);
  if (result.success) return (error as Error).message;
  const words = msg().cli.settingProblem;
  return result.error.issues
    .map((issue) => {
      const key = issue.path.join('.') || '(pengaturan)';
      const limits = issue as { minimum?: unknown; maximum?: unknown; keys?: string[] };
      if (issue.code === 'too_small') return words.tooSmall(key, Number(limits.minimum));
      if (issue.code === 'too_big') return words.tooBig(key, Number(limits.maximum));
      if (issue.code === 'unrecognized_keys') return words.unknownKeys(limits.keys ?? []);
      if (issue.code === 'invalid_type') return words.wrongType(key);
      return words.invalid(key);
    })
    .join('; ');
}
