/**
 * The reading report's words for the sheet's table and the command line's printed report: the
 * panel's words (readingId.ts) and what only the server writes. The page never carries these.
 */
import { readingPanelId } from './readingId';

/** With the words of the sheet's table and the command line's printed report. */
export const readingId = {
  ...readingPanelId,
  columns: { part: 'Bagian', what: 'Apa', value: 'Dibaca sebagai', why: 'Alasan / contoh' },
  parts: { sheet: 'Lembar', column: 'Kolom', assumption: 'Dugaan' },
  /** The command line's printed heading and the line per item. */
  heading: 'Cara buku Anda dibaca (periksa; ubah di pengaturan bila keliru):',
  product: (qty: string, price: string) => `${qty} × ${price}`,
};
