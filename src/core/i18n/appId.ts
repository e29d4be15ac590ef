/**
 * The add-on's own words, Indonesian (the shape appEn follows): menu, dialogs, help, the run's
 * toast and closing message, the plain-text summary, the reasons shown per customer, and the
 * formulas' errors and output words. Spread into the catalogue by id.ts (`msg().menu`, ...).
 */
import { formatsOf } from './formats';

const countId = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const n = (value: number) => countId.format(value);
/** At most one decimal: "12,5". */
const decimal = formatsOf('id').number;

/** The counts of rows read, shown in the summary and the closing message. */
export interface RowsRead {
  sales: number;
  debts: number;
  customers: number;
}

const HELP_STYLE =
  '<style>body{font-family:Arial,sans-serif;font-size:13px;line-height:1.45;margin:12px;color:#202124}' +
  'h2{font-size:15px;margin:0 0 8px}table{border-collapse:collapse}td,th{padding:3px 8px;text-align:left;' +
  'border-bottom:1px solid #e0e0e0}code{background:#f1f3f4;padding:0 3px}</style>';

export const appId = {
  /** Menu captions; the functions they call (jalankanSegmentasi, ...) are the interface and stay. */
  menu: {
    title: 'Segmentasi',
    run: 'Jalankan segmentasi',
    panel: 'Buka panel',
    settings: 'Pengaturan',
    help: 'Bantuan',
  },
  dialogs: {
    settingsTitle: 'Pengaturan Segmentasi',
    settingsReset: (problem: string) => `${problem}\nPengaturan dikembalikan ke bawaan.`,
    settingsPrompt: (current: string) =>
      `Pengaturan sekarang:\n${current}\n\n` +
      'Tulis perubahan sebagai nama=nilai, pisahkan dengan ; (contoh: tempoHari=30; lembar.penjualan=Jualan). ' +
      'Nilai kosong mengembalikan bawaan.',
    saved: (lines: string) => `Tersimpan:\n${lines}`,
    nothingChanged: (problem: string) => `${problem}\nTidak ada yang diubah.`,
    storedBroken: 'Pengaturan tersimpan rusak dan tidak bisa dibaca; buka Segmentasi › Pengaturan.',
    badLine: (line: string) => `Baris pengaturan tidak dimengerti: "${line}". Tulis sebagai nama=nilai.`,
    unknownSetting: (name: string) => `Pengaturan tidak dikenal: "${name}".`,
    helpTitle: 'Bantuan Segmentasi Pelanggan',
    sidebarTitle: 'Segmentasi Pelanggan',
    helpHtml:
      `${HELP_STYLE}<h2>Bantuan Segmentasi Pelanggan</h2>` +
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
      '<code>=RETENTION_RATE(Penjualan!A1:I2000; "bulan")</code>.</p>',
  },
  /** The menu's run (and the sidebar's): toast, alert titles and the closing message. */
  run: {
    title: 'Segmentasi Pelanggan',
    doneTitle: 'Segmentasi Pelanggan: selesai',
    reading: 'Membaca sheet penjualan, hutang dan pelanggan…',
    busy: 'Segmentasi sedang berjalan, mungkin dari jendela atau pengguna lain. Tunggu sampai selesai, lalu coba lagi.',
    failed: (why: string) => `Segmentasi gagal: ${why}`,
    staleChoices: (kinds: readonly string[]) =>
      `Sheet pilihan di pengaturan tidak ada lagi: ${kinds.join(', ')}; sheet dicari dari nama dan judul kolom.`,
    contactsToday: (count: number, sheet: string) => `Perlu dihubungi hari ini: ${count} (sheet "${sheet}").`,
    /** What each of the owner's sheets holds, in sentences ("Sheet penjualan"). */
    kinds: { penjualan: 'penjualan', hutang: 'hutang', pelanggan: 'pelanggan' },
    rowsRead: (r: RowsRead) =>
      `Baris dibaca: penjualan ${n(r.sales)}, hutang ${n(r.debts)}, pelanggan ${n(r.customers)}`,
    customersPerType: (count: number, types: string) => `Pelanggan: ${n(count)} — ${types}.`,
    problemRows: (count: number, sheet: string) =>
      `Baris bermasalah: ${n(count)}, daftarnya di sheet "${sheet}".`,
    referenceDay: (date: string) => `Tanggal acuan: ${date}.`,
    missingSalesSheet: (looked: readonly string[], columns: readonly string[], sheets: readonly string[]) =>
      `Sheet penjualan tidak ditemukan.\n\n` +
      `Nama sheet yang dicari: ${looked.join(', ')}.\n` +
      `Atau sheet dengan baris judul berisi kolom: ${columns.join('; ')}.\n` +
      `Sheet yang ada: ${sheets.length ? sheets.join(', ') : 'tidak ada'}.\n\n` +
      `Cara memperbaiki: ganti nama sheet penjualan Anda menjadi "Penjualan", atau buka ` +
      `Segmentasi › Pengaturan dan isi lembar.penjualan=<nama sheet Anda>.`,
  },
  /** The plain-text summary (command line, and parts of the closing message). */
  summaryText: {
    window: (reference: string, from: string) =>
      `Tanggal acuan ${reference}, jendela analisis sejak ${from}.`,
    analysed: (count: number) => `pelanggan dianalisis: ${n(count)}`,
    tableHeader: 'Tipe  Pelanggan  Penjualan            Sisa hutang',
    afterReference: (count: number) => `${n(count)} baris setelah tanggal acuan diabaikan.`,
    uncheckedRow: (name: string, date: string, amount: string, row: number) =>
      `${name}, ${date}, ${amount} (baris ${n(row)})`,
    andMore: (count: number) => `... dan ${n(count)} lainnya.`,
  },
  /** Column headers of the Ringkasan sheet's blocks (read by people, matched by no code). */
  summaryColumns: {
    type: 'Tipe',
    description: 'Keterangan',
    customers: 'Pelanggan',
    customerShare: 'Porsi Pelanggan',
    sales: 'Penjualan',
    salesShare: 'Porsi Penjualan',
    openDebt: 'Sisa Hutang',
    action: 'Tindakan',
    newSalesShare: 'Porsi Omzet Baru',
    existingSalesShare: 'Porsi Omzet Lama',
    sheet: 'Sheet',
    row: 'Baris',
    column: 'Kolom',
    reason: 'Alasan',
    matrix: 'Matriks',
    rung: 'Tahap',
    people: 'Orang',
    status: 'Status',
    rfmSegment: 'Segmen RFM',
    name1: 'Nama 1',
    name2: 'Nama 2',
    notes: 'Catatan',
    date: 'Tanggal',
    remaining: 'Sisa',
    salesRow: 'Baris Penjualan',
  },
  /** Why a customer has their type (DOMAIN 3). */
  typeWhy: {
    noPurchase: 'belum ada pembelian dalam jendela analisis',
    visits: (times: number, active: number, observed: number) =>
      `${times} kali belanja, aktif ${active} dari ${observed} bulan`,
    lateOpen: (owed: string, days: number, limit: number) =>
      `hutang ${owed} lewat jatuh tempo ${days} hari (batas ${limit} hari)`,
    latePaid: (days: number, limit: number) =>
      `hutang yang lunas rata-rata telat ${decimal(days)} hari (batas ${limit} hari)`,
    creditPurchases: (times: number) => `${times} kali belanja hutang`,
    paidLate: (days: number) => `lunas rata-rata telat ${decimal(days)} hari`,
    owed: (amount: string) => `sisa hutang ${amount}`,
    allPaid: 'semua sudah dibayar',
    neverCredit: 'tidak pernah hutang',
    notLoyal: (visits: number, share: string) =>
      `belum loyal (perlu ≥${visits} kali dan aktif ≥${share} bulan)`,
    complaint: 'ada komplain tercatat',
    referred: (count: number) => `mereferensikan ${count} pelanggan`,
    loyalNoReferral: 'loyal tapi belum mereferensikan pelanggan',
    activeNoReferralColumn: (share: string) => `aktif ≥${share} bulan (tanpa kolom referensi)`,
    loyalNeedsMore: (share: string) =>
      `loyal, tapi untuk A perlu aktif ≥${share} bulan (tanpa kolom referensi)`,
  },
  /** Why a customer stands on their rung of the ladder, and their status (DOMAIN 5). */
  ladderWhy: {
    partner: (kind: string) => `jenis "${kind}": mitra dagang`,
    advocate: (count: number) => `loyal dan mereferensikan ${count} pelanggan`,
    repeater: (times: number) => `${times} kali belanja, belum loyal`,
    once: 'baru sekali belanja',
    debtOnly: 'hanya tercatat di buku hutang',
    prospect: 'ada kontak, belum pernah belanja',
    suspect: 'belum ada kontak dan belum pernah belanja',
    noPurchaseInWindow: 'tidak ada pembelian dalam jendela',
    daysSince: (days: number) => `${days} hari sejak belanja terakhir`,
    lost: (since: string, limit: number) => `${since} (> ${limit} hari)`,
    asleep: (since: string, cycle: string) => `${since}, lebih dari 2× siklus; ${cycle}`,
  },
  /** Why two names may be one customer. */
  duplicateWhy: {
    sameWithoutTitle: 'nama sama tanpa sapaan (Bu, Pak, Mas...)',
    samePhone: (phone: string) => `nomor HP sama (${phone})`,
    samePhoneMany: (phone: string, names: number) =>
      `nomor HP sama (${phone}): ${names.toLocaleString('id-ID')} nama`,
    moreNames: (n: number) => `dan ${n.toLocaleString('id-ID')} nama lain`,
    typo: 'nama beda satu huruf (kemungkinan salah ketik)',
  },
  /** What to do per RFM segment; the segment names themselves are the product's words (rfm.ts). */
  rfmActions: {
    Juara: 'Beri hadiah, minta ulasan dan referensi',
    Setia: 'Tawarkan produk lebih mahal, minta ulasan',
    Potensial: 'Tawarkan keanggotaan atau program loyal',
    Baru: 'Sambut dengan baik, bantu pembelian kedua',
    'Perlu Perhatian': 'Beri penawaran terbatas waktu',
    'Hampir Tidur': 'Ingatkan dengan produk populer atau diskon',
    Berisiko: 'Hubungi pribadi, tanyakan kabar dan kebutuhan',
    'Jangan Sampai Hilang': 'Hubungi segera, beri penawaran khusus',
    Tidur: 'Tawarkan produk lain, diskon khusus',
    Hilang: 'Coba sapa sekali lagi, bila tidak ada jawaban abaikan',
    'Tagih Hutang': 'Tagih hutangnya dulu; jangan beri hadiah atau tawaran sebelum lunas',
  },
  /** Debt ageing buckets as shown (SISA_HUTANG "umur", the sidebar's chart). */
  ageLabels: {
    belumJatuhTempo: 'Belum jatuh tempo',
    telat1_30: 'Telat 1-30 hari',
    telat31_60: 'Telat 31-60 hari',
    telat61_90: 'Telat 61-90 hari',
    telatLebih90: 'Telat > 90 hari',
  },
  /** Words the formulas and the type column put in cells, and the formulas' errors. */
  cellWords: {
    noData: 'Tidak ada data',
    paid: 'Lunas',
    noPurchase: 'Belum belanja',
    skippedRow: 'Dilewati',
    afterReference: 'setelah tanggal acuan',
    invalidNumber: (value: string) => `Nomor tidak valid: ${value}`,
  },
  formulaErrors: {
    unknownOutput: (formula: string, given: string, names: readonly string[]) =>
      `keluaran tidak dikenal untuk ${formula}: "${given}". Pilih ${names.join(', ')}.`,
    unknownRateOutput: (given: string) => `keluaran tidak dikenal: "${given}". Pilih rate atau tabel.`,
    rateUnknown: (label: string) =>
      `Retention rate ${label} belum bisa dihitung: periode sebelumnya tanpa pelanggan aktif.`,
    unknownPeriod: (given: string) =>
      `Periode tidak dikenal: "${given}". Pilih minggu, bulan, kuartal atau tahun.`,
    unknownTimeZone: (zone: string) => `Zona waktu tidak dikenal: "${zone}".`,
  },
};

export type AppCatalogue = typeof appId;
