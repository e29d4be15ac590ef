/**
 * Apps Script entry points, and nothing else: the build turns each export into one top-level
 * function of dist/Code.js with this JSDoc, so Sheets lists and autocompletes the formulas.
 */
import { retentionRate, tipePelanggan, type Cell, type CellGrid } from '../core/formulas';
import { openHelp, openPanel, openSettings } from './dialogs';
import { buildMenu, type OpenEvent } from './menu';
import { runSegmentation } from './runSegmentation';
import { liveServices } from './services';
import { formulaEnv } from './spreadsheetEnv';

/**
 * Builds the Segmentasi menu when the spreadsheet opens (only the menu: in AuthMode.NONE nothing
 * else is allowed).
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e The open event.
 */
export function onOpen(e?: OpenEvent): void {
  buildMenu(liveServices(), e);
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
  runSegmentation(liveServices());
}

/** Menu Segmentasi › Buka panel: the summary of the last run in a sidebar. */
export function bukaPanel(): void {
  openPanel(liveServices());
}

/** Menu Segmentasi › Pengaturan: the settings as name=value lines. */
export function bukaPengaturan(): void {
  openSettings(liveServices());
}

/** Menu Segmentasi › Bantuan: what the add-on does and how to set it up. */
export function bukaBantuan(): void {
  openHelp(liveServices());
}

/**
 * Tipe pelanggan A/B/C/D dari data penjualan dan hutang (customer type A/B/C/D).
 * A: loyal, tidak pernah hutang, mereferensikan orang. B: belanja tunai, belum jadi A.
 * C: suka hutang tapi membayar. D: hutang sulit ditagih (lewat jatuh tempo > 60 hari).
 *
 * @param {string|Array<Array<string>>} pelanggan Satu nama, kolom nama, atau tabel pelanggan dengan baris judul (Nama, Direferensikan Oleh, Komplain).
 * @param {Array<Array<string>>} penjualan Rentang penjualan dengan baris judul (Tanggal, Pelanggan, Total; opsional No Nota, Pembayaran).
 * @param {Array<Array<string>>} [hutang] Rentang hutang/kasbon dengan baris judul (Tanggal, Pelanggan, Jumlah, Jatuh Tempo, Tanggal Bayar).
 * @param {Date} [tanggal_acuan] Tanggal acuan; kosong berarti hari ini.
 * @param {string} [keluaran] "tipe" (bawaan), "alasan", "tindakan" atau "semua".
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
  return tipePelanggan(pelanggan, penjualan, hutang, tanggal_acuan, keluaran, formulaEnv());
}

/**
 * Retention rate: dari pelanggan yang belanja di periode sebelumnya, berapa bagian yang belanja lagi
 * (share of last period's customers who bought again) di periode terakhir yang sudah selesai.
 *
 * @param {Array<Array<string>>} penjualan Rentang penjualan dengan baris judul (Tanggal, Pelanggan, Total).
 * @param {string} [periode] "minggu", "bulan" (bawaan), "kuartal" atau "tahun".
 * @param {Date} [tanggal_acuan] Tanggal acuan; kosong berarti hari ini.
 * @param {string} [keluaran] "rate" (bawaan, angka 0..1) atau "tabel" (seluruh deret per periode).
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
  return retentionRate(penjualan, periode, tanggal_acuan, keluaran, formulaEnv());
}
