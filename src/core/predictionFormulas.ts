/**
 * PELUANG_AKTIF and PREDIKSI_BELI: the BG/NBD model's Peluang Aktif (0..1) and Prediksi Beli per
 * customer, with TIPE_PELANGGAN's conventions for `pelanggan` (one name, a column of names, or
 * the customer table with its header row). Without a fitted model the formula shows the reason
 * as its error, never a number.
 */
import type { CustomerResult, Analysis } from './analysis';
import { customerFormula } from './customerFormulas';
import type { Cell, CellGrid, FormulaEnv } from './formulas';
import { msg } from './i18n';
import { predictionFor, type CustomerPrediction } from './models/prediction';
import { isBlank } from './read/text';

function predictionCell(
  horizonDays: number | undefined,
  pick: (p: CustomerPrediction) => number | null,
): (c: CustomerResult, a: Analysis) => Cell {
  return (c, a) => {
    const prediction = predictionFor(a, horizonDays);
    if (prediction.message !== null) throw new Error(prediction.message);
    const p = prediction.byKey.get(c.measures.key);
    return p ? (pick(p) ?? '') : ''; // no purchase in the window (debts only): nothing to predict
  };
}

/** PELUANG_AKTIF: the chance (0..1) that each customer still buys from the shop. */
export function peluangAktif(
  pelanggan: unknown,
  penjualan: unknown,
  tanggalAcuan: unknown,
  env: FormulaEnv,
): Cell | CellGrid {
  const spec = {
    name: 'PELUANG_AKTIF',
    fallback: 'peluang',
    outputs: { peluang: { header: 'Peluang Aktif', cell: predictionCell(undefined, (p) => p.pAlive) } },
  };
  return customerFormula(spec, pelanggan, penjualan, undefined, tanggalAcuan, undefined, env);
}

/**
 * A formula's optional count argument: blank means the setting; else a whole number from min to max,
 * refused with the formula's own message.
 */
export function wholeNumberArgument(
  value: unknown,
  min: number,
  max: number,
  refusal: (value: unknown) => string,
): number | undefined {
  if (value === undefined || value === null || isBlank(value)) return undefined;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(refusal(value));
  return n;
}

/** The `hari` argument: blank means the setting hariPrediksi; else a whole number of days, 1..3650. */
export function horizonArgument(hari: unknown): number | undefined {
  return wholeNumberArgument(hari, 1, 3650, msg().prediction.badDays);
}

/** PREDIKSI_BELI: expected purchases of each customer in the next `hari` days. */
export function prediksiBeli(
  pelanggan: unknown,
  penjualan: unknown,
  hari: unknown,
  tanggalAcuan: unknown,
  env: FormulaEnv,
): Cell | CellGrid {
  const horizon = horizonArgument(hari);
  const spec = {
    name: 'PREDIKSI_BELI',
    fallback: 'prediksi',
    outputs: { prediksi: { header: 'Prediksi Beli', cell: predictionCell(horizon, (p) => p.expected) } },
  };
  return customerFormula(spec, pelanggan, penjualan, undefined, tanggalAcuan, undefined, env);
}
