/**
 * A shop whose customers buy at irregular intervals and stop at some point, as real ones do
 * (deterministic: a fixed linear congruential generator). Regular monthly buyers would make the
 * BG/NBD fit run off to a corner; this one fits.
 */
import { isoDate } from '../../src/core/read/dates';
import { d } from './build';

export function irregularShop(
  customers: number,
  skip: (i: number) => boolean = () => false,
  amount: (i: number, uniform: () => number) => number = () => 10000,
): unknown[][] {
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
      if (!skip(i)) rows.push([isoDate(day), `Pelanggan ${i}`, amount(i, uniform), 'Tunai']);
      if (uniform() < drop) break;
      day += Math.max(1, Math.round(-Math.log(uniform()) / rate));
    }
  }
  return rows;
}

/** Gamma(shape, rate) for a whole shape: the sum of `shape` exponential draws. */
function gammaDraw(shape: number, rate: number, uniform: () => number): number {
  let sum = 0;
  for (let k = 0; k < shape; k++) sum -= Math.log(uniform());
  return sum / rate;
}

/**
 * Spend as the Gamma-Gamma model has it (DOMAIN 9b): customer i's rate nu_i ~ Gamma(q = 4, v),
 * each occasion's spend ~ Gamma(p = 6, nu_i), so the shop's mean is v p / (q - 1) = 2 v. Whole
 * rupiah; spend does not depend on how often a customer buys. For irregularShop's `amount`.
 */
export function gammaGammaSpend(v = 25_000): (i: number, uniform: () => number) => number {
  const rates = new Map<number, number>();
  return (i, uniform) => {
    let nu = rates.get(i);
    if (nu === undefined) rates.set(i, (nu = gammaDraw(4, v, uniform)));
    return Math.max(1, Math.round(gammaDraw(6, nu, uniform)));
  };
}
