/** The command line's CSV reading: records cut from the text on demand, quoted ones by csv-parse. */
import { parse } from 'csv-parse/sync';
import { csvLine, csvTable, parseCsv, sniffDelimiter, toCsv } from '../../src/cli/csv';

describe('CSV reading', () => {
  it('reads quoted cells with delimiters, quotes and line breaks, CRLF and a BOM', () => {
    const text =
      '\uFEFFTanggal,Pelanggan,Catatan,Total\r\n' +
      '2025-01-05,"Sri, Bu","kata ""lunas""",15000\r\n' +
      '2025-01-06,Budi,"baris satu\nbaris dua",2000\r\n' +
      '\r\n' +
      '2025-01-07,Ani,,3000';
    expect(parseCsv(text)).toEqual([
      ['Tanggal', 'Pelanggan', 'Catatan', 'Total'],
      ['2025-01-05', 'Sri, Bu', 'kata "lunas"', '15000'],
      ['2025-01-06', 'Budi', 'baris satu\nbaris dua', '2000'],
      [''],
      ['2025-01-07', 'Ani', '', '3000'],
    ]);
  });

  it('reads what csv-parse reads, row for row, on a mixed file', () => {
    const lines = ['No;Nama;Total', '1;Sri;"1.250.000,50"', '2;"Budi ""Pasar""";15000', '3;Ani;"12,5"'];
    const text = lines.join('\n') + '\n';
    expect(parseCsv(text)).toEqual(parse(text, { delimiter: ';', relax_column_count: true }));
  });

  it('behaves as a read-only array for the core and gives the same rows through rowAt', () => {
    const table = csvTable('a,b\n1,2\n3,4\n');
    expect(table.rows.length).toBe(3);
    expect(Array.isArray(table.rows)).toBe(true);
    expect(table.rows[1]).toEqual(['1', '2']);
    expect(table.rows[3]).toBeUndefined();
    expect(table.rows.slice(0, 2)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(table.rowAt(2)).toEqual(table.rows[2]);
  });

  it('takes the delimiter from the header line, not from commas in the data', () => {
    expect(sniffDelimiter('Tanggal;Pelanggan;Total\n05/01/2025;Sri;1,5 jt\n')).toBe(';');
    expect(sniffDelimiter('Laporan, Januari\n\nTanggal\tPelanggan\tTotal\n05/01/2025\tSri\t1,5\n')).toBe(
      '\t',
    );
    expect(sniffDelimiter('Tanggal,Pelanggan,Total\n2025-01-05,Sri,15000\n')).toBe(',');
    // Without a header-like line, all first lines count.
    expect(sniffDelimiter('1;2;3\n4;5;6\n')).toBe(';');
  });

  it('writes cells as CSV, quoting only what needs it', () => {
    expect(csvLine(['Sri, Bu', 'kata "ya"', 'a\nb', 15000, null, ''])).toBe(
      '"Sri, Bu","kata ""ya""","a\nb",15000,,\n',
    );
    expect(toCsv([['a'], ['b']])).toBe('a\nb\n');
  });

  it('puts an apostrophe before text that a spreadsheet would run (OWASP CSV injection); numbers stay numbers', () => {
    expect(csvLine(['=Rina+1', '+62 812', '- Bu Tini', '@sari.olshop', '\tx', '\rx', -10000, 'Sri-1'])).toBe(
      `'=Rina+1,'+62 812,'- Bu Tini,'@sari.olshop,'\tx,"'\rx",-10000,Sri-1\n`,
    );
    expect(csvLine(['=HYPERLINK("http://x","a,b")'])).toBe(`"'=HYPERLINK(""http://x"",""a,b"")"\n`);
  });
});
