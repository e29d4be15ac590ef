/**
 * Mistakes in the arguments (src/cli/args.ts) told in the user's words only, never with
 * node:util's English text, each with the exit code for usage (2).
 */
import { spawnSync } from 'node:child_process';
import { parseOptions, usageProblem } from '../../src/cli/args';
import { CliError } from '../../src/cli/errors';
import { setLocale } from '../../src/core/i18n';
import { CLI } from './support';

describe('mistakes in the arguments', () => {
  afterEach(() => setLocale('id'));

  it('are named in Indonesian: the option, the value it needs, what to write instead', () => {
    setLocale('id');
    expect(usageProblem(['--penjualan', 'a.csv', '--salah'])).toBe(
      'pilihan tidak dikenal: --salah. Lihat --help.',
    );
    expect(usageProblem(['--penjualn', 'a.csv'])).toBe(
      'pilihan tidak dikenal: --penjualn (maksud Anda --penjualan?). Lihat --help.',
    );
    expect(usageProblem(['--kolom-totl', 'Harga'])).toBe(
      'pilihan tidak dikenal: --kolom-totl (maksud Anda --kolom-total?). Lihat --help.',
    );
    expect(usageProblem(['--penjualan'])).toBe(
      '--penjualan perlu nilai sesudahnya, mis. --penjualan FILE. Lihat --help.',
    );
    // The next option is no value: the value was left out.
    expect(usageProblem(['--tanggal-acuan', '--penjualan', 'a.csv'])).toBe(
      '--tanggal-acuan perlu nilai sesudahnya, mis. --tanggal-acuan TTTT-BB-HH. Lihat --help.',
    );
    expect(usageProblem(['--penjualan', 'a.csv', '--kolom-total'])).toBe(
      '--kolom-total perlu nilai sesudahnya, mis. --kolom-total JUDUL. Lihat --help.',
    );
    expect(usageProblem(['--diam=ya'])).toBe('--diam tidak memakai nilai: tulis --diam saja. Lihat --help.');
    expect(usageProblem(['penjualan.csv'])).toBe(
      '"penjualan.csv" tidak dikenal: tulis pilihannya di depan nilai, mis. --penjualan penjualan.csv. Lihat --help.',
    );
  });

  it('are named in English with an English locale', () => {
    setLocale('en_US');
    expect(usageProblem(['-x'])).toBe('unknown option: -x. See --help.');
    expect(usageProblem(['--keluar'])).toBe(
      '--keluar needs a value after it, e.g. --keluar FOLDER. See --help.',
    );
  });

  it('stop the run with the usage exit code; a right line gives its values', () => {
    expect(() => parseOptions(['--salah'])).toThrow(CliError);
    expect(parseOptions(['--penjualan', 'a.csv', '--kolom-total', 'Harga Jual', '--diam'])).toEqual({
      // --penjualan may be given again for a book kept per month: always a list.
      penjualan: ['a.csv'],
      'kolom-total': 'Harga Jual',
      diam: true,
    });
  });

  it("reach the user alone on the built command line, without node:util's English", () => {
    for (const [lang, text] of [
      ['id_ID.UTF-8', 'Galat: pilihan tidak dikenal: --salah. Lihat --help.\n'],
      ['en_US.UTF-8', 'Error: unknown option: --salah. See --help.\n'],
    ]) {
      const r = spawnSync(process.execPath, [CLI, '--penjualan', 'a.csv', '--salah'], {
        encoding: 'utf8',
        env: { ...process.env, LANG: lang },
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(text);
    }
    const missing = spawnSync(process.execPath, [CLI, '--penjualan'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).not.toMatch(/argument missing|Option '/);
  });
});
