export const HELP = `segmentasi — Segmentasi Pelanggan dari file CSV (customer segmentation from CSV files)

Pemakaian (usage):
  npx segmentasi --penjualan FILE [--hutang FILE] [--pelanggan FILE]
                 [--tanggal-acuan YYYY-MM-DD] [--keluar DIR] [--pengaturan FILE.json]

Pilihan (options):
  --penjualan FILE      CSV penjualan, wajib: kolom Tanggal, Pelanggan, Total (opsional No Nota,
                        Pembayaran, Diskon, No HP). Sales CSV, required.
  --hutang FILE         CSV hutang/kasbon: satu baris per hutang (Tanggal, Pelanggan, Jumlah,
                        Jatuh Tempo, Tanggal Bayar, Dibayar, Status) atau buku kas (Jenis:
                        Pinjam/Bayar). Debt CSV, either layout.
  --pelanggan FILE      CSV data pelanggan (Nama, No HP, Tanggal Lahir, Jenis, Direferensikan Oleh,
                        Komplain). Customer CSV.
  --tanggal-acuan TGL   Tanggal acuan YYYY-MM-DD (bawaan: hari ini). Reference date (default today).
  --keluar DIR          Folder hasil (bawaan: hasil-segmentasi). Output folder; writes
                        pelanggan.csv and retensi.csv.
  --zona-waktu TZ       Zona waktu (bawaan: Asia/Jakarta). Time zone for "today".
  --pengaturan FILE     Pengaturan JSON, mis. {"tempoHari": 30, "batasMacetHari": 90}.
                        Settings as JSON (see README).
  --diam                Tanpa progres dan ringkasan. Quiet: no progress, no summary.
  -h, --help            Bantuan ini. This help.

CSV boleh pakai koma atau titik koma, UTF-8 dengan atau tanpa BOM.
CSV may use comma or semicolon, UTF-8 with or without BOM.
`;
