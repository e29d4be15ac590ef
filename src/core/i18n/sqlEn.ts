/** Words of the generated SQL in English (the shape of sqlId.ts). */
import type { sqlId } from './sqlId';

export const sqlEn: typeof sqlId = {
  titles: {
    customers:
      'Per customer: occasions, spend, cycle, debts, type A/B/C/D with its reason code, matrix, status, RFM scores and credit limit',
    retention:
      'Monthly retention: active, retained, returning and new customers, retention rate, new and existing sales',
    cohorts: 'Cohorts by first-purchase month: the share of each cohort buying in each later month',
    bgnbdGroups: 'BG/NBD model input: customers grouped by (x, t_x, T) with their count',
    bgnbdScores:
      'Chance of being active and expected purchases per customer from fitted BG/NBD parameters (r, alpha, a, b)',
  },
  typedNote:
    'Columns must be typed: dates as DATE, amounts as numbers, one spelling of each customer name; ' +
    'payment and status as one standard word (e.g. tunai, kredit, bayar hutang, batal), not free text.',
  parameters: (names) => `Parameters: ${names.join(', ')}`,
  parameterValue: (name, value) => `${name} = ${value}`,
  referenceToday: 'reference date (YYYY-MM-DD); without --tanggal-acuan give today',
  fittedParameters: 'r, alpha, a, b: the BG/NBD parameters fitted on the model input query (in days)',
  cli: {
    help: `segmentasi sql: print the segmentation's SQL queries for BigQuery or DuckDB

Usage:
  npx segmentasi sql --dialek bigquery|duckdb --tabel-penjualan NAME [--tabel-hutang NAME]
                     [--tabel-pelanggan NAME] [--tanggal-acuan YYYY-MM-DD] [--pengaturan FILE.json]

Options:
  --dialek bigquery|duckdb      The SQL dialect printed.
  --tabel-penjualan NAME        The sales table, required (BigQuery: project.dataset.table).
  --tabel-hutang NAME           The debt table, one row per debt.
  --tabel-pelanggan NAME        The customer table.
  --tanggal-acuan YYYY-MM-DD    The value of the tanggal_acuan parameter, written above each query.
  --pengaturan FILE.json        The same settings as the command line's; table columns from "kolom".
  -h, --help                    This help.

Required columns: sales Tanggal (DATE), Pelanggan (text), Total (number); debts Tanggal, Pelanggan,
Jumlah; customers Nama. Other columns (No Nota, Pembayaran, Status, Jatuh Tempo, Tanggal Bayar,
Dibayar, Direferensikan Oleh, Komplain, Potensi, Kedekatan) are read when "kolom" in the settings names them.
See docs/bigquery.md.`,
    dialectRequired: '--dialek is required: bigquery or duckdb. See segmentasi sql --help.',
    badDialect: (value) => `unknown --dialek: "${value}" (use bigquery or duckdb).`,
    salesTableRequired: '--tabel-penjualan NAME is required. See segmentasi sql --help.',
    unknownOption: (flag) => `unknown option: ${flag}. See segmentasi sql --help.`,
    missingValue: (flag) => `${flag} needs a value after it. See segmentasi sql --help.`,
    unexpectedArgument: (arg) =>
      `"${arg}" is not known: write its option before the value, e.g. --tabel-penjualan ${arg}. See segmentasi sql --help.`,
  },
};
