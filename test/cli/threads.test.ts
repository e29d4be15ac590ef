/**
 * The sales file read on two threads (src/cli/salesThreads.ts) and the model fitted on the second
 * thread (src/cli/fitThread.ts) write exactly what one thread writes: the built command line run with SEGMENTASI_THREAD_ROWS=1 (two threads for any file)
 * and =0 (never), every output file and the printed summary compared byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../../src/cli/csv';
import { CLI, sampleShopArgs } from './support';

function run(args: string[], threadRows: string) {
  const env = { ...process.env, SEGMENTASI_THREAD_ROWS: threadRows, LANG: 'id_ID.UTF-8' };
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function outputs(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('the sales file on two threads', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'segmentasi-threads-'));
  /**
   * `text` as the sales file `name` (reference 30 June 2025), read on one thread and on two: both
   * succeed and write the same files; pelanggan.csv comes back parsed, and stdout with the output
   * folder named alike.
   */
  const bothWays = (name: string, text: string) => {
    const file = join(tmp, name);
    writeFileSync(file, text);
    const [oneOut, twoOut] = [join(tmp, `${name}-1`), join(tmp, `${name}-2`)];
    const args = (out: string) => ['--penjualan', file, '--tanggal-acuan', '2025-06-30', '--keluar', out];
    const [one, two] = [run(args(oneOut), '0'), run(args(twoOut), '1')];
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(outputs(twoOut)).toEqual(outputs(oneOut));
    const customers = parseCsv(readFileSync(join(twoOut, 'pelanggan.csv'), 'utf8'));
    return { one, two, twoStdout: two.stdout.replaceAll(twoOut, oneOut), customers };
  };

  it('gives the sample shop exactly the one-thread result', () => {
    const one = run(sampleShopArgs(join(tmp, 'one')), '0');
    const two = run(sampleShopArgs(join(tmp, 'two')), '1');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout.replace('/two/', '/one/')).toBe(one.stdout);
    expect(outputs(join(tmp, 'two'))).toEqual(outputs(join(tmp, 'one')));
  });

  it('ends the model worker started ahead when too few customers need it, same result', () => {
    // 200: the sales file (over 200 rows) starts the fit's worker ahead, but its 87 customers are
    // fitted on the main thread; the waiting worker is ended and the run finishes as with one thread.
    const one = run(sampleShopArgs(join(tmp, 'one-ahead')), '0');
    const ahead = run(sampleShopArgs(join(tmp, 'ahead')), '200');
    expect(ahead.code).toBe(0);
    expect(ahead.stdout.replace('/ahead/', '/one-ahead/')).toBe(one.stdout);
    expect(outputs(join(tmp, 'ahead'))).toEqual(outputs(join(tmp, 'one-ahead')));
  });

  it('cuts at a record, not inside a quoted line break, and keeps messages and counts whole', () => {
    // 9 data rows: the second part starts at file row 7 (N6), a quoted name holding a line break
    // and quotes; unknown words, cancelled rows and unreadable cells on both sides of the cut.
    const lines = [
      'No Nota;Tanggal;Pelanggan;Total;Pembayaran',
      'N1;01/06/2025;Śri ☕;15.000;Tunai',
      'N2;02/06/2025;Ani;20.000;Dititip',
      'N3;03/06/2025;"Bu ""Tini""\nWarung";25.000;Kasbon',
      'N4;04/06/2025;Budi;bukan angka;Tunai',
      'N5;05/06/2025;Sri;"1,5 jt";Batal',
      'N6;06/06/2025;"Bu ""Tini""\nWarung";30.000;Dititip',
      'N7;07/06/2025;;35.000;Tunai',
      'N8;08/06/2025;Budi;40.000;Batal',
      'N9;09/06/2025;Ani;45.000;Tunai',
    ];
    // With a BOM and letters of two and three UTF-8 bytes before the cut: the worker starts by byte.
    const { one, twoStdout, customers } = bothWays('penjualan.csv', '\uFEFF' + lines.join('\r\n') + '\r\n');
    expect(twoStdout).toBe(one.stdout);
    // What one thread says, by hand: the unknown word once with its 2 rows, both cancelled rows,
    // the unreadable amount and the nameless row at their own rows; Bu "Tini" bought twice.
    expect(one.stdout).toMatch(/Dititip[^\n]*2 baris/);
    expect(one.stdout).toMatch(/baris 5, kolom "Total"/);
    expect(one.stdout).toMatch(/baris 8, kolom "Pelanggan"/);
    expect(one.stdout).toMatch(/2 baris[^\n]*batal/i);
    const tini = customers.find((r) => r[0].startsWith('Bu "Tini"'));
    expect(tini?.[customers[0].indexOf('Kunjungan')]).toBe('2');
  });

  it('carries a date written once a day across the cut, and finds repayments on both sides', () => {
    // The worker's part starts inside 05/06's rows: its first rows take 05/06 from above the cut.
    const lines = [
      'Tanggal,Pelanggan,Total,Pembayaran',
      '01/06/2025,Sri,10000,Kasbon',
      ',Ani,10000,Kasbon',
      '05/06/2025,Budi Warung Sebelah Pasar Baru,10000,Tunai',
      ',Sri,10000,Bayar kasbon',
      ',Ani,10000,Tunai',
      ',Budi Warung Sebelah Pasar Baru,10000,Tunai',
      ',Ani,10000,Bayar kasbon',
      '06/06/2025,Budi Warung Sebelah Pasar Baru,10000,Tunai',
    ];
    const { one, twoStdout, customers } = bothWays('sekali-sehari.csv', lines.join('\n') + '\n');
    expect(twoStdout).toBe(one.stdout);
    // By hand: five rows dated from above, two repayments; nobody owes anything.
    expect(one.stdout).toContain(
      '5 baris tanpa tanggal diberi tanggal dari baris di atasnya (baris 3, 5, 6, 7, 8)',
    );
    expect(one.stdout).toContain(
      '2 baris pembayaran hutang dihitung sebagai pelunasan, bukan penjualan (baris 5, 8)',
    );
    const col = (h: string) => customers[0].indexOf(h);
    const of = (name: string) => customers.find((r) => r[0] === name) ?? [];
    expect([of('Ani')[col('Kunjungan')], of('Ani')[col('Sisa Hutang')]]).toEqual(['2', '0']);
    expect(of('Budi Warung Sebelah Pasar Baru')[col('Kunjungan')]).toBe('2');
  });

  it('numbers invoice numbers alike on both sides of the cut: an invoice across it, spaces, beyond ASCII', () => {
    // The worker's part starts at the second row of Nó5 (55 % of the bytes: the long name above).
    const ani = 'Ani Warung Sebelah Pasar Baru';
    const lines = [
      'No Nota,Tanggal,Pelanggan,Total,Pembayaran',
      'N1,2025-06-01,Sri,10000,Tunai',
      `N3,2025-06-03,${ani},10000,Tunai`,
      `N4,2025-06-04,${ani},10000,Tunai`,
      'Nó5,2025-06-05,Budi,10000,Tunai',
      'Nó5,2025-06-05,Budi,10000,Tunai',
      ' N1 ,2025-06-06,Sri,10000,Tunai',
      'N1,2025-06-07,Sri,10000,Tunai',
      '\u00a0Nó5,2025-06-08,Budi,10000,Tunai',
      'N3,2025-06-09,Budi,10000,Tunai',
    ];
    const { customers: table } = bothWays('nota.csv', lines.join('\n') + '\n');
    // By hand: Sri's three rows are one invoice (dated by its first row), Budi's Nó5 one and his
    // N3 another (N3 is Ani's too, but an invoice counts per customer).
    const col = (h: string) => table[0].indexOf(h);
    const of = (name: string) => table.find((r) => r[0] === name) ?? [];
    const seen = (name: string) => [of(name)[col('Kunjungan')], of(name)[col('Terakhir Beli')]];
    expect(seen('Sri')).toEqual(['1', '2025-06-01']);
    expect(seen(ani)).toEqual(['2', '2025-06-04']);
    expect(seen('Budi')).toEqual(['2', '2025-06-09']);
  });

  it('reads the file whole on this thread when its header lies below where the worker would start', () => {
    // Three long title lines above the header: 55 % of the bytes ends inside them.
    const title = (text: string) => text + ' '.repeat(120 - text.length);
    const lines = [
      title('Laporan Penjualan Toko Berkah'),
      title('Periode Juni 2025'),
      title('Dicetak oleh kasir'),
      'No Nota,Tanggal,Pelanggan,Total,Pembayaran',
      'N1,2025-06-01,Sri,15000,Tunai',
      'N2,2025-06-03,Sri,20000,Kasbon',
    ];
    const { one, twoStdout, customers } = bothWays('judul.csv', lines.join('\n') + '\n');
    expect(twoStdout).toBe(one.stdout);
    // Both data rows were read, though the worker's part would have started inside the title.
    expect(twoStdout).toMatch(/^Baris dibaca: penjualan 2,/m);
    expect(customers[1][customers[0].indexOf('Kunjungan')]).toBe('2');
  });
});
