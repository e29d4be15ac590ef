/**
 * A shop whose customers buy at irregular intervals and stop at some point, as real ones do
 * (deterministic: a fixed linear congruential generator). Regular monthly buyers would make the
 * BG/NBD fit run off to a corner; this one fits.
 */
import { isoDate } from '../../src/core/read/dates';
import { d } from './build';

export function irregularShop(customers: number, skip: (i: number) => boolean = () => false): unknown[][] {
  let seed = 12345;
  const uniform = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) + 0.5) / 2147483648;
  const rows: unknown[][] = [['Tanggal', 'Pelanggan', 'Total', 'Pembayaran']];
  const start = d('2025-12-01');
  const end = d('2026-11-20');
  for (let i = 0; i < customers; i++) {
    const rate = 1 / (4 + ((i * 37) % 90)); // purchases per day, 1/4 .. 1/93
    const drop = 0.05 + ((i * 13) % 40) / 100; // chance of leaving after each purchase
    let day = start + Math.floor(uniform() * 300);
    while (day <= end) {
      if (!skip(i)) rows.push([isoDate(day), `Pelanggan ${i}`, 10000, 'Tunai']);
      if (uniform() < drop) break;
      day += Math.max(1, Math.round(-Math.log(uniform()) / rate));
    }
  }
  return rows;
}
