/**
 * The "Tipe Pelanggan" column the menu puts beside the owner's rows: one value per sheet row,
 * from the header row down to the last row, aligned with what the core read.
 */
import type { Analysis } from '../analysis';
import { OUTPUT_HEADER } from '../read/headers';
import { msg } from '../i18n';

/** A customer-sheet row of someone already listed above without a purchase (a repeated name). */
export const noPurchase = (): string => msg().cellWords.noPurchase;
/** A row that could not be read; the reason is listed on the Ringkasan sheet. */
export const skippedRow = (): string => msg().cellWords.skippedRow;

export type OwnerSheet = 'sales' | 'debts' | 'customers';

export interface TypeColumn {
  /** 1-based sheet row of the header; the column is written from here down. */
  headerRow: number;
  /** Header first, then one value per row below it, through the sheet's last row. */
  values: string[];
}

/** The column for one of the owner's sheets, or null when that sheet was not read. */
export function typeColumn(
  analysis: Analysis,
  sheet: OwnerSheet,
  sheetName: string,
  lastRow: number,
): TypeColumn | null {
  const read = analysis.sheets[sheet];
  if (!read) return null;
  const headerRow = read.header.headerRow + 1;
  const values = new Array<string>(Math.max(lastRow - headerRow + 1, 1)).fill('');
  values[0] = OUTPUT_HEADER;
  for (const issue of analysis.issues) {
    if (issue.sheet === sheetName && issue.row > headerRow && issue.row <= lastRow)
      values[issue.row - headerRow] = skippedRow();
  }
  // People without purchases show their rung (Prospek or Suspek) in the customer sheet.
  const rungs = new Map(analysis.prospects.map((p) => [p.row, p.ladder.rung]));
  for (const record of read.records) {
    const customer = analysis.byKey.get(record.key);
    values[record.row - headerRow] = customer
      ? customer.type
      : sheet === 'customers'
        ? (rungs.get(record.row) ?? noPurchase())
        : '';
  }
  return { headerRow, values };
}
