/**
 * The reading report's words the panel's page carries itself, Indonesian: its title, how to
 * correct, a word's choices. The report's lines come from the server in the user's language
 * (readingSheetId.ts), so the page stays small.
 */

export const readingPanelId = {
  title: 'Cara buku Anda dibaca',
  /** The panel: how to correct, and a word's choices. */
  correct: 'Bila ada yang keliru, ubah pilihan di sampingnya lalu Simpan; berlaku di proses berikutnya.',
  wordChoices: { '': '— belum dipilih', lunas: 'lunas (dibayar)', belumLunas: 'belum lunas (hutang)' },
  noReport: 'Jalankan segmentasi dulu: hasil bacaan buku muncul di sini.',
};
