/**
 * The message catalogue, Indonesian: the product's own language and the shape every other
 * locale follows (en.ts must provide the same keys, checked by the compiler). Every text a user
 * reads comes from here: plain words an owner uses, no English glosses.
 */
import { sidebarId } from './sidebarId';

export interface ColumnHint {
  label: string;
  synonyms: readonly string[];
}

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
  },
  sidebar: sidebarId,
};

export type Catalogue = typeof id;
