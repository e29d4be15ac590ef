/**
 * The message catalogue, Indonesian: the product's own language and the shape every other
 * locale follows (en.ts must provide the same keys, checked by the compiler). Every text a user
 * reads comes from here: plain words an owner uses, no English glosses.
 */
export interface ColumnHint {
  label: string;
  synonyms: readonly string[];
}

const countId = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
/** A count with Indonesian thousands separators: 41.823. */
const n = (value: number) => countId.format(value);

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
    unknownPaymentWord: (v: unknown, rows: number) =>
      `kata "${String(v)}" tidak dikenal sebagai lunas atau belum lunas` +
      (rows > 1 ? ` (${n(rows)} baris)` : '') +
      `, tidak dihitung sebagai hutang; tulis misalnya "Lunas", "Belum Lunas" atau "Hutang"`,
    paidBeforeDebt: 'tanggal bayar sebelum tanggal hutang, diabaikan',
  },
  notes: {
    cancelledRows: (sheet: string, rows: number) =>
      `Sheet "${sheet}": ${n(rows)} baris berstatus batal, gagal, pending atau refund tidak dihitung sebagai penjualan.`,
    emptySheet: (sheet: string) => `Sheet "${sheet}" kosong atau hanya berisi judul kolom, dilewati.`,
    unreadableSheet: (sheet: string, why: string) => `Sheet "${sheet}" dilewati: ${why}`,
    nothingInWindow: (latestSale: string, reference: string, months: number) =>
      `Tidak ada penjualan dalam ${n(months)} bulan sampai tanggal acuan ${reference}. ` +
      `Penjualan terakhir tercatat ${latestSale}. Untuk membaca buku lama, isi tanggal acuan ` +
      `(Segmentasi › Pengaturan: tanggalAcuan, atau --tanggal-acuan di baris perintah) dengan tanggal itu.`,
    sameNameDifferentPhone: (name: string, phones: readonly string[]) =>
      `Nama sama, nomor beda: "${name}" (${phones.join(', ')}). Penjualannya tetap di satu nama dan ` +
      `tidak dibuat tautan WhatsApp; bedakan namanya di sheet, misalnya "${name} Pasar" dan "${name} Kantor".`,
    uncheckedCreditTitle: 'Perlu dicek: kredit tanpa catatan pelunasan',
    uncheckedCredit: (count: number, amount: string) =>
      `${n(count)} penjualan kredit (${amount}) tidak ada di sheet hutang dan tidak tertulis lunas: dihitung sebagai hutang belum lunas.`,
    sheetTie: (kind: string, names: readonly string[]) =>
      `Ada ${n(names.length)} sheet yang sama-sama cocok sebagai sheet ${kind}: ${names
        .map((x) => `"${x}"`)
        .join(', ')}. Pilih salah satu di Segmentasi › Pengaturan (lembar.${kind}), lalu jalankan lagi.`,
  },
  /** A count with thousands separators. */
  count: n,
};

export type Catalogue = typeof id;
