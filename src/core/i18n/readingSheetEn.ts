/** The reading report's words for the sheet's table and the printed report, in English. */
import { readingPanelEn } from './readingEn';
import type { readingId } from './readingSheetId';

export const readingEn: typeof readingId = {
  ...readingPanelEn,
  columns: { part: 'Part', what: 'What', value: 'Read as', why: 'Why / examples' },
  parts: { sheet: 'Sheet', column: 'Column', assumption: 'Assumption' },
  heading: 'How your book was read (check it; change it in the settings if wrong):',
  product: (qty, price) => `${qty} × ${price}`,
};
