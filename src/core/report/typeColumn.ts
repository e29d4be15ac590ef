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
/** A row dated after the reference date: not read. */
export const afterReference = (): string => msg().cellWords.afterReference;

export type OwnerSheet = 'sales' | 'debts' | 'customers';

export interface TypeColumn {
  /** 1-based sheet row of the header; the column is written from here down. */
  headerRow: number;
  /** Header first, then one value per row below it, through the sheet's last row. */
  values: string[];
}

/**
 * The column for one of the owner's sheets, or null when that sheet was not read. Of a book kept
 * over several sheets, each sheet has its own header and rows.
 */
export function typeColumn(
  analysis: Analysis,
  sheet: OwnerSheet,
  sheetName: string,
  lastRow: number,
): TypeColumn | null {
  const read = analysis.sheets[sheet];
  if (!read) return null;
  const part = read.parts?.find((p) => p.name === sheetName);
  if (read.parts && !part) return null;
  const headerRow = (part ?? read).header.headerRow + 1;
  const values = new Array<string>(Math.max(lastRow - headerRow + 1, 1)).fill('');
  values[0] = OUTPUT_HEADER;
  const at = (row: number, text: string) => {
    if (row > headerRow && row <= lastRow) values[row - headerRow] = text;
  };
  for (const issue of analysis.issues) if (issue.sheet === sheetName) at(issue.row, skippedRow());
  // Rows after the reference date are not read: the owner sees why beside them (DOMAIN 1).
  for (const row of (part ?? read).afterReferenceRows ?? []) at(row, afterReference());
  // People without purchases show their rung (Prospek or Suspek) in the customer sheet.
  const rungs = new Map(analysis.prospects.map((p) => [p.row, p.ladder.rung]));
  for (const record of read.records) {
    if (part && (record as { sheet?: string }).sheet !== sheetName) continue;
    const customer = analysis.byKey.get(record.key);
    values[record.row - headerRow] = customer
      ? customer.type
      : sheet === 'customers'
        ? (rungs.get(record.row) ?? noPurchase())
        : '';
  }
  return { headerRow, values };
}
