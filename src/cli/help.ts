/**
 * The --help text, from the catalogue: every input file, flag (the column flags by file), output
 * file and exit code.
 */
import { msg } from '../core/i18n';
import type { CliCatalogue } from '../core/i18n/cliId';
import type { SheetKind } from '../core/read/schema';
import { EXIT_CODES } from './errors';
import { columnFlagsOf } from './columnFlags';
import { MARKER, OUTPUT_FILES } from './output';

/** Every flag the command line accepts but the column flags (columnFlags.ts), as parseArgs reads them. */
export const OPTIONS = {
  // Given again for a book kept over several files (one per month): read together.
  penjualan: { type: 'string', multiple: true },
  hutang: { type: 'string', multiple: true },
  pelanggan: { type: 'string' },
  pengaturan: { type: 'string' },
  'tanggal-acuan': { type: 'string' },
  keluar: { type: 'string' },
  'zona-waktu': { type: 'string' },
  // The engine that computes: the built-in one, or DuckDB (an optional package, src/cli/duckdb/).
  mesin: { type: 'string' },
  diam: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type OptionName = keyof typeof OPTIONS;

/** What follows each flag that takes a value; a column flag takes a header. */
const VALUE_OF: Partial<Record<OptionName, keyof CliCatalogue['values']>> = {
  penjualan: 'file',
  hutang: 'file',
  pelanggan: 'file',
  pengaturan: 'settings',
  'tanggal-acuan': 'date',
  keluar: 'folder',
  'zona-waktu': 'zone',
  mesin: 'engine',
};

/** The value a flag takes, as --help and the message for a missing one show it. */
export function valueOf(name: string): string {
  const kind = Object.hasOwn(VALUE_OF, name) ? VALUE_OF[name as OptionName] : 'header';
  return msg().cli.values[kind ?? 'header'];
}

const WIDTH = 100;

/** Items after a label, wrapped under one another within WIDTH. */
function wrapped(label: string, items: readonly string[]): string {
  const indent = ' '.repeat(label.length);
  const lines = [label];
  items.forEach((item, i) => {
    const text = item + (i < items.length - 1 ? ',' : '');
    const last = lines.length - 1;
    if (lines[last].length + 1 + text.length > WIDTH && lines[last] !== label) lines.push(indent + text);
    else lines[last] += (lines[last] === label ? '' : ' ') + text;
  });
  return lines.join('\n') + '\n';
}

export function helpText(): string {
  const words = msg().cli;
  const options = (Object.keys(OPTIONS) as OptionName[])
    .map((name) => {
      const short = name === 'help' ? '-h, ' : '';
      const flag = `${short}--${name}${VALUE_OF[name] ? ' ' + valueOf(name) : ''}`;
      return `  ${flag.padEnd(28)}${words.options[name]}\n`;
    })
    .join('');
  const files = Object.keys(words.columnFiles) as SheetKind[];
  const labelWidth = Math.max(...files.map((f) => words.columnFiles[f].length)) + 4;
  const columns = files
    .map((file) =>
      wrapped(
        `  ${words.columnFiles[file]}:`.padEnd(labelWidth),
        columnFlagsOf(file).map((f) => `--${f.name}`),
      ),
    )
    .join('');
  const outputFiles: readonly (keyof CliCatalogue['files'])[] = [...OUTPUT_FILES, MARKER];
  const written = outputFiles.map((file) => `  ${file.padEnd(15)}${words.files[file]}\n`).join('');
  const exits = (Object.keys(EXIT_CODES) as (keyof typeof EXIT_CODES)[])
    .map((kind) => `  ${EXIT_CODES[kind]}  ${words.exits[kind]}`)
    .join('\n');
  return words.help(options, columns, written, exits) + '\n';
}
