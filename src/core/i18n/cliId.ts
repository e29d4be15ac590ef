/**
 * The command line's own words, Indonesian (the shape cliEn follows): errors, progress and its
 * help. The catalogue's `cli` (id.ts).
 */
const countId = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const n = (value: number) => countId.format(value);

/** A column flag the owner can add, with a header of theirs that looks like the column, if any. */
export interface ColumnFlagHint {
  /** The flag, e.g. --kolom-total. */
  flag: string;
  /** The column's name as the owner knows it, e.g. Total. */
  label: string;
  /** The owner's header that looks like the column; null when none does. */
  header: string | null;
  /** The flag's argument as typed in a shell: the header in double quotes ("Harga Jual"). */
  argument: string;
}

/** Where a cell DuckDB could not read sits: the owner's word for the file, its name and row. */
export interface CellPlace {
  label: string;
  file: string;
  row: number;
}

/** A file as the owner knows it: their word for it and its name. */
export interface FilePlace {
  label: string;
  file: string;
}

export const cliId = {
  error: (text: string) => `Galat: ${text}`,
  debugHint: 'Jalankan lagi dengan --debug untuk rincian teknis.',
  unknownOption: (flag: string, suggestion: string | null) =>
    `pilihan tidak dikenal: ${flag}${suggestion ? ` (maksud Anda ${suggestion}?)` : ''}. Lihat --help.`,
  missingValue: (flag: string, value: string) =>
    `${flag} perlu nilai sesudahnya, mis. ${flag} ${value}. Lihat --help.`,
  takesNoValue: (flag: string) => `${flag} tidak memakai nilai: tulis ${flag} saja. Lihat --help.`,
  unexpectedArgument: (arg: string) =>
    `"${arg}" tidak dikenal: tulis pilihannya di depan nilai, mis. --penjualan ${arg}. Lihat --help.`,
  salesRequired: '--penjualan FILE wajib diisi. Lihat --help.',
  badReferenceDate: (text: string) => `--tanggal-acuan tidak terbaca: "${text}" (pakai TTTT-BB-HH).`,
  badTimeZone: (zone: string) => `zona waktu tidak dikenal: "${zone}" (contoh: Asia/Jakarta).`,
  fileNotFound: (label: string, file: string) => `file ${label} tidak ditemukan: ${file}`,
  fileUnreadable: (label: string, file: string) => `file ${label} tidak bisa dibaca: ${file}`,
  emptyFile: (label: string, file: string) =>
    `file ${label} kosong (0 byte): ${file}. Simpan lagi sheet-nya sebagai CSV, lalu jalankan lagi.`,
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
  /** A column flag given with a settings file that names the same column: the flag is used. */
  columnReplaced: (flag: string, key: string, file: string) =>
    `${flag} dipakai menggantikan ${key} dari ${file}`,
  /** The flags that name the missing columns, after the reader's message. */
  missingColumnFlags: (hints: readonly ColumnFlagHint[]) =>
    hints
      .map((h) =>
        h.header === null
          ? `Tambahkan ${h.flag} ${h.argument} dengan judul kolom Anda yang berisi ${h.label}.`
          : `Bila kolom "${h.header}" berisi ${h.label}, tambahkan: ${h.flag} ${h.argument}`,
      )
      .join('\n'),
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
  fileRead: (label: string, file: string, ms: number) => `${label}: ${file} dibaca (${ms} ms)`,
  analysing: (stage: string) => `menganalisis ${stage}`,
  analysed: (customers: number, ms: number) => `analisis selesai: ${n(customers)} pelanggan (${ms} ms)`,
  contactsToday: (count: number) => `${count} orang perlu dihubungi hari ini (hubungi.csv).`,
  written: (dir: string, files: readonly string[]) => `Hasil ditulis ke ${dir}/: ${files.join(', ')}.`,
  labels: { sales: 'Penjualan', debts: 'Hutang', customers: 'Pelanggan', settings: 'pengaturan' },
  /** `--mesin duckdb`: the optional DuckDB package and its typed columns. */
  duckdb: {
    unknownEngine: (value: string) =>
      `--mesin tidak mengenal "${value}": tulis --mesin duckdb, atau tanpa --mesin untuk mesin bawaan.`,
    missing: (command: string) =>
      `--mesin duckdb perlu paket DuckDB, yang belum terpasang. Pasang di folder ini dengan:\n  ${command}\n` +
      'lalu jalankan lagi. Tanpa --mesin duckdb, segmentasi berjalan dengan mesin bawaan.',
    badCell: (where: CellPlace, column: string, value: string, expected: 'date' | 'number', more: number) =>
      `file ${where.label} ${where.file} baris ${where.row}, kolom "${column}": "${value}" bukan ` +
      (expected === 'date'
        ? 'tanggal TTTT-BB-HH (atau HH/BB/TTTT untuk seluruh file)'
        : 'angka biasa (tanpa Rp, titik ribuan, rb atau jt)') +
      `${more > 0 ? `; ${n(more)} sel lain juga` : ''}. --mesin duckdb perlu kolom yang sudah rapi: ` +
      'perbaiki selnya, atau jalankan tanpa --mesin duckdb (mesin bawaan membaca tulisan seperti itu).',
    badRow: (where: CellPlace, line: string) =>
      `file ${where.label} ${where.file} baris ${where.row} tidak terbaca: "${line}". ` +
      'Periksa jumlah kolom dan tanda kutipnya, atau jalankan tanpa --mesin duckdb.',
    badParquetType: (
      label: string,
      file: string,
      column: string,
      type: string,
      expected: 'date' | 'number',
    ) =>
      `file ${label} ${file}: kolom "${column}" bertipe ${type}, padahal harus ` +
      `${expected === 'date' ? 'DATE' : 'angka'}. Simpan lagi file Parquet-nya dengan tipe itu.`,
    blankDate: (where: FilePlace, column: string, name: string, amount: string) =>
      `file ${where.label} ${where.file}: kolom "${column}" kosong pada baris ${name || '(tanpa nama)'} ${amount}. ` +
      'Mesin bawaan mengisinya dengan tanggal baris di atasnya; --mesin duckdb perlu tanggal di setiap baris. ' +
      'Isi tanggalnya, atau jalankan tanpa --mesin duckdb.',
    subtotalRow: (where: FilePlace, column: string, value: string) =>
      `file ${where.label} ${where.file}: kolom "${column}" berisi baris subtotal "${value}". ` +
      'Mesin bawaan melewatinya; --mesin duckdb akan menganggapnya pelanggan. Hapus baris subtotal, atau jalankan tanpa --mesin duckdb.',
    notPlainWord: (where: FilePlace, column: string, value: string, plain: readonly string[]) =>
      `file ${where.label} ${where.file}: kolom "${column}" berisi "${value}". --mesin duckdb hanya mengenal kata baku ` +
      `untuk hutang dan pembayarannya (${plain.join(', ')}); tulis salah satunya, atau jalankan tanpa --mesin duckdb.`,
    notRead: (where: FilePlace, column: string) =>
      `file ${where.label} ${where.file}: kolom "${column}" belum dibaca oleh --mesin duckdb (ia membaca penjualan ` +
      'tanpa No HP dan hutang satu baris per hutang dengan Tanggal Bayar dan Dibayar). Jalankan tanpa --mesin duckdb untuk file seperti ini.',
    returnPositive: (where: FilePlace, column: string, value: string) =>
      `file ${where.label} ${where.file}: kolom "${column}" berkata "${value}" pada jumlah positif. Mesin bawaan ` +
      'menganggapnya retur; --mesin duckdb membaca retur dari jumlah negatif. Tulis jumlahnya negatif, atau jalankan tanpa --mesin duckdb.',
    paidWithoutPayment: (where: FilePlace, column: string, value: string, name: string) =>
      `file ${where.label} ${where.file}: hutang ${name} berkata "${value}" di kolom "${column}" tanpa Tanggal Bayar atau ` +
      'Dibayar. --mesin duckdb membaca pelunasan dari kedua kolom itu: isi salah satunya, atau jalankan tanpa --mesin duckdb.',
    sameCustomer: (a: string, b: string) =>
      `"${a}" dan "${b}" dianggap satu pelanggan oleh mesin bawaan, tetapi --mesin duckdb membedakannya. ` +
      'Tulis namanya sama persis di semua baris, atau jalankan tanpa --mesin duckdb.',
    noTotal: (where: FilePlace) =>
      `file ${where.label} ${where.file} tidak punya kolom Total: --mesin duckdb belum menghitung Qty × Harga. ` +
      'Tambahkan kolom Total (atau sebut dengan --kolom-total), atau jalankan tanpa --mesin duckdb.',
    loaded: (label: string, file: string, rows: number, ms: number) =>
      `${label}: ${file} dibaca DuckDB, ${n(rows)} baris (${ms} ms)`,
  },
  help: (options: string, columns: string, files: string, exits: string) =>
    `segmentasi: segmentasi pelanggan dari file CSV

Pemakaian:
  npx segmentasi --penjualan FILE [--hutang FILE] [--pelanggan FILE] [--pengaturan FILE.json]
                 [--tanggal-acuan TTTT-BB-HH] [--keluar FOLDER] [--zona-waktu TZ] [--mesin duckdb]
                 [--diam] [--debug] [--kolom-... JUDUL]
  npx segmentasi sql --dialek bigquery|duckdb --tabel-penjualan NAMA ...
                 (cetak kueri SQL yang sama untuk BigQuery atau DuckDB; lihat segmentasi sql --help)

Pilihan:
${options}
Kolom: bila judul kolom Anda tidak dikenali, sebutkan judulnya, mis. --kolom-total "Harga Jual".
Artinya sama dengan "kolom" di file pengaturan; bila keduanya menyebut kolom yang sama, yang
di baris perintah dipakai.
${columns}
File yang ditulis ke folder hasil:
${files}
Folder hasil harus baru, kosong, atau berisi hasil segmentasi sebelumnya: file lain tidak pernah ditimpa.

CSV boleh pakai koma, titik koma atau tab (dibaca dari baris judul kolom), UTF-8 dengan atau tanpa BOM.

Kode keluar:
${exits}`,
  options: {
    penjualan:
      'CSV penjualan, wajib: kolom Tanggal, Pelanggan, Total (boleh juga No Nota, Pembayaran, Diskon, No HP). ' +
      'Ulangi untuk buku per bulan: --penjualan jan.csv --penjualan feb.csv.',
    hutang:
      'CSV hutang/kasbon: satu baris per hutang (Tanggal, Pelanggan, Jumlah, Jatuh Tempo, Tanggal Bayar, Dibayar, Sisa, Status) atau buku kas (Jenis: Pinjam/Bayar); boleh diulang.',
    pelanggan: 'CSV data pelanggan (Nama, No HP, Tanggal Lahir, Jenis, Direferensikan Oleh, Komplain).',
    pengaturan: 'Pengaturan JSON, mis. {"tempoHari": 30, "batasMacetHari": 90} (lihat README).',
    'tanggal-acuan': 'Tanggal acuan TTTT-BB-HH (bawaan: hari ini).',
    keluar: 'Folder hasil (bawaan: hasil-segmentasi).',
    'zona-waktu': 'Zona waktu untuk "hari ini" (bawaan: Asia/Jakarta).',
    diam: 'Tanpa progres dan ringkasan.',
    debug: 'Tampilkan rincian teknis bila terjadi galat.',
    mesin:
      'duckdb: hitung dengan DuckDB (paket @duckdb/node-api), untuk file besar; CSV atau Parquet dengan kolom rapi.',
    help: 'Bantuan ini.',
  },
  /** What follows each flag that takes a value, in --help and in the message for a missing one. */
  values: {
    file: 'FILE',
    settings: 'FILE.json',
    date: 'TTTT-BB-HH',
    folder: 'FOLDER',
    zone: 'TZ',
    engine: 'duckdb',
    header: 'JUDUL',
  },
  /** The files whose columns the column flags name, by the flag that gives the file. */
  columnFiles: { penjualan: 'file penjualan', hutang: 'file hutang', pelanggan: 'file pelanggan' },
  files: {
    'pelanggan.csv': 'satu baris per pelanggan: tipe, alasan, tindakan, ukuran, hutang, perkiraan beli',
    'retensi.csv': 'retensi per bulan',
    'hubungi.csv': 'siapa dihubungi hari ini, dengan pesan dan tautan WhatsApp',
    'kohort.csv': 'kohort menurut bulan pertama beli',
    'bacaan.csv': 'cara buku Anda dibaca: lembar, kolom dan dugaan yang dihitung',
    'model.csv': 'parameter model BG/NBD (r, alpha, a, b) di balik perkiraan beli',
    '.segmentasi': 'penanda folder hasil',
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
};

export type CliCatalogue = typeof cliId;
