/** The message catalogue in English, for users whose locale is English. Same keys as id.ts. */
import type { Catalogue } from './id';

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
  outputs: {
    columnBeside: (base, n) => (n === 1 ? `${base} (Segmentasi)` : `${base} (Segmentasi ${n})`),
    sheetBeside: (base, n) => `${base} (${n})`,
    keptColumn: (sheet, header, ours) =>
      `Your column "${header}" in sheet "${sheet}" was left as it was; customer types were written to column "${ours}".`,
    keptSheet: (name, ours) =>
      `Your sheet "${name}" was left as it was; results were written to sheet "${ours}".`,
    results: (columns, sheets) =>
      `Results: ${columns.length ? `column ${columns.map((c) => `"${c}"`).join(', ')} in your sheets, ` : ''}` +
      `sheet ${sheets.map((s) => `"${s}"`).join(', ')}.`,
  },
  limits: {
    stoppedTitle: 'Segmentasi Pelanggan: stopped before the time limit',
    readTooSlow: (read, total, seconds) =>
      `This book is too large to read within 6 minutes (Google Sheets' limit for one run): ` +
      `${read.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows read in ${seconds} seconds. ` +
      `Nothing was written. To continue: move rows older than the analysis window to another sheet ` +
      `(for example "Archive 2024") and run again, or download the sheet as CSV and use the command line ` +
      `(npx segmentasi), which has no time limit.`,
    writeStopped: (written, pending) =>
      `Time was nearly up (6-minute limit), so the run stopped cleanly. ` +
      `Written in full: ${written.length ? written.join(', ') : '(nothing yet)'}. ` +
      `Not written yet: ${pending.join(', ')}. ` +
      `To continue: click Segmentasi › Jalankan segmentasi once more; the parts not yet written go first.`,
    pendingColumn: (sheet) => `type column in sheet "${sheet}"`,
    pendingSheet: (name) => `sheet "${name}"`,
    tooManyCells: (now, added, limit) =>
      `This spreadsheet uses ${now.toLocaleString('en-US')} cells and the results need ` +
      `${added.toLocaleString('en-US')} more, past Google Sheets' limit of ${limit.toLocaleString('en-US')} cells. ` +
      `Nothing was written. To fix it: delete empty rows and columns below and right of your data, ` +
      `or move old sheets to another file, then run again.`,
    nearCellLimit: (after, limit) =>
      `Note: this spreadsheet now uses ${after.toLocaleString('en-US')} of the ${limit.toLocaleString('en-US')} cells Google Sheets allows.`,
  },
};
