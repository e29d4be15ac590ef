/**
 * BELANJA_MENDATANG and NILAI_PELANGGAN (DOMAIN 9b): each customer's expected spend per future
 * occasion and expected spend over the coming months, in whole rupiah, with TIPE_PELANGGAN's
 * conventions for `pelanggan`. Without a fitted model the formula shows the reason as its error,
 * never a number.
 */
import type { Analysis, CustomerResult } from './analysis';
import { customerFormula } from './customerFormulas';
import type { Cell, CellGrid, FormulaEnv } from './formulas';
import { msg } from './i18n';
import { worthFor } from './models/valuePrediction';
import { wholeNumberArgument } from './predictionFormulas';

function worthCell(
  months: number | undefined,
  which: 'spend' | 'value',
): (c: CustomerResult, a: Analysis) => Cell {
  return (c, a) => {
    const worth = worthFor(a, months);
    const message = which === 'spend' ? worth.spendMessage : worth.valueMessage;
    if (message !== null) throw new Error(message);
    const amount = worth.byKey.get(c.measures.key)?.[which];
    // No purchase in the window (debts only), or a series that did not converge: no number.
    return amount === undefined || amount === null ? '' : Math.round(amount);
  };
}

/** BELANJA_MENDATANG: what each customer is expected to spend on a future occasion. */
export function belanjaMendatang(
  pelanggan: unknown,
  penjualan: unknown,
  tanggalAcuan: unknown,
  env: FormulaEnv,
): Cell | CellGrid {
  const spec = {
    name: 'BELANJA_MENDATANG',
    fallback: 'belanja',
    outputs: { belanja: { header: 'Belanja per Kunjungan Mendatang', cell: worthCell(undefined, 'spend') } },
  };
  return customerFormula(spec, pelanggan, penjualan, undefined, tanggalAcuan, undefined, env);
}

/** The `bulan` argument: blank means the setting bulanNilai; else a whole number of months, 1..120. */
export function monthsArgument(bulan: unknown): number | undefined {
  return wholeNumberArgument(bulan, 1, 120, msg().value.badMonths);
}

/** NILAI_PELANGGAN: each customer's expected spend over the next `bulan` months, discounted. */
export function nilaiPelanggan(
  pelanggan: unknown,
  penjualan: unknown,
  bulan: unknown,
  tanggalAcuan: unknown,
  env: FormulaEnv,
): Cell | CellGrid {
  const months = monthsArgument(bulan);
  const spec = {
    name: 'NILAI_PELANGGAN',
    fallback: 'nilai',
    outputs: { nilai: { header: 'Nilai Pelanggan', cell: worthCell(months, 'value') } },
  };
  return customerFormula(spec, pelanggan, penjualan, undefined, tanggalAcuan, undefined, env);
}
