/** The sheets we read and their columns with the synonyms owners use (DOMAIN 1). */

export type SheetKind = 'penjualan' | 'hutang' | 'pelanggan';

export interface FieldSpec {
  /** Label shown to the owner in messages. */
  label: string;
  synonyms: readonly string[];
  required?: boolean;
}

/** Owner's explicit choice of header per field, e.g. { tanggal: "Tgl Transaksi" }. */
export type ColumnOverrides = Partial<Record<string, string>>;

export const SALES_FIELDS = {
  tanggal: {
    label: 'Tanggal',
    required: true,
    synonyms: [
      'Tanggal',
      'Tgl',
      'Date',
      'Waktu',
      'Tanggal Transaksi',
      'Tgl Transaksi',
      'Tanggal Penjualan',
      'Tanggal Beli',
    ],
  },
  pelanggan: {
    label: 'Pelanggan',
    required: true,
    synonyms: [
      'Pelanggan',
      'Nama Pelanggan',
      'Nama',
      'Pembeli',
      'Konsumen',
      'Customer',
      'Nama Pembeli',
      'Nama Konsumen',
      'Customer Name',
    ],
  },
  total: {
    label: 'Total',
    required: true,
    synonyms: [
      'Total',
      'Jumlah',
      'Nominal',
      'Subtotal',
      'Nilai',
      'Amount',
      'Total Harga',
      'Jumlah Harga',
      'Total Belanja',
      'Total Rp',
    ],
  },
  nota: {
    label: 'No Nota',
    synonyms: [
      'No Nota',
      'Nota',
      'Faktur',
      'Invoice',
      'No Faktur',
      'No Invoice',
      'Nomor Nota',
      'Nomor Faktur',
    ],
  },
  pembayaran: {
    label: 'Pembayaran',
    synonyms: [
      'Pembayaran',
      'Metode Bayar',
      'Cara Bayar',
      'Status Bayar',
      'Metode Pembayaran',
      'Status Pembayaran',
      'Payment',
      'Lunas',
      'Status Lunas',
      'Sudah Bayar',
      'Belum Lunas',
    ],
  },
  status: {
    label: 'Status',
    synonyms: ['Status', 'Status Transaksi', 'Status Pesanan', 'Status Order'],
  },
  /** A note column: where "bayar hutang" may be written instead of in the payment column. */
  keterangan: {
    label: 'Keterangan',
    synonyms: ['Keterangan', 'Ket', 'Catatan', 'Note', 'Notes', 'Memo'],
  },
  harga: {
    label: 'Harga',
    synonyms: ['Harga', 'Harga Satuan', 'Harga Jual', 'Harga per Item', 'Price', 'Unit Price'],
  },
  diskon: {
    label: 'Diskon',
    synonyms: ['Diskon', 'Promo', 'Potongan', 'Voucher', 'Discount', 'Potongan Harga'],
  },
  produk: {
    label: 'Produk',
    synonyms: ['Produk', 'Barang', 'Nama Barang', 'Nama Produk', 'Item', 'Product'],
  },
  qty: {
    label: 'Qty',
    synonyms: ['Qty', 'Kuantitas', 'Kuantum', 'Jml', 'Banyak', 'Quantity', 'Jumlah Barang', 'Pcs'],
  },
  hp: {
    label: 'No HP',
    synonyms: ['No HP', 'HP', 'WA', 'WhatsApp', 'Telepon', 'No WA', 'Telp', 'No Telp', 'Nomor HP', 'Phone'],
  },
} as const satisfies Record<string, FieldSpec>;

export const DEBT_FIELDS = {
  tanggal: {
    label: 'Tanggal',
    required: true,
    synonyms: [
      'Tanggal',
      'Tgl',
      'Date',
      'Waktu',
      'Tanggal Hutang',
      'Tgl Hutang',
      'Tanggal Pinjam',
      'Tanggal Transaksi',
    ],
  },
  pelanggan: SALES_FIELDS.pelanggan,
  jumlah: {
    label: 'Jumlah',
    required: true,
    synonyms: [
      'Jumlah',
      'Jumlah Hutang',
      'Nominal',
      'Hutang',
      'Utang',
      'Total',
      'Nilai',
      'Amount',
      'Kasbon',
      'Piutang',
      'Jumlah Kasbon',
    ],
  },
  jatuhTempo: {
    label: 'Jatuh Tempo',
    synonyms: [
      'Jatuh Tempo',
      'Tempo',
      'Batas Bayar',
      'Due',
      'Due Date',
      'Tgl Jatuh Tempo',
      'Tanggal Jatuh Tempo',
    ],
  },
  tanggalBayar: {
    label: 'Tanggal Bayar',
    synonyms: [
      'Tanggal Bayar',
      'Tgl Lunas',
      'Tanggal Lunas',
      'Tgl Bayar',
      'Tanggal Pelunasan',
      'Tgl Pelunasan',
    ],
  },
  /** What is still owed (DOMAIN 1): 0 is repaid, above 0 open for that amount. */
  sisa: {
    label: 'Sisa',
    synonyms: [
      'Sisa',
      'Sisa Hutang',
      'Sisa Utang',
      'Sisa Kasbon',
      'Sisa Piutang',
      'Sisa Bayar',
      'Sisa Tagihan',
      'Kurang',
      'Kurang Bayar',
      'Kekurangan',
      'Belum Dibayar',
    ],
  },
  dibayar: {
    label: 'Dibayar',
    synonyms: ['Dibayar', 'Jumlah Bayar', 'Terbayar', 'Sudah Dibayar', 'Jumlah Dibayar', 'Bayar'],
  },
  status: {
    label: 'Status',
    synonyms: [
      'Status',
      'Lunas',
      'Status Lunas',
      'Status Bayar',
      'Keterangan Lunas',
      'Sudah Lunas',
      'Sudah Bayar',
      'Belum Lunas',
    ],
  },
  jenis: { label: 'Jenis', synonyms: ['Jenis', 'Jenis Transaksi', 'Tipe', 'Transaksi', 'Keterangan', 'Ket'] },
  hp: SALES_FIELDS.hp,
} as const satisfies Record<string, FieldSpec>;

