/** The message catalogue in English, for users whose locale is English. Same keys as id.ts. */
import type { Catalogue } from './id';
import { sidebarEn } from './sidebarEn';

export const en: Catalogue = {
  missingColumn: (sheet, missing, headersFound) => {
    const parts = missing.map((f) => `"${f.label}" (looked for: ${f.synonyms.join(', ')})`);
    const found = headersFound.length ? headersFound.map((h) => `"${h}"`).join(', ') : '(none)';
    return (
      `Required column not found in sheet "${sheet}": ${parts.join('; ')}. ` +
      `Column headers present: ${found}. Rename a header or set the column mapping in the settings.`
    );
  },
  rowIssue: (sheet, row, column, reason) => `Sheet "${sheet}", row ${row}, column "${column}": ${reason}`,
  reasons: {
    badDate: (v) => `unreadable date: "${String(v)}"`,
    blankDate: 'missing date',
    badAmount: (v) => `unreadable amount: "${String(v)}"`,
    blankAmount: 'missing amount',
    blankName: 'missing customer name',
    badDueDate: (v) => `unreadable due date, using date + credit term: "${String(v)}"`,
    badPaidDate: (v) => `unreadable payment date, ignored: "${String(v)}"`,
    badPaidAmount: (v) => `unreadable amount paid, ignored: "${String(v)}"`,
    badPhone: (v) => `invalid phone number, no WhatsApp link: "${String(v)}"`,
    paymentWithoutDebt: (name) => `payment from "${name}" exceeds their debt`,
  },
  sidebar: sidebarEn,
};
