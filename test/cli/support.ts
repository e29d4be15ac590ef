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

/**
 * Every column flag, by hand from the settings' kolom (src/core/read/schema.ts): the sales file's
 * bare, the debt file's with hutang-, the customer file's with pelanggan-.
 */
export const COLUMN_FLAG_NAMES = [
  'kolom-tanggal',
  'kolom-pelanggan',
  'kolom-total',
  'kolom-nota',
  'kolom-pembayaran',
  'kolom-status',
  'kolom-keterangan',
  'kolom-harga',
  'kolom-diskon',
  'kolom-produk',
  'kolom-qty',
  'kolom-hp',
  'kolom-hutang-tanggal',
  'kolom-hutang-pelanggan',
  'kolom-hutang-jumlah',
  'kolom-hutang-jatuh-tempo',
  'kolom-hutang-tanggal-bayar',
  'kolom-hutang-sisa',
  'kolom-hutang-dibayar',
  'kolom-hutang-status',
  'kolom-hutang-jenis',
  'kolom-hutang-hp',
  'kolom-pelanggan-nama',
  'kolom-pelanggan-hp',
  'kolom-pelanggan-tanggal-lahir',
  'kolom-pelanggan-jenis',
  'kolom-pelanggan-referensi',
  'kolom-pelanggan-potensi',
  'kolom-pelanggan-kedekatan',
  'kolom-pelanggan-komplain',
  'kolom-pelanggan-terakhir-dihubungi',
];
