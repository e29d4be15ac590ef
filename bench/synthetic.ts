/**
 * Deterministic synthetic shops for benchmarks: n sales rows over one year, about 15% of
 * occasions on credit with a matching debt sheet, n/25 customers (40,000 at 1M rows).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
export interface SyntheticShop {
  sales: unknown[][];
  debts: unknown[][];
  customers: number;
}

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1) - 7 * 3_600_000; // 1 Jan 2025 00:00 WIB

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One row of the shop, sale or debt, in the order the generator makes them. */
type ShopRow = { sale: unknown[] } | { debt: unknown[] };

/** The shop's rows one by one (a file of ten million rows is written without holding them). */
function* shopRows(rows: number, seed: number): Generator<ShopRow> {
  const rand = rng(seed);
  const customers = Math.max(50, Math.floor(rows / 25));
  const names = Array.from({ length: customers }, (_, i) => `Pelanggan ${i + 1}`);
  const days = Array.from({ length: 365 }, (_, i) => new Date(START + i * DAY));
  let written = 0;
  let invoice = 0;
  while (written < rows) {
    // Skewed customers: a few buy very often, most rarely.
    const c = Math.floor(customers * rand() * rand());
    const d = Math.floor(rand() * 365);
    const items = 1 + Math.floor(rand() * 3);
    const credit = rand() < 0.15;
    const no = `N${++invoice}`;
    let total = 0;
    for (let i = 0; i < items && written < rows; i++) {
      const amount = 5000 * (1 + Math.floor(rand() * 20));
      total += amount;
      written++;
      yield { sale: [no, days[d], names[c], `Produk ${i}`, amount, credit ? 'Tempo' : 'Tunai'] };
    }
    if (credit && rand() < 0.9) {
      const late = Math.floor(rand() * 90);
      const paidDay = d + 14 + late;
      const paid = paidDay < 365 && rand() < 0.8;
      yield {
        debt: [
          days[d],
          names[c],
          total,
          days[Math.min(364, d + 14)],
          paid ? days[paidDay] : '',
          paid ? total : '',
          paid ? 'Lunas' : 'Belum',
        ],
      };
    }
  }
}

const SALES_HEADER = ['No Nota', 'Tanggal', 'Pelanggan', 'Produk', 'Total', 'Pembayaran'];

/** Sales as Sheets' getValues gives them: Date objects, numbers, strings. */
export function syntheticShop(rows: number, seed = 42): SyntheticShop {
  const sales: unknown[][] = [SALES_HEADER];
  const debts: unknown[][] = [
    ['Tanggal', 'Pelanggan', 'Jumlah', 'Jatuh Tempo', 'Tanggal Bayar', 'Dibayar', 'Status'],
  ];
  for (const row of shopRows(rows, seed)) {
    if ('sale' in row) sales.push(row.sale);
    else debts.push(row.debt);
  }
  return { sales, debts, customers: Math.max(50, Math.floor(rows / 25)) };
}

/** The shop's sales file (six columns) written as it is made, a few megabytes at a time. */
export function writeSyntheticSales(rows: number, file: string, seed = 42): void {
  const fd = openSync(file, 'w');
  let chunk: string[] = [SALES_HEADER.join(',')];
  const flush = () => {
    writeSync(fd, chunk.join('\n') + '\n');
    chunk = [];
  };
  for (const row of shopRows(rows, seed)) {
    if (!('sale' in row)) continue;
    chunk.push(row.sale.map(csvCell).join(','));
    if (chunk.length >= 100_000) flush();
  }
  flush();
  closeSync(fd);
}

function csvCell(v: unknown): string {
  if (v instanceof Date) return new Date(v.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  return String(v);
}

export function toCsv(grid: unknown[][]): string {
  return grid.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

/** The sales as the four columns many owners keep (no invoice number): Tanggal, Pelanggan, Total, Pembayaran. */
export function fourColumns(sales: readonly unknown[][]): unknown[][] {
  return sales.map((row) => [row[1], row[2], row[4], row[5]]);
}
