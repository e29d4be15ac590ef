/** Small random shops for property tests: sales rows and open debts around a fixed reference date. */
import fc from 'fast-check';
import { civilFromDay, dayFromCivil, isoDate, type Day } from '../../../src/core/read/dates';
import { analyze } from '../../../src/core/engine';
import type { Analysis } from '../../../src/core/analysis';
import { parseSettings } from '../../../src/core/settings';

export const REF: Day = dayFromCivil(2025, 6, 30);
export const NAMES = ['Sri', 'Joko', 'Ani', 'Budi', 'Citra', 'Dewi'] as const;

export interface SaleRow {
  /** Days before the reference date (0 = the reference date itself). */
  ago: number;
  name: string;
  amount: number;
  credit: boolean;
}

export const saleRow: fc.Arbitrary<SaleRow> = fc.record({
  ago: fc.integer({ min: 0, max: 400 }),
  name: fc.constantFrom(...NAMES),
  amount: fc.integer({ min: 1, max: 200 }).map((n) => n * 500),
  credit: fc.boolean(),
});

export const shop = fc.array(saleRow, { minLength: 1, maxLength: 30 });

export const SALES_HEADER = ['Tanggal', 'Pelanggan', 'Total', 'Pembayaran'];

export function isoOf(ago: number): string {
  return isoDate(REF - ago);
}

export function salesGrid(rows: readonly SaleRow[], date: (ago: number) => unknown = isoOf): unknown[][] {
  return [SALES_HEADER, ...rows.map((r) => [date(r.ago), r.name, r.amount, r.credit ? 'Kasbon' : 'Tunai'])];
}

export function analyse(
  sales: unknown[][],
  debts?: unknown[][],
  timeZone = 'Asia/Jakarta',
  referenceDay: Day = REF,
): Analysis {
  return analyze(
    { sales: { name: 'Penjualan', rows: sales }, debts: debts && { name: 'Hutang', rows: debts } },
    { settings: parseSettings({}), referenceDay, timeZone },
  );
}

/** Type per customer key, and what the types rest on. */
export function typesOf(a: Analysis): Record<string, string> {
  return Object.fromEntries(a.customers.map((c) => [c.measures.key, c.type]));
}

export function measuresOf(a: Analysis): Record<string, [number, number, number]> {
  return Object.fromEntries(
    a.customers.map((c) => [
      c.measures.key,
      [c.measures.occasions, c.measures.totalSpend, c.measures.outstanding],
    ]),
  );
}

export { civilFromDay };
