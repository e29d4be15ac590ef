/**
 * The message catalogue, Indonesian: the product's own language and the shape every other
 * locale follows (en.ts must provide the same keys, checked by the compiler). Every text a user
 * reads comes from here: plain words an owner uses, no English glosses.
 */
export interface ColumnHint {
  label: string;
  synonyms: readonly string[];
}

export const id = {
  missingColumn: (sheet: string, missing: readonly ColumnHint[], headersFound: readonly string[]) => {
    const parts = missing.map((f) => `"${f.label}" (dicari: ${f.synonyms.join(', ')})`);
    const found = headersFound.length ? headersFound.map((h) => `"${h}"`).join(', ') : '(tidak ada)';
    return (
      `Kolom wajib tidak ditemukan di sheet "${sheet}": ${parts.join('; ')}. ` +
      `Judul kolom yang ada: ${found}. Ganti judul kolom atau atur pemetaan kolom di pengaturan.`
    );
  },
  rowIssue: (sheet: string, row: number, column: string, reason: string) =>
    `Sheet "${sheet}", baris ${row}, kolom "${column}": ${reason}`,
  reasons: {
    badDate: (v: unknown) => `tanggal tidak terbaca: "${String(v)}"`,
    blankDate: 'tanggal kosong',
    badAmount: (v: unknown) => `jumlah tidak terbaca: "${String(v)}"`,
    blankAmount: 'jumlah kosong',
    blankName: 'nama pelanggan kosong',
    badDueDate: (v: unknown) => `jatuh tempo tidak terbaca, dipakai tanggal + tempo: "${String(v)}"`,
    badPaidDate: (v: unknown) => `tanggal bayar tidak terbaca, diabaikan: "${String(v)}"`,
    badPaidAmount: (v: unknown) => `jumlah dibayar tidak terbaca, diabaikan: "${String(v)}"`,
    badPhone: (v: unknown) => `nomor HP tidak valid, tanpa tautan WhatsApp: "${String(v)}"`,
    paymentWithoutDebt: (name: string) => `pembayaran dari "${name}" melebihi hutangnya`,
  },
  /** Our outputs beside the owner's work (menu run): names we take and notes in the closing message. */
  outputs: {
    /** Header of our type column when the owner already has a column with our header; n = 1, 2, ... */
    columnBeside: (base: string, n: number) =>
      n === 1 ? `${base} (Segmentasi)` : `${base} (Segmentasi ${n})`,
    /** Name of our sheet when the owner already has a sheet with our name; n = 2, 3, ... */
    sheetBeside: (base: string, n: number) => `${base} (${n})`,
    keptColumn: (sheet: string, header: string, ours: string) =>
      `Kolom "${header}" di sheet "${sheet}" milik Anda tidak diubah; tipe pelanggan ditulis di kolom "${ours}".`,
    keptSheet: (name: string, ours: string) =>
      `Sheet "${name}" milik Anda tidak diubah; hasil ditulis di sheet "${ours}".`,
    results: (columns: readonly string[], sheets: readonly string[]) =>
      `Hasil: ${columns.length ? `kolom ${columns.map((c) => `"${c}"`).join(', ')} di sheet Anda, ` : ''}` +
      `sheet ${sheets.map((s) => `"${s}"`).join(', ')}.`,
  },
  /** Large books: the 6-minute limit of a menu run and the 10-million-cell limit of a spreadsheet. */
  limits: {
    stoppedTitle: 'Segmentasi Pelanggan: berhenti sebelum batas waktu',
    readTooSlow: (read: number, total: number, seconds: number) =>
      `Buku ini terlalu besar untuk dibaca dalam 6 menit (batas Google Sheets untuk satu kali jalan): ` +
      `${read.toLocaleString('id-ID')} dari ${total.toLocaleString('id-ID')} baris terbaca dalam ${seconds} detik. ` +
      `Belum ada yang ditulis. Cara melanjutkan: pindahkan baris yang lebih tua dari masa analisis ke sheet lain ` +
      `(misalnya "Arsip 2024"), lalu jalankan lagi; atau unduh sheet sebagai CSV dan pakai baris perintah ` +
      `(npx segmentasi), yang tidak punya batas waktu.`,
    writeStopped: (written: readonly string[], pending: readonly string[]) =>
      `Waktu hampir habis (batas 6 menit), jadi segmentasi berhenti dengan rapi. ` +
      `Sudah ditulis lengkap: ${written.length ? written.join(', ') : '(belum ada)'}. ` +
      `Belum ditulis: ${pending.join(', ')}. ` +
      `Cara melanjutkan: klik Segmentasi › Jalankan segmentasi sekali lagi; bagian yang belum ditulis dikerjakan lebih dulu.`,
    pendingColumn: (sheet: string) => `kolom tipe di sheet "${sheet}"`,
    pendingSheet: (name: string) => `sheet "${name}"`,
    tooManyCells: (now: number, added: number, limit: number) =>
      `Spreadsheet ini memakai ${now.toLocaleString('id-ID')} sel dan hasil segmentasi perlu ` +
      `${added.toLocaleString('id-ID')} sel lagi, melewati batas Google Sheets ${limit.toLocaleString('id-ID')} sel. ` +
      `Tidak ada yang ditulis. Cara memperbaiki: hapus baris dan kolom kosong di bawah dan di kanan data Anda, ` +
      `atau pindahkan sheet lama ke file lain, lalu jalankan lagi.`,
    nearCellLimit: (after: number, limit: number) =>
      `Perhatian: spreadsheet ini sekarang memakai ${after.toLocaleString('id-ID')} dari ` +
      `${limit.toLocaleString('id-ID')} sel yang diizinkan Google Sheets.`,
  },
};

export type Catalogue = typeof id;
