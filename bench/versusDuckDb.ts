/**
 * The command line's two engines and pandas on the synthetic shop's sales file of 1,000,000 and
 * 10,000,000 rows (six columns; bench/out, written row by row, never committed): the built-in
 * engine, `--mesin duckdb` (all five result files each) and bench/pandas_measures.py (five
 * measures per customer), each its own process under /usr/bin/time, once (BENCH_RUNS to repeat:
 * the 10M runs take minutes). Prints wall and CPU seconds and peak resident memory, and whether
 * the two engines wrote the same files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticSales } from './synthetic';

const SIZES = [1_000_000, 10_000_000];
const REFERENCE = '2025-12-31';
const OUTPUTS = ['pelanggan.csv', 'retensi.csv', 'hubungi.csv', 'kohort.csv', 'model.csv'];

interface Run {
  ok: boolean;
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  note: string;
}

/** One process under /usr/bin/time -v: wall, user + system CPU, maximum resident set size. */
function timed(command: string, args: string[]): Run {
  const r = spawnSync('/usr/bin/time', ['-v', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const field = (name: string) => new RegExp(`${name}: (.+)`).exec(r.stderr)?.[1].trim() ?? '0';
  const [s, m, h] = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')
    .split(':')
    .map(Number)
    .reverse()
    .concat(0, 0);
  return {
    ok: r.status === 0,
    seconds: (s ?? 0) + 60 * (m ?? 0) + 3600 * (h ?? 0),
    cpuSeconds: Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)')),
    peakMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
    note:
      r.status === 0
        ? ''
        : (r.stderr.split('\n').find((l) => /Galat|Error|heap/i.test(l)) ?? `exit ${r.status}`),
  };
}

const same = (a: string, b: string) =>
  OUTPUTS.every((f) => existsSync(join(a, f)) && readFileSync(join(a, f)).equals(readFileSync(join(b, f))));

export function versusDuckDb(root: string, out: string): void {
  const cli = join(root, 'build', 'cli.js');
  const duckdbThere = existsSync(join(root, 'node_modules', '@duckdb', 'node-api'));
  const pandas = spawnSync('/usr/bin/python3', ['-c', 'import pandas']).status === 0;
  if (!duckdbThere || !existsSync('/usr/bin/time')) {
    console.log('engines vs pandas: skipped (needs @duckdb/node-api and /usr/bin/time)\n');
    return;
  }
  const fmt = (r: Run) =>
    r.ok
      ? `${r.seconds.toFixed(1)} s wall, ${r.cpuSeconds.toFixed(1)} s CPU, peak ${r.peakMb.toFixed(0)} MiB`
      : `did not finish (${r.note}), peak ${r.peakMb.toFixed(0)} MiB after ${r.seconds.toFixed(1)} s`;
  for (const rows of SIZES) {
    const file = join(out, `penjualan-${rows}.csv`);
    if (!existsSync(file)) writeSyntheticSales(rows, file);
    const args = ['--penjualan', file, '--tanggal-acuan', REFERENCE, '--diam'];
    const builtInOut = join(out, `hasil-bawaan-${rows}`);
    const duckOut = join(out, `hasil-duckdb-${rows}`);
    for (const dir of [builtInOut, duckOut]) rmSync(dir, { recursive: true, force: true });
    const duck = timed(cli, [...args, '--mesin', 'duckdb', '--keluar', duckOut]);
    const builtIn = timed(cli, [...args, '--keluar', builtInOut]);
    const py = pandas
      ? timed('/usr/bin/python3', [
          join(root, 'bench', 'pandas_measures.py'),
          file,
          REFERENCE,
          join(out, 'pandas-ukuran.csv'),
        ])
      : null;
    console.log(`engines vs pandas, ${rows.toLocaleString('en-US')} sales rows (six columns):`);
    console.log(`  --mesin duckdb (all five CSVs): ${fmt(duck)}`);
    console.log(`  built-in engine (all five CSVs): ${fmt(builtIn)}`);
    console.log(
      `  pandas (bench/pandas_measures.py, five measures): ${py ? fmt(py) : 'skipped (no pandas)'}`,
    );
    if (duck.ok && builtIn.ok) console.log(`  same five files: ${same(builtInOut, duckOut) ? 'yes' : 'NO'}`);
    console.log(`  duckdb under 2 GB: ${duck.ok && duck.peakMb < 2048 ? 'OK' : 'MISSED'}\n`);
  }
}
