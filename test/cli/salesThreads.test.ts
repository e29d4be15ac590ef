/**
 * The top of a large sales file read by the main thread alone (readSalesTop): it ends at a record
 * that truly starts a line, never inside a quoted line break, and a file that cannot be cut so is
 * read whole.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAIN_SHARE, readSalesTop } from '../../src/cli/salesThreads';

const tmp = mkdtempSync(join(tmpdir(), 'segmentasi-top-'));

describe('the top of a sales file', () => {
  it('ends at the record after a quoted line break the byte share falls into', () => {
    const head = 'No Nota,Tanggal,Pelanggan,Total\nN1,2025-06-01,Sri,15000\n';
    const quoted = 'N2,2025-06-02,"Bu Tini\nWarung Kopi",20000\n';
    const next = 'N3,2025-06-03,Ani,';
    // Pad the last record until the main thread's share of the bytes falls just after the quoted line break.
    const lineBreak = Buffer.byteLength(head) + quoted.indexOf('\n') + 1;
    let pad = 0;
    const size = () => Buffer.byteLength(head + quoted + next) + pad + 1;
    while (Math.ceil(size() * MAIN_SHARE) <= lineBreak) pad++;
    expect(Math.ceil(size() * MAIN_SHARE)).toBeLessThan(Buffer.byteLength(head + quoted));
    const file = join(tmp, 'quoted.csv');
    writeFileSync(file, head + quoted + next + '9'.repeat(pad) + '\n');
    const top = readSalesTop(file);
    // Records: header, N1, N2 (two lines), N3: the worker's part starts at N3.
    expect(top?.cut).toBe(3);
    expect(top?.table.byteOffset(3)).toBe(Buffer.byteLength(head + quoted));
    expect(top?.table.rowAt(2)).toEqual(['N2', '2025-06-02', 'Bu Tini\nWarung Kopi', '20000']);
  });

  it('gives no top when no record starts past the share (one record of a few MB): the file is read whole', () => {
    const file = join(tmp, 'long.csv');
    writeFileSync(file, `No Nota,Tanggal,Pelanggan,Total\nN1,2025-06-01,"${'x'.repeat(3_000_000)}",15000\n`);
    expect(readSalesTop(file)).toBeNull();
  });
});
