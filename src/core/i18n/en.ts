/** The message catalogue in English, for users whose locale is English. Same keys as id.ts. */
import type { Catalogue } from './id';

const countEn = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const n = (value: number) => countEn.format(value);

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
    unknownPaymentWord: (v, rows) =>
      `"${String(v)}" is not a word we know for paid or unpaid` +
      (rows > 1 ? ` (${n(rows)} rows)` : '') +
      `, not counted as a debt; write e.g. "Lunas", "Belum Lunas" or "Hutang"`,
    paidBeforeDebt: 'payment date before the debt date, ignored',
  },
  notes: {
    cancelledRows: (sheet, rows) =>
      `Sheet "${sheet}": ${n(rows)} rows with status cancelled, failed, pending or refund are not counted as sales.`,
    emptySheet: (sheet) => `Sheet "${sheet}" is empty or holds only a header row, skipped.`,
    unreadableSheet: (sheet, why) => `Sheet "${sheet}" skipped: ${why}`,
    nothingInWindow: (latestSale, reference, months) =>
      `No sales in the ${n(months)} months up to the reference date ${reference}. ` +
      `The latest sale recorded is ${latestSale}. To read an old book, set the reference date ` +
      `(Segmentasi › Settings: tanggalAcuan, or --tanggal-acuan on the command line) to that date.`,
    sameNameDifferentPhone: (name, phones) =>
      `Same name, different numbers: "${name}" (${phones.join(', ')}). Their sales stay under one name ` +
      `and no WhatsApp link is made; tell them apart in the sheet, e.g. "${name} Pasar" and "${name} Kantor".`,
    uncheckedCreditTitle: 'To check: credit sales with no repayment record',
    uncheckedCredit: (count, amount) =>
      `${n(count)} credit sales (${amount}) are not in the debt sheet and not marked paid: counted as unpaid debts.`,
    sheetTie: (kind, names) =>
      `${n(names.length)} sheets fit equally well as the ${kind} sheet: ${names
        .map((x) => `"${x}"`)
        .join(', ')}. Choose one in Segmentasi › Settings (lembar.${kind}), then run again.`,
  },
  count: n,
};
