/**
 * The message catalogue, Indonesian: the product's own language and the shape every other
 * locale follows (en.ts must provide the same keys, checked by the compiler). Every text a user
 * reads comes from here: plain words an owner uses, no English glosses.
 */
import { sidebarId } from './sidebarId';
import { appId } from './appId';
import { readingId } from './readingSheetId';
import { valueId } from './valueId';
import { automationId } from './automationId';
import { cliId } from './cliId';
import { sqlId } from './sqlId';

export interface ColumnHint {
  label: string;
  synonyms: readonly string[];
}

/** The numbers of the latest month's retention sentence, formatted. */
export interface RetentionSentence {
  label: string;
  rate: string;
  retained: number;
  before: number;
  newCustomers: number;
  salesNew: string;
  salesExisting: string;
  end: string;
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
    errorCell: (v: unknown) => `sel berisi galat rumus ${String(v)}: perbaiki rumusnya di sheet`,
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
  types: {
    labels: {
      A: 'Loyal, tidak pernah hutang, pembela produk',
      B: 'Belanja tunai, belum jadi pembela',
      C: 'Suka hutang tapi membayar',
      D: 'Sulit ditagih',
    },
    actions: {
      A: 'Pertahankan: ajak ke acara, beri hadiah dan diskon lebih',
      B: 'Dekati agar naik ke A: minta referensi, jaga komunikasi',
      C: 'Dekati agar belanja tanpa hutang, naik ke B',
      D: 'Stop beri hutang, tagih yang belum dibayar, curahkan tenaga ke pelanggan lain',
    },
  },
  matrix: {
    actions: {
      Kembangkan:
        'Tawarkan produk lain dan yang lebih besar, minta referensi, sapa di hari istimewa, jadwalkan telepon',
      Tangkap: 'Lebih sering telepon dan kunjungi untuk memenangkan lebih banyak belanja',
      'Sumber Referensi': 'Minta mereka mengenalkan calon pelanggan baru',
      Putus: 'Cek sesekali, curahkan tenaga ke pelanggan lain',
      Baru: 'Sambut dengan baik, ucapkan terima kasih; ditempatkan setelah lebih kenal',
      'Tagih Hutang': 'Tagih hutangnya dulu; jangan tawarkan apa pun sebelum lunas',
    },
    isNew: (days: number, hariBaru: number) =>
      `pertama belanja ${days} hari lalu (pelanggan baru: kurang dari ${hariBaru} hari)`,
    typeD: 'tipe D: tagih hutangnya dulu',
    spend: (spend: string, high: boolean, usual: string) =>
      `belanja ${spend}, ${high ? 'setara atau di atas' : 'di bawah'} belanja pelanggan biasanya (${usual})`,
    potentialSaid: (v: string) => `potensi "${v}"`,
    closenessSaid: (v: string) => `kedekatan "${v}"`,
    loyalOnTime: 'loyal dan belum lewat jadwal beli',
    loyalLate: 'loyal tapi sudah lewat jadwal beli berikutnya',
    notLoyal: 'belum loyal',
  },
  cycle: {
    own: (days: number) => `biasanya belanja tiap ${days} hari`,
    shop: (days: number) => `belum punya kebiasaan sendiri: pakai kebiasaan toko, tiap ${days} hari`,
  },
  status: {
    newCustomer: (days: number) => `pelanggan baru, pertama belanja ${days} hari lalu`,
  },
  credit: {
    typeD: 'tipe D: jangan beri hutang baru',
    typeC: (times: number) => `tipe C: sekitar hutang biasanya (dari ${times} kali hutang)`,
    neverOnCredit: 'belum pernah kredit',
    ownerSet: (type: string) => `tipe ${type}: batas dari pengaturan batasKredit${type}`,
    over: (reason: string, owed: string, limit: string) =>
      `${reason}; PERINGATAN: sisa hutang ${owed} melebihi batas ${limit}`,
  },
  retention: {
    firstPeriod: 'awal data',
    /** A week's period, named by its Monday. */
    week: (monday: string) => `Minggu ${monday}`,
    quarter: (quarter: number, year: number) => `K${quarter} ${year}`,
  },
  followUp: {
    labels: {
      hutang: 'Tagih hutang',
      komplain: 'Tanggapi keluhan',
      terimaKasih: 'Ucapkan terima kasih',
      beliLagi: 'Ingatkan beli lagi',
      ajakKembali: 'Ajak kembali',
      hadiah: 'Beri hadiah',
      ulangTahun: 'Ucapkan ulang tahun',
    },
    groups: {
      today: 'Hubungi hari ini',
      winBack: 'Ajak kembali',
      noNumber: 'Tanpa nomor WhatsApp yang benar: hubungi langsung',
    },
    more: (n: number) => `dan ${n} lainnya menunggu giliran hari berikutnya`,
    debt: (owed: string, days: number) => `hutang ${owed}, lewat ${days} hari dari jatuh tempo`,
    complaint: (text: string) => `keluhan tercatat: "${text}"`,
    thanks: (date: string) => `pertama kali belanja ${date}`,
    repurchase: (cycle: number, last: string) => `biasanya belanja tiap ${cycle} hari, terakhir ${last}`,
    winBack: (status: string, last: string) => `${status.toLowerCase()}: terakhir belanja ${last}`,
    reward: (times: number, spend: string) => `pelanggan A: ${times} kali belanja, ${spend}`,
    birthday: (date: string) => `ulang tahun ${date}`,
  },
  formulas: {
    notRange: (argument: string) =>
      `Argumen ${argument} harus berupa rentang dengan baris judul, misalnya Penjualan!A1:H500.`,
    badReferenceDate: (value: string) => `tanggal_acuan tidak terbaca: "${value}".`,
    noSales: 'Belum ada penjualan sampai tanggal acuan.',
    noCompletePeriod: 'Belum ada penjualan sebelum periode terakhir yang sudah selesai.',
    noSalesInPeriod: 'Belum ada penjualan di periode terakhir yang sudah selesai.',
  },
  summary: {
    skippedHeading: (count: number) => `${n(count)} baris dilewati:`,
    allRead: 'Semua baris terbaca.',
    retentionNone: 'Tingkat retensi: belum ada bulan lengkap dengan penjualan.',
    retentionFirst: (label: string) =>
      `Tingkat retensi ${label}: awal data (belum ada bulan sebelumnya untuk dibandingkan).`,
    rateUnknown: 'belum bisa dihitung',
    retentionLatest: (r: RetentionSentence) =>
      `Tingkat retensi ${r.label}: ${r.rate} (${r.retained} dari ${r.before} pelanggan bulan sebelumnya); ` +
      `${r.newCustomers} pelanggan baru, omzet baru ${r.salesNew} vs lama ${r.salesExisting} (s.d. ${r.end}).`,
    title: 'Ringkasan Segmentasi Pelanggan',
    label: 'Keterangan',
    value: 'Nilai',
    runAt: 'Dijalankan',
    duration: 'Lama proses',
    seconds: (s: string) => `${s} detik`,
    referenceDay: 'Tanggal acuan',
    windowFrom: 'Jendela analisis sejak',
    sheet: (label: string) => `Sheet ${label}`,
    none: 'tidak ada',
    how: { pilihan: 'pilihan di pengaturan', nama: 'dari nama sheet', judul: 'dari judul kolom' },
    rowsSales: 'Baris penjualan dibaca',
    rowsDebts: 'Baris hutang dibaca',
    rowsCustomers: 'Baris pelanggan dibaca',
    rowsAfterReference: 'Baris setelah tanggal acuan (diabaikan)',
    rowsSkipped: 'Baris dilewati',
    customers: 'Pelanggan dianalisis',
    typeTitle: 'Per tipe pelanggan',
    typeChart: 'Sebaran tipe pelanggan',
    retentionTitle: 'Retensi bulanan dan porsi omzet pelanggan baru',
    retentionChart: 'Tingkat retensi per bulan',
    skippedSome: (all: number, listed: number) => `Baris dilewati: ${all}, ${listed} pertama ditampilkan`,
    skippedAll: (all: number) => `Baris dilewati: ${all}`,
    matrixTitle: 'Matriks hubungan',
    ladderTitle: 'Tangga pelanggan, dari bawah ke atas',
    statusTitle: (repeat: string) => `Status pelanggan; belanja lebih dari sekali: ${repeat}`,
    rfmTitle: 'Segmen RFM (kapan terakhir, seberapa sering, seberapa besar belanja)',
    cohortTitle: 'Kohort bulan pertama beli: bagian yang belanja di bulan ke-n',
    duplicatesTitle: 'Mungkin pelanggan yang sama: periksa, lalu samakan namanya di sheet Anda',
  },
  settings: {
    invalid: (problems: readonly string[]) => `Pengaturan tidak valid: ${problems.join('; ')}`,
    unknownKey: (path: string) => `"${path}" tidak dikenal (periksa ejaannya)`,
    tooSmall: (path: string, min: number) => `"${path}" paling kecil ${min}`,
    tooBig: (path: string, max: number) => `"${path}" paling besar ${max}`,
    wrongType: (path: string, expected: string) =>
      `"${path}" harus ${ID_KINDS[expected] ?? 'berisi nilai yang benar'}`,
    notOneOf: (path: string, values: readonly string[]) =>
      `"${path}" harus salah satu dari: ${values.join(', ')}`,
    wrongFormat: (path: string) => `"${path}" harus berbentuk TTTT-BB-HH, misalnya 2026-11-20`,
    other: (path: string, detail: string) => `"${path || 'pengaturan'}": ${detail}`,
  },
  /** "Akan beli lagi?": Peluang Aktif and Prediksi Beli (BG/NBD, DOMAIN 9). */
  /** "Berapa nilai pelanggan?": Gamma-Gamma and customer value (DOMAIN 9b), see valueId.ts. */
  value: valueId,
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
  sidebar: sidebarId,
  reading: readingId,
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
    sheetsTogether: (kind: string, names: readonly string[]) =>
      `${kind} dibaca dari ${n(names.length)} sheet sekaligus: ${names.map((x) => `"${x}"`).join(', ')}.`,
    datesCarried: (sheet: string, rows: number, examples: readonly number[]) =>
      `Sheet "${sheet}": ${n(rows)} baris tanpa tanggal diberi tanggal dari baris di atasnya ` +
      `(baris ${examples.join(', ')}${rows > examples.length ? ', ...' : ''}).`,
    repaymentsFound: (sheet: string, rows: number, examples: readonly number[]) =>
      `Sheet "${sheet}": ${n(rows)} baris pembayaran hutang dihitung sebagai pelunasan, bukan penjualan ` +
      `(baris ${examples.join(', ')}${rows > examples.length ? ', ...' : ''}).`,
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
  /** The command line's own words (src/cli): errors, progress and its help; see cliId.ts. */
  cli: cliId,
  /** Comments of the generated SQL queries (src/core/sql): see sqlId.ts. */
  sql: sqlId,
  /** Menu, dialogs, run, reasons per customer, formula words: see appId.ts. */
  ...appId,
  /** Daily refresh, Ringkasan's status lines, storage and formula limits: see automationId.ts. */
  ...automationId,
};

const ID_KINDS: Record<string, string> = {
  number: 'berupa angka',
  int: 'bilangan bulat',
  boolean: 'ya atau tidak (true/false)',
  string: 'berupa teks',
  object: 'berupa kumpulan pengaturan',
  record: 'berupa kumpulan pengaturan',
};

export type Catalogue = typeof id;
