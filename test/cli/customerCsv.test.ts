/** pelanggan.csv's line writer: the same cells as CUSTOMER_COLUMNS, texts quoted only when they must be. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvText, parseCsv } from '../../src/cli/csv';
import { CustomerCsv, numberCell } from '../../src/cli/customerCsv';
import type { Analysis } from '../../src/core/analysis';
import { CUSTOMER_COLUMNS } from '../../src/core/report/customerTable';
import { purchases, run, salesSheet } from '../support/build';
import { gammaGammaSpend, irregularShop } from '../support/randomShop';
import { creditFor, worthFor } from '../../src/core/models/valuePrediction';

/** The table's lines cell by cell through the columns' own getters: the writer must agree with them. */
function columnLines(a: Analysis): string[] {
  const header = CUSTOMER_COLUMNS.map((c) => c.header).join(',') + '\n';
  const rows = a.customers.map(
    (c) =>
      CUSTOMER_COLUMNS.map((col) => {
        const v = col.value(c, a);
        if (v === null) return '';
        return typeof v === 'number' ? String(numberCell(col.kind)(v)) : csvText(v);
      }).join(',') + '\n',
  );
  return [header, ...rows];
}

/** The file's text, each chunk copied as it comes (the writer fills one buffer again). */
function fileText(a: Analysis, blockBytes?: number): string {
  const parts: Buffer[] = [];
  for (const chunk of new CustomerCsv(a, blockBytes).chunks()) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString('utf8');
}

/** The file's lines, each with its line break (no cell of these shops holds one). */
function fileLines(a: Analysis): string[] {
  return fileText(a).match(/[^\n]*\n/g) ?? [];
}

describe('pelanggan.csv (CustomerCsv)', () => {
  it('writes the sample shop (fitted model) exactly as the columns give it', () => {
    const read = (file: string) =>
      parseCsv(readFileSync(join(__dirname, '..', '..', 'samples', file), 'utf8'));
    const a = run(
      { sales: read('penjualan.csv'), debts: read('hutang.csv'), customers: read('pelanggan.csv') },
      '2026-11-20',
    );
    const lines = fileLines(a);
    expect(lines).toHaveLength(88);
    expect(lines).toEqual(columnLines(a));
    // The same bytes when the parts are kept in blocks of a few lines and written in small
    // chunks, and when every line is longer than a block.
    expect(fileText(a, 1500)).toBe(columnLines(a).join(''));
    expect(fileText(a, 100)).toBe(columnLines(a).join(''));
  });

  it('writes a small shop without a model: names with commas and quotes quoted, prediction cells empty', () => {
    const a = run(
      {
        sales: salesSheet([
          ...purchases('Toko, Jaya', ['2025-01-05', '2025-02-05', '2025-03-05']),
          ...purchases('Pak "Gendut"', ['2025-03-01'], 25000),
        ]),
      },
      '2025-03-31',
    );
    const lines = fileLines(a);
    expect(lines).toEqual(columnLines(a));
    const rows = parseCsv(lines.join(''));
    const alive = rows[0].indexOf('Peluang Aktif');
    expect(rows.map((r) => r[0])).toEqual(['Pelanggan', 'Toko, Jaya', 'Pak "Gendut"']);
    expect(lines[1].startsWith('"Toko, Jaya",')).toBe(true);
    expect(lines[2].startsWith('"Pak ""Gendut""",')).toBe(true);
    expect(rows[1][alive]).toBe('');
    // A reason holds commas: quoted as one cell.
    expect(rows[1][2]).toContain(', ');
    expect(lines[1]).toContain(`,"${rows[1][2]}",`);
    expect(rows[1][rows[0].indexOf('Pertama Beli')]).toBe('2025-01-05');
    expect(rows[1][rows[0].indexOf('Total Belanja')]).toBe('30000');
    expect(rows[2][rows[0].indexOf('Total Belanja')]).toBe('25000');
  });

  it("writes the spend and value columns, and a C customer's limit capped by them, as the columns give it", () => {
    const credit = salesSheet([
      ...purchases('Kredit Besar', ['2026-02-01', '2026-06-01'], 40_000),
      ...purchases('Kredit Besar', ['2026-11-01'], 5_000_000, 'Kasbon'),
    ]).slice(1);
    const a = run({ sales: [...irregularShop(60, undefined, gammaGammaSpend()), ...credit] }, '2026-11-20');
    expect(worthFor(a).status).toBe('ok');
    const big = a.byKey.get(a.nameKey('Kredit Besar'))!;
    expect(creditFor(big, a)).not.toBe(big.credit);
    expect(fileLines(a)).toEqual(columnLines(a));
    expect(fileText(a, 100)).toBe(columnLines(a).join(''));
    const rows = parseCsv(fileText(a));
    const spend = rows[0].indexOf('Belanja per Kunjungan Mendatang');
    expect(spend).toBe(rows[0].indexOf('Prediksi Beli') + 1);
    expect(rows[0][spend + 1]).toBe('Nilai Pelanggan');
    for (const row of rows.slice(1)) {
      expect(row[spend]).toMatch(/^\d+$/);
      expect(row[spend + 1]).toMatch(/^\d+$/);
    }
    const line = rows.find((r) => r[0] === 'Kredit Besar')!;
    expect(line[rows[0].indexOf('Batas Kredit')]).toBe(String(creditFor(big, a).limit));
  });
});
