/**
 * Words of the daily refresh, of the status lines at the top of "Ringkasan Segmentasi", of the
 * limits Google puts on stored settings and on formulas, Indonesian (the shape automationEn
 * follows). Spread into the catalogue by id.ts (`msg().auto`, `msg().storage`, ...).
 */
const two = (hour: number) => String(hour).padStart(2, '0');

export const automationId = {
  /** "Perbarui otomatis setiap pagi": the outcome of the last automatic run, in one line. */
  auto: {
    lastLine: (at: string, outcome: string) => `Pembaruan otomatis terakhir: ${at}, ${outcome}`,
    scheduled: (hour: number) =>
      `Pembaruan otomatis: setiap hari antara pukul ${two(hour)}.00 dan ${two((hour + 1) % 24)}.00; belum pernah berjalan.`,
    off: 'Pembaruan otomatis: mati. Nyalakan di Segmentasi › Buka panel › Pengaturan.',
    outcomes: {
      done: 'selesai',
      stopped: 'berhenti sebelum batas waktu; sisanya dikerjakan lebih dulu pada pembaruan berikutnya',
      busy: 'tidak jalan karena segmentasi lain sedang berjalan saat itu',
      noAuth:
        'tidak jalan karena izin belum diberikan; buka Segmentasi › Buka panel sekali lalu simpan Pengaturan',
      failed: (why: string) => `gagal: ${why}`,
    },
    cannotInstall: (why: string) => `Pembaruan otomatis tidak bisa dipasang: ${why}`,
  },
  /** The first rows of "Ringkasan Segmentasi". */
  runStatus: {
    lastRun: (at: string, automatic: boolean, outcome: string) =>
      `Jalan terakhir: ${at}${automatic ? ' (pembaruan otomatis)' : ''}, ${outcome}.`,
    outcomes: {
      done: 'selesai',
      stopped: 'berhenti sebelum batas waktu',
      failed: 'gagal',
    },
    referenceLabel: 'Tanggal acuan (nama TanggalAcuan untuk rumus)',
    nameTaken: (where: string) =>
      `Nama "TanggalAcuan" sudah Anda pakai untuk ${where}; tidak diubah, jadi rumus yang memakainya tetap membaca sel itu.`,
  },
  /** Google's limits on what a script may store, and on the document services. */
  storage: {
    noProperties:
      'Penyimpanan pengaturan spreadsheet tidak tersedia di sini. Buka spreadsheet Anda, lalu jalankan dari menu Segmentasi.',
    noLock:
      'Spreadsheet tidak bisa dikunci di sini, jadi tidak ada yang dijalankan (dua proses tidak boleh menulis bersamaan). ' +
      'Buka spreadsheet Anda, lalu jalankan dari menu Segmentasi.',
    contactBusy: 'Segmentasi sedang berjalan, jadi "Sudah dihubungi" belum dicatat. Coba lagi sebentar lagi.',
    noStoredList:
      'Daftar belum ada. Tekan "Jalankan segmentasi" di Ringkasan dulu: daftar ini dibuat oleh segmentasi terakhir.',
  },
  /** A formula that would pass Google's 30-second limit for custom functions. */
  formulaTime: {
    tooSlow: (seconds: number) =>
      `Rumus ini dihentikan setelah ${seconds} detik: datanya terlalu besar untuk rumus (Google menghentikan rumus ` +
      `setelah 30 detik). Pakai menu Segmentasi › Jalankan segmentasi: hasil yang sama ditulis ke sheet "Segmentasi Pelanggan".`,
  },
};

export type AutomationCatalogue = typeof automationId;
