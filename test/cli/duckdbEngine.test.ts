/**
 * `--mesin duckdb`: the generated DuckDB SQL run by build/cli.js writes the very files the
 * built-in engine writes, byte for byte, on inputs both read (the sample shop with its few messy
 * cells written plainly, typed corpus cases, CDNOW's master file, and the sample as Parquet); its
 * messages name the install command when DuckDB is absent and the file, row and column of a cell
 * it cannot read.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseAmountCell, parseDateText } from '../../src/core/read/cells';
import { isoDate } from '../../src/core/read/dates';
import { cdnowMasterGrid, hasCdnow } from '../support/cdnow';
import { CLI, ROOT, SAMPLES, segmentasi } from './support';

jest.setTimeout(180_000);

const OUTPUTS = ['pelanggan.csv', 'retensi.csv', 'hubungi.csv', 'kohort.csv', 'model.csv'];
const dir = mkdtempSync(join(tmpdir(), 'segmentasi-duckdb-'));

const csvCell = (v: unknown) => {
  const text = String(v ?? '');
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const toCsv = (rows: readonly (readonly unknown[])[]) =>
  rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';

/**
 * A sample file with its messy cells written plainly: dates as TTTT-BB-HH and amounts as numbers,
 * as the core reads them; a row whose date the core cannot read, and the subtotal row, left out
 * (the built-in engine skips both).
 */
function typedCopy(file: string, dates: string[], amounts: string[]): string {
  const rows = parse(readFileSync(join(SAMPLES, file), 'utf8'), { relax_column_count: true }) as string[][];
  const h = rows.findIndex((r) => r.includes(dates[0]));
  const col = (name: string) => rows[h].indexOf(name);
  const out = rows.slice(0, h + 1);
  for (const row of rows.slice(h + 1)) {
    if (/^(total|jumlah)$/i.test(row[0].trim())) continue;
    const day = parseDateText(row[col(dates[0])]);
    if (day === null) continue;
    const copy = [...row];
    for (const d of dates) {
      const value = parseDateText(copy[col(d)] ?? '');
      if (value !== null) copy[col(d)] = isoDate(value);
    }
    for (const a of amounts) {
      const value = parseAmountCell(copy[col(a)] ?? '');
      if (value !== null) copy[col(a)] = String(value);
    }
    out.push(copy);
  }
  const path = join(dir, file);
  writeFileSync(path, toCsv(out));
  return path;
}

