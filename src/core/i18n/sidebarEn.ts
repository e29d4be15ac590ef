/** The sidebar's words in English, for users whose locale is English. Same keys as sidebarId.ts. */
import type { FieldText, SidebarCatalogue } from './sidebarId';
import { englishCount } from './formats';
import { readingPanelEn } from './readingEn';

const settings: Record<string, FieldText> = {
  tempoHari: {
    label: 'Credit term (days)',
    meaning: 'A debt without a due date is due this many days after it was made.',
  },
  batasMacetHari: {
    label: 'Bad debt after (days)',
    meaning: 'A debt more than this many days past due is hard to collect (type D).',
  },
  rasioLoyal: {
    label: 'Loyal share of months',
    meaning: 'A customer is loyal when buying in at least this share of months (0.5 = half).',
  },
  minKunjunganLoyal: {
    label: 'Fewest purchases for loyal',
    meaning: 'How many purchases a customer needs at least to count as loyal.',
  },
  rasioLoyalTanpaReferensi: {
    label: 'Type A share without a referral column',
    meaning: 'Without a "referred by" column, type A needs purchases in at least this share of months.',
  },
  siklusHari: {
    label: 'Usual days between purchases',
    meaning: 'Used for customers who have not bought often enough to have a rhythm of their own.',
  },
  hariHilang: { label: 'Lost after (days)', meaning: 'A customer without a purchase this long is Lost.' },
  batasKreditA: {
    label: 'Credit limit type A (Rp)',
    meaning: 'Empty: A customers never bought on credit, so no limit is suggested. Fill in to set one.',
  },
  batasKreditB: {
    label: 'Credit limit type B (Rp)',
    meaning: 'Empty: B customers never bought on credit, so no limit is suggested. Fill in to set one.',
  },
  jendelaBulan: {
    label: 'Months of data',
    meaning: 'How many months before the reference date are counted.',
  },
  hapusSapaan: {
    label: 'Ignore honorifics',
    meaning: '"Bu Sri" and "Sri" are one person (Bu, Ibu, Pak, Bapak, Mas, Mbak, Kak are ignored).',
  },
  formatTanggal: {
    label: 'Order of typed dates',
    meaning: 'How a date like 03/04/2025 is read: day first (3 April) or month first (4 March).',
  },
  tanggalAcuan: {
    label: 'Reference date',
    meaning: 'Leave empty for today. Type YYYY-MM-DD (e.g. 2026-11-20) to compute as of that date.',
  },
  namaToko: { label: 'Shop name', meaning: 'Used in WhatsApp messages as {toko}.' },
  jedaHubungiHari: {
    label: 'Contact pause (days)',
    meaning: 'A customer already contacted is not listed again for this many days.',
  },
  maksHubungi: {
    label: 'Most contacts per day',
    meaning: 'The contact list holds at most this many people; the rest are counted below it.',
  },
  hariBaru: {
    label: 'New customer (days)',
    meaning: 'A first purchase within this many days makes a customer New.',
  },
  hariTerimaKasih: {
    label: 'Thank-you after (days)',
    meaning: 'This many days after a first purchase, a new customer is listed for a thank-you.',
  },
  hariPrediksi: {
    label: 'Prediction horizon (days)',
    meaning: 'Expected purchases are counted this many days ahead.',
  },
  bulanNilai: {
    label: 'Customer value horizon (months)',
    meaning: "Customer value is a customer's expected spend over this many months ahead.",
  },
  diskonBulanan: {
    label: 'Discount per month',
    meaning:
      "Money that comes later counts for less than money today: 0.01 counts next month's spend 1 % lower, " +
      'the month after 1 % lower again, and so on.',
  },
  perbaruiOtomatis: {
    label: 'Update automatically every morning',
    meaning:
      'The segmentation runs by itself every day, even with the spreadsheet closed. Its outcome is written on the ' +
      'top row of the sheet "Ringkasan Segmentasi" and in this panel.',
  },
  jamPembaruan: {
    label: 'Update hour',
    meaning: "Google runs it within the hour starting at this one, in the spreadsheet's time zone.",
  },
};

