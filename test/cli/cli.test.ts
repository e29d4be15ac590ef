/** The built command line, build/cli.js, run as a user runs it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../../src/cli/csv';
import { EXIT_CODES } from '../../src/cli/errors';
import { OPTIONS } from '../../src/cli/help';
import { CLI, COLUMN_FLAG_NAMES, sampleShopArgs, segmentasi } from './support';

/** What a run writes to its output folder, by hand: the marker and the six result files. */
const WRITTEN = [
  '.segmentasi',
  'bacaan.csv',
  'hubungi.csv',
  'kohort.csv',
  'model.csv',
  'pelanggan.csv',
  'retensi.csv',
];

describe('segmentasi command line', () => {
  const out = mkdtempSync(join(tmpdir(), 'segmentasi-'));
  // Our own output folder inside it: the inputs written to `out` are not ours to overwrite.
  const res = join(out, 'hasil');

  it('classifies the sample shop and writes pelanggan.csv and retensi.csv', () => {
    const r = segmentasi(...sampleShopArgs(res));
    expect(r.stderr).toMatch(/Penjualan: penjualan.csv dibaca/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Tanggal acuan 20\/11\/2026/);
    expect(r.stdout).toMatch(/^A +\d+ +Rp/m);
    expect(r.stdout).toMatch(/Tingkat retensi Okt 2026: \d/);
    expect(r.stdout).toMatch(/baris 320, kolom "Tanggal": tanggal tidak terbaca: "3O\/04\/2026"/);

    const customers = parseCsv(readFileSync(join(res, 'pelanggan.csv'), 'utf8'));
    expect(customers[0]).toEqual(
      expect.arrayContaining([
        'Pelanggan',
        'Tipe',
        'Alasan',
        'Tindakan',
        'Kunjungan',
        'Kunjungan Ulang',
        'Pertama Beli',
        'Terakhir Beli',
        'Recency (hari)',
        'Umur (hari)',
        'Total Belanja',
        'Siklus (hari)',
        'Beli Berikutnya',
        'Sisa Hutang',
        'Telat Maks (hari)',
      ]),
    );
    const type = (name: string) => customers.find((row) => row[0] === name)?.[1];
    expect(type('Toko Berkah Jaya')).toBe('A'); // loyal reseller who referred Reseller Mbak Rina
    expect(type('Kios Mas Yanto')).toBe('D'); // repaid his tempo 95 days late on average
    expect(type('Warung Bu Sri')).toBe('C');
    expect(type('Bu Ratna')).toBe('C');
    const col = (h: string) => customers[0].indexOf(h);
    const berkah = customers.find((row) => row[0] === 'Toko Berkah Jaya') as string[];
    expect([
      berkah[col('Matriks')],
      berkah[col('Tahap')],
      berkah[col('Jenis')],
      berkah[col('Segmen RFM')],
    ]).toEqual(['Kembangkan', 'Mitra', 'Antara', 'Juara']);

    // Warung Bu Sri owes Rp 740.000 against a usual credit purchase of Rp 805.000: no warning.
    const sri = customers.find((row) => row[0] === 'Warung Bu Sri') as string[];
    expect([sri[col('Batas Kredit')], sri[col('Peringatan Kredit')]]).toEqual(['805000', '']);
    expect(customers.some((row) => /PERINGATAN/.test(row[col('Peringatan Kredit')]))).toBe(true);

    // Who to contact: debts first, each with a reason and a message; kohort.csv by first-purchase month.
    const contacts = parseCsv(readFileSync(join(res, 'hubungi.csv'), 'utf8'));
    expect(contacts[0]).toEqual([
      'Pelanggan',
      'Tipe',
      'Perlu',
      'Alasan',
      'Jumlah',
      'Tanggal',
      'No HP',
      'WhatsApp',
      'Pesan',
      'Kelompok',
    ]);
    expect(contacts[1][2]).toBe('Tagih hutang');
    // Every entry has its message; a row without a need only counts the rest ("dan N lainnya").
    const entries = contacts.slice(1).filter((r) => r[2] !== '');
    expect(entries.every((r) => r[8].length > 20)).toBe(true);
    expect(entries.length).toBeLessThanOrEqual(2 * 15);
    expect(r.stdout).toMatch(/\d+ orang perlu dihubungi hari ini/);
    const cohorts = parseCsv(readFileSync(join(res, 'kohort.csv'), 'utf8'));
    expect(cohorts[1].slice(0, 3)).toEqual(['Nov 2025', '9', '1']);
    const retention = parseCsv(readFileSync(join(res, 'retensi.csv'), 'utf8'));
    expect(retention[0]).toEqual([
      'Periode',
      'Aktif',
      'Dipertahankan',
      'Kembali',
      'Baru',
      'Retention Rate',
      'Omzet Baru',
      'Omzet Lama',
    ]);
    expect(retention.map((row) => row[0])).toContain('Okt 2026');
  });

  it('reads semicolon CSV with a BOM, as Excel in an Indonesian locale saves it', () => {
    const file = join(out, 'titik-koma.csv');
    writeFileSync(file, '\uFEFFTanggal;Pelanggan;Total\n05/01/2025;Sri;"1.250.000,50"\n');
    const r = segmentasi('--penjualan', file, '--tanggal-acuan', '2025-01-31', '--keluar', res);
    expect(r.code).toBe(0);
    const rows = parseCsv(readFileSync(join(res, 'pelanggan.csv'), 'utf8'));
    expect(rows[1][0]).toBe('Sri');
    expect(Number(rows[1][rows[0].indexOf('Total Belanja')])).toBe(1250000.5);
  });

  it('exits with the documented code and an Indonesian message, no stack trace', () => {
    const missing = segmentasi('--penjualan', join(out, 'tidak-ada.csv'));
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/^Galat: file Penjualan tidak ditemukan/m);
    const file = join(out, 'tanpa-total.csv');
    writeFileSync(file, 'Tanggal,Nama\n2025-01-05,Sri\n');
    const noColumn = segmentasi('--penjualan', file, '--keluar', res);
    expect(noColumn.code).toBe(5);
    expect(noColumn.stderr).toMatch(/Kolom wajib tidak ditemukan di sheet "tanpa-total.csv": "Total"/);
    expect(segmentasi().code).toBe(2);
    const unknown = segmentasi('--penjualan', file, '--salah');
    expect(unknown.code).toBe(2);
    // The whole of it: node:util's English "Unknown option '--salah'" does not follow.
    expect(unknown.stderr).toBe('Galat: pilihan tidak dikenal: --salah. Lihat --help.\n');
    expect(segmentasi('--penjualan', file, '--tanggal-acuan', 'kemarin').code).toBe(2);
    expect(segmentasi('--penjualan', file, '--zona-waktu', 'Asia/Atlantis').stderr).toMatch(
      /zona waktu tidak dikenal: "Asia\/Atlantis"/,
    );
    for (const r of [missing, noColumn, unknown]) expect(r.stderr).not.toMatch(/\s+at .+:\d+:\d+/);
    const debug = segmentasi('--penjualan', file, '--keluar', res, '--debug');
    expect(debug.code).toBe(5);
    expect(debug.stderr).toMatch(/\s+at .+:\d+:\d+/);
  });

  it('answers in English when LANG says English', () => {
    const r = spawnSync(process.execPath, [CLI, '--penjualan', join(out, 'tidak-ada.csv')], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8' },
    });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^Error: Sales file not found/m);
  });

  it('gives a broken or wrong settings file an Indonesian message and exit code 4', () => {
    const sales = join(out, 'jual-pengaturan.csv');
    writeFileSync(sales, 'Tanggal,Pelanggan,Total\n2025-01-05,Sri,15000\n');
    const broken = join(out, 'rusak.json');
    writeFileSync(broken, '{\n  "tempoHari": 30,\n  "batasMacetHari": 90,\n}\n');
    const r = segmentasi('--penjualan', sales, '--pengaturan', broken, '--keluar', res);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/file pengaturan .*rusak.json bukan JSON yang benar \(sekitar baris 4\)/);
    expect(r.stderr).not.toMatch(/Unexpected|SyntaxError/);
    const wrong = join(out, 'salah.json');
    writeFileSync(wrong, '{"tempoHari": -5}');
    const w = segmentasi('--penjualan', sales, '--pengaturan', wrong, '--keluar', res);
    expect(w.code).toBe(4);
    expect(w.stderr).toMatch(/pengaturan di .*salah.json tidak valid: tempoHari paling kecil 0/);
  });

  it("never writes into a folder holding the owner's files (--keluar .)", () => {
    const folder = mkdtempSync(join(tmpdir(), 'toko-'));
    const own = join(folder, 'pelanggan.csv');
    writeFileSync(own, 'Nama,No HP\nSri,0812\n');
    const sales = join(folder, 'penjualan.csv');
    writeFileSync(sales, 'Tanggal,Pelanggan,Total\n2025-01-05,Sri,15000\n');
    const r = spawnSync(process.execPath, [CLI, '--penjualan', 'penjualan.csv', '--keluar', '.'], {
      cwd: folder,
      encoding: 'utf8',
    });
    expect(r.status).toBe(6);
    expect(r.stderr).toMatch(/folder hasil "\." sudah berisi file lain/);
    expect(readFileSync(own, 'utf8')).toBe('Nama,No HP\nSri,0812\n');
    expect(readdirSync(folder).sort()).toEqual(['pelanggan.csv', 'penjualan.csv']);
  });

  it('creates its folder with a marker and writes there again on the next run', () => {
    const parent = mkdtempSync(join(tmpdir(), 'hasil-'));
    const sales = join(parent, 'penjualan.csv');
    writeFileSync(sales, 'Tanggal,Pelanggan,Total\n2025-01-05,Sri,15000\n');
    const dir = join(parent, 'hasil');
    for (let run = 0; run < 2; run++) {
      const r = segmentasi('--penjualan', sales, '--tanggal-acuan', '2025-01-31', '--keluar', dir, '--diam');
      expect(r.code).toBe(0);
    }
    expect(readdirSync(dir).sort()).toEqual(WRITTEN);
    const notFolder = segmentasi('--penjualan', sales, '--keluar', sales);
    expect(notFolder.code).toBe(6);
  });

  it('reads the delimiter from the header line even when amounts carry commas', () => {
    const file = join(out, 'koma-di-jumlah.csv');
    writeFileSync(
      file,
      // Unquoted product lists and decimal commas: more commas than semicolons below the header.
      'Laporan Penjualan Toko Sri\n\nTanggal;Pelanggan;Produk;Total\n' +
        '05/01/2025;Sri;gula, kopi, teh, beras, minyak;1,5 jt\n' +
        '06/01/2025;Budi;sabun, sampo, odol, sikat;12,5\n07/01/2025;Budi;garam, gula, kecap;2,25\n',
    );
    const r = segmentasi('--penjualan', file, '--tanggal-acuan', '2025-01-31', '--keluar', res, '--diam');
    expect(r.code).toBe(0);
    const rows = parseCsv(readFileSync(join(res, 'pelanggan.csv'), 'utf8'));
    const spend = (name: string) => rows.find((row) => row[0] === name)?.[rows[0].indexOf('Total Belanja')];
    expect(spend('Sri')).toBe('1500000');
    expect(spend('Budi')).toBe('14.75');
  });

  it('reads serial-number dates given as text (45662 is 5 Jan 2025)', () => {
    const file = join(out, 'serial.csv');
    writeFileSync(file, 'Tanggal,Pelanggan,Total\n45662,Sri,15000\n45663.5,Sri,10000\n');
    const r = segmentasi('--penjualan', file, '--tanggal-acuan', '2025-01-31', '--keluar', res, '--diam');
    expect(r.code).toBe(0);
    const rows = parseCsv(readFileSync(join(res, 'pelanggan.csv'), 'utf8'));
    const col = (h: string) => rows[1][rows[0].indexOf(h)];
    expect([col('Pertama Beli'), col('Terakhir Beli'), col('Kunjungan')]).toEqual([
      '2025-01-05',
      '2025-01-06',
      '2',
    ]);
  });

  it('rounds money to two decimals and shares to four in its CSVs', () => {
    const file = join(out, 'pecahan.csv');
    // 0.1 + 0.2 style sums: 74.01 + 0.01 is 74.02000000000001 in floating point.
    writeFileSync(
      file,
      'Tanggal,Pelanggan,Total,Pembayaran\n2025-01-05,Sri,"74,01",Tunai\n2025-01-05,Sri,"0,01",Tunai\n' +
        '2025-01-06,Sri,10,Tunai\n2025-01-07,Sri,10,Kasbon\n',
    );
    const r = segmentasi('--penjualan', file, '--tanggal-acuan', '2025-01-31', '--keluar', res, '--diam');
    expect(r.code).toBe(0);
    const rows = parseCsv(readFileSync(join(res, 'pelanggan.csv'), 'utf8'));
    const col = (h: string) => rows[1][rows[0].indexOf(h)];
    expect(col('Total Belanja')).toBe('94.02');
    expect(col('Porsi Hutang')).toBe('0.3333');
    for (const name of ['pelanggan.csv', 'retensi.csv', 'hubungi.csv', 'kohort.csv'])
      expect(readFileSync(join(res, name), 'utf8')).not.toMatch(/\d\.\d{5,}/);
  });

  it('lists every input file, flag, output file and exit code in --help, in both languages', () => {
    for (const lang of ['id_ID.UTF-8', 'en_US.UTF-8']) {
      const r = spawnSync(process.execPath, [CLI, '--help'], {
        encoding: 'utf8',
        env: { ...process.env, LANG: lang },
      });
      expect(r.status).toBe(0);
      for (const option of Object.keys(OPTIONS)) expect(r.stdout).toContain(`--${option}`);
      for (const flag of COLUMN_FLAG_NAMES) expect(r.stdout).toMatch(new RegExp(`--${flag}(,|\\n)`));
      // Each file a run writes on a line of its own, with what it holds.
      for (const file of WRITTEN)
        expect(r.stdout).toMatch(new RegExp(`^  ${file.replace('.', '\\.')} +\\S`, 'm'));
      for (const code of Object.values(EXIT_CODES))
        expect(r.stdout).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
    }
    expect(segmentasi('-h').stdout).toMatch(/^Pemakaian:/m);
  });

  it('counts data rows in "Baris dibaca": not the title, the header, blank lines or a header repeated', () => {
    const file = join(out, 'berjudul.csv');
    writeFileSync(
      file,
      'Laporan Penjualan Toko Sri\n\nTanggal,Pelanggan,Total\n2025-01-05,Sri,15000\n2025-01-06,Budi,20000\n' +
        '\nTanggal,Pelanggan,Total\n2025-01-07,Sri,10000\n',
    );
    for (const [lang, line, read] of [
      [
        'id_ID.UTF-8',
        /^Baris dibaca: penjualan 3, hutang 0, pelanggan 0;/m,
        /^… Penjualan: berjudul\.csv dibaca \(\d+ ms\)$/m,
      ],
      [
        'en_US.UTF-8',
        /^Rows read: sales 3, debts 0, customers 0;/m,
        /^… Sales: read berjudul\.csv \(\d+ ms\)$/m,
      ],
    ] as const) {
      const r = spawnSync(
        process.execPath,
        [CLI, '--penjualan', file, '--tanggal-acuan', '2025-01-31', '--keluar', res],
        {
          encoding: 'utf8',
          env: { ...process.env, LANG: lang },
        },
      );
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(line);
      // The file's own lines (8) are no count of rows read.
      expect(r.stderr).toMatch(read);
    }
  });
});
