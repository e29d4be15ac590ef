/**
 * The command line's arguments, read by node:util parseArgs. A mistake is told in the user's
 * words only: parseArgs' own messages are English, so the mistake is found again in its tokens
 * (unknown option, missing value, value given to a switch, a value without its option).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { msg } from '../core/i18n';
import { CliError } from './errors';
import { COLUMN_OPTIONS } from './columnFlags';
import { OPTIONS, valueOf } from './help';

const ALL_OPTIONS: NonNullable<ParseArgsConfig['options']> = { ...OPTIONS, ...COLUMN_OPTIONS };

type Switch = { type: 'boolean' };
type Repeated = { type: 'string'; multiple: true };
type Flag = { type: 'string' };
type Values<O> = {
  [K in keyof O]?: O[K] extends Switch
    ? boolean
    : O[K] extends Repeated
      ? string[]
      : O[K] extends Flag
        ? string
        : never;
};

/** The flags given, by name; the column flags (--kolom-*) among them. */
export type CliValues = Values<typeof OPTIONS> & Record<string, string | string[] | boolean | undefined>;

export function parseOptions(argv: string[]): CliValues {
  try {
    return parseArgs({ args: argv, options: ALL_OPTIONS, strict: true }).values as CliValues;
  } catch (error) {
    throw new CliError('usage', usageProblem(argv), error);
  }
}

/** The first mistake in the arguments, in the user's words. */
export function usageProblem(argv: string[]): string {
  const words = msg().cli;
  const { tokens } = parseArgs({ args: argv, options: ALL_OPTIONS, strict: false, tokens: true });
  let terminated = false;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') terminated = true;
    if (token.kind === 'positional') return words.unexpectedArgument(token.value);
    if (token.kind !== 'option' || terminated) continue;
    const option = Object.hasOwn(ALL_OPTIONS, token.name) ? ALL_OPTIONS[token.name] : undefined;
    if (!option) return words.unknownOption(token.rawName, nearestOption(token.name));
    if (option.type === 'boolean' && token.value !== undefined) return words.takesNoValue(token.rawName);
    // A value that starts with a dash is the next option: the value itself is missing.
    const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith('-'));
    if (option.type === 'string' && missing) return words.missingValue(token.rawName, valueOf(token.name));
  }
  return words.unknownOption(argv.join(' '), null);
}

/** The known option nearest to a mistyped one (at most two letters off), as the user types it. */
function nearestOption(name: string): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const known of Object.keys(ALL_OPTIONS)) {
    const distance = editDistance(name, known);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: known, distance };
  }
  return best && `--${best.name}`;
}

/** Levenshtein distance: letters added, dropped or changed. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length];
}
