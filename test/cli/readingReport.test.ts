/**
 * The reading report from the command line (DOMAIN 1, "Show what was read"): printed before the
 * summary and written as bacaan.csv, text cells that could run as a formula neutralised with an
 * apostrophe (OWASP CSV injection). Expectations written by hand.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { segmentasi } from './support';

/** A file named "=jualan.csv" and a header "=Pembeli": texts that a spreadsheet would run. */
function shop() {
  const dir = mkdtempSync(join(tmpdir(), 'bacaan-'));
  const sales = join(dir, '=jualan.csv');
  writeFileSync(
    sales,
    'Tanggal,=Pembeli,Total,Pembayaran\n' +
      '2025-01-05,Sari,15000,Tunai\n' +
      '2025-01-06,Budi,20000,Transferan\n' +
      '2025-01-07,Ani,30000,Hutang\n' +
      ',Sari,10000,Tunai\n',
  );
  return { dir, sales, out: join(dir, 'hasil') };
}

describe('bacaan.csv and the printed reading report', () => {
  const { sales, out } = shop();
  const r = segmentasi('--penjualan', sales, '--tanggal-acuan', '2025-01-31', '--keluar', out);

  it('writes every sheet, column and guess, formula-like text cells neutralised', () => {
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'bacaan.csv'), 'utf8')).toBe(
      [
        'Bagian,Apa,Dibaca sebagai,Alasan / contoh',
        "Lembar,Penjualan,'=jualan.csv (4 baris data),berkas yang diberikan",
        'Kolom,Penjualan › Tanggal,Tanggal,dari judul kolomnya',
        "Kolom,Penjualan › Pelanggan,'=Pembeli,dari judul kolomnya",
        'Kolom,Penjualan › Total,Total,dari judul kolomnya',
        'Kolom,Penjualan › Pembayaran,Pembayaran,dari judul kolomnya',
        'Dugaan,Tanggal kosong diisi dari baris di atasnya,0 baris,',
        'Dugaan,Pembayaran hutang di lembar penjualan,0 baris,',
        'Dugaan,Penjualan kredit tanpa baris di buku hutang (dianggap hutang terbuka),1 baris,' +
          `"'=jualan.csv baris 4, =Pembeli: ""Ani"""`,
        'Dugaan,Kata pembayaran yang tidak dikenal (baris tetap dibaca),1 baris,' +
          `"'=jualan.csv baris 3, Pembayaran: ""Transferan"""`,
        'Dugaan,"Baris batal, gagal atau pending (bukan penjualan)",0 baris,',
        'Dugaan,Baris dilewati atau perlu dicek,1 baris,' +
          `"'=jualan.csv baris 5, Tanggal: ""tanggal kosong"""`,
        '',
      ].join('\n'),
    );
  });

  it('prints the report before the summary, and names bacaan.csv among the files written', () => {
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Cara buku Anda dibaca (periksa; ubah di pengaturan bila keliru):',
      '  - Penjualan: =jualan.csv (4 baris data) (berkas yang diberikan)',
      '  - Penjualan › Tanggal: Tanggal (dari judul kolomnya)',
      '  - Penjualan › Pelanggan: =Pembeli (dari judul kolomnya)',
      '  - Penjualan › Total: Total (dari judul kolomnya)',
    ]);
    expect(lines).toContain(
      '  - Kata pembayaran yang tidak dikenal (baris tetap dibaca): 1 baris (=jualan.csv baris 3, Pembayaran: "Transferan")',
    );
    expect(r.stdout).toMatch(/bacaan\.csv/);
  });

  it('lists bacaan.csv in --help', () => {
    expect(segmentasi('--help').stdout).toMatch(/bacaan\.csv \(cara buku Anda dibaca/);
  });

  it('follows a column and a word set in the settings file', () => {
    const again = shop();
    const settings = join(again.dir, 'pengaturan.json');
    writeFileSync(
      settings,
      JSON.stringify({ kataLunas: ['Transferan'], kolom: { penjualan: { total: 'Total' } } }),
    );
    const run = segmentasi(
      '--penjualan',
      again.sales,
      '--pengaturan',
      settings,
      '--tanggal-acuan',
      '2025-01-31',
      '--keluar',
      again.out,
      '--diam',
    );
    expect(run.code).toBe(0);
    const csv = readFileSync(join(again.out, 'bacaan.csv'), 'utf8');
    expect(csv).toContain('Kolom,Penjualan › Total,Total,dipilih di pengaturan\n');
    expect(csv).toContain('Dugaan,Kata pembayaran yang tidak dikenal (baris tetap dibaca),0 baris,\n');
  });
});
