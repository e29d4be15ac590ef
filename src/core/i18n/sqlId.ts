/**
 * Words of the generated SQL (src/core/sql), Indonesian: the comment heading each query and the
 * note on the typed columns it needs. The catalogue's `sql` (id.ts); sqlEn follows this shape.
 */
export const sqlId = {
  titles: {
    customers:
      'Per pelanggan: kunjungan, belanja, siklus, hutang, tipe A/B/C/D dengan kode alasannya, matriks, status, skor RFM dan batas kredit',
    retention:
      'Retensi per bulan: pelanggan aktif, bertahan, kembali, baru, tingkat retensi, penjualan baru dan lama',
    cohorts: 'Kohort per bulan belanja pertama: bagian kohort yang belanja di tiap bulan sesudahnya',
    bgnbdGroups: 'Masukan model BG/NBD: pelanggan dikelompokkan per (x, t_x, T) dengan jumlahnya',
    bgnbdScores:
      'Peluang aktif dan prediksi beli per pelanggan dari parameter BG/NBD yang sudah dihitung (r, alpha, a, b)',
  },
  typedNote:
    'Kolom harus sudah bertipe: tanggal DATE, jumlah angka, nama pelanggan sama persis untuk orang yang sama; ' +
    'kata pembayaran dan status satu kata baku (mis. tunai, kredit, bayar hutang, batal), bukan teks bebas.',
  parameters: (names: readonly string[]) => `Parameter: ${names.join(', ')}`,
  /** The value to give a parameter, as a comment under the query's title. */
  parameterValue: (name: string, value: string) => `${name} = ${value}`,
  referenceToday: 'tanggal acuan (TTTT-BB-HH); tanpa --tanggal-acuan isi dengan tanggal hari ini',
  fittedParameters:
    'r, alpha, a, b: parameter BG/NBD hasil pencocokan atas kueri masukan model (satuan hari)',
  /** `segmentasi sql`: its help and its mistakes. */
  cli: {
    help: `segmentasi sql: cetak kueri SQL segmentasi untuk BigQuery atau DuckDB

Pemakaian:
  npx segmentasi sql --dialek bigquery|duckdb --tabel-penjualan NAMA [--tabel-hutang NAMA]
                     [--tabel-pelanggan NAMA] [--tanggal-acuan TTTT-BB-HH] [--pengaturan FILE.json]

Pilihan:
  --dialek bigquery|duckdb      Dialek SQL yang dicetak.
  --tabel-penjualan NAMA        Tabel penjualan, wajib (BigQuery: proyek.dataset.tabel).
  --tabel-hutang NAMA           Tabel hutang/kasbon, satu baris per hutang.
  --tabel-pelanggan NAMA        Tabel data pelanggan.
  --tanggal-acuan TTTT-BB-HH    Nilai parameter tanggal_acuan yang dituliskan di atas tiap kueri.
  --pengaturan FILE.json        Pengaturan yang sama dengan baris perintah biasa; nama kolom tabel dari "kolom".
  -h, --help                    Bantuan ini.

Kolom wajib: penjualan Tanggal (DATE), Pelanggan (teks), Total (angka); hutang Tanggal, Pelanggan,
Jumlah; pelanggan Nama. Kolom lain (No Nota, Pembayaran, Status, Jatuh Tempo, Tanggal Bayar, Dibayar,
Direferensikan Oleh, Komplain, Potensi, Kedekatan) dibaca bila disebut di "kolom" pengaturan.
Lihat docs/bigquery.md.`,
    dialectRequired: '--dialek wajib diisi: bigquery atau duckdb. Lihat segmentasi sql --help.',
    badDialect: (value: string) => `--dialek tidak dikenal: "${value}" (pakai bigquery atau duckdb).`,
    salesTableRequired: '--tabel-penjualan NAMA wajib diisi. Lihat segmentasi sql --help.',
    unknownOption: (flag: string) => `pilihan tidak dikenal: ${flag}. Lihat segmentasi sql --help.`,
    missingValue: (flag: string) => `${flag} perlu nilai sesudahnya. Lihat segmentasi sql --help.`,
    unexpectedArgument: (arg: string) =>
      `"${arg}" tidak dikenal: tulis pilihannya di depan nilai, mis. --tabel-penjualan ${arg}. Lihat segmentasi sql --help.`,
  },
};
