/**
 * The per-customer formulas of the other articles, with TIPE_PELANGGAN's conventions: `pelanggan`
 * is one name, a column of names, or the customer table with its header row (then the result
 * starts with a header cell); a blank name gives a blank cell, an unknown one "Tidak ada data".
 */
import { ZoneClock } from './read/dates';
import type { Analysis, CustomerResult, Prospect } from './analysis';
import {
  asGrid,
  isCustomerTable,
  optionalGrid,
  run,
  type Cell,
  type CellGrid,
  type FormulaEnv,
} from './formulas';
import { matchColumns } from './read/headers';
import { ageBucket, ageLabel } from './measure/debts';
import { matrixAction } from './models/matrix';
import { msg } from './i18n';
import { CUSTOMER_FIELDS } from './read/schema';
import { cohortGrid, cohortTable } from './models/cohorts';
import { retention } from './engine';
import { parsePeriodKind } from './models/retention';
import { isBlank } from './read/text';
import { waLink } from './report/whatsapp';
import { CHECK_EVERY, checkDeadline } from './deadline';

interface Output {
  header: string;
  cell: (c: CustomerResult, a: Analysis, clock: ZoneClock) => Cell;
  /**
   * The cell for someone in the customer table without a purchase or debt, where the menu shows
   * one too (their rung: Prospek or Suspek); without it such a person has "Tidak ada data".
   */
  prospect?: (p: Prospect) => Cell;
}

interface FormulaSpec {
  name: string;
  outputs: Record<string, Output | readonly string[]>;
  /** Output used when keluaran is empty. */
  fallback: string;
}

function resolveOutputs(spec: FormulaSpec, keluaran: unknown): Output[] {
  const key = String(keluaran ?? '')
    .trim()
    .toLowerCase();
  const chosen = spec.outputs[key === '' ? spec.fallback : key];
  if (!chosen) {
    throw new Error(
      msg().formulaErrors.unknownOutput(spec.name, String(keluaran), Object.keys(spec.outputs)),
    );
  }
  if (Array.isArray(chosen)) return chosen.map((k) => spec.outputs[k] as Output);
  return [chosen as Output];
}

/** Runs one per-customer formula over names, a name column or the customer table. */
export function customerFormula(
  spec: FormulaSpec,
  pelanggan: unknown,
  penjualan: unknown,
  hutang: unknown,
  tanggalAcuan: unknown,
  keluaran: unknown,
  env: FormulaEnv,
): Cell | CellGrid {
  const outputs = resolveOutputs(spec, keluaran);
  const sales = asGrid(penjualan, 'penjualan');
  const debts = optionalGrid(hutang, 'hutang');
  const table = Array.isArray(pelanggan) && isCustomerTable(asGrid(pelanggan, 'pelanggan'));
  const analysis = run(sales, debts, table ? (pelanggan as unknown[][]) : undefined, tanggalAcuan, env);
  const clock = new ZoneClock(env.timeZone);
  let asked = 0;
  const prospects = new Map(analysis.prospects.map((p) => [p.profile.key, p]));
  const cells = (name: unknown): Cell[] => {
    if (++asked % CHECK_EVERY === 0) checkDeadline();
    if (isBlank(name)) return outputs.map(() => '');
    const key = analysis.nameKey(name);
    const c = analysis.byKey.get(key);
    if (c) return outputs.map((o) => o.cell(c, analysis, clock));
    const p = prospects.get(key);
    if (p && outputs[0].prospect) return outputs.map((o) => o.prospect?.(p) ?? '');
    return outputs.map((_, i) => (i === 0 ? msg().cellWords.noData : ''));
  };
  if (!Array.isArray(pelanggan)) {
    const row = cells(pelanggan);
    return outputs.length > 1 ? [row] : row[0];
  }
  const grid = pelanggan as unknown[][];
  if (table) {
    const nameCol = matchColumns(grid[0], CUSTOMER_FIELDS).nama as number;
    return [outputs.map((o) => o.header), ...grid.slice(1).map((row) => cells(row[nameCol]))];
  }
  if (outputs.length > 1) return grid.map((row) => cells(row[0]));
  return grid.map((row) => row.map((name) => cells(name)[0]));
}

/*
 * Formula names, keluaran words and the headers of the spilled tables are the formulas' interface:
 * Indonesian in every locale, like the customer sheet's headers. Reasons, actions, errors and
 * words such as "Tidak ada data" come from the catalogue in the spreadsheet's locale.
 */
export const TIPE: FormulaSpec = {
  name: 'TIPE_PELANGGAN',
  fallback: 'tipe',
  outputs: {
    tipe: { header: 'Tipe Pelanggan', cell: (c) => c.type },
    alasan: { header: 'Alasan', cell: (c) => c.reason },
    tindakan: { header: 'Tindakan', cell: (c) => c.action },
    semua: ['tipe', 'alasan', 'tindakan'],
    type: ['tipe'],
    reason: ['alasan'],
    action: ['tindakan'],
    all: ['tipe', 'alasan', 'tindakan'],
  },
};

/** TIPE_PELANGGAN: one name, a column of names, or the customer table with its header row. */
export function tipePelanggan(
  pelanggan: unknown,
  penjualan: unknown,
  hutang: unknown,
  tanggalAcuan: unknown,
  keluaran: unknown,
  env: FormulaEnv,
): Cell | CellGrid {
  return customerFormula(TIPE, pelanggan, penjualan, hutang, tanggalAcuan, keluaran, env);
}

