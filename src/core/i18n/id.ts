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
  /** "Akan beli lagi?": Peluang Aktif and Prediksi Beli (BG/NBD, DOMAIN 9). */
  prediction: {
    tooFewRepeaters: (repeaters: number, needed: number) =>
      `Peluang Aktif dan Prediksi Beli dikosongkan: baru ${repeaters} pelanggan yang belanja lebih dari sekali, ` +
      `perlu paling sedikit ${needed} supaya perkiraannya bisa dipercaya.`,
    notConverged:
      'Peluang Aktif dan Prediksi Beli dikosongkan: perhitungan perkiraan tidak menemukan hasil yang mantap ' +
      'dari data ini, jadi tidak ada angka yang ditampilkan.',
    title: 'Akan beli lagi? Perkiraan dari model BG/NBD',
    expectedTotal: (days: number) => `Perkiraan jumlah pembelian ${days} hari ke depan (semua pelanggan)`,
    customers: 'Pelanggan yang dihitung',
    repeaters: 'Pelanggan yang belanja lebih dari sekali',
    parameter: (name: string) => `Parameter ${name}`,
    alphaPerDay: 'Parameter alpha (per hari)',
    logLikelihood: 'Log-likelihood',
    note: 'Keterangan',
    summaryLine: (days: number, total: string) =>
      `Perkiraan pembelian ${days} hari ke depan: ${total} kali (model BG/NBD, lihat model.csv).`,
    badDays: (value: unknown) => `hari harus bilangan bulat 1 sampai 3650: "${String(value)}"`,
  },
};

export type Catalogue = typeof id;