function files(out: string): Record<string, string> {
  return Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

/** Both engines over the same arguments: each run's exit code and files. */
function bothEngines(name: string, args: string[]) {
  const builtIn = segmentasi(...args, '--keluar', join(dir, `${name}-bawaan`), '--diam');
  const duck = segmentasi(...args, '--mesin', 'duckdb', '--keluar', join(dir, `${name}-duckdb`), '--diam');
  expect(builtIn.stderr).toBe('');
  expect(duck.stderr).toBe('');
  expect([builtIn.code, duck.code]).toEqual([0, 0]);
  return { builtIn: files(join(dir, `${name}-bawaan`)), duck: files(join(dir, `${name}-duckdb`)) };
}

describe('--mesin duckdb writes what the built-in engine writes', () => {
  const sales = typedCopy('penjualan.csv', ['Tanggal'], ['Total', 'Harga', 'Qty']);
  const debts = typedCopy(
    'hutang.csv',
    ['Tanggal', 'Jatuh Tempo', 'Tanggal Bayar'],
    ['Jumlah Hutang', 'Dibayar'],
  );
  const customers = join(SAMPLES, 'pelanggan.csv');
  const shop = ['--hutang', debts, '--pelanggan', customers, '--tanggal-acuan', '2026-11-20'];

  it('on the sample shop, every file byte for byte', () => {
    const { builtIn, duck } = bothEngines('contoh', ['--penjualan', sales, ...shop]);
    // The sample has customers of every type, a model fit and people to contact today.
    expect(builtIn['pelanggan.csv'].split('\n').length).toBeGreaterThan(30);
    expect(builtIn['model.csv']).toMatch(/^r,\d/m);
    for (const f of OUTPUTS) expect({ file: f, text: duck[f] }).toEqual({ file: f, text: builtIn[f] });
  });

  it('on the sample shop given as Parquet, the same files as the built-in engine on its CSV', () => {
    const parquet = join(dir, 'penjualan.parquet');
    // DuckDB itself writes the Parquet file, with real DATE and DOUBLE columns.
    const script =
      "const { DuckDBInstance } = require('@duckdb/node-api');" +
      '(async () => { const c = await (await DuckDBInstance.create()).connect();' +
      `await c.run("COPY (SELECT * FROM read_csv('${sales}', types={'Tanggal':'DATE','Total':'DOUBLE'})) TO '${parquet}' (FORMAT parquet)"); })();`;
    expect(spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }).status).toBe(0);
    const builtIn = segmentasi('--penjualan', sales, ...shop, '--keluar', join(dir, 'pq-bawaan'), '--diam');
    const duck = segmentasi(
      '--penjualan',
      parquet,
      ...shop,
      '--mesin',
      'duckdb',
      '--keluar',
      join(dir, 'pq-duckdb'),
      '--diam',
    );
    expect([builtIn.code, duck.code, duck.stderr]).toEqual([0, 0, '']);
    expect(files(join(dir, 'pq-duckdb'))).toEqual(files(join(dir, 'pq-bawaan')));
  });

  // Typed corpus cases: credit sales with and without a debt row, repayments among the sales,
  // payments as negative debt rows, old open debts, referrals and complaints, prospects, an empty
  // debt file, phone numbers in the customer file.
  const CASES = [
    'credit-sale-without-debt-row-listed',
    'credit-sale-with-debt-row-same-day',
    'customers-referral-makes-a',
    'customers-complaint-blocks-a',
    'customers-prospects-not-customers',
    'debts-old-open-debt-before-window',
    'debts-partial-payment-sebagian',
    'debts-repaid-late-average',
    'debts-ledger-negative-payments',
    'debts-empty-sheet-header-only',
    'repayments-bayar-hutang',
    'phones-plus62-dashes',
  ];
  it.each(CASES)('on the corpus case %s, every file byte for byte', (name) => {
    const caseDir = join(ROOT, 'test', 'fixtures', 'corpus', name);
    const present = readdirSync(caseDir);
    const expect_ = JSON.parse(readFileSync(join(caseDir, 'expect.json'), 'utf8'));
    const args = ['--penjualan', join(caseDir, 'penjualan.csv'), '--tanggal-acuan', expect_.referenceDate];
    if (present.includes('hutang.csv')) args.push('--hutang', join(caseDir, 'hutang.csv'));
    if (present.includes('pelanggan.csv')) args.push('--pelanggan', join(caseDir, 'pelanggan.csv'));
    const { builtIn, duck } = bothEngines(name, args);
    expect(duck).toEqual(builtIn);
  });

  (hasCdnow ? it : it.skip)(
    "on CDNOW's master file (69,659 rows, 23,570 customers), every file byte for byte",
    () => {
      const grid = cdnowMasterGrid();
      const rows = grid
        .slice(1)
        .map(([id, date, , amount]) => [
          `${String(date).slice(0, 4)}-${String(date).slice(4, 6)}-${String(date).slice(6, 8)}`,
          `C${id}`,
          amount,
        ]);
      const file = join(dir, 'cdnow.csv');
      writeFileSync(file, toCsv([['Tanggal', 'Pelanggan', 'Total'], ...rows]));
      const settings = join(dir, 'cdnow.json');
      writeFileSync(settings, JSON.stringify({ jendelaBulan: 18 }));
      const { builtIn, duck } = bothEngines('cdnow', [
        '--penjualan',
        file,
        '--pengaturan',
        settings,
        '--tanggal-acuan',
        '1998-06-30',
      ]);
      expect(builtIn['pelanggan.csv'].trim().split('\n')).toHaveLength(23_570 + 1);
      expect(builtIn['model.csv']).toMatch(/^pelanggan,23570$/m);
      for (const f of OUTPUTS) expect({ file: f, text: duck[f] }).toEqual({ file: f, text: builtIn[f] });
    },
  );
});

