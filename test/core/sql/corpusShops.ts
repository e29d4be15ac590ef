/**
 * The corpus cases whose sheets are typed, as typed tables: every cell is what a typed column
 * holds (a date written YYYY-MM-DD or, as the sheet shows a date, DD/MM/YYYY; a plain number; one
 * standard payment or status word; a complaint as ya/tidak), the headers are the columns the SQL
 * reads, and there is one sheet per kind. Any other case needs the core's reading of messy text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CANCELLED_WORDS, CREDIT_WORDS, REPAYMENT_WORDS } from '../../../src/core/sql/columns';
import { caseNames, loadCase } from '../../corpus/support/corpusCase';
import type { TypedShop } from './typedShop';

const CASH_WORDS = ['tunai', 'cash', 'transfer', 'qris', 'lunas'];
const PAYMENT_WORDS = new Set<string>([...CASH_WORDS, ...CREDIT_WORDS, ...REPAYMENT_WORDS]);
const STATUS_WORDS = new Set<string>([...CANCELLED_WORDS, 'selesai', 'sukses']);
/** Name cells the core never takes for a customer (subtotal rows): not a typed customer column. */
const NOT_NAMES = /^(total|jumlah|subtotal|grand total|sub total)\b/i;

const HEADERS = {
  penjualan: ['Tanggal', 'Pelanggan', 'Total', 'No Nota', 'Pembayaran', 'Status'],
  hutang: ['Tanggal', 'Pelanggan', 'Jumlah', 'Jatuh Tempo', 'Tanggal Bayar', 'Dibayar'],
  pelanggan: ['Nama', 'Direferensikan Oleh', 'Komplain'],
} as const;

class NotTyped extends Error {}

function typedDate(cell: string, optional: boolean): string | null {
  const t = cell.trim();
  if (t === '' && optional) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t);
  const [y, mo, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y) throw new NotTyped(cell);
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(mo) - 1) throw new NotTyped(cell);
  return `${y}-${mo}-${d}`;
}

function typedNumber(cell: string, optional: boolean): number | null {
  const t = cell.trim();
  if (t === '' && optional) return null;
  if (!/^-?\d+(\.\d+)?$/.test(t)) throw new NotTyped(cell);
  return Number(t);
}

function typedName(cell: string, optional: boolean): string | null {
  const t = cell.trim();
  if (t === '' && optional) return null;
  if (t === '' || NOT_NAMES.test(t) || t !== t.normalize('NFKC') || /[^\x20-\x7e]/.test(t))
    throw new NotTyped(cell);
  return t;
}

function typedWord(cell: string, words: ReadonlySet<string>): string | null {
  const t = cell.trim().toLowerCase();
  if (t === '') return null;
  if (!words.has(t)) throw new NotTyped(cell);
  return t;
}

function rows(file: string, header: readonly string[]): Record<string, string>[] {
  const text = readFileSync(file, 'utf8');
  if (text.startsWith('\uFEFF') || text.trim() === '') throw new NotTyped(file);
  let grid: string[][];
  try {
    grid = parse(text, { skip_empty_lines: true }) as string[][];
  } catch {
    throw new NotTyped(file); // rows of other lengths: a title above the header, a semicolon file
  }
  const [head, ...body] = grid;
  if (!head.every((h) => header.includes(h))) throw new NotTyped(head.join(','));
  if (body.length === 0) throw new NotTyped(file);
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

/** The case as typed tables, or null when a sheet holds something only the core's reading reads. */
export function typedCase(name: string): TypedShop | null {
  const c = loadCase(name);
  if (existsSync(join(c.dir, 'meta.json')) || c.expect.stop || c.expect.settings?.formatTanggal === 'MDY')
    return null;
  try {
    const has = (k: string, col: string) =>
      c.files[k as 'penjualan'] !== undefined &&
      readFileSync(c.files[k as 'penjualan']!, 'utf8')
        .split(/\r?\n/, 1)[0]
        .split(',')
        .includes(col);
    const sales = rows(c.files.penjualan!, HEADERS.penjualan).map((r) => ({
      date: typedDate(r.Tanggal, false)!,
      customer: typedName(r.Pelanggan, false)!,
      amount: typedNumber(r.Total, false)!,
      invoice: r['No Nota']?.trim() || null,
      payment: r.Pembayaran === undefined ? null : typedWord(r.Pembayaran, PAYMENT_WORDS),
      status: r.Status === undefined ? null : typedWord(r.Status, STATUS_WORDS),
    }));
    const debts = c.files.hutang
      ? rows(c.files.hutang, HEADERS.hutang).map((r) => ({
          date: typedDate(r.Tanggal, false)!,
          customer: typedName(r.Pelanggan, false)!,
          amount: typedNumber(r.Jumlah, false)!,
          due: r['Jatuh Tempo'] === undefined ? null : typedDate(r['Jatuh Tempo'], true),
          paidDate: r['Tanggal Bayar'] === undefined ? null : typedDate(r['Tanggal Bayar'], true),
          paid: r.Dibayar === undefined ? null : typedNumber(r.Dibayar, true),
        }))
      : undefined;
    const customers = c.files.pelanggan
      ? rows(c.files.pelanggan, HEADERS.pelanggan).map((r) => ({
          name: typedName(r.Nama, false)!,
          referredBy:
            r['Direferensikan Oleh'] === undefined ? null : typedName(r['Direferensikan Oleh'], true),
          complaint:
            r.Komplain === undefined ? false : typedWord(r.Komplain, new Set(['ya', 'tidak'])) === 'ya',
        }))
      : undefined;
    return {
      reference: c.expect.referenceDate,
      sales,
      debts,
      customers,
      settings: c.expect.settings,
      columns: {
        invoice: has('penjualan', 'No Nota'),
        payment: has('penjualan', 'Pembayaran'),
        status: has('penjualan', 'Status'),
        due: has('hutang', 'Jatuh Tempo'),
        paidDate: has('hutang', 'Tanggal Bayar'),
        paid: has('hutang', 'Dibayar'),
      },
    };
  } catch (error) {
    if (error instanceof NotTyped) return null;
    throw error;
  }
}

/** Every typed case of the corpus, by name. */
export function typedCorpus(): { name: string; shop: TypedShop }[] {
  return caseNames().flatMap((name) => {
    const shop = typedCase(name);
    return shop ? [{ name, shop }] : [];
  });
}
