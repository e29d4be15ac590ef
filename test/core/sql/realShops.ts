/**
 * The sample shop and CDNOW's master file as typed tables: what a shop that moved its sheets to
 * BigQuery has. A cell a typed column cannot hold (a date that is not a date) is left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CDNOW_DIR } from '../../support/cdnow';
import type { TypedCustomer, TypedDebt, TypedSale, TypedShop } from './typedShop';

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function csv(file: string, skip = 0): Record<string, string>[] {
  const text = readFileSync(join(SAMPLES, file), 'utf8').split('\n').slice(skip).join('\n');
  return parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

const dateOrNull = (v: string | undefined) => (v && ISO.test(v.trim()) ? v.trim() : null);
const numberOrNull = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : Number(v));

/** samples/: sales with invoices and payment words, the debt book, the customer sheet. */
export function sampleShop(): TypedShop {
  const sales: TypedSale[] = csv('penjualan.csv')
    .filter((r) => ISO.test(r.Tanggal) && r.Pelanggan.trim() !== '')
    .map((r) => ({
      date: r.Tanggal,
      customer: r.Pelanggan,
      amount: Number(r.Total),
      invoice: r['No Nota'] || null,
      payment: r.Pembayaran.toLowerCase() || null,
    }));
  const debts: TypedDebt[] = csv('hutang.csv', 2)
    .filter((r) => ISO.test(r.Tanggal))
    .map((r) => ({
      date: r.Tanggal,
      customer: r['Nama Pelanggan'],
      amount: Number(r['Jumlah Hutang']),
      due: dateOrNull(r['Jatuh Tempo']),
      paidDate: dateOrNull(r['Tanggal Bayar']),
      paid: numberOrNull(r.Dibayar),
    }));
  const customers: TypedCustomer[] = csv('pelanggan.csv').map((r) => ({
    name: r.Nama,
    referredBy: r['Direferensikan Oleh'] || null,
    complaint: r.Komplain.trim() !== '',
    potential: null,
    close: null,
  }));
  return {
    reference: '2026-11-20',
    sales,
    debts,
    customers,
    columns: { invoice: true, payment: true, due: true, paidDate: true, paid: true },
  };
}

/** CDNOW's master file (23,570 customers, 1997-01 to 1998-06), every day of it in the window. */
export function cdnowMasterShop(): TypedShop {
  const sales = readFileSync(join(CDNOW_DIR, 'CDNOW_master.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length >= 4 && /^\d+$/.test(f[0]))
    .map(([id, d, , amount]) => ({
      customer: id,
      date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
      amount: Number(amount),
    }));
  return { reference: '1998-06-30', sales, settings: { jendelaBulan: 18 } };
}
