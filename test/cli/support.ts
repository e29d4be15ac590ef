/** The built command line, build/cli.js, run as a user runs it, and the sample shop's arguments. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'build', 'cli.js');
export const SAMPLES = join(ROOT, 'samples');

export function segmentasi(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The three sample files with the demo's reference date, written to `out`. */
export function sampleShopArgs(out: string): string[] {
  return [
    '--penjualan',
    join(SAMPLES, 'penjualan.csv'),
    '--hutang',
    join(SAMPLES, 'hutang.csv'),
    '--pelanggan',
    join(SAMPLES, 'pelanggan.csv'),
    '--tanggal-acuan',
    '2026-11-20',
    '--keluar',
    out,
  ];
}
