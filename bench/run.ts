/**
 * npm run bench: the core on synthetic shops of 10k, 100k and 1M sales rows (each size in its own
 * process, so peak memory is its own), the command line end to end, and RETENTION_RATE on CDNOW.
 * First of all, the command line against pandas on the same 1M-row file (bench/versusPandas.ts);
 * `npm run bench -- --pandas` runs only that.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayFromCivil } from '../src/core/read/dates';
import { analyze, retention } from '../src/core/engine';
import { retentionRate } from '../src/core/formulas';
import { DEFAULT_SETTINGS, parseSettings } from '../src/core/settings';
import { fitBgnbd, groupTriples, type BgnbdFit } from '../src/core/models/bgnbd';
import { cdnowMasterGrid, hasCdnow } from '../test/support/cdnow';
import { fakeAppsScript } from '../test/gas/fakes/appsScript';
import { loadBundle } from '../test/gas/fakes/loadBundle';
import { syntheticShop, toCsv } from './synthetic';
import { versusPandas } from './versusPandas';
import { npxStart } from './npxStart';
import { printValue } from './value';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'bench', 'out');
const SIZES = [10_000, 100_000, 1_000_000];
const MB = 1024 * 1024;

interface CoreResult {
  rows: number;
  debtRows: number;
  customers: number;
  ms: number;
  peakMb: number;
}

function measureCore(rows: number): CoreResult {
  const shop = syntheticShop(rows);
  (global as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  const analysis = analyze(
    { sales: { name: 'Penjualan', rows: shop.sales }, debts: { name: 'Hutang', rows: shop.debts } },
    { settings: DEFAULT_SETTINGS, referenceDay: dayFromCivil(2025, 12, 31), timeZone: 'Asia/Jakarta' },
  );
  retention(analysis, 'bulan');
  const ms = performance.now() - started;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  return {
    rows,
    debtRows: shop.debts.length - 1,
    customers: analysis.customers.length,
    ms,
    peakMb: peak / MB,
  };
}

interface MenuResult {
  rows: number;
  ms: number;
  sheetCalls: number;
  calls: number;
  peakMb: number;
  done: boolean;
  /** How the run ended: its closing alert's title, and the first words of its message. */
  outcome: string;
  /** getValues and setValues calls (chunks), and the workbook's cells after the run. */
  reads: number;
  writes: number;
  cells: number;
}

/** Sales as 8 columns, as a large shop's book has them: the synthetic 6 plus Qty and Kasir. */
function eightColumns(sales: unknown[][]): unknown[][] {
  return sales.map((row, i) =>
    i === 0 ? [...row, 'Qty', 'Kasir'] : [...row, 1 + (i % 3), i % 2 ? 'Ani' : 'Budi'],
  );
}

/** The one-click run: dist/Code.js in a vm over the in-memory fake, sales and debt sheets. */
function menuRun(rows: number): MenuResult {
  const shop = syntheticShop(rows);
  const fake = fakeAppsScript();
  // Sized to their data, as a book this large must be to stay under Sheets' 10 million cells.
  const sales = eightColumns(shop.sales);
  fake.spreadsheet.addSheet('Penjualan', sales, { maxRows: sales.length, maxColumns: 8 });
  fake.spreadsheet.addSheet('Hutang', shop.debts, { maxRows: shop.debts.length, maxColumns: 7 });
  fake.properties.store.set('segmentasi.pengaturan', JSON.stringify({ tanggalAcuan: '2025-12-31' }));
  const bundle = loadBundle(fake.globals, join(ROOT, 'dist', 'Code.js'));
  (global as { gc?: () => void }).gc?.();
  const started = performance.now();
  bundle.call('jalankanSegmentasi');
  const ms = performance.now() - started;
  return {
    rows,
    ms,
    sheetCalls: fake.log.sheetCalls(),
    calls: fake.log.total(),
    peakMb: (process.resourceUsage().maxRSS * 1024) / MB,
    done: /selesai/.test(fake.ui.alerts[0]?.title ?? ''),
    outcome: `${fake.ui.alerts[0]?.title} — ${fake.ui.alerts[0]?.message.slice(0, 160)}`,
    reads: fake.log.count('Range.getValues'),
    writes: fake.log.count('Range.setValues'),
    cells: fake.spreadsheet.sheets.reduce((n, sh) => n + sh.maxRows * sh.maxColumns, 0),
  };
}

/**
 * TIPE_PELANGGAN in its column form over a 100,000-row shop, as a cell calls it: dist/Code.js in
 * a vm, ranges as Sheets gives them (Date objects), one call for every customer. Median of 3 calls.
 */