export const MATRIKS: FormulaSpec = {
  name: 'MATRIKS_PELANGGAN',
  fallback: 'matriks',
  outputs: {
    matriks: { header: 'Matriks', cell: (c) => c.matrix.quadrant },
    alasan: { header: 'Alasan Matriks', cell: (c) => c.matrix.reason },
    tindakan: { header: 'Tindakan Matriks', cell: (c) => matrixAction(c.matrix.quadrant) },
    semua: ['matriks', 'alasan', 'tindakan'],
  },
};

export const TAHAP: FormulaSpec = {
  name: 'TAHAP_PELANGGAN',
  fallback: 'tahap',
  outputs: {
    // People in the customer table without a purchase get the rung the menu gives them.
    tahap: { header: 'Tahap', cell: (c) => c.ladder.rung, prospect: (p) => p.ladder.rung },
    status: { header: 'Status', cell: (c) => c.status.status, prospect: () => '' },
    alasan: {
      header: 'Alasan Tahap',
      cell: (c) => `${c.ladder.reason}; ${c.status.reason}`,
      prospect: (p) => p.ladder.reason,
    },
    semua: ['tahap', 'status', 'alasan'],
  },
};

export const BELI_BERIKUTNYA: FormulaSpec = {
  name: 'BELI_BERIKUTNYA',
  fallback: 'tanggal',
  outputs: {
    tanggal: {
      header: 'Beli Berikutnya',
      cell: (c, _a, clock) =>
        c.measures.nextPurchaseDay === null ? '' : clock.midnightOf(c.measures.nextPurchaseDay),
    },
    siklus: { header: 'Siklus (hari)', cell: (c) => Math.round(c.measures.cycleDays) },
    rasio: {
      header: 'Rasio Terlambat',
      cell: (c) => (c.status.overdueRatio === null ? '' : Math.round(c.status.overdueRatio * 100) / 100),
    },
    semua: ['tanggal', 'siklus', 'rasio'],
  },
};

export const SISA_HUTANG: FormulaSpec = {
  name: 'SISA_HUTANG',
  fallback: 'jumlah',
  outputs: {
    jumlah: { header: 'Sisa Hutang', cell: (c) => c.measures.outstanding },
    umur: {
      header: 'Umur Hutang',
      // openDebts holds only debts with something left to pay.
      cell: (c) =>
        c.measures.openDebts.length === 0
          ? msg().cellWords.paid
          : ageLabel(ageBucket(c.measures.maxDaysOverdue)),
    },
    batas: { header: 'Batas Kredit', cell: (c) => c.credit.limit ?? msg().credit.neverOnCredit },
    semua: ['jumlah', 'umur', 'batas'],
  },
};

export const SKOR_RFM: FormulaSpec = {
  name: 'SKOR_RFM',
  fallback: 'skor',
  outputs: {
    skor: { header: 'Skor RFM', cell: (c) => c.rfm?.score ?? '' },
    segmen: { header: 'Segmen RFM', cell: (c) => c.rfm?.segment ?? '' },
    semua: ['skor', 'segmen'],
  },
};

/** KOHORT_RETENSI: the cohort table by first-purchase month. */
export function kohortRetensi(penjualan: unknown, tanggalAcuan: unknown, env: FormulaEnv): CellGrid {
  const analysis = run(asGrid(penjualan, 'penjualan'), undefined, undefined, tanggalAcuan, env, true);
  const rows = cohortTable(analysis.events, analysis.referenceDay);
  if (rows.length === 0) throw new Error(msg().formulas.noSales);
  return cohortGrid(rows);
}

/**
 * KONTRIBUSI_PELANGGAN_BARU: share of the latest complete period's sales from new customers;
 * "awal data" when that period is the first of the data (everyone would be new).
 */
export function kontribusiPelangganBaru(
  penjualan: unknown,
  periode: unknown,
  tanggalAcuan: unknown,
  env: FormulaEnv,
): number | string {
  const kind = parsePeriodKind(periode);
  const analysis = run(asGrid(penjualan, 'penjualan'), undefined, undefined, tanggalAcuan, env, true);
  const latest = retention(analysis, kind).pop();
  const total = latest ? latest.salesNew + latest.salesExisting : 0;
  if (latest?.firstPeriod) return msg().retention.firstPeriod;
  if (!latest || total <= 0) throw new Error(msg().formulas.noSalesInPeriod);
  return latest.salesNew / total;
}

/** LINK_WA: a wa.me link per number (and message); an invalid number gives an error text, not a guess. */
export function linkWa(nomor: unknown, pesan: unknown): Cell | CellGrid {
  const one = (n: unknown, m: unknown): Cell => {
    if (isBlank(n)) return '';
    const link = waLink(n, isBlank(m) ? '' : String(m));
    return link || msg().cellWords.invalidNumber(String(n));
  };
  if (!Array.isArray(nomor)) return one(nomor, Array.isArray(pesan) ? pesan[0]?.[0] : pesan);
  const numbers = asGrid(nomor, 'nomor');
  const messages = Array.isArray(pesan) ? asGrid(pesan, 'pesan') : null;
  return numbers.map((row, r) =>
    row.map((n, c) => one(n, messages ? (messages[r]?.[c] ?? messages[r]?.[0]) : pesan)),
  );
}