export const sidebarEn: SidebarCatalogue = {
  title: 'Customer Segmentation',
  tabs: { ringkasan: 'Summary', hubungi: 'Contact', pengaturan: 'Settings' },
  loading: 'Loading…',
  failed: (message) => `Failed: ${message}`,
  run: 'Run segmentation',
  running: 'Running: reading sheets, computing, writing results…',
  noRunYet: 'Not run in this file yet. Press "Run segmentation".',
  lastRun: (at, referenceDate, customers) =>
    `Last run ${at}, reference date ${referenceDate}: ${englishCount(customers, 'customer', 'customers')}.`,
  typesTitle: 'Customers and sales per type',
  customers: (count) => englishCount(count, 'customer', 'customers'),
  retentionTitle: 'Customers who bought again, last 12 months',
  firstPeriod: 'start of data',
  valueTitle: (months: number) => `Customer value by type, next ${months} months`,
  valueTotal: (amount: string) => `All customers: ${amount}`,
  ageingTitle: 'Unpaid debts by age',
  noDebts: 'No unpaid debts.',
  issues: (count) =>
    `${englishCount(count, 'row', 'rows')} skipped; listed in the "Ringkasan Segmentasi" sheet.`,
  contactsTitle: 'To contact today',
  noContacts: 'Nobody to contact today.',
  more: (count) => `${englishCount(count, 'more person', 'more people')} waiting for tomorrow.`,
  withoutPhone: 'Without a valid phone number: contact in person',
  sendWhatsApp: 'Send WhatsApp',
  contacted: 'Contacted',
  contactedSaved: (days) => `Noted; not listed again for ${englishCount(days, 'day', 'days')}.`,
  advanced: 'Advanced',
  advancedHint: 'Other rules, the sheets and columns read, WhatsApp messages',
  sectionRules: 'Other rules',
  sectionSheets: 'Sheets read',
  sectionColumns: 'Columns',
  sectionAuto: 'Automatic update',
  hour: (hour) => `${String(hour).padStart(2, '0')}:00`,
  sectionMessages: 'WhatsApp messages',
  sheetLabels: { penjualan: 'Sales sheet', hutang: 'Debts sheet', pelanggan: 'Customers sheet' },
  automatic: '(automatic)',
  none: '(none)',
  columnsOf: (sheet) => `Columns in sheet "${sheet}"`,
  noSheet: 'Sheet not found yet.',
  yes: 'Yes',
  dateOrders: { DMY: 'Day first (03/04 = 3 April)', MDY: 'Month first (03/04 = 4 March)' },
  templatesHint: 'Placeholders: {nama}, {jumlah}, {hari}, {tanggal}, {toko}.',
  templates: {
    hutang_belumJatuhTempo: 'Debt not yet due',
    hutang_telat1_30: 'Debt 1-30 days late',
    hutang_telat31_60: 'Debt 31-60 days late',
    hutang_telat61_90: 'Debt 61-90 days late',
    hutang_telatLebih90: 'Debt more than 90 days late',
    komplain: 'Answer a complaint',
    terimaKasih: 'Thanks after a first purchase',
    beliLagi: 'Invite to buy again',
    ajakKembali: 'Win back a customer who stopped buying',
    ulangTahun: 'Birthday',
    hadiah: 'Thanks and reward',
  },
  save: 'Save',
  saved: 'Saved. Used by the next segmentation and by the formulas.',
  notSaved: 'Not saved: correct the fields marked red.',
  settings,
  reading: readingPanelEn,
  errors: {
    tooBig: (max) => `At most ${max}.`,
    tooLong: (max) => `At most ${max} characters.`,
    settingsTooLarge: (kb, max) =>
      `The settings are too long to save: ${kb} KB, at most ${max} KB (Google's limit). Shorten this message.`,
    tooSmall: (min) => `At least ${min}.`,
    notWhole: 'Enter a whole number.',
    notNumber: 'Enter a number.',
    notYesNo: 'Choose yes or no.',
    notText: 'Enter text.',
    badDate: 'Write the date as YYYY-MM-DD, e.g. 2026-11-20.',
    choose: (values) => `Choose one of: ${values}.`,
    unknown: (key) => `Unknown setting: ${key}.`,
    invalid: 'Invalid value.',
    badContact: 'Invalid "Contacted" data.',
  },
};
