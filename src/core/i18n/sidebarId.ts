/**
 * The sidebar's words, Indonesian (the shape en's sidebar follows). Each setting has a label and
 * its meaning in the owner's words; settings named in DOMAIN.md that later land in the schema
 * already have theirs here (a test checks every setting of the schema has one).
 */
import { formatsOf } from './formats';
import { readingPanelId } from './readingId';

/** A count the Indonesian way: 1.250. */
const n = formatsOf('id').number;

export interface FieldText {
  label: string;
  meaning: string;
}

const settings: Record<string, FieldText> = {
  tempoHari: {
    label: 'Tempo hutang (hari)',
    meaning: 'Hutang tanpa tanggal jatuh tempo dianggap jatuh tempo sekian hari setelah tanggal hutang.',
  },
  batasMacetHari: {
    label: 'Batas macet (hari)',
    meaning: 'Hutang yang lewat jatuh tempo lebih dari sekian hari dianggap sulit ditagih (tipe D).',
  },
  rasioLoyal: {
    label: 'Batas loyal (bagian bulan)',
    meaning: 'Pelanggan loyal bila belanja di paling sedikit bagian bulan ini (0,5 = separuh bulan).',
  },
  minKunjunganLoyal: {
    label: 'Belanja paling sedikit untuk loyal',
    meaning: 'Berapa kali paling sedikit pelanggan belanja agar dianggap loyal.',
  },
  rasioLoyalTanpaReferensi: {
    label: 'Batas tipe A tanpa kolom referensi',
    meaning:
      'Bila tidak ada kolom Direferensikan Oleh, tipe A perlu belanja di paling sedikit bagian bulan ini.',
  },
  siklusHari: {
    label: 'Jarak belanja biasa (hari)',
    meaning: 'Dipakai untuk pelanggan yang belum cukup sering belanja untuk punya jarak belanja sendiri.',
  },
  hariHilang: {
    label: 'Dianggap hilang setelah (hari)',
    meaning: 'Pelanggan yang tidak belanja selama sekian hari berstatus Hilang.',
  },
  batasKreditA: {
    label: 'Batas kredit tipe A (Rp)',
    meaning:
      'Kosong: pelanggan A belum pernah kredit, jadi tidak ada saran. Isi bila Anda mau memberi batas.',
  },
  batasKreditB: {
    label: 'Batas kredit tipe B (Rp)',
    meaning:
      'Kosong: pelanggan B belum pernah kredit, jadi tidak ada saran. Isi bila Anda mau memberi batas.',
  },
  jendelaBulan: {
    label: 'Jangka data (bulan)',
    meaning: 'Berapa bulan ke belakang dari tanggal acuan yang dihitung.',
  },
  hapusSapaan: {
    label: 'Abaikan sapaan',
    meaning: '"Bu Sri" dan "Sri" dianggap orang yang sama (Bu, Ibu, Pak, Bapak, Mas, Mbak, Kak diabaikan).',
  },
  formatTanggal: {
    label: 'Urutan tanggal yang ditulis',
    meaning: 'Cara membaca tanggal seperti 03/04/2025: hari dulu (3 April) atau bulan dulu (4 Maret).',
  },
  tanggalAcuan: {
    label: 'Tanggal acuan',
    meaning:
      'Kosongkan untuk hari ini. Isi TTTT-BB-HH (misalnya 2026-11-20) untuk menghitung per tanggal itu.',
  },
  namaToko: { label: 'Nama toko', meaning: 'Dipakai di pesan WhatsApp sebagai {toko}.' },
  jedaHubungiHari: {
    label: 'Jeda hubungi (hari)',
    meaning: 'Pelanggan yang sudah dihubungi tidak muncul lagi di daftar selama sekian hari.',
  },
  maksHubungi: {
    label: 'Paling banyak dihubungi per hari',
    meaning: 'Daftar Hubungi memuat paling banyak sekian orang; sisanya dihitung di bawahnya.',
  },
  hariBaru: {
    label: 'Pelanggan baru (hari)',
    meaning: 'Pelanggan yang pertama belanja dalam sekian hari terakhir disebut Baru.',
  },
  hariTerimaKasih: {
    label: 'Ucapan terima kasih setelah (hari)',
    meaning:
      'Sekian hari setelah belanja pertama, pelanggan baru masuk daftar untuk diberi ucapan terima kasih.',
  },
  hariPrediksi: {
    label: 'Jangka perkiraan beli (hari)',
    meaning: 'Perkiraan jumlah belanja dihitung untuk sekian hari ke depan.',
  },
  bulanNilai: {
    label: 'Jangka nilai pelanggan (bulan)',
    meaning: 'Nilai Pelanggan adalah perkiraan belanja seorang pelanggan selama sekian bulan ke depan.',
  },
  diskonBulanan: {
    label: 'Potongan nilai per bulan',
    meaning:
      'Uang yang baru datang nanti dihitung lebih kecil dari uang hari ini: 0,01 berarti belanja bulan depan ' +
      'dihitung 1 % lebih kecil, bulan berikutnya lagi 1 % lebih kecil dari itu, dan seterusnya.',
  },
  perbaruiOtomatis: {
    label: 'Perbarui otomatis setiap pagi',
    meaning:
      'Segmentasi berjalan sendiri setiap hari, walau spreadsheet tidak dibuka. Hasilnya tertulis di baris ' +
      'paling atas sheet "Ringkasan Segmentasi" dan di panel ini.',
  },
  jamPembaruan: {
    label: 'Jam pembaruan',
    meaning: 'Google menjalankannya dalam satu jam mulai jam ini, menurut zona waktu spreadsheet.',
  },
};

