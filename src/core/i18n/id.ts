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
  /** The command line's own words (src/cli): errors, progress and its help. */
  cli: {
    error: (text: string) => `Galat: ${text}`,
    debugHint: 'Jalankan lagi dengan --debug untuk rincian teknis.',
    unknownOption: (detail: string) => `pilihan tidak dikenal atau tidak lengkap (${detail}). Lihat --help.`,
    salesRequired: '--penjualan FILE wajib diisi. Lihat --help.',
    badReferenceDate: (text: string) => `--tanggal-acuan tidak terbaca: "${text}" (pakai TTTT-BB-HH).`,
    badTimeZone: (zone: string) => `zona waktu tidak dikenal: "${zone}" (contoh: Asia/Jakarta).`,
    fileNotFound: (label: string, file: string) => `file ${label} tidak ditemukan: ${file}`,
    fileUnreadable: (label: string, file: string) => `file ${label} tidak bisa dibaca: ${file}`,
    settingsNotJson: (file: string, line: number | null) =>
      `file pengaturan ${file} bukan JSON yang benar${line === null ? '' : ` (sekitar baris ${line})`}. ` +
      'Contoh isi yang benar: {"tempoHari": 30}',
    settingsInvalid: (file: string, detail: string) => `pengaturan di ${file} tidak valid: ${detail}`,
    settingProblem: {
      tooSmall: (key: string, min: number) => `${key} paling kecil ${min}`,
      tooBig: (key: string, max: number) => `${key} paling besar ${max}`,
      unknownKeys: (keys: readonly string[]) => `kunci tidak dikenal: ${keys.join(', ')}`,
      wrongType: (key: string) => `${key} berisi jenis nilai yang salah`,
      invalid: (key: string) => `${key} tidak valid`,
    },
    outputNotOurs: (dir: string) =>
      `folder hasil "${dir}" sudah berisi file lain dan bukan hasil segmentasi sebelumnya; ` +
      'tidak ada yang ditulis agar file Anda tidak tertimpa. Pilih folder baru dengan --keluar FOLDER.',
    outputNotFolder: (path: string) =>
      `"${path}" sudah ada dan bukan folder. Pilih folder lain dengan --keluar.`,
    outputUnwritable: (dir: string) => `tidak bisa menulis ke folder hasil "${dir}".`,
    dataProblem: (text: string) => text,
    internal: 'terjadi kesalahan di program, bukan di data Anda.',
    markerText:
      'Folder ini berisi hasil segmentasi pelanggan. File ini menandai folder sebagai milik segmentasi.\n',
    fileRead: (label: string, file: string, rows: number, ms: number) =>
      `${label}: ${file} dibaca, ${rows.toLocaleString('id-ID')} baris (${ms} ms)`,
    analysing: (stage: string) => `menganalisis ${stage}`,
    analysed: (customers: number, ms: number) =>
      `analisis selesai: ${customers.toLocaleString('id-ID')} pelanggan (${ms} ms)`,
    contactsToday: (count: number) => `${count} orang perlu dihubungi hari ini (hubungi.csv).`,
    written: (dir: string, files: readonly string[]) => `Hasil ditulis ke ${dir}/: ${files.join(', ')}.`,
    labels: { sales: 'Penjualan', debts: 'Hutang', customers: 'Pelanggan', settings: 'pengaturan' },
    help: (options: string, exits: string) =>
      `segmentasi: segmentasi pelanggan dari file CSV

Pemakaian:
  npx segmentasi --penjualan FILE [--hutang FILE] [--pelanggan FILE] [--pengaturan FILE.json]
                 [--tanggal-acuan TTTT-BB-HH] [--keluar FOLDER] [--zona-waktu TZ] [--diam] [--debug]

Pilihan:
${options}
File yang ditulis ke folder hasil: pelanggan.csv (satu baris per pelanggan: tipe, alasan, ukuran),
retensi.csv (retensi per bulan), hubungi.csv (siapa dihubungi hari ini), kohort.csv (kohort bulan
pertama beli), dan .segmentasi (penanda folder). Folder hasil harus baru, kosong, atau berisi hasil
segmentasi sebelumnya: file lain tidak pernah ditimpa.

CSV boleh pakai koma, titik koma atau tab (dibaca dari baris judul kolom), UTF-8 dengan atau tanpa BOM.

Kode keluar:
${exits}`,
    options: {
      penjualan:
        'CSV penjualan, wajib: kolom Tanggal, Pelanggan, Total (boleh juga No Nota, Pembayaran, Diskon, No HP).',
      hutang:
        'CSV hutang/kasbon: satu baris per hutang (Tanggal, Pelanggan, Jumlah, Jatuh Tempo, Tanggal Bayar, Dibayar, Status) atau buku kas (Jenis: Pinjam/Bayar).',
      pelanggan: 'CSV data pelanggan (Nama, No HP, Tanggal Lahir, Jenis, Direferensikan Oleh, Komplain).',
      pengaturan: 'Pengaturan JSON, mis. {"tempoHari": 30, "batasMacetHari": 90} (lihat README).',
      'tanggal-acuan': 'Tanggal acuan TTTT-BB-HH (bawaan: hari ini).',
      keluar: 'Folder hasil (bawaan: hasil-segmentasi).',
      'zona-waktu': 'Zona waktu untuk "hari ini" (bawaan: Asia/Jakarta).',
      diam: 'Tanpa progres dan ringkasan.',
      debug: 'Tampilkan rincian teknis bila terjadi galat.',
      help: 'Bantuan ini.',
    },
    exits: {
      ok: 'selesai',
      usage: 'pilihan salah atau kurang',
      input: 'file masukan tidak ada atau tidak bisa dibaca',
      settings: 'file pengaturan rusak atau tidak valid',
      data: 'data tidak bisa dipakai (mis. kolom wajib tidak ada)',
      output: 'folder hasil ditolak (berisi file lain) atau tidak bisa ditulis',
      internal: 'kesalahan program',
    },
  },
};

export type Catalogue = typeof id;
