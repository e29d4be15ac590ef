/**
 * The sales sheet read in two parts (the command line's two threads) and joined gives exactly
 * what one read of the whole sheet gives: columns and ids, counts, row issues in sheet order, and
 * the sheet's closing reports once.
 */
import fc from 'fast-check';
import { dayFromCivil, type Day } from '../../../src/core/read/dates';
import type { SheetInput } from '../../../src/core/read/sheet';
import { joinSalesParts, readSalesColumns, readSalesPart } from '../../../src/core/read/salesParts';
import { readContext } from '../../support/build';
import { carryBefore } from '../../../src/core/read/dataRows';
import { dayMeaning } from '../../../src/core/read/cellMeaning';

const REF = dayFromCivil(2025, 6, 30) as Day;
const HEADER = ['No Nota', 'Tanggal', 'Pelanggan', 'No HP', 'Total', 'Pembayaran'];

const context = () => readContext(REF);

/**
 * The sheet's rows under the header read whole, and read as rows[0..cut) plus the rest; `room`:
 * the first part makes room for all rows, and the rest is joined onto it in place.
 */
function wholeAndParts(rows: unknown[][], cut: number, room = false) {
  const whole = context();
  const one = readSalesColumns({ name: 'Penjualan', rows: [HEADER, ...rows] }, whole, {}, true);
  const split = context();
  const top: SheetInput = { name: 'Penjualan', rows: [HEADER, ...rows.slice(0, cut)] };
  const first = readSalesPart(top, split, {}, true, room ? rows.length + 1 : undefined);
  const rest: SheetInput = {
    name: 'Penjualan',
    rows: rows.slice(cut),
    firstRow: cut + 2,
    continues: {
      header: first.read.header,
      headerCells: HEADER,
      carry: carryBefore(top, first.read.header, cut + 1, (v) => dayMeaning(v, split)),
    },
  };
  const joined = joinSalesParts([first, readSalesPart(rest, split, {}, true)], split, top);
  return { whole, one, split, joined };
}

const messyRow = fc.tuple(
  fc.constantFrom('N1', 'N2', 'N3', ' N1 ', ''),
  fc.constantFrom('2025-06-01', '15/05/2025', '2025-07-09', 'kemarin', '', '2024-01-31'),
  fc.constantFrom('Sri', 'sri ', 'Bu Ani', 'Ani', '', 'Total', 'Pelanggan', '#REF!'),
  fc.constantFrom('', '0812-3456-7890', '+62 812 3456 7890', '0813 1111 2222'),
  fc.constantFrom(15000, '15.000', 'Rp 2.500', -5000, 'lima ribu', ''),
  fc.constantFrom('Tunai', 'Kasbon', 'Kasbon (sudah lunas)', 'Batal', 'Dititip', 'Pending'),
);

describe('the sales sheet read in two parts', () => {
  it('joins to exactly the read of the whole sheet, wherever it is cut', () => {
    fc.assert(
      fc.property(
        fc
          .array(messyRow, { minLength: 0, maxLength: 40 })
          .chain((rows) =>
            fc.tuple(
              fc.constant(rows as unknown[][]),
              fc.integer({ min: 0, max: rows.length }),
              fc.boolean(),
            ),
          ),
        ([rows, cut, room]) => {
          const { whole, one, split, joined } = wholeAndParts(rows, cut, room);
          expect(joined.columns).toEqual(one.columns);
          expect(joined.sales).toEqual(one.sales);
          expect(split.issues).toEqual(whole.issues);
          expect(split.notes).toEqual(whole.notes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('joins three parts as one read: texts new in the middle part are found again in the last', () => {
    const rows = [
      ['N1', '2025-06-01', 'Sri', '', 15000, 'Tunai'],
      ['N2', '2025-06-02', 'Ani', '0812-3456-7890', 20000, 'Kasbon'],
      ['N3', '2025-06-03', 'Budi', '', 25000, 'Tunai'],
      ['N2', '2025-06-04', 'Ani', '0812-3456-7890', 30000, 'Kasbon'],
      ['N3', '2025-06-05', 'Budi', '', 35000, 'Tunai'],
      ['N1', '2025-06-06', 'Sri', '', 40000, 'Tunai'],
    ];
    const one = readSalesColumns({ name: 'Penjualan', rows: [HEADER, ...rows] }, context(), {}, true);
    const split = context();
    const top: SheetInput = { name: 'Penjualan', rows: [HEADER, ...rows.slice(0, 1)] };
    const first = readSalesPart(top, split, {}, true);
    const part = (from: number, to: number) =>
      readSalesPart(
        {
          name: 'Penjualan',
          rows: rows.slice(from, to),
          firstRow: from + 2,
          continues: { header: first.read.header, headerCells: HEADER },
        },
        split,
        {},
        true,
      );
    const joined = joinSalesParts([first, part(1, 3), part(3, 6)], split, top);
    expect(joined.columns).toEqual(one.columns);
    // Written out: N2 and N3 first seen in the middle part keep their ids in the last.
    expect([...joined.columns.invoice]).toEqual([0, 1, 2, 1, 2, 0]);
    expect(joined.columns.invoices).toEqual({ texts: ['N1', 'N2', 'N3'] });
  });

  it('reports an unknown payment word once, at its first row, with the rows of both parts counted', () => {
    const rows = [
      ['N1', '2025-06-01', 'Sri', '', 15000, 'Dititip'],
      ['N2', '2025-06-02', 'Ani', '', 20000, 'Batal'],
      ['N3', '2025-06-03', 'Sri', '', 25000, 'Dititip'],
      ['N4', '2025-06-04', 'Budi', '', 30000, 'Batal'],
    ];
    const { split, joined } = wholeAndParts(rows, 2);
    // Row 2 is the first "Dititip" (the header is row 1); rows 2 and 4 say it.
    expect(split.issues).toHaveLength(1);
    expect(split.issues[0]).toMatchObject({ sheet: 'Penjualan', row: 2, column: 'Pembayaran' });
    expect(split.issues[0].reason).toContain('Dititip');
    expect(split.issues[0].reason).toContain('2 baris');
    // One note for the two cancelled rows, one in each part.
    expect(split.notes).toHaveLength(1);
    expect(split.notes?.[0]).toContain('2');
    expect(joined.sales.cancelled).toBe(2);
    expect(joined.sales.dataRows).toBe(4);
  });

  it('numbers the texts of the second part after the first: ids as one pass gives them', () => {
    const rows = [
      ['N1', '2025-06-01', 'Sri', '', 15000, 'Tunai'],
      ['N2', '2025-06-02', 'Ani', '', 20000, 'Tunai'],
      ['N3', '2025-06-03', 'Budi', '', 25000, 'Tunai'],
      ['N1', '2025-06-04', 'Ani', '', 30000, 'Tunai'],
    ];
    const { joined } = wholeAndParts(rows, 2);
    expect(joined.columns.keys).toEqual(['sri', 'ani', 'budi']);
    expect([...joined.columns.customer]).toEqual([0, 1, 2, 1]);
    expect(joined.columns.invoices).toEqual({ texts: ['N1', 'N2', 'N3'] });
    expect([...joined.columns.invoice]).toEqual([0, 1, 2, 0]);
    expect([...joined.columns.row]).toEqual([2, 3, 4, 5]);
  });
});
