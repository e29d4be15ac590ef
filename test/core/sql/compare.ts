/**
 * The SQL's columns against the core's, customer by customer: integers and categories exactly,
 * floats within 1e-9 relative, dates as YYYY-MM-DD.
 */
import type { Analysis, CustomerResult } from '../../../src/core/analysis';
import { isoDate, type Day } from '../../../src/core/read/dates';
import { cohortTable } from '../../../src/core/models/cohorts';
import { retention } from '../../../src/core/engine';
import { modelInput } from '../../../src/core/models/prediction';
import type { SqlRow } from './typedShop';

export type SqlRowLike = SqlRow;

const date = (d: Day | null) => (d === null ? null : isoDate(d));

/** What the core says for each column of the customers query. */
export function coreColumns(c: CustomerResult): SqlRow {
  const m = c.measures;
  return {
    kunci: m.key,
    kunjungan: m.occasions,
    kunjungan_ulang: m.frequency,
    pertama: date(m.firstDay),
    terakhir: date(m.lastDay),
    recency_hari: m.recencyDays,
    umur_hari: m.ageDays,
    hari_sejak_terakhir: m.daysSinceLast,
    total_belanja: m.totalSpend,
    rata_per_kunjungan: m.avgPerOccasion,
    bulan_aktif: m.activeMonths,
    bulan_diamati: m.observedMonths,
    rasio_aktif: m.activeRatio,
    siklus_hari: m.cycleDays,
    siklus_sendiri: m.cycleFromData,
    perkiraan_beli: date(m.nextPurchaseDay),
    pembelian_kredit: m.creditPurchases,
    porsi_kredit: m.creditShare,
    sisa_hutang: m.outstanding,
    telat_terlama: m.maxDaysOverdue,
    hutang_lunas: m.repaidCount,
    rata_telat_bayar: m.avgDaysLate,
    belum_jatuh_tempo: m.ageing.belumJatuhTempo,
    telat_1_30: m.ageing.telat1_30,
    telat_31_60: m.ageing.telat31_60,
    telat_61_90: m.ageing.telat61_90,
    telat_lebih_90: m.ageing.telatLebih90,
    tipe: c.type,
    kode_alasan: c.code,
    matriks: c.matrix.quadrant,
    status: c.status.status,
    rfm_r: c.rfm?.r ?? null,
    rfm_f: c.rfm?.f ?? null,
    rfm_m: c.rfm?.m ?? null,
    rfm_skor: c.rfm?.score ?? null,
    rfm_segmen: c.rfm?.segment ?? null,
    batas_kredit: c.credit.limit,
    lewat_batas_kredit: c.credit.over,
  };
}

/** Equal as the issue asks: numbers within 1e-9 relative (exact for integers), the rest exactly. */
export function same(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Number.isInteger(expected) && Number.isInteger(actual)) return expected === actual;
    return Math.abs(expected - actual) <= 1e-9 * Math.max(Math.abs(expected), Math.abs(actual), 1e-300);
  }
  return expected === actual;
}

/** Every difference between the core's and the SQL's rows, keyed by `key`; [] when they agree. */
export function differences(expected: SqlRow[], actual: SqlRow[], key: (r: SqlRow) => string): string[] {
  const out: string[] = [];
  const byKey = new Map(actual.map((r) => [key(r), r]));
  if (actual.length !== expected.length) out.push(`rows: core ${expected.length}, sql ${actual.length}`);
  for (const e of expected) {
    const a = byKey.get(key(e));
    if (!a) {
      out.push(`missing in sql: ${key(e)}`);
      continue;
    }
    for (const [column, value] of Object.entries(e))
      if (!same(value, a[column]))
        out.push(`${key(e)}.${column}: core ${String(value)}, sql ${String(a[column])}`);
  }
  return out;
}

export function customerDifferences(a: Analysis, rows: SqlRow[]): string[] {
  return differences(a.customers.map(coreColumns), rows, (r) => String(r.kunci));
}

/** The core's monthly retention table as the retention query's rows. */
export function coreRetention(a: Analysis): SqlRow[] {
  return retention(a, 'bulan').map((r) => ({
    bulan: isoDate(r.start),
    akhir: isoDate(r.end),
    aktif: r.active,
    bertahan: r.retained,
    kembali: r.returning,
    baru: r.newCustomers,
    tingkat_retensi: r.rate,
    awal_data: r.firstPeriod,
    penjualan_baru: r.salesNew,
    penjualan_lama: r.salesExisting,
  }));
}

/** The core's cohort table, one row per cohort and month after its first. */
export function coreCohorts(a: Analysis): SqlRow[] {
  return cohortTable(a.events, a.referenceDay).flatMap((row) => {
    const width = Math.floor(row.month % 12) >= 0 ? lastMonthOf(a) - row.month + 1 : 0;
    return Array.from({ length: width }, (_, i) => ({
      kohort: isoDate(monthStartDay(row.month)),
      pelanggan: row.size,
      bulan_ke: i,
      porsi: row.shares[i] ?? 0,
    }));
  });
}

function lastMonthOf(a: Analysis): number {
  return monthOfDay(a.referenceDay);
}

function monthOfDay(day: Day): number {
  const iso = isoDate(day);
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

function monthStartDay(month: number): Day {
  const y = Math.floor(month / 12);
  const m = (month % 12) + 1;
  return Date.UTC(y, m - 1, 1) / 86_400_000;
}

/** The core's model input: (x, t_x, T) groups with their counts, keyed for comparison. */
export function coreGroups(a: Analysis): SqlRow[] {
  const groups = new Map<string, SqlRow>();
  for (const t of modelInput(a).triples.values()) {
    const id = `${t.x},${t.tx},${t.T}`;
    const group = groups.get(id);
    if (group) group.jumlah = (group.jumlah as number) + 1;
    else groups.set(id, { x: t.x, t_x: t.tx, t: t.T, jumlah: 1 });
  }
  return [...groups.values()];
}
