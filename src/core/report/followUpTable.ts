/**
 * The follow-up list as a table: the command line's hubungi.csv and the menu's sheet. The day's
 * list first, then "ajak kembali", then those without a valid number; each group's overflow is
 * counted in a row below it. Kelompok names the group of each row.
 */
import type { Table, TableCell } from './table';
import { followUpLabel, type FollowUp } from '../models/followUpEntry';
import type { FollowUpList } from '../models/followUp';
import { msg } from '../i18n';

/** Column headers of "Hubungi Hari Ini": the same in every locale (owners filter and sort by them). */
const COLUMNS: Table['columns'] = [
  { header: 'Pelanggan', kind: 'text' },
  { header: 'Tipe', kind: 'text' },
  { header: 'Perlu', kind: 'text' },
  { header: 'Alasan', kind: 'text' },
  { header: 'Jumlah', kind: 'rupiah' },
  { header: 'Tanggal', kind: 'date' },
  { header: 'No HP', kind: 'text' },
  { header: 'WhatsApp', kind: 'link' },
  { header: 'Pesan', kind: 'text' },
  { header: 'Kelompok', kind: 'text' },
];

function entryRow(f: FollowUp, group: string): TableCell[] {
  return [f.name, f.type, followUpLabel(f.kind), f.why, f.amount, f.date, f.phone, f.link, f.message, group];
}

function moreRow(count: number, group: string): TableCell[] {
  return [msg().followUp.more(count), null, null, null, null, null, null, null, null, group];
}

export function followUpTable(list: FollowUpList): Table {
  const g = msg().followUp.groups;
  const rows: TableCell[][] = [
    ...list.today.map((f) => entryRow(f, g.today)),
    ...list.winBack.map((f) => entryRow(f, g.winBack)),
  ];
  if (list.more > 0) rows.push(moreRow(list.more, g.today));
  rows.push(...list.noNumber.map((f) => entryRow(f, g.noNumber)));
  if (list.moreNoNumber > 0) rows.push(moreRow(list.moreNoNumber, g.noNumber));
  return { columns: COLUMNS, rows };
}