function formulaOn100k(): { ms: number; customers: number } {
  const shop = syntheticShop(100_000);
  const fake = fakeAppsScript();
  const bundle = loadBundle(fake.globals, join(ROOT, 'dist', 'Code.js'));
  const names = [...new Set(shop.sales.slice(1).map((r) => r[2]))].map((n) => [n]);
  const reference = new Date(Date.UTC(2025, 11, 31, 5));
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const types = bundle.call('TIPE_PELANGGAN', names, shop.sales, shop.debts, reference) as unknown[][];
    times.push(performance.now() - started);
    if (types.length !== names.length) throw new Error(`TIPE_PELANGGAN gave ${types.length} rows`);
  }
  return { ms: times.sort((a, b) => a - b)[1], customers: names.length };
}

function child(args: string[]): string {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', __filename, ...args], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

function cliEndToEnd(rows: number): { ms: number; peakMb: number } {
  mkdirSync(OUT, { recursive: true });
  const shop = syntheticShop(rows);
  const sales = join(OUT, `penjualan-${rows}.csv`);
  const debts = join(OUT, `hutang-${rows}.csv`);
  writeFileSync(sales, toCsv(shop.sales));
  writeFileSync(debts, toCsv(shop.debts));
  // The bench's own output folder, fresh each run (an older one may lack the .segmentasi marker).
  rmSync(join(OUT, `hasil-${rows}`), { recursive: true, force: true });
  const started = performance.now();
  // A preload prints the child's peak resident memory when it exits (its main thread's exit).
  const preload = join(OUT, 'maxrss.js');
  writeFileSync(
    preload,
    "if (require('node:worker_threads').isMainThread) process.on('exit', () => " +
      "process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\n",
  );
  const args = [
    '--penjualan',
    sales,
    '--hutang',
    debts,
    '--tanggal-acuan',
    '2025-12-31',
    '--keluar',
    join(OUT, `hasil-${rows}`),
    '--diam',
  ];
  // As npx runs it: build/cli.js by its launcher line (the preload through NODE_OPTIONS).
  const r = spawnSync(join(ROOT, 'build', 'cli.js'), args, {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: `--require ${preload}` },
  });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(r.stderr);
  const maxRss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? 0);
  return { ms, peakMb: maxRss / 1024 };
}

function retentionOnCdnow(): number | null {
  if (!hasCdnow) return null;
  const grid = cdnowMasterGrid();
  const env = { timeZone: 'UTC', now: new Date(Date.UTC(1998, 5, 30)) };
  retentionRate(grid, 'bulan', 19980630, '', env); // warm-up
  const runs = 5;
  const started = performance.now();
  for (let i = 0; i < runs; i++) retentionRate(grid, 'bulan', 19980630, '', env);
  return (performance.now() - started) / runs;
}

interface BgnbdBench {
  customers: number;
  triples: number;
  coldMs: number;
  medianMs: number;
  /** CPU time of the median run: what the fit costs, whatever else the machine is doing. */
  cpuMs: number;
  fit: BgnbdFit;
}

