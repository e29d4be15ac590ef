/**
 * The reading report from the command line (DOMAIN 1, "Show what was read"): printed before the
 * summary and written as bacaan.csv, text cells that could run as a formula neutralised with an
 * apostrophe (OWASP CSV injection). Expectations written by hand.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI, segmentasi } from './support';

/**
 * A book kept per month: "=jualan.csv" (a name and a header "=Pembeli" a spreadsheet would run,
 * an unknown word, a credit sale, a date written once) and feb.csv (a repayment of part of Ani's
 * debt); the customer file holds a landline (Budi) and one name with two numbers (Dodi).
 */
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
  const feb = join(dir, 'feb.csv');
  writeFileSync(
    feb,
    'Tanggal,=Pembeli,Total,Pembayaran\n2025-02-03,Ani,10000,Bayar hutang\n2025-02-04,Dodi,5000,Tunai\n',
  );
  const customers = join(dir, 'pelanggan.csv');
  writeFileSync(
    customers,
    'Nama,No HP\nSari,0812 3456 7890\nBudi,021-7654321\nDodi,0813 1111 2222\nDodi,0813 3333 4444\n',
  );
  return { dir, sales, feb, customers, out: join(dir, 'hasil') };
}

describe('bacaan.csv and the printed reading report', () => {
  const { sales, feb, customers, out } = shop();
  const r = segmentasi(
    ...['--penjualan', sales, '--penjualan', feb, '--pelanggan', customers],
    ...['--tanggal-acuan', '2025-02-28', '--keluar', out],
  );

  it('writes every file read with its rows, each column once, every guess with its first rows', () => {
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'bacaan.csv'), 'utf8')).toBe(
      [
        'Bagian,Apa,Dibaca sebagai,Alasan / contoh',
        "Lembar,Penjualan,'=jualan.csv (4 baris data),berkas yang diberikan",
        'Lembar,Penjualan,feb.csv (2 baris data),berkas yang diberikan',
        'Lembar,Pelanggan,pelanggan.csv (4 baris data),berkas yang diberikan',
        'Kolom,Penjualan › Tanggal,Tanggal,dari judul kolomnya',
        "Kolom,Penjualan › Pelanggan,'=Pembeli,dari judul kolomnya",
        'Kolom,Penjualan › Total,Total,dari judul kolomnya',
        'Kolom,Penjualan › Pembayaran,Pembayaran,dari judul kolomnya',
        'Kolom,Pelanggan › Nama,Nama,dari judul kolomnya',
        'Kolom,Pelanggan › No HP,No HP,dari judul kolomnya',
        'Dugaan,Tanggal kosong diisi dari baris di atasnya,1 baris,' +
          `"'=jualan.csv baris 5, Tanggal: ""07/01/2025"""`,
        'Dugaan,Pembayaran hutang di lembar penjualan,1 baris,' +
          `"feb.csv baris 2, Pembayaran: ""Bayar hutang"""`,
        // Ani still owes 20.000 of the 30.000; the list keeps the row, not which file it is in.
        'Dugaan,Penjualan kredit tanpa baris di buku hutang (dianggap hutang terbuka),1 baris,' +
          `"baris 4, =Pembeli: ""Ani"""`,
        'Dugaan,Kata pembayaran yang tidak dikenal (baris tetap dibaca),1 baris,' +
          `"'=jualan.csv baris 3, Pembayaran: ""Transferan"""`,
        'Dugaan,"Baris batal, gagal atau pending (bukan penjualan)",0 baris,',
        'Dugaan,Baris dilewati atau perlu dicek,0 baris,',
        'Dugaan,"Nama sama, nomor beda di data pelanggan: belanjanya tetap di satu nama, tanpa tautan ' +
          'WhatsApp sampai dibedakan",1 orang,' +
          `"pelanggan.csv baris 4, No HP: ""Dodi: 081311112222, 081333334444"""`,
        'Dugaan,Nama sama dengan nomornya sendiri di penjualan: dihitung sebagai orang yang berbeda,0 orang,',
        'Dugaan,"Nomor bukan HP (telepon rumah atau lainnya): tanpa tautan WhatsApp, dihubungi langsung",' +
          '1 orang,Budi: 0217654321',
        '',
      ].join('\n'),
    );
  });

  it('prints the report before the summary, and names bacaan.csv among the files written', () => {
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Cara buku Anda dibaca (periksa; ubah di pengaturan bila keliru):',
      '  - Penjualan: =jualan.csv (4 baris data) (berkas yang diberikan)',
      '  - Penjualan: feb.csv (2 baris data) (berkas yang diberikan)',
      '  - Pelanggan: pelanggan.csv (4 baris data) (berkas yang diberikan)',
      '  - Penjualan › Tanggal: Tanggal (dari judul kolomnya)',
    ]);
    expect(lines).toContain(
      '  - Kata pembayaran yang tidak dikenal (baris tetap dibaca): 1 baris (=jualan.csv baris 3, Pembayaran: "Transferan")',
    );
    expect(r.stdout).toMatch(/bacaan\.csv/);
  });

  it('lists bacaan.csv in --help with what it holds', () => {
    expect(segmentasi('--help').stdout).toMatch(/^ {2}bacaan\.csv +cara buku Anda dibaca/m);
  });

  it('is in English where the language is English', () => {
    const en = shop();
    const args = ['--penjualan', en.sales, '--penjualan', en.feb, '--pelanggan', en.customers];
    args.push('--tanggal-acuan', '2025-02-28', '--keluar', en.out, '--diam');
    const run = spawnSync(process.execPath, [CLI, ...args], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8' },
    });
    expect(run.status).toBe(0);
    const csv = readFileSync(join(en.out, 'bacaan.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('Part,What,Read as,Why / examples');
    expect(csv[2]).toBe('Sheet,Sales,feb.csv (2 data rows),the file given');
    expect(csv[4]).toBe('Column,Sales › Tanggal,Tanggal,by its header');
    expect(csv[10]).toBe(
      `Assumption,Blank dates taken from the row above,1 row,"'=jualan.csv row 5, Tanggal: ""07/01/2025"""`,
    );
    expect(csv[18]).toBe(
      'Assumption,"Numbers that are not mobiles (landlines or other): no WhatsApp link, to be reached in person",' +
        '1 person,Budi: 0217654321',
    );
  });

  it('follows a column and a word set in the settings file', () => {
    const again = shop();
    const settings = join(again.dir, 'pengaturan.json');
    writeFileSync(
      settings,
      JSON.stringify({ kataLunas: ['Transferan'], kolom: { penjualan: { total: 'Total' } } }),
    );
    const run = segmentasi(
      ...['--penjualan', again.sales, '--pengaturan', settings],
      ...['--tanggal-acuan', '2025-01-31', '--keluar', again.out, '--diam'],
    );
    expect(run.code).toBe(0);
    const csv = readFileSync(join(again.out, 'bacaan.csv'), 'utf8');
    expect(csv).toContain('Kolom,Penjualan › Total,Total,dipilih di pengaturan\n');
    expect(csv).toContain('Dugaan,Kata pembayaran yang tidak dikenal (baris tetap dibaca),0 baris,\n');
  });
});
