/**
 * dist/toko-contoh.xlsx, the sample shop for an owner to import into Sheets, read back with the
 * library that wrote it (exceljs): the sheets Penjualan, Hutang and Pelanggan hold every cell of
 * samples/penjualan.csv, hutang.csv and pelanggan.csv, a YYYY-MM-DD date as a date cell, a plain
 * number as a number, anything else as the same text. Dates and numbers must also be what the
 * core reads from the CSV's own text.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/cli/csv';
import { parseAmountCell, parseDateText } from '../../src/core/read/cells';
import { dayFromCivil } from '../../src/core/read/dates';
import { repoRoot } from '../gas/fakes/loadBundle';
import { world } from '../gas/support/workbook';

const ROOT = repoRoot();
const FILES: Record<string, string> = {
  Penjualan: 'penjualan.csv',
  Hutang: 'hutang.csv',
  Pelanggan: 'pelanggan.csv',
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

let book: ExcelJS.Workbook;

beforeAll(async () => {
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(ROOT, 'dist', 'toko-contoh.xlsx'));
});

const sheet = (name: string) => book.getWorksheet(name) as ExcelJS.Worksheet;
const cell = (name: string, address: string) => sheet(name).getCell(address);
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';
/** The civil day a date cell holds (exceljs reads a serial as that day's UTC midnight). */
const dayOfCell = (d: Date) => dayFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