/** The BG/NBD fit alone on CDNOW's master file, all 18 months to 1998-06-30, time in days. */
function bgnbdOnCdnow(): BgnbdBench | null {
  if (!hasCdnow) return null;
  const analysis = analyze(
    { sales: { name: 'CDNOW_master', rows: cdnowMasterGrid() } },
    {
      settings: parseSettings({ jendelaBulan: 18 }),
      referenceDay: dayFromCivil(1998, 6, 30),
      timeZone: 'UTC',
    },
  );
  const triples = analysis.customers.map((c) => ({
    x: c.measures.frequency,
    tx: c.measures.recencyDays,
    T: c.measures.ageDays,
  }));
  const runs: { ms: number; cpuMs: number }[] = [];
  let fit: BgnbdFit | null = null;
  for (let i = 0; i < 6; i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    fit = fitBgnbd(groupTriples(triples));
    const used = process.cpuUsage(cpu);
    runs.push({ ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 });
  }
  const warm = runs.slice(1).sort((a, b) => a.ms - b.ms);
  const median = warm[Math.floor(warm.length / 2)];
  return {
    customers: triples.length,
    triples: groupTriples(triples).length,
    coldMs: runs[0].ms,
    medianMs: median.ms,
    cpuMs: median.cpuMs,
    fit: fit as BgnbdFit,
  };
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function printBgnbd(): void {
  const bg = bgnbdOnCdnow();
  if (bg === null) console.log('\nBG/NBD fit on CDNOW_master.txt: skipped (test/fixtures/cdnow not found)');
  else {
    const p = bg.fit.params;
    console.log(
      `\nBG/NBD fit on CDNOW_master.txt (${fmt(bg.customers)} customers, ${fmt(bg.triples)} distinct (x, t_x, T), days to 1998-06-30): ` +
        `${fmt(bg.coldMs)} ms first run, median of 5 ${fmt(bg.medianMs)} ms wall, ${fmt(bg.cpuMs)} ms CPU (target < 1,000 ms) -> ${bg.medianMs < 1000 ? 'OK' : bg.cpuMs < 1000 ? 'OK on CPU time (wall time shared with other processes)' : 'MISSED'}\n` +
        `  r ${fmt(p.r, 4)}, alpha ${fmt(p.alpha, 2)} per day, a ${fmt(p.a, 4)}, b ${fmt(p.b, 4)}, ` +
        `log-likelihood ${fmt(bg.fit.logLikelihood, 1)}, ${bg.fit.evaluations} evaluations, converged ${bg.fit.converged}`,
    );
  }
}

function main(): void {
  const mode = process.argv[2];
  if (mode === '--core') {
    process.stdout.write(JSON.stringify(measureCore(Number(process.argv[3]))));
    return;
  }
  if (mode === '--menu') {
    process.stdout.write(JSON.stringify(menuRun(Number(process.argv[3]))));
    return;
  }
  if (mode === '--bgnbd') {
    printBgnbd();
    return;
  }
  if (mode === '--value') {
    printValue();
    return;
  }
  if (mode === '--formula') {
    process.stdout.write(JSON.stringify(formulaOn100k()));
    return;
  }
  if (mode === '--cli') {
    process.stdout.write(JSON.stringify(cliEndToEnd(Number(process.argv[3]))));
    return;
  }
  console.log('Segmentasi Pelanggan benchmarks (node ' + process.version + ')\n');
  versusPandas(ROOT, OUT);
  if (mode === '--pandas') return;
  npxStart(ROOT);
  console.log('core: analyze + monthly retention, in-process, sheet-like 2-D arrays with Date objects');
  const core: CoreResult[] = [];
  for (const size of SIZES) {
    const r = JSON.parse(child(['--core', String(size)])) as CoreResult;
    core.push(r);
    console.log(
      `  ${fmt(r.rows).padStart(9)} sales + ${fmt(r.debtRows).padStart(7)} debts, ${fmt(r.customers).padStart(6)} customers: ` +
        `${fmt(r.ms).padStart(6)} ms, ${fmt((r.rows / r.ms) * 1000).padStart(9)} rows/s, peak RSS ${fmt(r.peakMb)} MB`,
    );
  }
  for (let i = 1; i < core.length; i++) {
    console.log(
      `  growth ${fmt(core[i - 1].rows)} -> ${fmt(core[i].rows)}: x${fmt(core[i].ms / core[i - 1].ms, 1)} time (target <= x12)`,
    );
  }
  const big = core[core.length - 1];
  console.log(
    `  1M target: < 3,000 ms and < 1,536 MB -> ${big.ms < 3000 && big.peakMb < 1536 ? 'OK' : 'MISSED'}`,
  );

  console.log('\ncommand line end to end (CSV read, analysis, CSV written), own process');
  for (const size of SIZES) {
    const r = JSON.parse(child(['--cli', String(size)])) as { ms: number; peakMb: number };
    console.log(
      `  ${fmt(size).padStart(9)} sales rows: ${fmt(r.ms).padStart(6)} ms, ${fmt((size / r.ms) * 1000).padStart(9)} rows/s, peak RSS ${fmt(r.peakMb)} MB`,
    );
  }

  console.log(
    '\nmenu "Jalankan segmentasi": dist/Code.js in a vm over the in-memory fake (includes the fake\'s copying), ' +
      '8 sales columns',
  );
  for (const size of [100_000, 600_000, 1_000_000]) {
    const r = JSON.parse(child(['--menu', String(size)])) as MenuResult;
    console.log(
      `  ${fmt(size).padStart(9)} sales rows: ${fmt(r.ms).padStart(6)} ms, ${r.sheetCalls} sheet calls (${r.calls} service calls), ` +
        `peak RSS ${fmt(r.peakMb)} MB, 6-minute menu limit ${r.done && r.ms < 360_000 ? 'OK' : 'MISSED'}; ` +
        `${r.reads} getValues / ${r.writes} setValues chunks, workbook ${fmt(r.cells)} cells\n` +
        `    ${r.outcome.replace(/\s+/g, ' ')}`,
    );
  }

  const formula = JSON.parse(child(['--formula'])) as { ms: number; customers: number };
  console.log(
    `\n=TIPE_PELANGGAN(column of ${fmt(formula.customers)} customers; 100,000 sales rows; debts; date) in dist/Code.js: ` +
      `${fmt(formula.ms)} ms per call (target < 1,000 ms) -> ${formula.ms < 1000 ? 'OK' : 'MISSED'}`,
  );

  printBgnbd();
  printValue();
  const cdnow = retentionOnCdnow();
  console.log(
    cdnow === null
      ? '\nRETENTION_RATE on CDNOW_master.txt: skipped (test/fixtures/cdnow not found)'
      : `\nRETENTION_RATE on CDNOW_master.txt (69,659 rows): ${fmt(cdnow, 1)} ms per call (target < 300 ms) -> ${cdnow < 300 ? 'OK' : 'MISSED'}`,
  );
  if (!existsSync(OUT)) mkdirSync(OUT, { recursive: true });
}

main();
