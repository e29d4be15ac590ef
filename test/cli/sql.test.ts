/**
 * `segmentasi sql` (src/cli/sqlCommand.ts): the queries printed, each headed by what it computes;
 * mistakes in the user's words with the usage exit code; the printed DuckDB text runs as printed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { segmentasi } from './support';

const TITLES = [
  '-- Per pelanggan: kunjungan, belanja, siklus, hutang, tipe A/B/C/D dengan kode alasannya, matriks, status, skor RFM dan batas kredit',
  '-- Retensi per bulan: pelanggan aktif, bertahan, kembali, baru, tingkat retensi, penjualan baru dan lama',
  '-- Kohort per bulan belanja pertama: bagian kohort yang belanja di tiap bulan sesudahnya',
  '-- Masukan model BG/NBD: pelanggan dikelompokkan per (x, t_x, T) dengan jumlahnya',
  '-- Peluang aktif dan prediksi beli per pelanggan dari parameter BG/NBD yang sudah dihitung (r, alpha, a, b)',
];

describe('segmentasi sql', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'segmentasi-sql-cli-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the five BigQuery queries, each headed by what it computes and its parameter values', () => {
    const r = segmentasi(
      'sql',
      '--dialek',
      'bigquery',
      '--tabel-penjualan',
      'toko.data.penjualan',
      '--tanggal-acuan',
      '2026-11-20',
    );
    expect(r.code).toBe(0);
    const queries = r.stdout.trim().split('\n\n');
    expect(queries.map((q) => q.split('\n')[0])).toEqual(TITLES);
    for (const q of queries) {
      expect(q).toContain("-- tanggal_acuan = DATE '2026-11-20'");
      expect(q).toContain('FROM `toko.data.penjualan`');
      expect(q.trimEnd().endsWith(';')).toBe(true);
    }
    expect(queries[4]).toContain('-- r, alpha, a, b: parameter BG/NBD hasil pencocokan');
    expect(r.stdout).not.toContain('$');
  });

  it("reads the owner's column names from --pengaturan and the debt and customer tables", () => {
    const settings = join(dir, 'pengaturan.json');
    writeFileSync(
      settings,
      JSON.stringify({ kolom: { penjualan: { pelanggan: 'Nama Pembeli', nota: 'Faktur' } } }),
    );
    const r = segmentasi(
      'sql',
      '--dialek',
      'duckdb',
      '--tabel-penjualan',
      'jualan',
      '--tabel-hutang',
      'kasbon',
      '--tabel-pelanggan',
      'orang',
      '--pengaturan',
      settings,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"Nama Pembeli"');
    expect(r.stdout).toContain('CAST("Faktur" AS VARCHAR)');
    expect(r.stdout).toContain('FROM "kasbon"');
    expect(r.stdout).toContain('FROM "orang"');
    expect(r.stdout).toContain('-- tanggal_acuan = tanggal acuan (TTTT-BB-HH)');
  });

  it('prints DuckDB text that runs as printed and classifies a small shop', async () => {
    const r = segmentasi('sql', '--dialek', 'duckdb', '--tabel-penjualan', 'penjualan');
    expect(r.code).toBe(0);
    const [customers] = r.stdout.trim().split('\n\n');
    const instance = await DuckDBInstance.create(':memory:');
    const con = await instance.connect();
    try {
      await con.run(`CREATE TABLE penjualan ("Tanggal" DATE, "Pelanggan" VARCHAR, "Total" DOUBLE)`);
      await con.run(
        `INSERT INTO penjualan VALUES ('2025-04-05', 'Sri', 20000), ('2025-05-05', 'Sri', 20000), ('2025-06-05', 'sri ', 20000), ('2025-06-20', 'Joko', 15000)`,
      );
      const rows = (
        await con.runAndReadAll(customers.replace(/;\s*$/, ''), { tanggal_acuan: '2025-06-30' })
      ).getRowObjectsJS();
      // By hand: Sri bought on three days (one spelling "sri "), 30 and 31 days apart (a cycle of
      // 30.5 days, the shop's too); Joko once, 10 days ago.
      expect(
        rows.map((c) => [c.kunci, Number(c.kunjungan), c.pertama, c.terakhir, c.siklus_hari, c.tipe]),
      ).toEqual([
        ['joko', 1, '2025-06-20', '2025-06-20', 30.5, 'B'],
        ['sri', 3, '2025-04-05', '2025-06-05', 30.5, 'A'],
      ]);
    } finally {
      con.closeSync();
      instance.closeSync();
    }
  });

  it('tells a missing or unknown dialect, a missing table and an unknown option in Indonesian (exit 2)', () => {
    const cases: [string[], string][] = [
      [
        ['--tabel-penjualan', 'x'],
        'Galat: --dialek wajib diisi: bigquery atau duckdb. Lihat segmentasi sql --help.\n',
      ],
      [
        ['--dialek', 'oracle', '--tabel-penjualan', 'x'],
        'Galat: --dialek tidak dikenal: "oracle" (pakai bigquery atau duckdb).\n',
      ],
      [['--dialek', 'duckdb'], 'Galat: --tabel-penjualan NAMA wajib diisi. Lihat segmentasi sql --help.\n'],
      [
        ['--dialek', 'duckdb', '--salah'],
        'Galat: pilihan tidak dikenal: --salah. Lihat segmentasi sql --help.\n',
      ],
      [['--dialek'], 'Galat: --dialek perlu nilai sesudahnya. Lihat segmentasi sql --help.\n'],
      [
        ['--dialek', 'duckdb', '--tabel-penjualan', 'x', '--tanggal-acuan', '2025-13-45'],
        'Galat: --tanggal-acuan tidak terbaca: "2025-13-45" (pakai TTTT-BB-HH).\n',
      ],
    ];
    for (const [args, stderr] of cases) {
      const r = segmentasi('sql', ...args);
      expect([r.code, r.stderr]).toEqual([2, stderr]);
    }
  });

  it('has its own --help, and the main --help names it', () => {
    const own = segmentasi('sql', '--help');
    expect(own.code).toBe(0);
    for (const flag of [
      '--dialek',
      '--tabel-penjualan',
      '--tabel-hutang',
      '--tabel-pelanggan',
      '--tanggal-acuan',
      '--pengaturan',
    ])
      expect(own.stdout).toContain(flag);
    expect(segmentasi('--help').stdout).toContain(
      'npx segmentasi sql --dialek bigquery|duckdb --tabel-penjualan NAMA',
    );
  });
});
