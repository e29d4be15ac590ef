/** The short way for plain sales rows reads exactly what the whole way reads. */
import fc from 'fast-check';
import type { SheetInput } from '../../../src/core/read/sheet';
import { readSales } from '../../../src/core/read/salesRows';
import { readContext as context } from '../../support/build';

/** Both ways over one sheet: what each read, with the issues and notes it left in its context. */
function bothWays(sheet: SheetInput) {
  const [short, long] = [context(), context()];
  return {
    short: { read: readSales(sheet, short), issues: short.issues, notes: short.notes },
    long: {
      read: readSales(sheet, long, {}, undefined, { shortWay: false }),
      issues: long.issues,
      notes: long.notes,
    },
  };
}

describe('the short way for plain sales rows', () => {
  const header = ['No Nota', 'Tanggal', 'Pelanggan', 'No HP', 'Total', 'Pembayaran', 'Status'];
  const cell = (...values: unknown[]) => fc.constantFrom(...values);
  // Cells as a sheet hands them: text, numbers, Dates, errors, blanks; words that cancel, that
  // the reader does not know, subtotals and the header pasted again.
  const row = fc.tuple(
    cell('N1', 'N2', ' N1 ', '', 17),
    cell(
      '2025-06-01',
      '15/05/2025',
      '2025-07-09',
      'kemarin',
      '',
      'Tanggal',
      'TOTAL',
      new Date(2025, 5, 3),
      45800,
    ),
    cell('Sri', 'sri ', 'Bu Ani', 'Total', 'Pelanggan', '#REF!', '\u00a0', '', 42, 'Jumlah Mei'),
    cell('', '0812-3456-7890', '+62 812 3456 7890'),
    cell(15000, '15.000', 'Rp 2.500', -5000, 'lima ribu', '', 0),
    cell('Tunai', 'Kasbon', 'Kasbon (sudah lunas)', 'Batal', 'Dititip', '', 'Lunas'),
    cell('', 'Batal', 'Member', 'Belum lunas'),
  );

  it('reads every row as the whole way does: records, counts, issues, notes (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const { short, long } = bothWays({ name: 'Penjualan', rows: [header, ...rows] });
        expect(short).toEqual(long);
      }),
      { numRuns: 300 },
    );
  });

  it('counts a plain row after the reference date and reports the rows it leaves to the whole way', () => {
    const sheet = {
      name: 'Penjualan',
      rows: [
        header,
        ['N1', '2025-06-01', 'Sri', '', 15000, 'Tunai', ''],
        ['N2', '2025-07-09', 'Sri', '', 15000, 'Tunai', ''],
        ['N3', '2025-06-02', '#REF!', '', 15000, 'Tunai', ''],
        ['N4', '2025-06-02', 'Ani', '', 15000, 'Batal', ''],
        ['N5', '2025-06-03', 'Ani', '', 'lima ribu', 'Kasbon', ''],
        ['N6', '2025-06-04', 'Ani', '', 20000, 'Kasbon', ''],
      ],
    };
    const ctx = context();
    const read = readSales(sheet, ctx);
    expect(read.records.map((r) => [r.row, r.name, r.amount, r.credit])).toEqual([
      [2, 'Sri', 15000, false],
      [7, 'Ani', 20000, true],
    ]);
    expect([read.dataRows, read.afterReference, read.cancelled]).toEqual([6, 1, 1]);
    expect(ctx.issues.map((i) => [i.row, i.column])).toEqual([
      [4, 'Pelanggan'],
      [6, 'Total'],
    ]);
  });
});
