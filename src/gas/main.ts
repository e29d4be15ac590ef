/**
 * Apps Script entry points, and nothing else: the build turns each export into one top-level
 * function of dist/Code.js with this JSDoc, so Sheets lists and autocompletes the formulas.
 */
import { retentionRate, type Cell, type CellGrid } from '../core/formulas';
import {
  BELI_BERIKUTNYA as NEXT_PURCHASE,
  customerFormula,
  kohortRetensi,
  kontribusiPelangganBaru,
  linkWa,
  MATRIKS,
  SISA_HUTANG as OPEN_DEBT,
  SKOR_RFM as RFM,
  TAHAP,
  tipePelanggan,
} from '../core/customerFormulas';
import { peluangAktif, prediksiBeli } from '../core/predictionFormulas';
import { belanjaMendatang, nilaiPelanggan } from '../core/valueFormulas';
import { openHelp, openSettings } from './dialogs';
import { buildMenu, type OpenEvent } from './menu';
import { runSegmentation, type RunResult } from './runSegmentation';
import { openSidebar, panelRun, panelStart, type PanelStart } from './sidebar';
import { contactList, markContacted, type ContactList } from './sidebarContacts';
import { saveSettings, settingsForm, type SaveResult, type SettingsForm } from './sidebarSettings';
import { liveServices } from './services';
import { runDaily, type ClockEvent } from './dailyRefresh';
import { servicesForUser } from './locale';
import { formulaEnv, inFormulaTime, useFormulaLocale } from './spreadsheetEnv';

/**
 * Builds the Segmentasi menu when the spreadsheet opens (only the menu: in AuthMode.NONE nothing
 * else is allowed).
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e The open event.
 */
export function onOpen(e?: OpenEvent): void {
  const services = servicesForUser();
  buildMenu(services, e);
}

/**
 * Runs when the add-on is installed: builds the menu at once, without reopening the file.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e The install event.
 */
export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

/** Menu Segmentasi › Jalankan segmentasi: classifies the owner's sheets in place. */
export function jalankanSegmentasi(): void {
  runSegmentation(servicesForUser());
}

/** Menu Segmentasi › Buka panel: the sidebar (Ringkasan, Hubungi, Pengaturan). */
export function bukaPanel(): void {
  openSidebar(servicesForUser());
}

/** Sidebar: the last run's Ringkasan figures. */
export function panelMulai(): PanelStart {
  return panelStart(liveServices());
}

/** Sidebar › Ringkasan › Jalankan segmentasi: the menu's run; its result as plain JSON. */
export function panelJalankan(): RunResult {
  return panelRun(liveServices());
}

/** Sidebar › Hubungi: today's follow-up list without those contacted recently. */
export function panelHubungi(): ContactList {
  return contactList(liveServices());
}

/**
 * Sidebar › Hubungi › Sudah dihubungi: records the contact and returns the list again.
 * @param {{key: string, bucket: string|null}} masukan The entry's customer key and debt ageing bucket.
 */
export function panelSudahDihubungi(masukan: unknown): ContactList {
  return markContacted(liveServices(), masukan);
}

/** Sidebar › Pengaturan: the saved settings, the file's sheets and the columns detection found. */
export function panelPengaturan(): SettingsForm {
  return settingsForm(liveServices());
}

/**
 * Sidebar › Pengaturan › Simpan: saves the settings when the schema accepts them, else nothing.
 * @param {Object} masukan The whole settings input, as the page built it.
 */
export function panelSimpanPengaturan(masukan: unknown): SaveResult {
  return saveSettings(liveServices(), masukan);
}

/**
 * The daily trigger of "Perbarui otomatis setiap pagi" (made by saving Pengaturan): the menu's run,
 * its outcome kept for Ringkasan and the panel.
 * @param {GoogleAppsScript.Events.TimeDriven} e The time-driven event (authMode FULL, triggerUid).
 */
export function pembaruanOtomatis(e?: ClockEvent): void {
  runDaily(liveServices(), e);
}

/** Menu Segmentasi › Pengaturan: the settings as name=value lines. */
export function bukaPengaturan(): void {
  openSettings(servicesForUser());
}

/** Menu Segmentasi › Bantuan: what the add-on does and how to set it up. */
export function bukaBantuan(): void {
  openHelp(servicesForUser());
}

