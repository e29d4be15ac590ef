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
  cli: {
    error: (text) => `Error: ${text}`,
    debugHint: 'Run again with --debug for technical details.',
    unknownOption: (detail) => `unknown or incomplete option (${detail}). See --help.`,
    salesRequired: '--penjualan FILE is required. See --help.',
    badReferenceDate: (text) => `--tanggal-acuan is not a date: "${text}" (use YYYY-MM-DD).`,
    badTimeZone: (zone) => `unknown time zone: "${zone}" (e.g. Asia/Jakarta).`,
    fileNotFound: (label, file) => `${label} file not found: ${file}`,
    fileUnreadable: (label, file) => `${label} file cannot be read: ${file}`,
    settingsNotJson: (file, line) =>
      `settings file ${file} is not valid JSON${line === null ? '' : ` (around line ${line})`}. ` +
      'A valid example: {"tempoHari": 30}',
    settingsInvalid: (file, detail) => `settings in ${file} are not valid: ${detail}`,
    settingProblem: {
      tooSmall: (key, min) => `${key} must be at least ${min}`,
      tooBig: (key, max) => `${key} must be at most ${max}`,
      unknownKeys: (keys) => `unknown keys: ${keys.join(', ')}`,
      wrongType: (key) => `${key} has the wrong kind of value`,
      invalid: (key) => `${key} is not valid`,
    },
    outputNotOurs: (dir) =>
      `output folder "${dir}" already holds other files and no earlier segmentation output; ` +
      'nothing was written so your files are not overwritten. Choose a new folder with --keluar FOLDER.',
    outputNotFolder: (path) => `"${path}" exists and is not a folder. Choose another with --keluar.`,
    outputUnwritable: (dir) => `cannot write to the output folder "${dir}".`,
    dataProblem: (text) => text,
    internal: 'an error in the program, not in your data.',
    markerText:
      "This folder holds customer segmentation output. This file marks the folder as segmentasi's own.\n",
    fileRead: (label, file, rows, ms) =>
      `${label}: read ${file}, ${rows.toLocaleString('en-US')} rows (${ms} ms)`,
    analysing: (stage) => `analysing ${stage}`,
    analysed: (customers, ms) => `analysis done: ${customers.toLocaleString('en-US')} customers (${ms} ms)`,
    contactsToday: (count) => `${count} people to contact today (hubungi.csv).`,
    written: (dir, files) => `Results written to ${dir}/: ${files.join(', ')}.`,
    labels: { sales: 'Sales', debts: 'Debts', customers: 'Customers', settings: 'settings' },
    help: (options, exits) =>
      `segmentasi: customer segmentation from CSV files

Usage:
  npx segmentasi --penjualan FILE [--hutang FILE] [--pelanggan FILE] [--pengaturan FILE.json]
                 [--tanggal-acuan YYYY-MM-DD] [--keluar FOLDER] [--zona-waktu TZ] [--diam] [--debug]

Options:
${options}
Files written to the output folder: pelanggan.csv (one row per customer: type, reasons, measures),
retensi.csv (monthly retention), hubungi.csv (who to contact today), kohort.csv (cohorts by first
purchase month) and .segmentasi (the folder's marker). The output folder must be new, empty or hold
earlier segmentation output: other files are never overwritten.

CSV may use comma, semicolon or tab (read from the header line), UTF-8 with or without BOM.

Exit codes:
${exits}`,
    options: {
      penjualan:
        'Sales CSV, required: columns Tanggal, Pelanggan, Total (optional No Nota, Pembayaran, Diskon, No HP).',
      hutang:
        'Debt CSV: one row per debt (Tanggal, Pelanggan, Jumlah, Jatuh Tempo, Tanggal Bayar, Dibayar, Status) or a ledger (Jenis: Pinjam/Bayar).',
      pelanggan: 'Customer CSV (Nama, No HP, Tanggal Lahir, Jenis, Direferensikan Oleh, Komplain).',
      pengaturan: 'Settings as JSON, e.g. {"tempoHari": 30, "batasMacetHari": 90} (see README).',
      'tanggal-acuan': 'Reference date YYYY-MM-DD (default: today).',
      keluar: 'Output folder (default: hasil-segmentasi).',
      'zona-waktu': 'Time zone for "today" (default: Asia/Jakarta).',
      diam: 'No progress and no summary.',
      debug: 'Show technical details when an error occurs.',
      help: 'This help.',
    },
    exits: {
      ok: 'done',
      usage: 'wrong or missing option',
      input: 'input file missing or unreadable',
      settings: 'settings file broken or invalid',
      data: 'data cannot be used (e.g. a required column is missing)',
      output: 'output folder refused (holds other files) or not writable',
      internal: 'program error',
    },
  },
};
