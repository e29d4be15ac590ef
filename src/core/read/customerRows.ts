/** Reading the customer sheet: who the owner knows, with the facts the types and the ladder use. */
import { CellCache } from './cellMeaning';
import { forEachDataCells } from './dataRows';
import type { Day } from './dates';
import { detectHeader } from './headers';
import { msg } from '../i18n';
import { optionalDay } from './rowStart';
import { CUSTOMER_FIELDS, type ColumnOverrides } from './schema';
import { issue, type ReadContext, type ReadResult, type SheetInput } from './sheet';
import { cleanName, isBlank, phoneKey } from './text';

export interface CustomerRecord {
  row: number;
  name: string;
  key: string;
  phone: string;
  birthday: Day | null;
  kind: string;
  referredBy: string;
  potential: string;
  closeness: string;
  complaint: string;
  /** The owner's "Terakhir Dihubungi" date: the follow-up list leaves the customer out for a while. */
  lastContacted: Day | null;
}

/** Reads the customer sheet: names with phone, birthday, kind, referral, potential, closeness, complaint. */
export function readCustomers(
  sheet: SheetInput,
  ctx: ReadContext,
  overrides: ColumnOverrides = {},
): ReadResult<CustomerRecord> {
  const header = detectHeader(sheet.rows, 'pelanggan', sheet.name, overrides);
  const c = header.columns as Partial<Record<keyof typeof CUSTOMER_FIELDS, number>>;
  const nameCol = c.nama as number;
  const cache = new CellCache(ctx);
  const records: CustomerRecord[] = [];
  const text = (col: number | undefined, row: readonly unknown[]) =>
    col === undefined ? '' : cleanName(row[col]);
  const dataRows = forEachDataCells(sheet, header, nameCol, nameCol, (row, rowNumber) => {
    const name = cleanName(row[nameCol]);
    if (name === '') {
      issue(ctx, sheet, rowNumber, CUSTOMER_FIELDS.nama.label, msg().reasons.blankName);
      return;
    }
    const phone = c.hp === undefined ? '' : phoneKey(row[c.hp]);
    // Reported, never guessed: the customer is read, only the WhatsApp link is left out.
    if (c.hp !== undefined && phone === '' && !isBlank(row[c.hp]))
      issue(ctx, sheet, rowNumber, CUSTOMER_FIELDS.hp.label, msg().reasons.badPhone(row[c.hp]));
    records.push({
      row: rowNumber,
      name,
      key: cache.who(name).key,
      phone,
      birthday:
        c.tanggalLahir === undefined
          ? null
          : optionalDay(
              row[c.tanggalLahir],
              cache,
              ctx,
              sheet,
              rowNumber,
              CUSTOMER_FIELDS.tanggalLahir.label,
              msg().reasons.badDate,
            ),
      kind: text(c.jenis, row),
      referredBy: text(c.referensi, row),
      potential: text(c.potensi, row),
      closeness: text(c.kedekatan, row),
      complaint: text(c.komplain, row),
      lastContacted:
        c.terakhirDihubungi === undefined
          ? null
          : optionalDay(
              row[c.terakhirDihubungi],
              cache,
              ctx,
              sheet,
              rowNumber,
              CUSTOMER_FIELDS.terakhirDihubungi.label,
              msg().reasons.badDate,
            ),
    });
  });
  return { records, header, afterReference: 0, dataRows };
}