describe('dist/toko-contoh.xlsx', () => {
  it('has the sheets Penjualan, Hutang and Pelanggan, in that order', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Penjualan', 'Hutang', 'Pelanggan']);
  });

  it('holds dates as date cells and amounts as numbers (a few cells stated by hand)', () => {
    expect(cell('Penjualan', 'A1').value).toBe('No Nota');
    expect(cell('Penjualan', 'A1').font?.bold).toBe(true);
    expect(cell('Penjualan', 'A2').value).toBe('INV-00001');
    expect(cell('Penjualan', 'B2').value).toEqual(new Date(Date.UTC(2025, 10, 21)));
    expect(cell('Penjualan', 'B2').numFmt).toBe('dd/mm/yyyy');
    expect(cell('Penjualan', 'E2').value).toBe(8);
    expect(cell('Penjualan', 'F2').value).toBe(85000);
    expect(cell('Penjualan', 'H2').value).toBe(680000);
    expect(cell('Penjualan', 'H2').numFmt).toBe('#,##0');
    expect(cell('Penjualan', 'G2').value).toBeNull();
    expect(cell('Hutang', 'A1').value).toBe('Buku Kasbon Kerupuk Kulit Sari Rasa');
    expect(cell('Hutang', 'A3').value).toBe('Tanggal');
    expect(cell('Hutang', 'A3').font?.bold).toBe(true);
    expect(cell('Hutang', 'A4').value).toEqual(new Date(Date.UTC(2025, 10, 21)));
    expect(cell('Hutang', 'C4').value).toBe(869000);
    expect(cell('Hutang', 'E4').value).toEqual(new Date(Date.UTC(2026, 2, 10)));
    expect(cell('Pelanggan', 'C2').value).toEqual(new Date(Date.UTC(1965, 0, 1)));
  });

  it("keeps what the samples mean as text: phone numbers with their 0, an owner's text date and amount, a typo", () => {
    expect(cell('Pelanggan', 'B2').value).toBe('081211110001');
    expect(cell('Pelanggan', 'B5').value).toBe('+62 812 1111 0004');
    expect(cell('Penjualan', 'B213').value).toBe('12 Maret 2026');
    expect(parseDateText('12 Maret 2026')).toBe(dayFromCivil(2026, 3, 12));
    expect(cell('Penjualan', 'H213').value).toBe('Rp 75.000');
    expect(parseAmountCell('Rp 75.000')).toBe(75000);
    expect(cell('Penjualan', 'B320').value).toBe('3O/04/2026');
    expect(parseDateText('3O/04/2026')).toBeNull();
    expect(cell('Hutang', 'A102').value).toBe('TOTAL');
  });

  it("freezes each sheet's header row", () => {
    expect(sheet('Penjualan').views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet('Hutang').views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet('Pelanggan').views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it.each(Object.entries(FILES))('%s holds every cell of samples/%s, and nothing else', (name, file) => {
    const rows = parseCsv(readFileSync(join(ROOT, 'samples', file), 'utf8'));
    const ws = sheet(name);
    const wrong: string[] = [];
    const kinds = { date: 0, number: 0, text: 0 };
    rows.forEach((row, r) => {
      row.forEach((text, c) => {
        const value = ws.getCell(r + 1, c + 1).value;
        const say = (why: string) =>
          wrong.push(`${name}!R${r + 1}C${c + 1} "${text}": ${why} (${String(value)})`);
        if (text === '') {
          if (value !== null) say('an empty CSV cell is not empty');
        } else if (ISO_DATE.test(text)) {
          kinds.date++;
          if (!isDate(value)) say('not a date cell');
          else if (value.toISOString().slice(0, 10) !== text) say('another day');
          else if (dayOfCell(value) !== parseDateText(text)) say('not the day the core reads');
        } else if (PLAIN_NUMBER.test(text)) {
          kinds.number++;
          if (value !== Number(text)) say('not that number');
          else if (parseAmountCell(text) !== value) say('not the amount the core reads');
        } else {
          kinds.text++;
          if (value !== text) say('not the same text');
        }
      });
    });
    expect(wrong).toEqual([]);
    // Nothing beyond the CSV: as many rows, no row wider than its CSV line.
    expect(ws.rowCount).toBe(rows.length);
    ws.eachRow((row, r) => {
      if (row.cellCount > rows[r - 1].length) wrong.push(`row ${r} has ${row.cellCount} cells`);
    });
    expect(wrong).toEqual([]);
    expect(kinds.date + kinds.number).toBeGreaterThan(0);
    expect(kinds.text).toBeGreaterThan(0);
  });

  it('has the counts of the samples: 761 sale dates as dates (two typed as text), 762 totals as numbers (one typed as text)', () => {
    const column = (name: string, letter: string) => {
      const values: unknown[] = [];
      sheet(name)
        .getColumn(letter)
        .eachCell((c) => values.push(c.value));
      return values.slice(1);
    };
    expect(column('Penjualan', 'B').filter(isDate)).toHaveLength(761);
    expect(column('Penjualan', 'B').filter((v) => typeof v === 'string')).toEqual([
      '12 Maret 2026',
      '3O/04/2026',
    ]);
    expect(column('Penjualan', 'H').filter((v) => typeof v === 'number')).toHaveLength(762);
    expect(column('Penjualan', 'H').filter((v) => typeof v === 'string')).toEqual(['Rp 75.000']);
  });

  it("imported into Sheets, the one file's menu run finds the sample shop's customers and types", () => {
    // A date cell as Apps Script hands it over after the import: midnight in the file's zone (WIB, UTC+7).
    const asSheets = (value: ExcelJS.CellValue): unknown =>
      value === null ? '' : isDate(value) ? new Date(value.getTime() - 7 * 3_600_000) : value;
    const w = world(
      (fake) => {
        for (const ws of book.worksheets) {
          const rows: unknown[][] = [];
          for (let r = 1; r <= ws.rowCount; r++) {
            rows.push(Array.from({ length: ws.columnCount }, (_, c) => asSheets(ws.getCell(r, c + 1).value)));
          }
          fake.spreadsheet.addSheet(ws.name, rows);
        }
        fake.properties.store.set('segmentasi.pengaturan', JSON.stringify({ tanggalAcuan: '2026-11-20' }));
      },
      'Asia/Jakarta',
      { file: join(ROOT, 'dist', 'Segmentasi.gs') },
    );
    w.run();
    const closing = w.ui.alerts[w.ui.alerts.length - 1].message;
    expect(closing).toContain('Baris dibaca: penjualan 763, hutang 98, pelanggan 31.');
    expect(closing).toContain('Pelanggan: 87 — A: 4, B: 63, C: 18, D: 2.');
  });
});