/**
 * Tipe pelanggan A/B/C/D dari data penjualan dan hutang.
 * A: loyal, tidak pernah hutang, mereferensikan orang. B: belanja tunai, belum jadi A.
 * C: suka hutang tapi membayar. D: hutang sulit ditagih (lewat jatuh tempo > 60 hari).
 * @param {string|Array<Array<string>>} pelanggan Satu nama, kolom nama, atau tabel pelanggan dengan baris judul (Nama, Direferensikan Oleh, Komplain).
 * @param {Array<Array<string>>} penjualan Rentang penjualan dengan baris judul (Tanggal, Pelanggan, Total; opsional No Nota, Pembayaran).
 * @param {Array<Array<string>>} [hutang] (opsional) Rentang hutang/kasbon dengan baris judul (Tanggal, Pelanggan, Jumlah, Jatuh Tempo, Tanggal Bayar).
 * @param {Date} [tanggal_acuan] (opsional) Tanggal acuan, misalnya TanggalAcuan (tanggal segmentasi terakhir); kosong berarti hari ini.
 * @param {string} [keluaran] (opsional) "tipe" (bawaan), "alasan", "tindakan" atau "semua".
 * @return Tipe A/B/C/D per pelanggan, atau alasan/tindakannya.
 * @example =TIPE_PELANGGAN(A2:A50; Penjualan!A1:I2000; Hutang!A1:H300)
 * @customfunction
 */
export function TIPE_PELANGGAN(
  pelanggan: unknown,
  penjualan: unknown,
  hutang?: unknown,
  tanggal_acuan?: unknown,
  keluaran?: unknown,
): Cell | CellGrid {
  return inFormulaTime(() =>
    tipePelanggan(pelanggan, penjualan, hutang, tanggal_acuan, keluaran, formulaEnv()),
  );
}

/**
 * Retention rate: dari pelanggan yang belanja di periode sebelumnya, berapa bagian yang belanja lagi
 * di periode terakhir yang sudah selesai.
 * @param {Array<Array<string>>} penjualan Rentang penjualan dengan baris judul (Tanggal, Pelanggan, Total).
 * @param {string} [periode] (opsional) "minggu", "bulan" (bawaan), "kuartal" atau "tahun".
 * @param {Date} [tanggal_acuan] (opsional) Tanggal acuan, misalnya TanggalAcuan (tanggal segmentasi terakhir); kosong berarti hari ini.
 * @param {string} [keluaran] (opsional) "rate" (bawaan, angka 0..1) atau "tabel" (seluruh deret per periode).
 * @return Retention rate periode terakhir, atau tabel Periode, Aktif, Dipertahankan, Kembali, Baru, Retention Rate, Omzet Baru, Omzet Lama.
 * @example =RETENTION_RATE(Penjualan!A1:I2000; "bulan"; ; "tabel")
 * @customfunction
 */
export function RETENTION_RATE(
  penjualan: unknown,
  periode?: unknown,
  tanggal_acuan?: unknown,
  keluaran?: unknown,
): Cell | CellGrid {
  return inFormulaTime(() => retentionRate(penjualan, periode, tanggal_acuan, keluaran, formulaEnv()));
}

/**
 * Matriks hubungan: Kembangkan, Tangkap, Sumber Referensi atau Putus, dari potensi (kolom Potensi,
 * atau belanja setara atau di atas belanja pelanggan biasanya) dan kedekatan (kolom Kedekatan, atau
 * loyal dan tepat waktu); Baru bila pertama belanja kurang dari 30 hari, Tagih Hutang untuk tipe D.
 * @param {string|Array<Array<string>>} pelanggan Satu nama, kolom nama, atau tabel pelanggan dengan baris judul.
 * @param {Array<Array<string>>} penjualan Rentang penjualan dengan baris judul (Tanggal, Pelanggan, Total).
 * @param {Array<Array<string>>} [hutang] (opsional) Rentang hutang/kasbon dengan baris judul.
 * @param {Date} [tanggal_acuan] (opsional) Tanggal acuan, misalnya TanggalAcuan (tanggal segmentasi terakhir); kosong berarti hari ini.
 * @param {string} [keluaran] (opsional) "matriks" (bawaan), "alasan", "tindakan" atau "semua".
 * @return Kuadran matriks per pelanggan, atau alasan/tindakannya.
 * @example =MATRIKS_PELANGGAN(A2:A50; Penjualan!A1:I2000; Hutang!A1:H300)
 * @customfunction
 */
export function MATRIKS_PELANGGAN(
  pelanggan: unknown,
  penjualan: unknown,
  hutang?: unknown,
  tanggal_acuan?: unknown,
  keluaran?: unknown,
): Cell | CellGrid {
  return inFormulaTime(() =>
    customerFormula(MATRIKS, pelanggan, penjualan, hutang, tanggal_acuan, keluaran, formulaEnv()),
  );
}