describe('--mesin duckdb tells the owner what to do', () => {
  it('without DuckDB installed, names the exact install command (exit 2, nothing written)', () => {
    // build/cli.js alone in a folder with no node_modules above it: Node cannot find the package.
    const alone = mkdtempSync(join(tmpdir(), 'segmentasi-alone-'));
    copyFileSync(CLI, join(alone, 'cli.js'));
    const out = join(alone, 'hasil');
    const r = spawnSync(
      process.execPath,
      [
        join(alone, 'cli.js'),
        '--penjualan',
        join(SAMPLES, 'penjualan.csv'),
        '--mesin',
        'duckdb',
        '--keluar',
        out,
      ],
      { cwd: alone, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: alone, LANG: 'id_ID.UTF-8' } },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('npm install @duckdb/node-api');
    expect(r.stderr).toContain('--mesin duckdb perlu paket DuckDB, yang belum terpasang');
    expect(() => readdirSync(out)).toThrow();
  });

  it('names the file, row, column and value of a cell it cannot read as a date (exit 5)', () => {
    const file = join(dir, 'jual-rusak.csv');
    writeFileSync(
      file,
      'No Nota,Tanggal,Pelanggan,Total\nN1,2025-01-05,Sri,20000\nN2,12 Maret 2025,Sri,15000\nN3,2025-03-01,Joko,5000\n',
    );
    const r = segmentasi(
      '--penjualan',
      file,
      '--mesin',
      'duckdb',
      '--tanggal-acuan',
      '2025-06-30',
      '--keluar',
      join(dir, 'rusak'),
    );
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(
      'file Penjualan jual-rusak.csv baris 3, kolom "Tanggal": "12 Maret 2025" bukan tanggal',
    );
    expect(r.stderr).toContain('jalankan tanpa --mesin duckdb');
  });

  it('names the cell of an amount written as text, and counts the others', () => {
    const file = join(dir, 'jual-rp.csv');
    writeFileSync(
      file,
      'Tanggal,Pelanggan,Total\n2025-01-05,Sri,Rp 20.000\n2025-01-06,Joko,5000\n2025-01-07,Ani,15rb\n',
    );
    const r = segmentasi(
      '--penjualan',
      file,
      '--mesin',
      'duckdb',
      '--tanggal-acuan',
      '2025-06-30',
      '--keluar',
      join(dir, 'rp'),
    );
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('baris 2, kolom "Total": "Rp 20.000" bukan angka biasa');
    expect(r.stderr).toContain('1 sel lain juga');
  });

  it('stops rather than read a date written once per day differently from the built-in engine', () => {
    const file = join(dir, 'jual-sekali.csv');
    writeFileSync(file, 'Tanggal,Pelanggan,Total\n2025-01-05,Sri,20000\n,Joko,5000\n');
    const r = segmentasi(
      '--penjualan',
      file,
      '--mesin',
      'duckdb',
      '--tanggal-acuan',
      '2025-06-30',
      '--keluar',
      join(dir, 'sekali'),
    );
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('kolom "Tanggal" kosong pada baris Joko 5000');
  });

  it('refuses an engine it does not know (exit 2)', () => {
    mkdirSync(join(dir, 'x'), { recursive: true });
    const r = segmentasi(
      '--penjualan',
      join(SAMPLES, 'penjualan.csv'),
      '--mesin',
      'spark',
      '--keluar',
      join(dir, 'x', 'y'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--mesin tidak mengenal "spark"');
  });
});
