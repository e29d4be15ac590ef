/**
 * Words of the Google Sheets cell ceiling and of the BigQuery edition, Indonesian (the shape
 * bigqueryEn follows). Spread into the catalogue by id.ts (`msg().ceiling`, `msg().bigquery`).
 */
const count = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const n = (value: number) => count.format(value);

/** Where the owner finds the BigQuery edition. */
const EDITION =
  'Untuk data sebesar ini pakai edisi BigQuery add-on ini (README, bagian "Edisi BigQuery"): ' +
  'hitungannya dijalankan BigQuery dan hasilnya tampil lewat Connected Sheets, tanpa memakai sel ' +
  'spreadsheet ini. Bisa juga: unduh sheet sebagai CSV dan pakai baris perintah (npx segmentasi).';

export const bigqueryId = {
  /** The 10-million-cell ceiling: what was written, what was left out and why. */
  ceiling: {
    partial: (
      now: number,
      limit: number,
      written: readonly string[],
      left: readonly { label: string; cells: number }[],
    ) =>
      `Batas Google Sheets ${n(limit)} sel: spreadsheet ini sudah memakai ${n(now)} sel, jadi tidak semua ` +
      `hasil muat. Yang terpenting ditulis lebih dulu: ${written.length ? written.join(', ') : '(tidak ada)'}. ` +
      `Tidak ditulis: ${left.map((l) => `${l.label} (perlu ${n(l.cells)} sel lagi)`).join(', ')}. ` +
      EDITION,
    edition: EDITION,
  },
  bigquery: {
    title: 'Segmentasi Pelanggan di BigQuery',
    notEdition:
      'Menu ini ada di edisi BigQuery add-on ini, yang meminta izin membaca BigQuery. ' +
      'Lihat README, bagian "Edisi BigQuery".',
    notSet:
      'Sumber data BigQuery belum diatur. Isi proyek Google Cloud dan tabel penjualan di ' +
      'Segmentasi › Pengaturan, misalnya: bigquery.proyek=toko-saya-123; bigquery.penjualan=toko.penjualan; ' +
      'lalu jalankan lagi.',
    failed: (why: string) => `BigQuery tidak bisa dijalankan: ${why}`,
    keptOwnerSheet: (name: string, ours: string) =>
      `Sheet "${name}" milik Anda tidak diubah; hasil BigQuery ditulis ke sheet "${ours}".`,
    done: (sheets: readonly string[], model: string) =>
      `Selesai. Hasil dari BigQuery: sheet ${sheets.map((s) => `"${s}"`).join(', ')} ` +
      `(diperbarui BigQuery setiap kali dijalankan). Parameter model BG/NBD ditulis di sheet "${model}".`,
    modelTooFew: (groups: number) =>
      `Model BG/NBD tidak dihitung: hanya ${n(groups)} kelompok pelanggan dari BigQuery, terlalu sedikit.`,
    modelHeader: ['Parameter', 'Nilai'] as readonly string[],
    modelRows: {
      r: 'r (bentuk sebaran frekuensi beli)',
      alpha: 'alpha (skala sebaran frekuensi beli, hari)',
      a: 'a (peluang berhenti)',
      b: 'b (peluang bertahan)',
      customers: 'Pelanggan',
      referenceDate: 'Tanggal acuan',
    },
    sheetNames: {
      customers: 'Segmentasi Pelanggan (BigQuery)',
      retention: 'Retensi (BigQuery)',
      groups: 'Kelompok BG/NBD (BigQuery)',
      scores: 'Peluang Aktif (BigQuery)',
      model: 'Model BG/NBD (BigQuery)',
    },
  },
};

export type BigqueryCatalogue = typeof bigqueryId;
