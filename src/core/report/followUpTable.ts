/** The follow-up list as a table: the command line's hubungi.csv and the menu's sheet. */
import type { Table } from './reportSheets';
import { FOLLOW_UP_LABELS, type FollowUp } from '../models/followUp';

export function followUpTable(list: readonly FollowUp[]): Table {
  return {
    columns: [
      { header: 'Pelanggan', kind: 'text' },
      { header: 'Tipe', kind: 'text' },
      { header: 'Perlu', kind: 'text' },
      { header: 'Alasan', kind: 'text' },
      { header: 'Jumlah', kind: 'rupiah' },
      { header: 'Tanggal', kind: 'date' },
      { header: 'No HP', kind: 'text' },
      { header: 'WhatsApp', kind: 'link' },
      { header: 'Pesan', kind: 'text' },
    ],
    rows: list.map((f) => [
      f.name,
      f.type,
      FOLLOW_UP_LABELS[f.kind],
      f.why,
      f.amount,
      f.date,
      f.phone,
      f.link,
      f.message,
    ]),
  };
}
