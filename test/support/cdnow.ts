/** Loads the public CDNOW data (MIT, from the lifetimes library) kept in test/fixtures/cdnow. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Beside this file under jest; from the repository root when bundled into bench/out (npm run bench).
const PLACES = [join(__dirname, '..', 'fixtures', 'cdnow'), join(process.cwd(), 'test', 'fixtures', 'cdnow')];
export const CDNOW_DIR = PLACES.find((d) => existsSync(join(d, 'CDNOW_sample.txt'))) ?? PLACES[0];
export const hasCdnow = existsSync(join(CDNOW_DIR, 'CDNOW_sample.txt'));

function lines(file: string): string[][] {
  return readFileSync(join(CDNOW_DIR, file), 'utf8')
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length >= 4 && /^\d+$/.test(f[0]));
}

/** The 1/10 sample as a sales grid: Pelanggan (sample id), Tanggal (YYYYMMDD number), Total. */
export function cdnowSampleGrid(): unknown[][] {
  return [
    ['Pelanggan', 'Tanggal', 'Qty', 'Total'],
    ...lines('CDNOW_sample.txt').map((f) => [Number(f[1]), Number(f[2]), Number(f[3]), Number(f[4])]),
  ];
}

export function cdnowMasterGrid(): unknown[][] {
  return [
    ['Customer', 'Date', 'Qty', 'Amount'],
    ...lines('CDNOW_master.txt').map((f) => [f[0], Number(f[1]), Number(f[2]), Number(f[3])]),
  ];
}

export interface SummaryRow {
  id: string;
  frequency: number;
  recency: number;
  T: number;
}

export function cdnowSummary(): SummaryRow[] {
  return readFileSync(join(CDNOW_DIR, 'cdnow_customers_summary.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => {
      const [id, frequency, recency, T] = l.split(',');
      return { id, frequency: Number(frequency), recency: Number(recency), T: Number(T) };
    });
}

export interface SpendSummaryRow extends SummaryRow {
  /** Mean spend of the repeat purchases (dollars); 0 without repeats. */
  zbar: number;
  x: number;
}

/** cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T (weeks), zbar. */
export function cdnowSpend(): SpendSummaryRow[] {
  return readFileSync(join(CDNOW_DIR, 'cdnow_customers_summary_with_transactions.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => {
      const [id, x, tx, T, zbar] = l.split(',');
      return {
        id,
        x: Number(x),
        frequency: Number(x),
        recency: Number(tx),
        T: Number(T),
        zbar: Number(zbar),
      };
    });
}
