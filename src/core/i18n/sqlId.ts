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
};
