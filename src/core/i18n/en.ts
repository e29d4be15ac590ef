/** The message catalogue in English, for users whose locale is English. Same keys as id.ts. */
import type { Catalogue } from './id';
import { sidebarEn } from './sidebarEn';
import { appEn } from './appEn';
import { readingEn } from './readingSheetEn';
import { valueEn } from './valueEn';
import { automationEn } from './automationEn';
import { englishCount as of } from './formats';
import { cliEn } from './cliEn';
import { sqlEn } from './sqlEn';

const countEn = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
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
    errorCell: (v) => `the cell holds a formula error ${String(v)}: fix the formula in the sheet`,
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
  types: {
    labels: {
      A: 'Loyal, never on credit, advocate',
      B: 'Pays cash, not yet an advocate',
      C: 'Buys on credit and pays',
      D: 'Hard to collect',
    },
    actions: {
      A: 'Keep them: invite to events, reward, extra discount',
      B: 'Approach them to become A: ask for referrals, keep in touch',
      C: 'Approach them to buy without credit: move to B',
      D: 'Stop giving credit, collect what is owed, spend energy on other customers',
    },
  },
  matrix: {
    actions: {
      Kembangkan: 'Up-sell, cross-sell, ask for referrals, greet on special days, schedule calls',
      Tangkap: 'Call and visit more often to win more business',
      'Sumber Referensi': 'Ask them for new prospects',
      Putus: 'Re-check now and then, put energy elsewhere',
      Baru: 'Welcome them and thank them; placed once you know them better',
      'Tagih Hutang': 'Collect the debt first; offer nothing until it is paid',
    },
    isNew: (days, hariBaru) =>
      `first purchase ${of(days, 'day', 'days')} ago (new customer: under ${of(hariBaru, 'day', 'days')})`,
    typeD: 'type D: collect the debt first',
    spend: (spend, high, usual) =>
      `spent ${spend}, ${high ? 'at or above' : 'below'} the usual customer's spend (${usual})`,
    potentialSaid: (v) => `potential "${v}"`,
    closenessSaid: (v) => `closeness "${v}"`,
    loyalOnTime: 'loyal and not past the next expected purchase',
    loyalLate: 'loyal but past the next expected purchase',
    notLoyal: 'not loyal yet',
  },
  cycle: {
    own: (days) => `usually buys every ${of(days, 'day', 'days')}`,
    shop: (days) => `no habit of their own yet: the shop's usual, every ${of(days, 'day', 'days')}`,
  },
  status: {
    newCustomer: (days) => `new customer, first purchase ${of(days, 'day', 'days')} ago`,
  },
  credit: {
    typeD: 'type D: no new credit',
    typeC: (times) => `type C: about their usual credit purchase (from ${of(times, 'debt', 'debts')})`,
    neverOnCredit: 'never bought on credit',
    ownerSet: (type) => `type ${type}: limit from the setting batasKredit${type}`,
    over: (reason, owed, limit) => `${reason}; WARNING: open debt ${owed} is above the limit ${limit}`,
  },
  retention: {
    firstPeriod: 'start of data',
    week: (monday) => `Week of ${monday}`,
    quarter: (quarter, year) => `Q${quarter} ${year}`,
  },
  followUp: {
    labels: {
      hutang: 'Collect debt',
      komplain: 'Answer complaint',
      terimaKasih: 'Say thank you',
      beliLagi: 'Remind to buy again',
      ajakKembali: 'Win back',
      hadiah: 'Reward',
      ulangTahun: 'Birthday greeting',
    },
    groups: {
      today: 'Contact today',
      winBack: 'Win back',
      noNumber: 'No valid WhatsApp number: contact in person',
    },
    more: (n) => `and ${n} more waiting for the next days`,
    debt: (owed, days) => `debt ${owed}, ${of(days, 'day', 'days')} past due`,
    complaint: (text) => `complaint recorded: "${text}"`,
    thanks: (date) => `first purchase on ${date}`,
    repurchase: (cycle, last) => `usually buys every ${of(cycle, 'day', 'days')}, last on ${last}`,
    winBack: (status, last) => `${status.toLowerCase()}: last purchase ${last}`,
    reward: (times, spend) => `type A: ${of(times, 'purchase', 'purchases')}, ${spend}`,
    birthday: (date) => `birthday ${date}`,
  },
  formulas: {
    notRange: (argument) => `Argument ${argument} must be a range with a header row, e.g. Penjualan!A1:H500.`,
    badReferenceDate: (value) => `tanggal_acuan is not a readable date: "${value}".`,
    noSales: 'No sales up to the reference date yet.',
    noCompletePeriod: 'No sales before the latest complete period yet.',
    noSalesInPeriod: 'No sales in the latest complete period yet.',
  },
  summary: {
    skippedHeading: (count) => `${of(count, 'row', 'rows')} skipped:`,
    allRead: 'Every row was read.',
    retentionNone: 'Retention rate: no complete month with sales yet.',
    retentionFirst: (label) => `Retention rate ${label}: start of data (no earlier month to compare with).`,
    rateUnknown: 'not computable yet',
    retentionLatest: (r) =>
      `Retention rate ${r.label}: ${r.rate} (${n(r.retained)} of ${of(r.before, 'customer', 'customers')} of the month before); ` +
      `${of(r.newCustomers, 'new customer', 'new customers')}, new sales ${r.salesNew} vs existing ${r.salesExisting} (to ${r.end}).`,
    title: 'Customer segmentation summary',
    label: 'Item',
    value: 'Value',
    runAt: 'Run at',
    duration: 'Duration',
    seconds: (s) => `${s} seconds`,
    referenceDay: 'Reference date',
    windowFrom: 'Analysis window from',
    sheet: (label) => `Sheet ${label}`,
    none: 'none',
    how: { pilihan: 'chosen in the settings', nama: 'by sheet name', judul: 'by column headers' },
    rowsSales: 'Sales rows read',
    rowsDebts: 'Debt rows read',
    rowsCustomers: 'Customer rows read',
    rowsAfterReference: 'Rows after the reference date (ignored)',
    rowsSkipped: 'Rows skipped',
    customers: 'Customers analysed',
    typeTitle: 'Per customer type',
    typeChart: 'Customers per type',
    retentionTitle: 'Monthly retention and share of sales from new customers',
    retentionChart: 'Retention rate per month',
    skippedSome: (all, listed) => `Rows skipped: ${all}, first ${listed} shown`,
    skippedAll: (all) => `Rows skipped: ${all}`,
    matrixTitle: 'Relationship matrix',
    ladderTitle: 'Customer ladder, bottom to top',
    statusTitle: (repeat) => `Customer status; repeat purchase rate ${repeat}`,
    rfmTitle: 'RFM segments (recency, frequency, monetary)',
    cohortTitle: 'Cohorts by first-purchase month: share buying in month n',
    duplicatesTitle: 'Possibly the same customer: check, then use one name in your sheet',
  },
  settings: {
    invalid: (problems) => `Invalid settings: ${problems.join('; ')}`,
    unknownKey: (path) => `"${path}" is not a known setting (check the spelling)`,
    tooSmall: (path, min) => `"${path}" must be at least ${min}`,
    tooBig: (path, max) => `"${path}" must be at most ${max}`,
    wrongType: (path, expected) => `"${path}" must be ${EN_KINDS[expected] ?? 'a valid value'}`,
    notOneOf: (path, values) => `"${path}" must be one of: ${values.join(', ')}`,
    wrongFormat: (path) => `"${path}" must look like YYYY-MM-DD, e.g. 2026-11-20`,
    other: (path, detail) => `"${path || 'settings'}": ${detail}`,
  },
  /** "Berapa nilai pelanggan?": Gamma-Gamma and customer value (DOMAIN 9b), see valueEn.ts. */
  value: valueEn,
  prediction: {
    tooFewRepeaters: (repeaters, needed) =>
      `Peluang Aktif and Prediksi Beli left blank: only ${of(repeaters, 'customer', 'customers')} bought more than once, ` +
      `at least ${needed} are needed for a forecast worth trusting.`,
    notConverged:
      'Peluang Aktif and Prediksi Beli left blank: the model fit found no stable result for this data, ' +
      'so no number is shown.',
    title: 'Will they buy again? Forecast of the BG/NBD model',
    expectedTotal: (days) => `Expected purchases in the next ${of(days, 'day', 'days')} (all customers)`,
    customers: 'Customers counted',
    repeaters: 'Customers who bought more than once',
    parameter: (name) => `Parameter ${name}`,
    alphaPerDay: 'Parameter alpha (per day)',
    logLikelihood: 'Log-likelihood',
    note: 'Note',
    summaryLine: (days, total) =>
      `Expected purchases in the next ${of(days, 'day', 'days')}: ${total} (BG/NBD model, see model.csv).`,
    badDays: (value) => `days must be a whole number from 1 to 3650: "${String(value)}"`,
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
  sidebar: sidebarEn,
  reading: readingEn,
  notes: {
    cancelledRows: (sheet, rows) =>
      `Sheet "${sheet}": ${of(rows, 'row', 'rows')} with status cancelled, failed, pending or refund ` +
      `${rows === 1 ? 'is' : 'are'} not counted as sales.`,
    emptySheet: (sheet) => `Sheet "${sheet}" is empty or holds only a header row, skipped.`,
    unreadableSheet: (sheet, why) => `Sheet "${sheet}" skipped: ${why}`,
    nothingInWindow: (latestSale, reference, months) =>
      `No sales in the ${of(months, 'month', 'months')} up to the reference date ${reference}. ` +
      `The latest sale recorded is ${latestSale}. To read an old book, set the reference date ` +
      `(Segmentasi › Settings: tanggalAcuan, or --tanggal-acuan on the command line) to that date.`,
    sameNameDifferentPhone: (name, phones) =>
      `Same name, different numbers: "${name}" (${phones.join(', ')}). Their sales stay under one name ` +
      `and no WhatsApp link is made; tell them apart in the sheet, e.g. "${name} Pasar" and "${name} Kantor".`,
    uncheckedCreditTitle: 'To check: credit sales with no repayment record',
    uncheckedCredit: (count, amount) =>
      count === 1
        ? `1 credit sale (${amount}) is not in the debt sheet and not marked paid: counted as an unpaid debt.`
        : `${n(count)} credit sales (${amount}) are not in the debt sheet and not marked paid: counted as unpaid debts.`,
    sheetsTogether: (kind, names) =>
      `${kind} read from ${n(names.length)} sheets together: ${names.map((x) => `"${x}"`).join(', ')}.`,
    datesCarried: (sheet, rows, examples) =>
      `Sheet "${sheet}": ${rows === 1 ? '1 row without a date took' : `${n(rows)} rows without a date took`} ` +
      `the date of the row above (${examples.length === 1 ? 'row' : 'rows'} ${examples.join(', ')}${rows > examples.length ? ', ...' : ''}).`,
    repaymentsFound: (sheet, rows, examples) =>
      `Sheet "${sheet}": ${rows === 1 ? '1 debt repayment row' : `${n(rows)} debt repayment rows`} counted as ` +
      `${rows === 1 ? 'a repayment, not a sale' : 'repayments, not sales'} (${examples.length === 1 ? 'row' : 'rows'} ${examples.join(', ')}${rows > examples.length ? ', ...' : ''}).`,
    sheetTie: (kind, names) =>
      `${n(names.length)} sheets fit equally well as the ${kind} sheet: ${names
        .map((x) => `"${x}"`)
        .join(', ')}. Choose one in Segmentasi › Settings (lembar.${kind}), then run again.`,
  },
  count: n,
  cli: cliEn,
  sql: sqlEn,
  ...appEn,
  ...automationEn,
};

const EN_KINDS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  string: 'text',
  object: 'a group of settings',
  record: 'a group of settings',
};
