/**
 * The per-customer table, one row per customer: the command line's pelanggan.csv and, later, the
 * menu's "Segmentasi Pelanggan" sheet. Each column says its kind so each writer formats it its way.
 */
import type { Day } from '../read/dates';
import type { Analysis, CustomerResult } from '../analysis';
import { predictionFor } from '../models/prediction';
import { creditFor, worthFor } from '../models/valuePrediction';
import { waLink } from './whatsapp';
import { msg } from '../i18n';

export type ColumnKind = 'text' | 'count' | 'rupiah' | 'date' | 'days' | 'ratio' | 'link' | 'decimal';

export interface TableColumn {
  header: string;
  kind: ColumnKind;
  /** The analysis is there for columns that compare customers or share one model fit. */
  value: (c: CustomerResult, analysis: Analysis) => string | number | Day | null;
}

/** Blank (null) without a fitted model: see predictionFor's message. */
const prediction = (c: CustomerResult, a: Analysis) => predictionFor(a).byKey.get(c.measures.key);
/** Blank (null) without the spend model (and, for the value, the BG/NBD model): see worthFor. */
const worth = (c: CustomerResult, a: Analysis) => worthFor(a).byKey.get(c.measures.key);
/** Whole rupiah, as the other money columns; null stays blank. */
const wholeRupiah = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v));

/**
 * The customer sheet's column headers stay Indonesian in every locale (data, not messages): owners'
 * own formulas, filters and our sidebar find columns such as "Peluang Aktif" by these names.
 */
export const CUSTOMER_COLUMNS: readonly TableColumn[] = [
  { header: 'Pelanggan', kind: 'text', value: (c) => c.measures.name },
  { header: 'Tipe', kind: 'text', value: (c) => c.type },
  { header: 'Alasan', kind: 'text', value: (c) => c.reason },
  { header: 'Tindakan', kind: 'text', value: (c) => c.action },
  { header: 'Matriks', kind: 'text', value: (c) => c.matrix.quadrant },
  { header: 'Tahap', kind: 'text', value: (c) => c.ladder.rung },
  { header: 'Status', kind: 'text', value: (c) => c.status.status },
  { header: 'Jenis', kind: 'text', value: (c) => c.kind },
  { header: 'Karakter', kind: 'text', value: (c) => c.tags.join(', ') },
  { header: 'Skor RFM', kind: 'text', value: (c) => c.rfm?.score ?? '' },
  { header: 'Segmen RFM', kind: 'text', value: (c) => c.rfm?.segment ?? '' },
  { header: 'Alasan Matriks', kind: 'text', value: (c) => c.matrix.reason },
  { header: 'Alasan Tahap', kind: 'text', value: (c) => `${c.ladder.reason}; ${c.status.reason}` },
  { header: 'No HP', kind: 'text', value: (c) => c.measures.phone },
  { header: 'Kunjungan', kind: 'count', value: (c) => c.measures.occasions },
  { header: 'Kunjungan Ulang', kind: 'count', value: (c) => c.measures.frequency },
  { header: 'Pertama Beli', kind: 'date', value: (c) => c.measures.firstDay },
  { header: 'Terakhir Beli', kind: 'date', value: (c) => c.measures.lastDay },
  { header: 'Recency (hari)', kind: 'days', value: (c) => c.measures.recencyDays },
  { header: 'Umur (hari)', kind: 'days', value: (c) => c.measures.ageDays },
  { header: 'Hari Sejak Beli', kind: 'days', value: (c) => c.measures.daysSinceLast },
  { header: 'Total Belanja', kind: 'rupiah', value: (c) => c.measures.totalSpend },
  { header: 'Rata-rata Belanja', kind: 'rupiah', value: (c) => Math.round(c.measures.avgPerOccasion) },
  { header: 'Bulan Aktif', kind: 'count', value: (c) => c.measures.activeMonths },
  { header: 'Bulan Diamati', kind: 'count', value: (c) => c.measures.observedMonths },
  { header: 'Siklus (hari)', kind: 'days', value: (c) => Math.round(c.measures.cycleDays) },
  { header: 'Beli Berikutnya', kind: 'date', value: (c) => c.measures.nextPurchaseDay },
  { header: 'Peluang Aktif', kind: 'ratio', value: (c, a) => prediction(c, a)?.pAlive ?? null },
  { header: 'Prediksi Beli', kind: 'decimal', value: (c, a) => prediction(c, a)?.expected ?? null },
  {
    header: 'Belanja per Kunjungan Mendatang',
    kind: 'rupiah',
    value: (c, a) => wholeRupiah(worth(c, a)?.spend),
  },
  { header: 'Nilai Pelanggan', kind: 'rupiah', value: (c, a) => wholeRupiah(worth(c, a)?.value) },
  { header: 'Belanja Hutang', kind: 'count', value: (c) => c.measures.creditPurchases },
  { header: 'Porsi Hutang', kind: 'ratio', value: (c) => c.measures.creditShare },
  { header: 'Sisa Hutang', kind: 'rupiah', value: (c) => c.measures.outstanding },
  {
    header: 'Batas Kredit',
    kind: 'rupiah',
    value: (c, a) => creditFor(c, a).limit ?? msg().credit.neverOnCredit,
  },
  {
    header: 'Peringatan Kredit',
    kind: 'text',
    value: (c, a) => {
      const credit = creditFor(c, a);
      return credit.over ? credit.reason : '';
    },
  },
  { header: 'Telat Maks (hari)', kind: 'days', value: (c) => c.measures.maxDaysOverdue },
  {
    header: 'Rata-rata Telat Bayar (hari)',
    kind: 'days',
    value: (c) => (c.measures.avgDaysLate === null ? null : Math.round(c.measures.avgDaysLate)),
  },
  { header: 'WhatsApp', kind: 'link', value: (c) => waLink(c.measures.phone) },
];
