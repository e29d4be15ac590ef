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

/** The `hari` argument: blank means the setting hariPrediksi; else a whole number of days, 1..3650. */
export function horizonArgument(hari: unknown): number | undefined {
  if (hari === undefined || hari === null || isBlank(hari)) return undefined;
  const days = typeof hari === 'number' ? hari : Number(String(hari).trim());
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new Error(msg().prediction.badDays(hari));
  return days;
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