/**
 * Tahap pelanggan: Suspek, Prospek, Inisial, Repeater, Loyal, Advokat, Mitra;
 * atau status Aktif, Tidur, Hilang.
 * @param {string|Array<Array<string>>} pelanggan Satu nama, kolom nama, atau tabel pelanggan dengan baris judul.
 * @param {Array<Array<string>>} penjualan Rentang penjualan dengan baris judul (Tanggal, Pelanggan, Total).
 * @param {Array<Array<string>>} [hutang] (opsional) Rentang hutang/kasbon dengan baris judul.
 * @param {Date} [tanggal_acuan] (opsional) Tanggal acuan, misalnya TanggalAcuan (tanggal segmentasi terakhir); kosong berarti hari ini.
 * @param {string} [keluaran] (opsional) "tahap" (bawaan), "status", "alasan" atau "semua".
 * @return Tahap atau status per pelanggan.
 * @example =TAHAP_PELANGGAN(Pelanggan!A1:G32; Penjualan!A:I; Hutang!A:G; ; "semua")
 * @customfunction
 */
export function TAHAP_PELANGGAN(
  pelanggan: unknown,
  penjualan: unknown,
  hutang?: unknown,
  tanggal_acuan?: unknown,
  keluaran?: unknown,
): Cell | CellGrid {
  return inFormulaTime(() =>
    customerFormula(TAHAP, pelanggan, penjualan, hutang, tanggal_acuan, keluaran, formulaEnv()),
  );
}

/**
 * Perkiraan tanggal beli berikutnya: terakhir beli + siklus (jarak biasanya antar-kunjungan, bila
 * sudah tiga kali belanja; selain itu kebiasaan toko).
 * @param {string|Array<Array<string>>} pelanggan Satu nama, kolom nama, atau tabel pelanggan dengan baris judul.
 * @param {Array<Array<string>>} penjualan Rentang penjualan dengan baris judul (Tanggal, Pelanggan, Total).
 * @param {Array<Array<string>>} [hutang] (opsional) Rentang hutang/kasbon dengan baris judul.
 * @param {Date} [tanggal_acuan] (opsional) Tanggal acuan, misalnya TanggalAcuan (tanggal segmentasi terakhir); kosong berarti hari ini.
 * @param {string} [keluaran] (opsional) "tanggal" (bawaan), "siklus" (hari), "rasio" (hari sejak beli / siklus) atau "semua".
 * @return Tanggal beli berikutnya per pelanggan.
 * @example =BELI_BERIKUTNYA("Ibu Wati"; Penjualan!A:I)
 * @customfunction
 */
export function BELI_BERIKUTNYA(
  pelanggan: unknown,
  penjualan: unknown,
  hutang?: unknown,
  tanggal_acuan?: unknown,
  keluaran?: unknown,
): Cell | CellGrid {
  return inFormulaTime(() =>
    customerFormula(NEXT_PURCHASE, pelanggan, penjualan, hutang, tanggal_acuan, keluaran, formulaEnv()),
  );
}

/**
 * Sisa hutang yang belum dibayar, atau umur hutang tertua yang masih terbuka.
 * @param {string|Array<Array<string>>} pelanggan Satu nama, kolom nama, atau tabel pelanggan dengan baris judul.
 * @param {Array<Array<string>>} penjualan Rentang penjualan dengan baris judul (Tanggal, Pelanggan, Total).
 * @param {Array<Array<string>>} [hutang] (opsional) Rentang hutang/kasbon dengan baris judul.
 * @param {Date} [tanggal_acuan] (opsional) Tanggal acuan, misalnya TanggalAcuan (tanggal segmentasi terakhir); kosong berarti hari ini.
 * @param {string} [keluaran] (opsional) "jumlah" (bawaan), "umur" (Belum jatuh tempo, Telat 1-30 hari, ...), "batas" (batas kredit) atau "semua".
 * @return Sisa hutang per pelanggan.
 * @example =SISA_HUTANG("Kios Mas Yanto"; Penjualan!A:I; Hutang!A:G; ; "umur")
 * @customfunction
 */
export function SISA_HUTANG(
  pelanggan: unknown,
  penjualan: unknown,
  hutang?: unknown,
  tanggal_acuan?: unknown,
  keluaran?: unknown,
): Cell | CellGrid {
  return inFormulaTime(() =>
    customerFormula(OPEN_DEBT, pelanggan, penjualan, hutang, tanggal_acuan, keluaran, formulaEnv()),
  );
}

