/** Everything the owner reads, in Indonesian with the English gist where it helps. */
import type { FieldSpec } from './read/schema';

export function missingColumnMessage(sheet: string, missing: FieldSpec[], headersFound: string[]): string {
  const parts = missing.map((f) => `"${f.label}" (dicari: ${f.synonyms.join(', ')})`);
  const found = headersFound.length ? headersFound.map((h) => `"${h}"`).join(', ') : '(tidak ada)';
  return (
    `Kolom wajib tidak ditemukan di sheet "${sheet}": ${parts.join('; ')}. ` +
    `Judul kolom yang ada: ${found}. ` +
    `Ganti judul kolom atau atur pemetaan kolom di pengaturan. (Required column not found.)`
  );
}

export interface RowIssue {
  sheet: string;
  /** 1-based row number as the owner sees it in the sheet. */
  row: number;
  column: string;
  reason: string;
}

export function describeIssue(issue: RowIssue): string {
  return `Sheet "${issue.sheet}", baris ${issue.row}, kolom "${issue.column}": ${issue.reason}`;
}

export const REASONS = {
  badDate: (v: unknown) => `tanggal tidak terbaca: "${String(v)}" (unreadable date)`,
  blankDate: 'tanggal kosong (missing date)',
  badAmount: (v: unknown) => `jumlah tidak terbaca: "${String(v)}" (unreadable amount)`,
  blankAmount: 'jumlah kosong (missing amount)',
  blankName: 'nama pelanggan kosong (missing customer name)',
  badDueDate: (v: unknown) => `jatuh tempo tidak terbaca, dipakai tanggal + tempo: "${String(v)}"`,
  badPaidDate: (v: unknown) => `tanggal bayar tidak terbaca, diabaikan: "${String(v)}"`,
  badPaidAmount: (v: unknown) => `jumlah dibayar tidak terbaca, diabaikan: "${String(v)}"`,
  badPhone: (v: unknown) =>
    `nomor HP tidak valid, tanpa tautan WhatsApp: "${String(v)}" (invalid phone number)`,
  paymentWithoutDebt: (name: string) => `pembayaran dari "${name}" melebihi hutangnya (payment exceeds debt)`,
} as const;
