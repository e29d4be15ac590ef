/** The built command line, build/cli.js, run as a user runs it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../../src/cli/csv';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'build', 'cli.js');
const SAMPLES = join(ROOT, 'samples');

function segmentasi(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('segmentasi command line', () => {
  const out = mkdtempSync(join(tmpdir(), 'segmentasi-'));

  it('classifies the sample shop and writes pelanggan.csv and retensi.csv', () => {
    const r = segmentasi(
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
    );
    expect(r.stderr).toMatch(/Penjualan: penjualan.csv dibaca/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Tanggal acuan 20\/11\/2026/);
    expect(r.stdout).toMatch(/^A +\d+ +Rp/m);
    expect(r.stdout).toMatch(/Tingkat retensi Okt 2026: \d/);
    expect(r.stdout).toMatch(/baris 320, kolom "Tanggal": tanggal tidak terbaca: "3O\/04\/2026"/);

    const customers = parseCsv(readFileSync(join(out, 'pelanggan.csv'), 'utf8'));
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
    const contacts = parseCsv(readFileSync(join(out, 'hubungi.csv'), 'utf8'));
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
    const cohorts = parseCsv(readFileSync(join(out, 'kohort.csv'), 'utf8'));
    expect(cohorts[1].slice(0, 3)).toEqual(['Nov 2025', '9', '1']);
    const retention = parseCsv(readFileSync(join(out, 'retensi.csv'), 'utf8'));
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
    const r = segmentasi('--penjualan', file, '--tanggal-acuan', '2025-01-31', '--keluar', out);
    expect(r.code).toBe(0);
    const rows = parseCsv(readFileSync(join(out, 'pelanggan.csv'), 'utf8'));
    expect(rows[1][0]).toBe('Sri');
    expect(Number(rows[1][rows[0].indexOf('Total Belanja')])).toBe(1250000.5);
  });

  it('exits non-zero with a clear message on a missing file or column', () => {
    const missing = segmentasi('--penjualan', join(out, 'tidak-ada.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/File Penjualan tidak ditemukan/);
    const file = join(out, 'tanpa-total.csv');
    writeFileSync(file, 'Tanggal,Nama\n2025-01-05,Sri\n');
    const noColumn = segmentasi('--penjualan', file, '--keluar', out);
    expect(noColumn.code).toBe(1);
    expect(noColumn.stderr).toMatch(/Kolom wajib tidak ditemukan di sheet "tanpa-total.csv": "Total"/);
    expect(segmentasi().code).toBe(2);
  });

  it('explains every option with --help', () => {
    const r = segmentasi('--help');
    expect(r.code).toBe(0);
    for (const option of [
      '--penjualan',
      '--hutang',
      '--pelanggan',
      '--tanggal-acuan',
      '--keluar',
      '--pengaturan',
      '--zona-waktu',
    ]) {
      expect(r.stdout).toContain(option);
    }
  });
});
