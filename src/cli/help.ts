/** The --help text, from the catalogue: every input file, flag, output file and exit code. */
import { msg } from '../core/i18n';
import { EXIT_CODES } from './errors';

/** Every flag the command line accepts, as node:util parseArgs reads them. */
export const OPTIONS = {
  // Given again for a book kept over several files (one per month): read together.
  penjualan: { type: 'string', multiple: true },
  hutang: { type: 'string', multiple: true },
  pelanggan: { type: 'string' },
  pengaturan: { type: 'string' },
  'tanggal-acuan': { type: 'string' },
  keluar: { type: 'string' },
  'zona-waktu': { type: 'string' },
  diam: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type OptionName = keyof typeof OPTIONS;

/** What follows each flag that takes a value, as --help shows it. */
const VALUE_OF: Partial<Record<OptionName, string>> = {
  penjualan: 'FILE',
  hutang: 'FILE',
  pelanggan: 'FILE',
  pengaturan: 'FILE.json',
  'tanggal-acuan': 'TGL',
  keluar: 'FOLDER',
  'zona-waktu': 'TZ',
};

export function helpText(): string {
  const words = msg().cli;
  const options = (Object.keys(OPTIONS) as OptionName[])
    .map((name) => {
      const short = name === 'help' ? '-h, ' : '';
      const flag = `${short}--${name}${VALUE_OF[name] ? ' ' + VALUE_OF[name] : ''}`;
      return `  ${flag.padEnd(24)}${words.options[name]}\n`;
    })
    .join('');
  const exits = (Object.keys(EXIT_CODES) as (keyof typeof EXIT_CODES)[])
    .map((kind) => `  ${EXIT_CODES[kind]}  ${words.exits[kind]}`)
    .join('\n');
  return words.help(options, exits) + '\n';
}
