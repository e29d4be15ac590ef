/**
 * "Berapa nilai pelanggan?" (DOMAIN 9b), Indonesian: Belanja per Kunjungan Mendatang and Nilai
 * Pelanggan, why they are blank, the Ringkasan block and the formulas' errors. The shape valueEn
 * follows; spread into the catalogue as `msg().value`.
 */
export const valueId = {
  tooFewRepeaters: (repeaters: number, needed: number) =>
    `Belanja per Kunjungan Mendatang dan Nilai Pelanggan dikosongkan: baru ${repeaters} pelanggan yang ` +
    `belanja lebih dari sekali, perlu paling sedikit ${needed} supaya perkiraannya bisa dipercaya.`,
  notConverged: (correlation: string | null) =>
    'Belanja per Kunjungan Mendatang dan Nilai Pelanggan dikosongkan: perhitungan perkiraan belanja tidak ' +
    'menemukan hasil yang mantap dari data ini, jadi tidak ada angka yang ditampilkan.' +
    (correlation === null
      ? ''
      : ` Di toko ini pelanggan yang lebih sering datang juga belanja lebih besar per kunjungan ` +
        `(korelasi ${correlation}), padahal model menganggap keduanya tidak berkaitan.`),
  title: 'Berapa nilai pelanggan? Perkiraan dari model Gamma-Gamma',
  totalValue: (months: number) => `Nilai semua pelanggan, ${months} bulan ke depan`,
  valueOfType: (type: string, months: number) => `Nilai pelanggan tipe ${type}, ${months} bulan ke depan`,
  shopSpend: 'Belanja per kunjungan mendatang, pelanggan yang baru sekali belanja',
  repeaters: 'Pelanggan yang belanja lebih dari sekali (dipakai model)',
  correlation: 'Korelasi banyaknya kunjungan dengan besar belanja per kunjungan',
  correlationNote:
    'Model menganggap besar belanja tidak bergantung pada seringnya belanja: korelasi dekat 0 berarti ' +
    'anggapan itu cocok untuk toko ini.',
  summaryLine: (months: number, total: string) =>
    `Nilai semua pelanggan ${months} bulan ke depan: ${total} (model Gamma-Gamma dan BG/NBD, lihat model.csv).`,
  creditCapped: (days: number, amount: string) =>
    `tipe C: perkiraan belanjanya selama ${days} hari tempo (${amount}), lebih kecil dari hutang biasanya`,
  badMonths: (value: unknown) => `bulan harus bilangan bulat 1 sampai 120: "${String(value)}"`,
};

export type ValueCatalogue = typeof valueId;