/**
 * Skor RFM 1-5 (kapan terakhir, seberapa sering, seberapa besar belanja; dibanding pelanggan lain)
 * seperti "545", atau segmennya (Juara, Setia, Potensial, Baru, Perlu Perhatian, Hampir Tidur,
 * Berisiko, Jangan Sampai Hilang, Tidur, Hilang).
 * @param {string|Array<Array<string>>} pelanggan Satu nama, kolom nama, atau tabel pelanggan dengan baris judul.
 * @param {Array<Array<string>>} penjualan Rentang penjualan dengan baris judul (Tanggal, Pelanggan, Total).
 * @param {Array<Array<string>>} [hutang] (opsional) Rentang hutang/kasbon dengan baris judul.
 * @param {Date} [tanggal_acuan] (opsional) Tanggal acuan, misalnya TanggalAcuan (tanggal segmentasi terakhir); kosong berarti hari ini.
 * @param {string} [keluaran] (opsional) "skor" (bawaan), "segmen" atau "semua".
 * @return Skor atau segmen RFM per pelanggan.
 * @example =SKOR_RFM(A2:A50; Penjualan!A1:I2000; ; ; "segmen")
 * @customfunction
 */
export function SKOR_RFM(
  pelanggan: unknown,
  penjualan: unknown,
  hutang?: unknown,
  tanggal_acuan?: unknown,
  keluaran?: unknown,
): Cell | CellGrid {
  return inFormulaTime(() =>
    customerFormula(RFM, pelanggan, penjualan, hutang, tanggal_acuan, keluaran, formulaEnv()),
  );
}

/**
 * Retensi per kohort bulan pertama beli: bagian tiap kohort yang belanja lagi
 * di bulan ke-0, 1, 2, ... setelah bulan pertamanya.
 * @param {Array<Array<string>>} penjualan Rentang penjualan dengan baris judul (Tanggal, Pelanggan, Total).
 * @param {Date} [tanggal_acuan] (opsional) Tanggal acuan, misalnya TanggalAcuan (tanggal segmentasi terakhir); kosong berarti hari ini.
 * @return Tabel Kohort, Pelanggan, Bulan 0, Bulan 1, ...
 * @example =KOHORT_RETENSI(Penjualan!A1:I2000)
 * @customfunction
 */
export function KOHORT_RETENSI(penjualan: unknown, tanggal_acuan?: unknown): CellGrid {
  return inFormulaTime(() => kohortRetensi(penjualan, tanggal_acuan, formulaEnv()));
}

/**
 * Porsi omzet dari pelanggan baru di periode terakhir yang sudah selesai.
 * @param {Array<Array<string>>} penjualan Rentang penjualan dengan baris judul (Tanggal, Pelanggan, Total).
 * @param {string} [periode] (opsional) "minggu", "bulan" (bawaan), "kuartal" atau "tahun".
 * @param {Date} [tanggal_acuan] (opsional) Tanggal acuan, misalnya TanggalAcuan (tanggal segmentasi terakhir); kosong berarti hari ini.
 * @return Angka 0..1.
 * @example =KONTRIBUSI_PELANGGAN_BARU(Penjualan!A1:I2000; "bulan")
 * @customfunction
 */
export function KONTRIBUSI_PELANGGAN_BARU(
  penjualan: unknown,
  periode?: unknown,
  tanggal_acuan?: unknown,
): number | string {
  return inFormulaTime(() => kontribusiPelangganBaru(penjualan, periode, tanggal_acuan, formulaEnv()));
}

/**
 * Tautan WhatsApp (wa.me) dari nomor HP (08.. menjadi 628..) dengan pesan; nomor tidak valid tidak ditebak.
 * @param {string|Array<Array<string>>} nomor Nomor HP, atau kolom nomor.
 * @param {string|Array<Array<string>>} [pesan] (opsional) Pesan, atau kolom pesan sejajar dengan nomornya.
 * @return Tautan https://wa.me/62..., atau "Nomor tidak valid: ...".
 * @example =LINK_WA(B2; "Halo Bu, pesanan sudah siap")
 * @customfunction
 */
export function LINK_WA(nomor: unknown, pesan?: unknown): Cell | CellGrid {
  useFormulaLocale();
  return linkWa(nomor, pesan);
}

/**
 * Peluang pelanggan masih aktif (0-1, format sebagai %): model BG/NBD dari jumlah kunjungan ulang,
 * kapan terakhir beli dan sejak kapan jadi pelanggan. Perlu paling sedikit 30 pelanggan yang belanja lebih dari sekali.
 * @param {string|Array<Array<string>>} pelanggan Satu nama, kolom nama, atau tabel pelanggan dengan baris judul.
 * @param {Array<Array<string>>} penjualan Rentang penjualan dengan baris judul (Tanggal, Pelanggan, Total).
 * @param {Date} [tanggal_acuan] (opsional) Tanggal acuan, misalnya TanggalAcuan (tanggal segmentasi terakhir); kosong berarti hari ini.
 * @return Peluang aktif 0-1 per pelanggan.
 * @example =PELUANG_AKTIF(A2:A50; Penjualan!A1:I2000)
 * @customfunction
 */
