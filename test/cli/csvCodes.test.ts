/** The CSV coder gives the sales reader exactly the cells the grid gives, coded per column. */
import fc from 'fast-check';
import { csvTable, parseCsv, toCsv } from '../../src/cli/csv';
import { readSalesColumns } from '../../src/core/read/salesParts';
import { readContext } from '../support/build';
import { isBlank } from '../../src/core/read/text';
import { invoiceText } from '../../src/core/read/invoiceNumbers';
import type { SalesColumns } from '../../src/core/read/columns';

/**
 * Each row's invoice number ('' for none), after checking that rows share an id exactly when they
 * share a number: the ids themselves are the coder's own.
 */
function invoicesByRow(c: SalesColumns): string[] {
  const texts = [...c.invoice].map((id) => (id < 0 ? '' : invoiceText(c.invoices, id)));
  const idOfText = new Map<string, number>();
  texts.forEach((text, i) => {
    if (text === '') return;
    if (!idOfText.has(text)) idOfText.set(text, c.invoice[i]);
    expect(c.invoice[i]).toBe(idOfText.get(text));
  });
  expect(new Set(idOfText.values()).size).toBe(idOfText.size);
  return texts;
}

/** The columns but their invoice ids, and each row's invoice number. */
function withInvoiceTexts(c: SalesColumns) {
  return { ...c, invoice: null, invoices: invoicesByRow(c) };
}

/** Every row's cells of `columns` through the coder, next to the grid's own cells. */
function bothWays(text: string, columns: number[]) {
  const table = csvTable(text, ',');
  const count = table.rows.length;
  const coded = table.codes(columns, count);
  const viaCodes: unknown[][] = [];
  const viaGrid: unknown[][] = [];
  for (let r = 0; r < count; r++) {
    viaCodes.push([coded.blank(r), ...columns.map((c) => coded.value(c, coded.codesOf(c)[r]))]);
    const row = table.rowAt(r);
    viaGrid.push([row.every(isBlank), ...columns.map((c) => row[c])]);
  }
  return { coded, viaCodes, viaGrid };
}