export const CUSTOMER_FIELDS = {
  nama: {
    label: 'Nama',
    required: true,
    synonyms: ['Nama', 'Nama Pelanggan', 'Pelanggan', 'Customer', 'Nama Customer', 'Konsumen'],
  },
  hp: SALES_FIELDS.hp,
  tanggalLahir: {
    label: 'Tanggal Lahir',
    synonyms: [
      'Tanggal Lahir',
      'Tgl Lahir',
      'Ulang Tahun',
      'Lahir',
      'Birthday',
      'Tanggal Ulang Tahun',
      'Ultah',
    ],
  },
  jenis: { label: 'Jenis', synonyms: ['Jenis', 'Jenis Pelanggan', 'Kategori', 'Golongan'] },
  referensi: {
    label: 'Direferensikan Oleh',
    synonyms: [
      'Direferensikan Oleh',
      'Referensi',
      'Referral',
      'Direkomendasikan Oleh',
      'Rekomendasi Dari',
      'Referensi Dari',
      'Dikenalkan Oleh',
    ],
  },
  potensi: { label: 'Potensi', synonyms: ['Potensi', 'Potential'] },
  kedekatan: { label: 'Kedekatan', synonyms: ['Kedekatan', 'Closeness', 'Hubungan'] },
  komplain: { label: 'Komplain', synonyms: ['Komplain', 'Keluhan', 'Complaint', 'Komplen'] },
  terakhirDihubungi: {
    label: 'Terakhir Dihubungi',
    synonyms: ['Terakhir Dihubungi', 'Tgl Dihubungi', 'Tanggal Dihubungi', 'Terakhir Kontak', 'Dihubungi'],
  },
} as const satisfies Record<string, FieldSpec>;

export type SalesField = keyof typeof SALES_FIELDS;
export type DebtField = keyof typeof DEBT_FIELDS;
export type CustomerField = keyof typeof CUSTOMER_FIELDS;

export const FIELDS: Record<SheetKind, Record<string, FieldSpec>> = {
  penjualan: SALES_FIELDS,
  hutang: DEBT_FIELDS,
  pelanggan: CUSTOMER_FIELDS,
};

/** Sheet name synonyms (DOMAIN 1), used by the menu to find the owner's sheets. */
export const SHEET_SYNONYMS: Record<SheetKind, readonly string[]> = {
  penjualan: ['Penjualan', 'Transaksi', 'Jualan', 'Omzet', 'Sales', 'Data Penjualan'],
  hutang: ['Hutang', 'Piutang', 'Kasbon', 'Bon', 'Debt', 'Utang', 'Buku Hutang'],
  pelanggan: ['Pelanggan', 'Data Pelanggan', 'Customer', 'Customers', 'Konsumen'],
};

/** First words of a name cell that mark a subtotal row ("Total Januari", "Grand Total"), not a customer. */
export const TOTAL_ROW_WORDS = new Set(['total', 'jumlah', 'subtotal', 'grandtotal', 'grand', 'sub']);

/** Words of a header that make it a product column, never the customer ("Nama Barang", "Item"). */
export const PRODUCT_WORDS = new Set(['barang', 'produk', 'item', 'product', 'menu', 'stok', 'stock']);

/**
 * Headers that make a sheet a debt book by its columns alone (DOMAIN 1): a debt amount. A plain
 * Jumlah or Total counts only beside a debt-sheet name (Hutang, Kasbon, Bon...).
 */
export const DEBT_AMOUNT_HEADERS: readonly string[] = [
  'Jumlah Hutang',
  'Hutang',
  'Utang',
  'Piutang',
  'Kasbon',
  'Jumlah Kasbon',
  'Nominal',
  'Sisa',
  'Sisa Hutang',
  'Kurang',
  'Belum Dibayar',
];

/** The amount field of each kind, checked by content (money, not a quantity). */
export const AMOUNT_FIELD: Partial<Record<SheetKind, string>> = { penjualan: 'total', hutang: 'jumlah' };

/** Amount headers that lose to a plain total: a line's subtotal is not the sale's total. */
export const SUBTOTAL_WORDS = new Set(['subtotal', 'sub']);
