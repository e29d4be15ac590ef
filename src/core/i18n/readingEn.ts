/** The reading report's words in English: the same keys as readingId.ts. */
import type { readingId } from './readingId';

const countEn = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const n = (value: number) => countEn.format(value);

export const readingEn: typeof readingId = {
  title: 'How your book was read',
  columns: { part: 'Part', what: 'What', value: 'Read as', why: 'Why / examples' },
  parts: { sheet: 'Sheet', column: 'Column', assumption: 'Assumption' },
  kinds: { penjualan: 'Sales', hutang: 'Debts', pelanggan: 'Customers' },
  sheetValue: (name, rows) => `${name} (${n(rows)} data rows)`,
  how: {
    pilihan: 'chosen in the settings',
    nama: 'by the sheet name',
    judul: 'by its column headers',
    berkas: 'the file given',
  },
  role: (kind, label) => `${kind} › ${label}`,
  columnWhy: {
    name: 'by its header',
    setting: 'chosen in the settings',
    quantity: (other, chosen) =>
      `${other} holds small whole numbers: taken as a quantity; ${chosen} is used as the amount`,
    subtotal: (other, chosen) => `${chosen} chosen, not ${other}`,
    product: 'no total column: quantity × price',
  },
  product: (qty, price) => `${qty} × ${price}`,
  assumptions: {
    datesCarriedDown: 'Blank dates taken from the row above',
    repaymentsInSales: 'Debt repayments in the sales sheet',
    creditWithoutDebtRow: 'Credit sales with no row in the debt book (taken as open debts)',
    unknownWords: 'Unknown payment words (the rows are still read)',
    cancelledRows: 'Cancelled, failed or pending rows (not sales)',
    rowsSkipped: 'Rows skipped or to be checked',
  },
  count: (count) => `${n(count)} rows`,
  example: (sheet, row, column, cell) => `${sheet} row ${row}${column ? `, ${column}` : ''}: "${cell}"`,
  heading: 'How your book was read (check it; change it in the settings if wrong):',
  correct: 'If something is wrong, change the choice next to it and Save; it applies from the next run.',
  wordAs: 'Means',
  wordChoices: { '': '— not chosen', lunas: 'paid', belumLunas: 'unpaid (on credit)' },
  noReport: 'Run the segmentation first: how your book was read shows here.',
};
