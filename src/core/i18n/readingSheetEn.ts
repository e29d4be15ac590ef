/** The reading report's words in English: the same keys as readingSheetId.ts. */
import { englishCount as of } from './formats';
import { readingPanelEn } from './readingEn';
import type { readingId } from './readingSheetId';

export const readingEn: typeof readingId = {
  ...readingPanelEn,
  kinds: { penjualan: 'Sales', hutang: 'Debts', pelanggan: 'Customers' },
  sheetValue: (name, rows) => `${name} (${of(rows, 'data row', 'data rows')})`,
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
    sisa: 'the only amount in the debt book: what is still owed is taken as the debt',
  },
  assumptions: {
    datesCarriedDown: 'Blank dates taken from the row above',
    repaymentsInSales: 'Debt repayments in the sales sheet',
    creditWithoutDebtRow: 'Credit sales with no row in the debt book (taken as open debts)',
    unknownWords: 'Unknown payment words (the rows are still read)',
    cancelledRows: 'Cancelled, failed or pending rows (not sales)',
    rowsSkipped: 'Rows skipped or to be checked',
    sameNameTwoNumbers:
      'Same name, different numbers in the customer data: their sales stay under one name, with no WhatsApp link until told apart',
    namesSplitByNumber: 'One name with numbers of their own in the sales: counted as different people',
    noMobileNumber:
      'Numbers that are not mobiles (landlines or other): no WhatsApp link, to be reached in person',
  },
  fixes: {
    datesCarriedDown: 'If wrong: write the date on that row.',
    repaymentsInSales: 'If wrong: change the words on that row, or choose another column above.',
    creditWithoutDebtRow: 'If it was paid: write "lunas" on that row, or choose its debt sheet below.',
    unknownWords: 'Choose what each word means below, then Save.',
    cancelledRows: 'If it was not cancelled: change its status on that row.',
    rowsSkipped: 'Fix the cell named, then run again.',
    sameNameTwoNumbers: 'Tell the names apart in the sheet, e.g. "Budi Pasar" and "Budi Kantor".',
    namesSplitByNumber: 'If it is one person: write the same number on their rows.',
    noMobileNumber: 'Write their mobile number in the customer data.',
  },
  count: (count, people) => (people ? of(count, 'person', 'people') : of(count, 'row', 'rows')),
  example: (sheet, row, column, cell, reason) =>
    row > 0
      ? `${sheet ? `${sheet} ` : ''}row ${row}${column ? `, ${column}` : ''}: ${reason ? cell : `"${cell}"`}`
      : cell,
  wordAs: 'Means',
  guessesHint: (kinds) =>
    kinds === 0
      ? 'Sheets and columns read; no assumptions'
      : `Sheets, columns and ${of(kinds, 'kind of assumption', 'kinds of assumption')}: check them`,
  columns: { part: 'Part', what: 'What', value: 'Read as', why: 'Why / examples' },
  parts: { sheet: 'Sheet', column: 'Column', assumption: 'Assumption' },
  heading: 'How your book was read (check it; change it in the settings if wrong):',
  product: (qty, price) => `${qty} × ${price}`,
};
