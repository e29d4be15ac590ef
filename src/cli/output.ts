/**
 * The output folder: written only when the command line created it, it is empty, or it holds the
 * marker of an earlier run, so `--keluar .` can never overwrite an owner's own pelanggan.csv.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { msg } from '../core/i18n';
import { CliError } from './errors';

export const MARKER = '.segmentasi';

export function prepareOutputFolder(dir: string): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new CliError('output', msg().cli.outputNotFolder(dir));
    const entries = readdirSync(dir);
    if (entries.length > 0 && !entries.includes(MARKER))
      throw new CliError('output', msg().cli.outputNotOurs(dir));
  }
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, MARKER), msg().cli.markerText);
  } catch (error) {
    throw new CliError('output', msg().cli.outputUnwritable(dir), error);
  }
}

export function writeOutput(dir: string, file: string, text: string): void {
  try {
    writeFileSync(join(dir, file), text);
  } catch (error) {
    throw new CliError('output', msg().cli.outputUnwritable(dir), error);
  }
}