export const sidebarId = {
  title: 'Segmentasi Pelanggan',
  tabs: { ringkasan: 'Ringkasan', hubungi: 'Hubungi', pengaturan: 'Pengaturan' },
  loading: 'Memuat…',
  failed: (message: string) => `Gagal: ${message}`,
  run: 'Jalankan segmentasi',
  running: 'Sedang berjalan: membaca sheet, menghitung, menulis hasil…',
  noRunYet: 'Belum pernah dijalankan di file ini. Tekan "Jalankan segmentasi".',
  lastRun: (at: string, referenceDate: string, customers: number) =>
    `Terakhir dijalankan ${at}, tanggal acuan ${referenceDate}: ${n(customers)} pelanggan.`,
  typesTitle: 'Pelanggan dan penjualan per tipe',
  customers: (count: number) => `${n(count)} pelanggan`,
  retentionTitle: 'Pelanggan yang belanja lagi, 12 bulan terakhir',
  firstPeriod: 'awal data',
  valueTitle: (months: number) => `Nilai pelanggan per tipe, ${months} bulan ke depan`,
  valueTotal: (amount: string) => `Semua pelanggan: ${amount}`,
  ageingTitle: 'Hutang belum lunas menurut umur',
  noDebts: 'Tidak ada hutang yang belum lunas.',
  issues: (count: number) => `${n(count)} baris dilewati; daftarnya di sheet "Ringkasan Segmentasi".`,
  contactsTitle: 'Perlu dihubungi hari ini',
  noContacts: 'Tidak ada yang perlu dihubungi hari ini.',
  more: (count: number) => `${n(count)} orang lagi menunggu besok.`,
  withoutPhone: 'Tanpa nomor HP yang sah: hubungi langsung',
  sendWhatsApp: 'Kirim WhatsApp',
  contacted: 'Sudah dihubungi',
  contactedSaved: (days: number) => `Dicatat; tidak muncul lagi selama ${n(days)} hari.`,
  advanced: 'Lanjutan',
  advancedHint: 'Aturan lain, sheet dan kolom yang dibaca, pesan WhatsApp',
  sectionRules: 'Aturan lain',
  sectionSheets: 'Sheet yang dibaca',
  sectionColumns: 'Kolom',
  sectionAuto: 'Pembaruan otomatis',
  hour: (hour: number) => `pukul ${String(hour).padStart(2, '0')}.00`,
  sectionMessages: 'Pesan WhatsApp',
  sheetLabels: { penjualan: 'Sheet penjualan', hutang: 'Sheet hutang', pelanggan: 'Sheet pelanggan' },
  automatic: '(otomatis)',
  none: '(tidak ada)',
  columnsOf: (sheet: string) => `Kolom di sheet "${sheet}"`,
  noSheet: 'Sheet belum ditemukan.',
  yes: 'Ya',
  dateOrders: { DMY: 'Hari dulu (03/04 = 3 April)', MDY: 'Bulan dulu (03/04 = 4 Maret)' },
  templatesHint: 'Isian yang dipakai: {nama}, {jumlah}, {hari}, {tanggal}, {toko}.',
  templates: {
    hutang_belumJatuhTempo: 'Hutang belum jatuh tempo',
    hutang_telat1_30: 'Hutang telat 1-30 hari',
    hutang_telat31_60: 'Hutang telat 31-60 hari',
    hutang_telat61_90: 'Hutang telat 61-90 hari',
    hutang_telatLebih90: 'Hutang telat lebih dari 90 hari',
    komplain: 'Tanggapi keluhan',
    terimaKasih: 'Terima kasih setelah belanja pertama',
    beliLagi: 'Ajak belanja lagi',
    ajakKembali: 'Ajak kembali pelanggan yang lama tidak belanja',
    ulangTahun: 'Ulang tahun',
    hadiah: 'Terima kasih dan hadiah',
  } as Record<string, string>,
  save: 'Simpan',
  saved: 'Tersimpan. Dipakai pada segmentasi berikutnya dan oleh rumus.',
  notSaved: 'Belum disimpan: perbaiki isian yang ditandai merah.',
  settings,
  /** "Cara buku Anda dibaca" at the top of Pengaturan, with the words the server writes it in. */
  reading: readingPanelId,
  errors: {
    tooBig: (max: string) => `Paling besar ${max}.`,
    tooLong: (max: string) => `Paling banyak ${max} huruf.`,
    settingsTooLarge: (kb: string, max: string) =>
      `Pengaturan terlalu panjang untuk disimpan: ${kb} KB, paling banyak ${max} KB (batas Google). Perpendek pesan ini.`,
    tooSmall: (min: string) => `Paling kecil ${min}.`,
    notWhole: 'Isi dengan angka bulat.',
    notNumber: 'Isi dengan angka.',
    notYesNo: 'Pilih ya atau tidak.',
    notText: 'Isi dengan teks.',
    badDate: 'Tulis tanggal sebagai TTTT-BB-HH, misalnya 2026-11-20.',
    choose: (values: string) => `Pilih salah satu: ${values}.`,
    unknown: (key: string) => `Pengaturan tidak dikenal: ${key}.`,
    invalid: 'Isian tidak valid.',
    badContact: 'Data "Sudah dihubungi" tidak valid.',
  },
};

export type SidebarCatalogue = typeof sidebarId;