describe('CSV cells coded per column', () => {
  it('codes quoted cells, short rows, CRLF, a BOM and letters beyond ASCII as the grid reads them', () => {
    const text =
      '\uFEFFTanggal,Pelanggan,Total\r\n' +
      '2025-01-05,"Sri, Bu",15000\r\n' +
      '2025-01-05,Śri ☕,15000\r\n' +
      '2025-01-06,"Budi ""Pasar""\nbaris dua",2000\r\n' +
      '2025-01-07\r\n' +
      ' , ,\u00a0\r\n' +
      '\u00a0,\u3000\n' +
      '2025-01-05,Sri\u00a0,15000';
    const { coded, viaCodes, viaGrid } = bothWays(text, [0, 1, 2]);
    expect(viaCodes).toEqual(viaGrid);
    // Hand-checked: the same text shares a code, a missing cell is undefined, NBSP-only rows are blank.
    expect(coded.codesOf(0)[1]).toBe(coded.codesOf(0)[2]);
    expect(coded.codesOf(2)[1]).toBe(coded.codesOf(2)[2]);
    expect(coded.codesOf(1)[1]).not.toBe(coded.codesOf(1)[2]);
    expect(coded.value(1, coded.codesOf(1)[4])).toBeUndefined();
    expect([coded.blank(5), coded.blank(6), coded.blank(7)]).toEqual([true, true, false]);
    expect(coded.value(1, coded.codesOf(1)[3])).toBe('Budi "Pasar"\nbaris dua');
  });

  it('codes any file as the grid reads it (property)', () => {
    const cell = fc.oneof(
      fc.constantFrom('', ' ', '\u00a0', 'Sri', 'Śri', '☕', '15000', '2025-01-05', 'a"b', 'x,y', 'l\nm'),
      fc.string({ maxLength: 4 }),
    );
    const quote = (s: string) => (/[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
    const file = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(file, fc.boolean(), (rows, crlf) => {
        const text = rows.map((r) => r.map(quote).join(',')).join(crlf ? '\r\n' : '\n');
        const { viaCodes, viaGrid } = bothWays(text, [0, 1, 3]);
        expect(viaCodes).toEqual(viaGrid);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the sales sheet read through the CSV coder', () => {
  const context = () => readContext();
  const header = ['No Nota', 'Tanggal', 'Pelanggan', 'Produk', 'No HP', 'Total', 'Pembayaran'];
  const messyRow = fc.tuple(
    fc.constantFrom('N1', 'N2', ' N1 ', '', ' ', '"N3"', 'Nó1', '\u00a0Nó1 ', '\u3000N2'),
    fc.constantFrom('2025-06-01', '15/05/2025', '2025-07-09', 'kemarin', '', ' ', 'Tanggal', 'TOTAL'),
    fc.constantFrom('Sri', 'sri ', 'Bu Ani', 'Śri, ☕', '', 'Total', 'Pelanggan', '#REF!', '\u00a0'),
    fc.constantFrom('Gula', '', ' '),
    fc.constantFrom('', '0812-3456-7890', '+62 812 3456 7890'),
    fc.constantFrom('15000', '15.000', 'Rp 2.500', '-5000', 'lima ribu', '', '1,5 jt'),
    fc.constantFrom('Tunai', 'Kasbon', 'Kasbon (sudah lunas)', 'Batal', 'Dititip', ''),
  );

  /** The sales file of `rows` read from its grid and through the CSV coder, with their contexts. */
  const readBothWays = (rows: unknown[][], keepRecords: boolean) => {
    const text = toCsv([header, ...rows]);
    const [viaGrid, viaCodes] = [context(), context()];
    const grid = readSalesColumns({ name: 'p.csv', rows: parseCsv(text) }, viaGrid, {}, keepRecords);
    const table = csvTable(text);
    const sheet = { name: 'p.csv', rows: table.rows, rowAt: table.rowAt, codes: table.codes };
    const coded = readSalesColumns(sheet, viaCodes, {}, keepRecords);
    return { grid, coded, viaGrid, viaCodes };
  };

  it('reads what the grid of the same file reads: columns, ids, counts, issues, notes (property)', () => {
    fc.assert(
      fc.property(fc.array(messyRow, { maxLength: 30 }), (rows) => {
        const { grid, coded, viaGrid, viaCodes } = readBothWays(rows, true);
        expect(coded.columns).toEqual(grid.columns);
        expect(coded.sales).toEqual(grid.sales);
        expect(viaCodes.issues).toEqual(viaGrid.issues);
        expect(viaCodes.notes).toEqual(viaGrid.notes);
      }),
      { numRuns: 200 },
    );
  });

  it('numbers invoices by their bytes, as the grid does by their texts, when no records are kept (property)', () => {
    fc.assert(
      fc.property(fc.array(messyRow, { maxLength: 30 }), (rows) => {
        const { grid, coded, viaGrid, viaCodes } = readBothWays(rows, false);
        expect('bytes' in coded.columns.invoices).toBe(true);
        expect(withInvoiceTexts(coded.columns)).toEqual(withInvoiceTexts(grid.columns));
        expect(coded.sales).toEqual(grid.sales);
        expect(viaCodes.issues).toEqual(viaGrid.issues);
      }),
      { numRuns: 200 },
    );
  });

  it('numbers invoice bytes that are no UTF-8 as their text reads: both as one number', () => {
    const lines = [
      'No Nota,Tanggal,Pelanggan,Total',
      'N\xff1,2025-06-01,Sri,5000',
      ' N\xfe1,2025-06-02,Sri,6000',
    ];
    const bytes = Buffer.concat(lines.map((l) => Buffer.from(l + '\n', 'latin1')));
    const table = csvTable(bytes);
    const sheet = { name: 'p.csv', rows: table.rows, rowAt: table.rowAt, codes: table.codes };
    const { columns } = readSalesColumns(sheet, context(), {}, false);
    expect(invoicesByRow(columns)).toEqual(['N\ufffd1', 'N\ufffd1']);
  });

  it('numbers names, invoices and phones by their own cells, on both ways of reading', () => {
    const text = toCsv([
      ['No Nota', 'Tanggal', 'Pelanggan', 'No HP', 'Total'],
      ['N1', '2025-06-01', 'Sri', '0812-3456-7890', '5000'],
      ['N2', '2025-06-01', 'Sri', '0812-3456-7890', '6000'],
      ['N2', '2025-06-02', 'Ani', '0813-1111-2222', '7000'],
      ['N1', '2025-06-03', 'Budi', '0812-3456-7890', '8000'],
    ]);
    const table = csvTable(text);
    const sheets = [
      { name: 'p.csv', rows: table.rows, rowAt: table.rowAt, codes: table.codes },
      { name: 'p.csv', rows: parseCsv(text) },
    ];
    for (const sheet of sheets) {
      const { columns } = readSalesColumns(sheet, context(), {}, false);
      expect(invoicesByRow(columns)).toEqual(['N1', 'N2', 'N2', 'N1']);
      expect([...columns.name]).toEqual([0, 0, 1, 2]);
      expect([...columns.phone]).toEqual([0, 0, 1, 0]);
      expect(columns.phones).toEqual(['6281234567890', '6281311112222']);
      expect([...columns.amount]).toEqual([5000, 6000, 7000, 8000]);
    }
  });
});
