/**
 * The reading report's words ("Cara buku Anda dibaca", DOMAIN 1), Indonesian: the sheets read as
 * what, each role's column and why, the run's guesses counted and how to correct each; the sheet's
 * table, the printed report and the panel's lines are written with them on the server.
 */
import { formatsOf } from './formats';
import { readingPanelId } from './readingId';

/** A count the Indonesian way: 1.250. */
const n = formatsOf('id').number;

export const readingId = {
  ...readingPanelId,
  kinds: { penjualan: 'Penjualan', hutang: 'Hutang', pelanggan: 'Pelanggan' },
  sheetValue: (name: string, rows: number) => `${name} (${n(rows)} baris data)`,
  how: {
    pilihan: 'dipilih di pengaturan',
    nama: 'dari nama lembarnya',
    judul: 'dari judul kolomnya',
    berkas: 'berkas yang diberikan',
  },
  role: (kind: string, label: string) => `${kind} › ${label}`,
  columnWhy: {
    name: 'dari judul kolomnya',
    setting: 'dipilih di pengaturan',
    quantity: (other: string, chosen: string) =>
      `${other} berisi bilangan kecil: dianggap jumlah barang; ${chosen} dipakai sebagai jumlah uang`,
    subtotal: (other: string, chosen: string) => `${chosen} dipilih, bukan ${other}`,
    product: 'tidak ada kolom total: jumlah barang × harga',
    sisa: 'satu-satunya jumlah di buku hutang: sisa yang belum dibayar dianggap jumlah hutang',
  },
  assumptions: {
    datesCarriedDown: 'Tanggal kosong diisi dari baris di atasnya',
    repaymentsInSales: 'Pembayaran hutang di lembar penjualan',
    creditWithoutDebtRow: 'Penjualan kredit tanpa baris di buku hutang (dianggap hutang terbuka)',
    unknownWords: 'Kata pembayaran yang tidak dikenal (baris tetap dibaca)',
    cancelledRows: 'Baris batal, gagal atau pending (bukan penjualan)',
    rowsSkipped: 'Baris dilewati atau perlu dicek',
    sameNameTwoNumbers:
      'Nama sama, nomor beda di data pelanggan: belanjanya tetap di satu nama, tanpa tautan WhatsApp sampai dibedakan',
    namesSplitByNumber: 'Nama sama dengan nomornya sendiri di penjualan: dihitung sebagai orang yang berbeda',
    noMobileNumber: 'Nomor bukan HP (telepon rumah atau lainnya): tanpa tautan WhatsApp, dihubungi langsung',
  },
  /** Beside each guess counted: how the owner corrects it, here or in the sheet. */
  fixes: {
    datesCarriedDown: 'Bila keliru: tulis tanggalnya di baris itu.',
    repaymentsInSales: 'Bila keliru: ubah tulisannya di baris itu, atau pilih kolom lain di atas.',
    creditWithoutDebtRow:
      'Bila sudah lunas: tulis "lunas" di baris itu, atau pilih lembar hutangnya di bawah.',
    unknownWords: 'Pilih arti tiap kata di bawah, lalu Simpan.',
    cancelledRows: 'Bila bukan batal: ubah statusnya di baris itu.',
    rowsSkipped: 'Perbaiki sel yang disebut, lalu jalankan lagi.',
    sameNameTwoNumbers: 'Bedakan namanya di sheet, mis. "Budi Pasar" dan "Budi Kantor".',
    namesSplitByNumber: 'Bila orangnya sama: tulis satu nomor yang sama di baris-barisnya.',
    noMobileNumber: 'Tulis nomor HP-nya di data pelanggan.',
  },
  count: (count: number, people: boolean) => `${n(count)} ${people ? 'orang' : 'baris'}`,
  /** A cell as the owner finds it, quoted (a reason of ours is not); a person's line (row 0) as it is. */
  example: (sheet: string, row: number, column: string, cell: string, reason: boolean) =>
    row > 0
      ? `${sheet ? `${sheet} ` : ''}baris ${row}${column ? `, ${column}` : ''}: ${reason ? cell : `"${cell}"`}`
      : cell,
  wordAs: 'Artinya',
  /** Under the panel's closed title: how many kinds of guess the last run made. */
  guessesHint: (kinds: number) =>
    kinds === 0
      ? 'Lembar dan kolom yang dibaca; tidak ada dugaan'
      : `Lembar, kolom, dan ${n(kinds)} jenis dugaan: periksa`,
  columns: { part: 'Bagian', what: 'Apa', value: 'Dibaca sebagai', why: 'Alasan / contoh' },
  parts: { sheet: 'Lembar', column: 'Kolom', assumption: 'Dugaan' },
  /** The command line's printed heading and the line per item. */
  heading: 'Cara buku Anda dibaca (periksa; ubah di pengaturan bila keliru):',
  product: (qty: string, price: string) => `${qty} × ${price}`,
};
