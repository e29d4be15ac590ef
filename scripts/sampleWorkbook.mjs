/**
 * dist/toko-contoh.xlsx: the sample shop of samples/ as one workbook (sheets Penjualan, Hutang,
 * Pelanggan), for an owner to try the add-on in Sheets (File › Import › Upload). Every cell is
 * the CSV's cell as an owner would have typed it: an ISO date (YYYY-MM-DD) is a date cell, a plain
 * number a number, anything else text as written: "Rp 75.000", "12 Maret 2026" and phone numbers
 * such as 081211110001 stay text, as the samples mean them. Written with exceljs at build time.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The sheets in workbook order and the sample file each one holds. */
export const SAMPLE_SHEETS = [
  ['Penjualan', 'penjualan.csv'],
  ['Hutang', 'hutang.csv'],
  ['Pelanggan', 'pelanggan.csv'],
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// No leading zero (a phone number keeps its 0) and no thousands mark: the number as a program writes it.
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const DATE_FORMAT = 'dd/mm/yyyy';
const NUMBER_FORMAT = '#,##0';
/** The workbook's own dates, fixed so that a build does not stamp its time into the file's properties. */
const WRITTEN = new Date(Date.UTC(2026, 10, 20));

/** A CSV cell as the value of a workbook cell: a Date at UTC midnight (exceljs writes its serial), a number, or text. */
function cellValue(text) {
  const date = ISO_DATE.exec(text);
  if (date) {
    const [y, m, d] = date.slice(1).map(Number);
    const value = new Date(Date.UTC(y, m - 1, d));
    // "2026-02-30" is not a day: it stays text, as typed.
    if (value.getUTCFullYear() === y && value.getUTCMonth() === m - 1 && value.getUTCDate() === d)
      return value;
    return text;
  }
  if (PLAIN_NUMBER.test(text)) return Number(text);
  return text;
}

/** The first row with three or more filled cells: the header (the debt book has a title above it). */
function headerRow(rows) {
  const index = rows.findIndex((r) => r.filter((c) => c !== '').length >= 3);
  return index < 0 ? 1 : index + 1;
}

function addSheet(workbook, name, rows) {
  const header = headerRow(rows);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: header }] });
  const widths = [];
  rows.forEach((row, r) => {
    row.forEach((text, c) => {
      widths[c] = Math.max(widths[c] ?? 8, Math.min(40, text.length + 2));
      if (text === '') return;
      const cell = sheet.getCell(r + 1, c + 1);
      const value = cellValue(text);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = DATE_FORMAT;
      else if (typeof value === 'number' && Number.isInteger(value)) cell.numFmt = NUMBER_FORMAT;
      if (r + 1 === header) cell.font = { bold: true };
    });
  });
  widths.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
}

/** Writes the workbook to `file`; returns its sheet names. */
export async function writeSampleWorkbook(samplesDir, file) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Segmentasi Pelanggan';
  workbook.created = WRITTEN;
  workbook.modified = WRITTEN;
  for (const [name, csv] of SAMPLE_SHEETS) {
    const rows = parse(readFileSync(join(samplesDir, csv), 'utf8'), { bom: true, relax_column_count: true });
    addSheet(workbook, name, rows);
  }
  await workbook.xlsx.writeFile(file);
  return { sheets: SAMPLE_SHEETS.map(([name]) => name) };
}
