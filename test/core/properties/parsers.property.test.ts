/**
 * The cell parsers (read/cells.ts) take whatever an owner types: on any string or value they
 * answer a number, a day or null, and never throw; reading a sheet throws only our documented
 * missing-column error.
 */
import fc from 'fast-check';
import { parseAmountCell, parseDateCell, parseDateText } from '../../../src/core/read/cells';
import { ZoneClock } from '../../../src/core/read/dates';
import { analyse } from './shop';

const ownerish = fc.string({
  unit: fc.constantFrom(...'0123456789.,-/ :()+eERrPpJjTtKkBbIiDdMmaA\u00a0'.split('')),
  maxLength: 20,
});
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  ownerish,
);
const clock = new ZoneClock('Asia/Jakarta');

describe('parsers never throw', () => {
  it('parseAmountCell answers a finite number or null for any text or value', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.anything()), (v) => {
        const n = parseAmountCell(v);
        expect(n === null || Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('parseDateText and parseDateCell answer a whole day or null', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('DMY' as const, 'MDY' as const), (text, order) => {
        const d = parseDateText(text, order);
        expect(d === null || Number.isInteger(d)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.oneof(anyText, fc.anything(), fc.double(), fc.date({ noInvalidDate: false })), (v) => {
        const d = parseDateCell(v, clock);
        expect(d === null || Number.isInteger(d)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads any cells under a good header without throwing, and only "Kolom wajib" without one', () => {
    const cell = fc.oneof(anyText, fc.integer(), fc.double(), fc.boolean(), fc.constant(''));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 0, maxLength: 5 }), { maxLength: 12 }), (rows) => {
        expect(() => analyse([['Tanggal', 'Pelanggan', 'Total', 'Pembayaran'], ...rows])).not.toThrow();
        try {
          analyse(rows);
        } catch (error) {
          expect((error as Error).message).toMatch(/^Kolom wajib tidak ditemukan/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
