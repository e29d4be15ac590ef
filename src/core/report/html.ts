/** The help page the menu shows; every value from a sheet is escaped. */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const STYLE =
  '<style>body{font-family:Arial,sans-serif;font-size:13px;line-height:1.45;margin:12px;color:#202124}' +
  'h2{font-size:15px;margin:0 0 8px}table{border-collapse:collapse}td,th{padding:3px 8px;text-align:left;' +
  'border-bottom:1px solid #e0e0e0}code{background:#f1f3f4;padding:0 3px}</style>';

export const HELP_HTML =
  `${STYLE}<h2>Bantuan Segmentasi Pelanggan</h2>` +
  '<p><b>Jalankan segmentasi</b> membaca sheet penjualan, hutang dan pelanggan Anda, lalu menulis:</p><ul>' +
  '<li>kolom <b>Tipe Pelanggan</b> di kanan data Anda (A hijau, B biru, C kuning, D merah);</li>' +
  '<li>sheet <b>Segmentasi Pelanggan</b>: satu baris per pelanggan dengan alasan, tindakan dan angka-angkanya;</li>' +
  '<li>sheet <b>Ringkasan Segmentasi</b>: jumlah per tipe, retensi bulanan, grafik, dan baris yang dilewati.</li></ul>' +
  '<p>Data Anda tidak pernah diubah. Tipe: <b>A</b> loyal, tidak pernah hutang, mereferensikan orang; ' +
  '<b>B</b> belanja tunai; <b>C</b> suka hutang tapi membayar; <b>D</b> hutang sulit ditagih.</p>' +
  '<p>Sheet dicari dari namanya (Penjualan, Transaksi, Jualan; Hutang, Kasbon, Bon; Pelanggan, Customer) ' +
  'atau dari judul kolomnya (Tanggal, Pelanggan, Total). Judul boleh di bawah judul laporan dan baris kosong.</p>' +
  '<p><b>Pengaturan</b> memakai baris <code>nama=nilai</code>, misalnya <code>tempoHari=30</code>, ' +
  '<code>lembar.penjualan=Jualan Harian</code>, <code>kolom.penjualan.tanggal=Tgl Transaksi</code>, ' +
  '<code>tanggalAcuan=2026-11-20</code>. Nilai kosong mengembalikan bawaan.</p>' +
  '<p>Rumus: <code>=TIPE_PELANGGAN(A2:A50; Penjualan!A1:I2000; Hutang!A1:H300)</code>, ' +
  '<code>=RETENTION_RATE(Penjualan!A1:I2000; "bulan")</code>.</p>';
