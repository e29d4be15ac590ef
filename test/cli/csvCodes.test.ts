/** The CSV coder gives the sales reader exactly the cells the grid gives, coded per column. */
import fc from 'fast-check';
import { csvTable } from '../../src/cli/csv';
import { isBlank } from '../../src/core/read/text';

/** Every row's cells of `columns` through the coder, next to the grid's own cells. */
function bothWays(text: string, columns: number[]) {
  const table = csvTable(text, ',');
  const count = table.rows.length;
  const coded = table.codes(columns, count, []);
  const viaCodes: unknown[][] = [];
  const viaGrid: unknown[][] = [];
  for (let r = 0; r < count; r++) {
    viaCodes.push([coded.blank(r), ...columns.map((c) => coded.value(c, coded.code(r, c)))]);
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
    expect(coded.code(1, 0)).toBe(coded.code(2, 0));
    expect(coded.code(1, 2)).toBe(coded.code(2, 2));
    expect(coded.code(1, 1)).not.toBe(coded.code(2, 1));
    expect(coded.value(1, coded.code(4, 1))).toBeUndefined();
    expect([coded.blank(5), coded.blank(6), coded.blank(7)]).toEqual([true, true, false]);
    expect(coded.value(1, coded.code(3, 1))).toBe('Budi "Pasar"\nbaris dua');
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
