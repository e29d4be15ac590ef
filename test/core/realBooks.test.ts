/**
 * The three real books (../shared/datasets/real-books) read completely and correctly, checked against facts computed independently with pandas
 * (scripts/real_books_facts.py, output in test/fixtures/real-books/facts.json).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { analyze } from '../../src/core/engine';
import type { Analysis } from '../../src/core/analysis';
import { parseSettings, type SettingsInput } from '../../src/core/settings';
import { isoDate } from '../../src/core/read/dates';
import { eventList } from '../../src/core/models/retention';
import { d } from '../support/build';
import factsJson from '../fixtures/real-books/facts.json';

interface BookFacts {
  file: string;
  referenceDate: string;
  windowStart: string;
  settings: SettingsInput;
  dataRows: number;
  cancelledRows: number;
  salesRecords: number;
  customersEver: number;
  customersInWindow: number;
  totalSales: number;
  totalSalesInWindow: number;
  scientificAmountCells: number;
  customers: { key: string; visits: number; spend: number; firstVisit: string; lastVisit: string }[];
}

/** The books are test data only, never shipped: found beside the repository or via REAL_BOOKS_DIR. */
function findData(): string {
  if (process.env.REAL_BOOKS_DIR) return process.env.REAL_BOOKS_DIR;
  let dir = __dirname;
  for (let up = 0; up < 6; up++, dir = dirname(dir)) {
    const candidate = join(dir, 'shared/datasets/real-books');
    if (existsSync(candidate)) return candidate;
  }
  return '';
}

const DATA = findData();
const facts = factsJson as unknown as BookFacts[];
const available = DATA !== '';
const maybe = available ? describe : describe.skip;

function read(book: BookFacts): Analysis {
  const rows = parse(readFileSync(join(DATA, book.file), 'utf8'), { bom: true }) as string[][];
  return analyze(
    { sales: { name: book.file, rows } },
    { settings: parseSettings(book.settings), referenceDay: d(book.referenceDate), timeZone: 'Asia/Jakarta' },
  );
}

maybe.each(facts.map((f) => [f.file, f] as const))('real book %s', (_file, book) => {
  let a: Analysis;
  beforeAll(() => {
    a = read(book);
  });

  it('reads every row: none skipped, cancelled rows counted apart', () => {
    expect(a.issues).toEqual([]);
    expect(a.rows.sales).toBe(book.dataRows);
    expect(a.sheets.sales.cancelled).toBe(book.cancelledRows);
    expect(a.sheets.sales.records.length).toBe(book.salesRecords);
    expect(isoDate(a.windowStart)).toBe(book.windowStart);
  });

  it('finds the customers and the total sales', () => {
    // The purchase events (retention, cohorts) cover the analysis window only (DOMAIN 7).
    expect(new Set(eventList(a.events).map((e) => e.key)).size).toBe(book.customersInWindow);
    expect(a.customers.length).toBe(book.customersInWindow);
    expect(eventList(a.events).reduce((s, e) => s + e.amount, 0)).toBeCloseTo(book.totalSalesInWindow, 0);
    expect(a.customers.reduce((s, c) => s + c.measures.totalSpend, 0)).toBeCloseTo(
      book.totalSalesInWindow,
      0,
    );
  });

  it("counts a few customers' visits and spend", () => {
    for (const f of book.customers) {
      const m = a.byKey.get(f.key)?.measures;
      expect({ key: f.key, visits: m?.occasions, spend: m?.totalSpend }).toEqual({
        key: f.key,
        visits: f.visits,
        spend: f.spend,
      });
      expect(m && m.firstDay !== null ? isoDate(m.firstDay) : null).toBe(f.firstVisit);
      expect(m && m.lastDay !== null ? isoDate(m.lastDay) : null).toBe(f.lastVisit);
    }
  });
});

maybe('real books, as a new user runs them', () => {
  it('the sembako book has its 7e+06 amounts, which pandas reads too', () => {
    expect(facts[0].scientificAmountCells).toBe(105);
  });

  it("an old book read with today's date says why the result is empty", () => {
    const book = facts[0];
    const a = read({ ...book, referenceDate: '2026-11-29' });
    expect(a.customers).toEqual([]);
    expect(a.notes.join('\n')).toContain('Penjualan terakhir tercatat 09/04/2021');
  });

  it('a missing column names the headers the owner has', () => {
    const pulsa = facts[1];
    expect(() => read({ ...pulsa, settings: {} })).toThrow(/"ID Agen".*"Harga Jual"/);
  });

  const cli = join(__dirname, '../../build/cli.js');
  (existsSync(cli) ? it : it.skip)('the command line reads the sembako book the same way', () => {
    const book = facts[0];
    const out = mkdtempSync(join(tmpdir(), 'realbook-'));
    const settings = join(out, 'pengaturan.json');
    writeFileSync(settings, JSON.stringify(book.settings));
    const dir = join(out, 'hasil');
    const args = [cli, '--penjualan', join(DATA, book.file), '--tanggal-acuan', book.referenceDate];
    execFileSync(process.execPath, [...args, '--pengaturan', settings, '--keluar', dir], { stdio: 'pipe' });
    const table = parse(readFileSync(join(dir, 'pelanggan.csv'), 'utf8'), { bom: true }) as string[][];
    const [header, ...rows] = table;
    expect(rows).toHaveLength(book.customersInWindow);
    const total = header.indexOf('Total Belanja');
    expect(rows.reduce((s, r) => s + Number(r[total]), 0)).toBeCloseTo(book.totalSalesInWindow, 0);
  });
});
