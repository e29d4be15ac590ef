/** The command line's own words in English: the same keys as cliId.ts (checked by the compiler). */
import type { CliCatalogue } from './cliId';

import { englishCount as of } from './formats';

export const cliEn: CliCatalogue = {
  error: (text) => `Error: ${text}`,
  debugHint: 'Run again with --debug for technical details.',
  unknownOption: (flag, suggestion) =>
    `unknown option: ${flag}${suggestion ? ` (did you mean ${suggestion}?)` : ''}. See --help.`,
  missingValue: (flag, value) => `${flag} needs a value after it, e.g. ${flag} ${value}. See --help.`,
  takesNoValue: (flag) => `${flag} takes no value: write ${flag} alone. See --help.`,
  unexpectedArgument: (arg) =>
    `"${arg}" is not understood: put its option before a value, e.g. --penjualan ${arg}. See --help.`,
  salesRequired: '--penjualan FILE is required. See --help.',
  badReferenceDate: (text) => `--tanggal-acuan is not a date: "${text}" (use YYYY-MM-DD).`,
  badTimeZone: (zone) => `unknown time zone: "${zone}" (e.g. Asia/Jakarta).`,
  fileNotFound: (label, file) => `${label} file not found: ${file}`,
  fileUnreadable: (label, file) => `${label} file cannot be read: ${file}`,
  emptyFile: (label, file) =>
    `${label} file is empty (0 bytes): ${file}. Save the sheet as CSV again, then run again.`,
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
  columnReplaced: (flag, key, file) => `${flag} is used instead of ${key} from ${file}`,
  missingColumnFlags: (hints) =>
    hints
      .map((h) =>
        h.header === null
          ? `Add ${h.flag} ${h.argument} with your header of the column that holds ${h.label}.`
          : `If column "${h.header}" holds ${h.label}, add: ${h.flag} ${h.argument}`,
      )
      .join('\n'),
  outputNotOurs: (dir) =>
    `output folder "${dir}" already holds other files and no earlier segmentation output; ` +
    'nothing was written so your files are not overwritten. Choose a new folder with --keluar FOLDER.',
  outputNotFolder: (path) => `"${path}" exists and is not a folder. Choose another with --keluar.`,
  outputUnwritable: (dir) => `cannot write to the output folder "${dir}".`,
  dataProblem: (text) => text,
  internal: 'an error in the program, not in your data.',
  markerText:
    "This folder holds customer segmentation output. This file marks the folder as segmentasi's own.\n",
  fileRead: (label, file, ms) => `${label}: read ${file} (${ms} ms)`,
  analysing: (stage) => `analysing ${stage}`,
  analysed: (customers, ms) => `analysis done: ${of(customers, 'customer', 'customers')} (${ms} ms)`,
  contactsToday: (count) => `${of(count, 'person', 'people')} to contact today (hubungi.csv).`,
  written: (dir, files) => `Results written to ${dir}/: ${files.join(', ')}.`,
  labels: { sales: 'Sales', debts: 'Debts', customers: 'Customers', settings: 'settings' },
  duckdb: {
    unknownEngine: (value) =>
      `--mesin does not know "${value}": write --mesin duckdb, or leave --mesin out for the built-in engine.`,
    missing: (command) =>
      `--mesin duckdb needs the DuckDB package, which is not installed. Install it in this folder with:\n  ${command}\n` +
      'then run again. Without --mesin duckdb, segmentasi runs on its built-in engine.',
    badCell: (where, column, value, expected, more) =>
      `${where.label} file ${where.file} row ${where.row}, column "${column}": "${value}" is not ` +
      (expected === 'date'
        ? 'a YYYY-MM-DD date (or DD/MM/YYYY for the whole file)'
        : 'a plain number (no Rp, thousands dots, rb or jt)') +
      `${more > 0 ? `; ${of(more, 'other cell', 'other cells')} too` : ''}. --mesin duckdb needs tidy columns: ` +
      'fix the cell, or run without --mesin duckdb (the built-in engine reads such text).',
    badRow: (where, line) =>
      `${where.label} file ${where.file} row ${where.row} cannot be read: "${line}". ` +
      'Check its number of columns and its quotes, or run without --mesin duckdb.',
    badParquetType: (label, file, column, type, expected) =>
      `${label} file ${file}: column "${column}" is of type ${type} but must be ` +
      `${expected === 'date' ? 'DATE' : 'a number'}. Save the Parquet file again with that type.`,
    blankDate: (where, column, name, amount) =>
      `${where.label} file ${where.file}: column "${column}" is blank in the row ${name || '(no name)'} ${amount}. ` +
      'The built-in engine gives it the date of the row above; --mesin duckdb needs a date in every row. ' +
      'Fill the date in, or run without --mesin duckdb.',
    subtotalRow: (where, column, value) =>
      `${where.label} file ${where.file}: column "${column}" holds a subtotal row "${value}". ` +
      'The built-in engine skips it; --mesin duckdb would take it for a customer. Remove subtotal rows, or run without --mesin duckdb.',
    notPlainWord: (where, column, value, plain) =>
      `${where.label} file ${where.file}: column "${column}" holds "${value}". --mesin duckdb knows only the plain words ` +
      `for credit and its repayment (${plain.join(', ')}); write one of them, or run without --mesin duckdb.`,
    notRead: (where, column) =>
      `${where.label} file ${where.file}: column "${column}" is not read by --mesin duckdb yet (it reads sales ` +
      'without No HP and debts one row per debt with Tanggal Bayar and Dibayar). Run without --mesin duckdb for a file like this.',
    returnPositive: (where, column, value) =>
      `${where.label} file ${where.file}: column "${column}" says "${value}" on a positive amount. The built-in engine ` +
      'takes it for a return; --mesin duckdb reads returns from negative amounts. Write the amount negative, or run without --mesin duckdb.',
    paidWithoutPayment: (where, column, value, name) =>
      `${where.label} file ${where.file}: a debt of ${name} says "${value}" in column "${column}" with no Tanggal Bayar or ` +
      'Dibayar. --mesin duckdb reads repayment from those two columns: fill one in, or run without --mesin duckdb.',
    sameCustomer: (a, b) =>
      `"${a}" and "${b}" are one customer to the built-in engine, but --mesin duckdb tells them apart. ` +
      'Write the name exactly alike in every row, or run without --mesin duckdb.',
    noTotal: (where) =>
      `${where.label} file ${where.file} has no Total column: --mesin duckdb does not compute Qty × Price yet. ` +
      'Add a Total column (or name it with --kolom-total), or run without --mesin duckdb.',
    loaded: (label, file, rows, ms) =>
      `${label}: ${file} read by DuckDB, ${of(rows, 'row', 'rows')} (${ms} ms)`,
  },
  help: (options, columns, files, exits) =>
    `segmentasi: customer segmentation from CSV files

Usage:
  npx segmentasi --penjualan FILE [--hutang FILE] [--pelanggan FILE] [--pengaturan FILE.json]
                 [--tanggal-acuan YYYY-MM-DD] [--keluar FOLDER] [--zona-waktu TZ] [--mesin duckdb]
                 [--diam] [--debug] [--kolom-... HEADER]
  npx segmentasi sql --dialek bigquery|duckdb --tabel-penjualan NAME ...
                 (print the same analysis as SQL for BigQuery or DuckDB; see segmentasi sql --help)

Options:
${options}
Columns: when a header of yours is not recognised, name it, e.g. --kolom-total "Harga Jual".
This means the same as "kolom" in the settings file; when both name the same column, the one
on the command line is used.
${columns}
Files written to the output folder:
${files}
The output folder must be new, empty or hold earlier segmentation output: other files are never overwritten.

CSV may use comma, semicolon or tab (read from the header line), UTF-8 with or without BOM.

Exit codes:
${exits}`,
  options: {
    penjualan:
      'Sales CSV, required: columns Tanggal, Pelanggan, Total (optional No Nota, Pembayaran, Diskon, No HP). ' +
      'Repeat it for a book kept per month: --penjualan jan.csv --penjualan feb.csv.',
    hutang:
      'Debt CSV: one row per debt (Tanggal, Pelanggan, Jumlah, Jatuh Tempo, Tanggal Bayar, Dibayar, Sisa, Status) or a ledger (Jenis: Pinjam/Bayar); may be repeated.',
    pelanggan: 'Customer CSV (Nama, No HP, Tanggal Lahir, Jenis, Direferensikan Oleh, Komplain).',
    pengaturan: 'Settings as JSON, e.g. {"tempoHari": 30, "batasMacetHari": 90} (see README).',
    'tanggal-acuan': 'Reference date YYYY-MM-DD (default: today).',
    keluar: 'Output folder (default: hasil-segmentasi).',
    'zona-waktu': 'Time zone for "today" (default: Asia/Jakarta).',
    diam: 'No progress and no summary.',
    debug: 'Show technical details when an error occurs.',
    mesin:
      'duckdb: compute with DuckDB (package @duckdb/node-api), for large files; CSV or Parquet with tidy columns.',
    help: 'This help.',
  },
  values: {
    file: 'FILE',
    settings: 'FILE.json',
    date: 'YYYY-MM-DD',
    folder: 'FOLDER',
    zone: 'TZ',
    engine: 'duckdb',
    header: 'HEADER',
  },
  columnFiles: { penjualan: 'sales file', hutang: 'debt file', pelanggan: 'customer file' },
  files: {
    'pelanggan.csv': 'one row per customer: type, reasons, action, measures, debts, expected purchases',
    'retensi.csv': 'monthly retention',
    'hubungi.csv': 'who to contact today, with a message and a WhatsApp link',
    'kohort.csv': 'cohorts by first purchase month',
    'bacaan.csv': 'how your book was read: sheets, columns and the assumptions counted',
    'model.csv': 'the BG/NBD model parameters (r, alpha, a, b) behind the expected purchases',
    '.segmentasi': "the output folder's marker",
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
};