export function PELUANG_AKTIF(
  pelanggan: unknown,
  penjualan: unknown,
  tanggal_acuan?: unknown,
): Cell | CellGrid {
  return inFormulaTime(() => peluangAktif(pelanggan, penjualan, tanggal_acuan, formulaEnv()));
}

/**
 * Perkiraan berapa kali pelanggan akan belanja dalam sekian hari ke depan (model BG/NBD).
 * Perlu paling sedikit 30 pelanggan yang belanja lebih dari sekali.
 * @param {string|Array<Array<string>>} pelanggan Satu nama, kolom nama, atau tabel pelanggan dengan baris judul.
 * @param {Array<Array<string>>} penjualan Rentang penjualan dengan baris judul (Tanggal, Pelanggan, Total).
 * @param {number} [hari] (opsional) Berapa hari ke depan; kosong berarti pengaturan hariPrediksi (bawaan 90).
 * @param {Date} [tanggal_acuan] (opsional) Tanggal acuan, misalnya TanggalAcuan (tanggal segmentasi terakhir); kosong berarti hari ini.
 * @return Perkiraan jumlah pembelian per pelanggan.
 * @example =PREDIKSI_BELI("Ibu Wati"; Penjualan!A:I; 30)
 * @customfunction
 */
export function PREDIKSI_BELI(
  pelanggan: unknown,
  penjualan: unknown,
  hari?: unknown,
  tanggal_acuan?: unknown,
): Cell | CellGrid {
  return inFormulaTime(() => prediksiBeli(pelanggan, penjualan, hari, tanggal_acuan, formulaEnv()));
}

/**
 * Perkiraan belanja pelanggan sekali datang berikutnya, dalam rupiah (model Gamma-Gamma): rata-ratanya
 * sendiri, ditarik ke rata-rata toko. Perlu paling sedikit 30 pelanggan yang belanja lebih dari sekali.
 * @param {string|Array<Array<string>>} pelanggan Satu nama, kolom nama, atau tabel pelanggan dengan baris judul.
 * @param {Array<Array<string>>} penjualan Rentang penjualan dengan baris judul (Tanggal, Pelanggan, Total).
 * @param {Date} [tanggal_acuan] (opsional) Tanggal acuan, misalnya TanggalAcuan (tanggal segmentasi terakhir); kosong berarti hari ini.
 * @return Belanja per kunjungan mendatang per pelanggan (rupiah).
 * @example =BELANJA_MENDATANG("Ibu Wati"; Penjualan!A:I)
 * @customfunction
 */
export function BELANJA_MENDATANG(
  pelanggan: unknown,
  penjualan: unknown,
  tanggal_acuan?: unknown,
): Cell | CellGrid {
  return inFormulaTime(() => belanjaMendatang(pelanggan, penjualan, tanggal_acuan, formulaEnv()));
}

/**
 * Nilai pelanggan: perkiraan belanjanya selama sekian bulan ke depan, dalam rupiah (model BG/NBD dan
 * Gamma-Gamma), tiap bulan dipotong pengaturan diskonBulanan (bawaan 1 %).
 * @param {string|Array<Array<string>>} pelanggan Satu nama, kolom nama, atau tabel pelanggan dengan baris judul.
 * @param {Array<Array<string>>} penjualan Rentang penjualan dengan baris judul (Tanggal, Pelanggan, Total).
 * @param {number} [bulan] (opsional) Berapa bulan ke depan; kosong berarti pengaturan bulanNilai (bawaan 12).
 * @param {Date} [tanggal_acuan] (opsional) Tanggal acuan, misalnya TanggalAcuan (tanggal segmentasi terakhir); kosong berarti hari ini.
 * @return Nilai pelanggan per pelanggan (rupiah).
 * @example =NILAI_PELANGGAN(A2:A50; Penjualan!A:I; 12)
 * @customfunction
 */
export function NILAI_PELANGGAN(
  pelanggan: unknown,
  penjualan: unknown,
  bulan?: unknown,
  tanggal_acuan?: unknown,
): Cell | CellGrid {
  return inFormulaTime(() => nilaiPelanggan(pelanggan, penjualan, bulan, tanggal_acuan, formulaEnv()));
}
