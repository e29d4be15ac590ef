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

/** The files every run writes to the output folder beside the marker, the one most read first. */
export const OUTPUT_FILES = [
  'pelanggan.csv',
  'retensi.csv',
  'hubungi.csv',
  'kohort.csv',
  'model.csv',
  'bacaan.csv',
] as const;

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
  writeLines(dir, file, csvLines(rows));
}

function* csvLines(rows: Iterable<readonly unknown[]>): Generator<string> {
  for (const row of rows) yield csvLine(row);
}

/**
 * Writes the lines (each ending in a line break) through one buffer of about a megabyte: each line
 * is encoded as it comes, so no megabyte of joined text is ever built and then walked again.
 */
function writeLines(dir: string, file: string, lines: Iterable<string>): void {
  writeFile(dir, file, (fd) => {
    const out = new LineBuffer(fd);
    for (const line of lines) out.add(line);
    out.flush();
  });
}

/** Writes bytes already made, chunk by chunk (each written whole before the next is asked for). */
export function writeChunks(dir: string, file: string, chunks: Iterable<Uint8Array>): void {
  writeFile(dir, file, (fd) => {
    for (const chunk of chunks) writeWhole(fd, chunk, chunk.length);
  });
}

/** Opens the file for `write`, closes it, and tells the owner when the folder cannot be written. */
function writeFile(dir: string, file: string, write: (fd: number) => void): void {
  let fd: number | undefined;
  try {
    fd = openSync(join(dir, file), 'w');
    write(fd);
  } catch (error) {
    throw new CliError('output', msg().cli.outputUnwritable(dir), error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The first `length` bytes: writeSync may write less than asked, so it writes on until all are out. */
function writeWhole(fd: number, bytes: Uint8Array, length: number): void {
  for (let done = 0; done < length;) done += writeSync(fd, bytes, done, length - done);
}

/** UTF-8 lines gathered in a buffer and written when it fills. */
class LineBuffer {
  private readonly buffer = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  constructor(private readonly fd: number) {}

  add(line: string): void {
    // A UTF-16 unit takes at most 3 bytes in UTF-8.
    if (this.used + line.length * 3 > CHUNK) {
      this.flush();
      if (line.length * 3 > CHUNK) {
        writeSync(this.fd, line);
        return;
      }
    }
    this.used += this.buffer.write(line, this.used, 'utf8');
  }

  flush(): void {
    writeWhole(this.fd, this.buffer, this.used);
    this.used = 0;
  }
}
