/**
 * The column flags (src/cli/columnFlags.ts): one per column of the settings' kolom, meaning
 * exactly what kolom means (the built command line writes the same files either way), winning
 * over a settings file that names the same column, and named with the owner's header when a
 * required column is missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLUMN_FLAGS, missingColumnHints, shellQuoted, withColumnFlags } from '../../src/cli/columnFlags';
import { parseCsv } from '../../src/cli/csv';
import { parseSettings } from '../../src/core/settings';
import type { MissingColumns } from '../../src/core/read/headers';
import { CLI, COLUMN_FLAG_NAMES, ROOT, segmentasi } from './support';

function outputs(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('column flags', () => {
  it('are one flag per column of the three files, named as the help shows them', () => {
    expect(COLUMN_FLAGS.map((f) => f.name)).toEqual(COLUMN_FLAG_NAMES);
    const of = (name: string) => COLUMN_FLAGS.find((f) => f.name === name);
    expect(of('kolom-total')).toEqual({ name: 'kolom-total', sheet: 'penjualan', field: 'total' });
    expect(of('kolom-hutang-jatuh-tempo')).toEqual({
      name: 'kolom-hutang-jatuh-tempo',
      sheet: 'hutang',
      field: 'jatuhTempo',
    });
    expect(of('kolom-pelanggan-nama')).toEqual({
      name: 'kolom-pelanggan-nama',
      sheet: 'pelanggan',
      field: 'nama',
    });
  });

  it('are all listed in docs/baris-perintah.md', () => {
    const page = readFileSync(join(ROOT, 'docs', 'baris-perintah.md'), 'utf8');
    for (const flag of COLUMN_FLAG_NAMES) expect(page).toContain(`\`--${flag}\``);
  });

  it("put the header into the settings' kolom, and win over the settings file's own", () => {
    const replaced: string[] = [];
    const fromFile = parseSettings({ kolom: { penjualan: { total: 'Total Lama', tanggal: 'Tgl' } } });
    const settings = withColumnFlags(
      fromFile,
      { 'kolom-total': 'Harga Jual', 'kolom-hutang-jumlah': 'Besar Bon', 'kolom-tanggal': 'Tgl', diam: true },
      (flag, key) => replaced.push(`${flag} ${key}`),
    );
    expect(settings.kolom).toEqual({
      penjualan: { total: 'Harga Jual', tanggal: 'Tgl' },
      hutang: { jumlah: 'Besar Bon' },
    });
    // The same header as the file's is no replacement; the file's settings are left as they were.
    expect(replaced).toEqual(['--kolom-total kolom.penjualan.total']);
    expect(fromFile.kolom.penjualan).toEqual({ total: 'Total Lama', tanggal: 'Tgl' });
    expect(withColumnFlags(fromFile, {}, () => undefined)).toBe(fromFile);
  });

  it('quote a header for the shell', () => {
    expect(shellQuoted('Harga Jual')).toBe('"Harga Jual"');
    expect(shellQuoted('Total "Rp"')).toBe('"Total \\"Rp\\""');
    expect(shellQuoted('Harga $')).toBe('"Harga \\$"');
  });
});

describe('the flag to add for a missing column', () => {
  const missing = (fields: string[], columnHeaders: string[], columns: MissingColumns['columns']) => ({
    kind: 'penjualan' as const,
    sheet: 'jual.csv',
    fields,
    headerRow: 1,
    columns,
    columnHeaders,
  });

  it("offers the owner's header whose cells look like the column, not a product or a taken one", () => {
    const grid = [
      ['Laporan Toko Sri'],
      ['Tanggal', 'Nama Barang', 'Keterangan', 'Harga Jual', 'Catatan'],
      ['05/01/2025', 'Gula', 'Sri', '15000', 'ok'],
      ['06/01/2025', 'Kopi', 'Budi', 'Rp 20.000', '12'],
      ['', '', '', '', ''],
      ['07/01/2025', 'Teh', 'Sri', '1,5 jt', 'lunas'],
    ];
    // Harga Jual went to the optional Harga column: it may still be the Total.
    const hints = missingColumnHints(
      missing(['pelanggan', 'total'], grid[1] as string[], { tanggal: 0, harga: 3 }),
      grid,
    );
    expect(hints).toEqual([
      // Nama Barang holds text but is a product column; Catatan holds a number in one row of three.
      { flag: '--kolom-pelanggan', label: 'Pelanggan', header: 'Keterangan', argument: '"Keterangan"' },
      { flag: '--kolom-total', label: 'Total', header: 'Harga Jual', argument: '"Harga Jual"' },
    ]);
  });

  it('gives the flag with a placeholder when no column looks like it', () => {
    const grid = [
      ['Tanggal', 'Pelanggan', 'Catatan'],
      ['2025-01-05', 'Sri', 'enak'],
    ];
    const hints = missingColumnHints(
      { ...missing(['total'], grid[0], { tanggal: 0, pelanggan: 1 }), headerRow: 0 },
      grid,
    );
    expect(hints).toEqual([{ flag: '--kolom-total', label: 'Total', header: null, argument: '"JUDUL"' }]);
  });

  it('does not offer a column of plain numbers as the date', () => {
    const grid = [
      ['Tgl Kirim', 'Pelanggan', 'Nilai Kirim'],
      ['05/01/2025', 'Sri', '15000'],
    ];
    const hints = missingColumnHints(
      { ...missing(['tanggal', 'total'], grid[0], { pelanggan: 1 }), headerRow: 0 },
      grid,
    );
    expect(hints.map((h) => h.header)).toEqual(['Tgl Kirim', 'Nilai Kirim']);
  });
});

describe('column flags on the built command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'segmentasi-kolom-'));
  const sales = join(dir, 'jual.csv');
  writeFileSync(
    sales,
    // No header here is a name the reader knows for its column but Cara Bayar.
    'Hari Kirim,Toko Langganan,Harga Jual,Cara Bayar\n05/01/2025,Sri,15000,Tunai\n' +
      '06/01/2025,Budi,"20.000",Kasbon\n20/01/2025,Sri,10000,Tunai\n',
  );
  const debts = join(dir, 'bon.csv');
  writeFileSync(debts, 'Tanggal,Pelanggan,Besar Bon,Status\n06/01/2025,Budi,20000,Belum\n');
  const customers = join(dir, 'langganan.csv');
  writeFileSync(customers, 'Langganan,No HP\nSri,0812-3456-7890\n');
  const common = ['--penjualan', sales, '--tanggal-acuan', '2025-01-31'];
  const flags = [
    '--kolom-tanggal',
    'Hari Kirim',
    '--kolom-pelanggan',
    'Toko Langganan',
    '--kolom-total',
    'Harga Jual',
    '--kolom-pembayaran',
    'Cara Bayar',
    '--hutang',
    debts,
    '--kolom-hutang-jumlah',
    'Besar Bon',
    '--pelanggan',
    customers,
    '--kolom-pelanggan-nama',
    'Langganan',
  ];
  const kolom = {
    kolom: {
      penjualan: {
        tanggal: 'Hari Kirim',
        pelanggan: 'Toko Langganan',
        total: 'Harga Jual',
        pembayaran: 'Cara Bayar',
      },
      hutang: { jumlah: 'Besar Bon' },
      pelanggan: { nama: 'Langganan' },
    },
  };

  it('write exactly what the same kolom in a settings file writes', () => {
    const settings = join(dir, 'kolom.json');
    writeFileSync(settings, JSON.stringify(kolom));
    const byFlags = segmentasi(...common, ...flags, '--keluar', join(dir, 'flags'));
    const byFile = segmentasi(
      ...common,
      '--hutang',
      debts,
      '--pelanggan',
      customers,
      '--pengaturan',
      settings,
      '--keluar',
      join(dir, 'file'),
    );
    expect(byFlags.code).toBe(0);
    expect(byFile.code).toBe(0);
    expect(outputs(join(dir, 'flags'))).toEqual(outputs(join(dir, 'file')));
    expect(byFlags.stdout.replace('/flags/', '/file/')).toBe(byFile.stdout);
    // By hand: Sri two occasions, Rp 25.000, her number from the customer file; Budi one on
    // credit, his debt from the debt file.
    const rows = parseCsv(readFileSync(join(dir, 'flags', 'pelanggan.csv'), 'utf8'));
    const cell = (name: string, col: string) => rows.find((r) => r[0] === name)?.[rows[0].indexOf(col)];
    expect([cell('Sri', 'Kunjungan'), cell('Sri', 'Total Belanja'), cell('Sri', 'No HP')]).toEqual([
      '2',
      '25000',
      '6281234567890',
    ]);
    expect([cell('Budi', 'Tipe'), cell('Budi', 'Sisa Hutang')]).toEqual(['C', '20000']);
  });

  it('win over a settings file naming the same column, and say so', () => {
    const settings = join(dir, 'lama.json');
    writeFileSync(
      settings,
      JSON.stringify({ kolom: { penjualan: { ...kolom.kolom.penjualan, total: 'Total' } } }),
    );
    const r = segmentasi(...common, ...flags, '--pengaturan', settings, '--keluar', join(dir, 'menang'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^… --kolom-total dipakai menggantikan kolom\.penjualan\.total dari lama\.json$/m,
    );
    expect(segmentasi(...common, ...flags, '--keluar', join(dir, 'tanpa-file')).code).toBe(0);
    expect(outputs(join(dir, 'menang'))).toEqual(outputs(join(dir, 'tanpa-file')));
  });

  it('are named with the candidate header when a required column is missing, in both languages', () => {
    const r = segmentasi(...common, '--keluar', join(dir, 'kurang'));
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^Galat: Kolom wajib tidak ditemukan di sheet "jual\.csv"/m);
    expect(r.stderr).toMatch(
      /^Bila kolom "Harga Jual" berisi Total, tambahkan: --kolom-total "Harga Jual"$/m,
    );
    expect(r.stderr).toMatch(
      /^Bila kolom "Hari Kirim" berisi Tanggal, tambahkan: --kolom-tanggal "Hari Kirim"$/m,
    );
    // Cara Bayar holds words too; the leftmost column that fits is offered.
    expect(r.stderr).toMatch(
      /^Bila kolom "Toko Langganan" berisi Pelanggan, tambahkan: --kolom-pelanggan "Toko Langganan"$/m,
    );
    const en = spawnSync(process.execPath, [CLI, ...common, '--keluar', join(dir, 'kurang')], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_GB.UTF-8' },
    });
    expect(en.status).toBe(5);
    expect(en.stderr).toMatch(/^If column "Harga Jual" holds Total, add: --kolom-total "Harga Jual"$/m);
    expect(en.stderr).not.toMatch(/tambahkan|Galat/);
  });

  it('look for the header in the file whose column is missing, when sales come in several files', () => {
    // The first file is complete; in the second, the column where the first holds Total holds notes.
    const january = join(dir, 'januari.csv');
    writeFileSync(january, 'Tanggal,Pelanggan,Total,Catatan\n05/01/2025,Sri,15000,ok\n');
    const february = join(dir, 'februari.csv');
    writeFileSync(february, 'Tanggal,Pelanggan,Catatan,Harga Jual\n05/02/2025,Sri,antar sore,15000\n');
    const r = segmentasi('--penjualan', january, '--penjualan', february, '--keluar', join(dir, 'dua-file'));
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/Kolom wajib tidak ditemukan di sheet "februari\.csv": "Total"/);
    expect(r.stderr).toMatch(
      /^Bila kolom "Harga Jual" berisi Total, tambahkan: --kolom-total "Harga Jual"$/m,
    );
  });

  it("name the debt file's flag for the debt file's missing amount", () => {
    const r = segmentasi(
      ...common,
      ...flags.slice(0, 8),
      '--hutang',
      debts,
      '--keluar',
      join(dir, 'bon-kurang'),
    );
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(
      /^Bila kolom "Besar Bon" berisi Jumlah, tambahkan: --kolom-hutang-jumlah "Besar Bon"$/m,
    );
  });
});
