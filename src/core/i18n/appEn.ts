/** The add-on's own words in English: the same keys as appId.ts (checked by the compiler). */
import type { AppCatalogue } from './appId';
import { englishCount as of } from './formats';

const countEn = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const n = (value: number) => countEn.format(value);

const HELP_STYLE =
  '<style>body{font-family:Arial,sans-serif;font-size:13px;line-height:1.45;margin:12px;color:#202124}' +
  'h2{font-size:15px;margin:0 0 8px}table{border-collapse:collapse}td,th{padding:3px 8px;text-align:left;' +
  'border-bottom:1px solid #e0e0e0}code{background:#f1f3f4;padding:0 3px}</style>';

export const appEn: AppCatalogue = {
  menu: {
    title: 'Segmentasi',
    run: 'Run segmentation',
    panel: 'Open panel',
    settings: 'Settings',
    help: 'Help',
  },
  dialogs: {
    settingsTitle: 'Segmentation settings',
    settingsReset: (problem) => `${problem}\nThe settings were reset to the defaults.`,
    settingsPrompt: (current) =>
      `Current settings:\n${current}\n\n` +
      'Write changes as name=value, separated by ; (for example: tempoHari=30; lembar.penjualan=Jualan). ' +
      'An empty value restores the default.',
    saved: (lines) => `Saved:\n${lines}`,
    nothingChanged: (problem) => `${problem}\nNothing was changed.`,
    storedBroken: 'The stored settings are damaged and cannot be read; open Segmentasi › Settings.',
    badLine: (line) => `Settings line not understood: "${line}". Write it as name=value.`,
    unknownSetting: (name) => `Unknown setting: "${name}".`,
    helpTitle: 'Customer Segmentation help',
    sidebarTitle: 'Customer Segmentation',
    helpHtml:
      `${HELP_STYLE}<h2>Customer Segmentation help</h2>` +
      '<p><b>Run segmentation</b> reads your sales, debt and customer sheets, then writes:</p><ul>' +
      '<li>a <b>Tipe Pelanggan</b> column to the right of your data (A green, B blue, C yellow, D red);</li>' +
      '<li>a <b>Segmentasi Pelanggan</b> sheet: one row per customer with the reason, the action and the figures;</li>' +
      '<li>a <b>Ringkasan Segmentasi</b> sheet: counts per type, monthly retention, charts and the rows skipped.</li></ul>' +
      '<p>Your data is never changed. Types: <b>A</b> loyal, never on credit, refers others; ' +
      '<b>B</b> pays cash; <b>C</b> buys on credit but pays; <b>D</b> hard to collect from.</p>' +
      '<p>Sheets are found by their name (Penjualan, Transaksi, Jualan; Hutang, Kasbon, Bon; Pelanggan, Customer) ' +
      'or by their column headers (Tanggal, Pelanggan, Total). Headers may sit below a report title and blank rows.</p>' +
      '<p><b>Settings</b> take <code>name=value</code> lines, for example <code>tempoHari=30</code>, ' +
      '<code>lembar.penjualan=Jualan Harian</code>, <code>kolom.penjualan.tanggal=Tgl Transaksi</code>, ' +
      '<code>tanggalAcuan=2026-11-20</code>. An empty value restores the default.</p>' +
      '<p>Formulas: <code>=TIPE_PELANGGAN(A2:A50; Penjualan!A1:I2000; Hutang!A1:H300)</code>, ' +
      '<code>=RETENTION_RATE(Penjualan!A1:I2000; "bulan")</code>.</p>',
  },
  run: {
    title: 'Customer Segmentation',
    doneTitle: 'Customer Segmentation: done',
    reading: 'Reading the sales, debt and customer sheets…',
    busy: 'A segmentation is already running, perhaps from another window or user. Wait until it ends, then try again.',
    failed: (why) => `Segmentation failed: ${why}`,
    staleChoices: (kinds) =>
      `Sheets chosen in the settings no longer exist: ${kinds.join(', ')}; sheets were found by name and column headers.`,
    contactsToday: (count, sheet) => `To contact today: ${count} (sheet "${sheet}").`,
    kinds: { penjualan: 'sales', hutang: 'debts', pelanggan: 'customers' },
    rowsRead: (r) => `Rows read: sales ${n(r.sales)}, debts ${n(r.debts)}, customers ${n(r.customers)}`,
    customersPerType: (count, types) => `Customers: ${n(count)} — ${types}.`,
    problemRows: (count, sheet) => `Rows with problems: ${n(count)}, listed in sheet "${sheet}".`,
    referenceDay: (date) => `Reference date: ${date}.`,
    missingSalesSheet: (looked, columns, sheets) =>
      `No sales sheet found.\n\n` +
      `Sheet names looked for: ${looked.join(', ')}.\n` +
      `Or a sheet whose header row has the columns: ${columns.join('; ')}.\n` +
      `Sheets present: ${sheets.length ? sheets.join(', ') : 'none'}.\n\n` +
      `To fix it: rename your sales sheet to "Penjualan", or open ` +
      `Segmentasi › Settings and set lembar.penjualan=<your sheet's name>.`,
  },
  summaryText: {
    window: (reference, from) => `Reference date ${reference}, analysis window from ${from}.`,
    analysed: (count) => `customers analysed: ${n(count)}`,
    tableHeader: 'Type  Customers  Sales                Open debt',
    afterReference: (count) => `${of(count, 'row', 'rows')} after the reference date ignored.`,
    uncheckedRow: (name, date, amount, row) => `${name}, ${date}, ${amount} (row ${n(row)})`,
    andMore: (count) => `... and ${n(count)} more.`,
  },
  summaryColumns: {
    type: 'Type',
    description: 'Description',
    customers: 'Customers',
    customerShare: 'Share of customers',
    sales: 'Sales',
    salesShare: 'Share of sales',
    openDebt: 'Open debt',
    action: 'Action',
    newSalesShare: 'Share of sales, new',
    existingSalesShare: 'Share of sales, existing',
    sheet: 'Sheet',
    row: 'Row',
    column: 'Column',
    reason: 'Reason',
    matrix: 'Matrix',
    rung: 'Stage',
    people: 'People',
    status: 'Status',
    rfmSegment: 'RFM segment',
    name1: 'Name 1',
    name2: 'Name 2',
    notes: 'Notes',
    date: 'Date',
    remaining: 'Remaining',
    salesRow: 'Sales row',
  },
  typeWhy: {
    noPurchase: 'no purchase in the analysis window',
    visits: (times, active, observed) =>
      `${of(times, 'purchase', 'purchases')}, active ${n(active)} of ${of(observed, 'month', 'months')}`,
    lateOpen: (owed, late, limit) =>
      `debt ${owed} overdue ${of(late, 'day', 'days')} (limit ${of(limit, 'day', 'days')})`,
    latePaid: (late, limit) =>
      `paid debts were on average ${of(late, 'day', 'days')} late (limit ${of(limit, 'day', 'days')})`,
    creditPurchases: (times) => `${of(times, 'purchase', 'purchases')} on credit`,
    paidLate: (late) => `paid on average ${of(late, 'day', 'days')} late`,
    owed: (amount) => `open debt ${amount}`,
    allPaid: 'all paid',
    neverCredit: 'never on credit',
    notLoyal: (visits, share) =>
      `not loyal yet (needs ≥${of(visits, 'purchase', 'purchases')} and active ≥${share} of months)`,
    complaint: 'a complaint is recorded',
    referred: (count) => `referred ${of(count, 'customer', 'customers')}`,
    loyalNoReferral: 'loyal but has not referred anyone yet',
    activeNoReferralColumn: (share) => `active ≥${share} of months (no referral column)`,
    loyalNeedsMore: (share) => `loyal, but A needs active ≥${share} of months (no referral column)`,
  },
  ladderWhy: {
    partner: (kind) => `kind "${kind}": trade partner`,
    advocate: (count) => `loyal and referred ${of(count, 'customer', 'customers')}`,
    repeater: (times) => `${of(times, 'purchase', 'purchases')}, not loyal yet`,
    once: 'one purchase so far',
    debtOnly: 'only in the debt book',
    prospect: 'has a contact, never bought',
    suspect: 'no contact and never bought',
    noPurchaseInWindow: 'no purchase in the window',
    daysSince: (since) => `${of(since, 'day', 'days')} since the last purchase`,
    lost: (since, limit) => `${since} (> ${of(limit, 'day', 'days')})`,
    asleep: (since, cycle) => `${since}, more than 2× the cycle; ${cycle}`,
  },
  duplicateWhy: {
    sameWithoutTitle: 'same name without the title (Bu, Pak, Mas...)',
    samePhone: (phone) => `same phone number (${phone})`,
    samePhoneMany: (phone, names) => `same phone number (${phone}): ${of(names, 'name', 'names')}`,
    moreNames: (count) => `and ${of(count, 'more name', 'more names')}`,
    typo: 'names one letter apart (possibly a typo)',
  },
  rfmActions: {
    Juara: 'Give a reward, ask for a review and referrals',
    Setia: 'Offer pricier products, ask for a review',
    Potensial: 'Offer a membership or loyalty programme',
    Baru: 'Welcome them, help with a second purchase',
    'Perlu Perhatian': 'Make a time-limited offer',
    'Hampir Tidur': 'Remind them with popular products or a discount',
    Berisiko: 'Contact them personally, ask how they are and what they need',
    'Jangan Sampai Hilang': 'Contact them at once with a special offer',
    Tidur: 'Offer other products, a special discount',
    Hilang: 'Greet them once more; if there is no answer, let go',
    'Tagih Hutang': 'Collect the debt first; no rewards or offers until it is paid',
  },
  ageLabels: {
    belumJatuhTempo: 'Not yet due',
    telat1_30: '1-30 days late',
    telat31_60: '31-60 days late',
    telat61_90: '61-90 days late',
    telatLebih90: 'Over 90 days late',
  },
  cellWords: {
    noData: 'No data',
    paid: 'Paid',
    noPurchase: 'No purchase',
    skippedRow: 'Skipped',
    afterReference: 'after the reference date',
    invalidNumber: (value) => `Invalid number: ${value}`,
  },
  formulaErrors: {
    unknownOutput: (formula, given, names) =>
      `unknown keluaran for ${formula}: "${given}". Choose ${names.join(', ')}.`,
    unknownRateOutput: (given) => `unknown keluaran: "${given}". Choose rate or tabel.`,
    rateUnknown: (label) =>
      `Retention rate ${label} cannot be computed: the period before had no active customers.`,
    unknownPeriod: (given) => `Unknown period: "${given}". Choose minggu, bulan, kuartal or tahun.`,
    unknownTimeZone: (zone) => `Unknown time zone: "${zone}".`,
  },
};
