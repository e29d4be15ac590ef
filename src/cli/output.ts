/**
 * The output folder: written only when the command line created it, it is empty, or it holds the
 * marker of an earlier run, so `--keluar .` can never overwrite an owner's own pelanggan.csv.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { msg } from '../core/i18n';
import { CliError } from './errors';
import { csvLine } from './csv';

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

const CHUNK = 1 << 20;

/** Writes the rows as CSV line by line in chunks of about a megabyte: no whole file in memory. */
export function writeOutput(dir: string, file: string, rows: Iterable<readonly unknown[]>): void {
  let fd: number | undefined;
  try {
    fd = openSync(join(dir, file), 'w');
    let chunk = '';
    for (const row of rows) {
      chunk += csvLine(row);
      if (chunk.length >= CHUNK) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    if (chunk !== '') writeSync(fd, chunk);
  } catch (error) {
    throw new CliError('output', msg().cli.outputUnwritable(dir), error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
