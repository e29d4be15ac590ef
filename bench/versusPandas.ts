/**
 * The command line against pandas (Debian python3-pandas, /usr/bin/python3) on two generated files
 * of 1,000,000 sales rows, the synthetic shop's six columns and the four many owners keep
 * (Tanggal, Pelanggan, Total, Pembayaran: occasions are days): both compute the per-customer
 * measures (occasions, first and last day, spend, credit use), each run as its own process under
 * /usr/bin/time, medians of BENCH_RUNS (3). The command line runs as npx runs it, build/cli.js by
 * its launcher line. Prints both times, both peak memories and the ratios, and checks the two
 * agree per customer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../src/cli/csv';
import { fourColumns, syntheticShop, toCsv } from './synthetic';

const ROWS = 1_000_000;
const REFERENCE = '2025-12-31';
const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';

interface Run {
  seconds: number;
  peakMb: number;
  cpuSeconds: number;
}

/** One process under /usr/bin/time: wall seconds, peak resident memory, user + system CPU. */
function timed(command: string, args: string[]): Run {
  const r = spawnSync(TIME, ['-f', 'BENCH %e %M %U %S', command, ...args], { encoding: 'utf8' });
  const m = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stderr}`);
  return { seconds: Number(m[1]), peakMb: Number(m[2]) / 1024, cpuSeconds: Number(m[3]) + Number(m[4]) };
}

function median(runs: Run[]): Run {
  const mid = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1];
  return {
    seconds: mid(runs.map((r) => r.seconds)),
    peakMb: mid(runs.map((r) => r.peakMb)),
    cpuSeconds: mid(runs.map((r) => r.cpuSeconds)),
  };
}

/** Both outputs per customer: occasions, first day, last day, spend, credit occasions. */
function agreement(cliCsv: string, pandasCsv: string): { customers: number; differing: number } {
  const cli = parseCsv(readFileSync(cliCsv, 'utf8'));
  const col = (h: string) => cli[0].indexOf(h);
  const fields = ['Kunjungan', 'Pertama Beli', 'Terakhir Beli', 'Total Belanja', 'Belanja Hutang'].map(col);
  const ours = new Map(cli.slice(1).map((r) => [r[0], fields.map((f) => r[f])]));
  const theirs = parseCsv(readFileSync(pandasCsv, 'utf8')).slice(1);
  let differing = 0;
  for (const [name, occasions, first, last, credit, spend] of theirs) {
    const want = [occasions, first, last, String(Number(spend)), credit];
    if (JSON.stringify(ours.get(name)) !== JSON.stringify(want)) differing++;
  }
  return { customers: theirs.length, differing: differing + Math.abs(ours.size - theirs.length) };
}

/** The files compared: their name in bench/out, what the bench prints of them, their grid. */
const FILES = [
  { name: `penjualan-${ROWS}.csv`, what: 'six columns', grid: () => syntheticShop(ROWS).sales },
  {
    name: `penjualan-${ROWS}-4kolom.csv`,
    what: 'four columns (Tanggal, Pelanggan, Total, Pembayaran)',
    grid: () => fourColumns(syntheticShop(ROWS).sales),
  },
];

export function versusPandas(root: string, out: string): void {
  if (!existsSync(PYTHON) || spawnSync(PYTHON, ['-c', 'import pandas']).status !== 0 || !existsSync(TIME)) {
    console.log('command line vs pandas: skipped (needs /usr/bin/python3 with pandas and /usr/bin/time)\n');
    return;
  }
  for (const { name, what, grid } of FILES) {
    const file = join(out, name);
    if (!existsSync(file)) writeFileSync(file, toCsv(grid()));
    compare(root, out, file, what);
  }
}

function compare(root: string, out: string, file: string, what: string): void {
  const fmt = (n: number, d = 2) => n.toFixed(d);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const cliOut = join(out, 'hasil-pandas-banding');
  rmSync(cliOut, { recursive: true, force: true });
  const pandasOut = join(out, 'pandas-ukuran.csv');
  const cliArgs = ['--penjualan', file, '--tanggal-acuan', REFERENCE];
  const cli: Run[] = [];
  const pandas: Run[] = [];
  for (let i = 0; i < runs; i++) {
    cli.push(timed(join(root, 'build', 'cli.js'), [...cliArgs, '--keluar', cliOut, '--diam']));
    pandas.push(timed(PYTHON, [join(root, 'bench', 'pandas_measures.py'), file, REFERENCE, pandasOut]));
  }
  const [c, p] = [median(cli), median(pandas)];
  const same = agreement(join(cliOut, 'pelanggan.csv'), pandasOut);
  console.log(
    `command line vs pandas, ${ROWS.toLocaleString('en-US')} sales rows, ${what}, medians of ${runs}:`,
  );
  console.log(
    `  command line (build/cli.js, all five CSVs): ${fmt(c.seconds)} s wall, ${fmt(c.cpuSeconds)} s CPU, peak ${fmt(c.peakMb, 0)} MB`,
  );
  console.log(
    `  pandas (bench/pandas_measures.py, five measures): ${fmt(p.seconds)} s wall, ${fmt(p.cpuSeconds)} s CPU, peak ${fmt(p.peakMb, 0)} MB`,
  );
  const ratio = c.seconds / p.seconds;
  const memory = c.peakMb / p.peakMb;
  console.log(
    `  ratio time ${fmt(ratio)} (target <= 1.0, goal 0.5) -> ${ratio <= 1 ? 'OK' : 'MISSED'}; ` +
      `memory ${fmt(memory)}x pandas (target <= 2) -> ${memory <= 2 ? 'OK' : 'MISSED'}`,
  );
  console.log(
    `  same measures for ${same.customers.toLocaleString('en-US')} customers: ` +
      (same.differing === 0 ? 'yes' : `NO, ${same.differing} differ`) +
      '\n',
  );
}
