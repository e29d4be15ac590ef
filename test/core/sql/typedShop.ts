/**
 * A shop as typed tables, read two ways: by the core (as sheets of typed cells) and by the
 * generated SQL on DuckDB (as tables of DATE, DOUBLE, VARCHAR and BOOLEAN columns). The SQL's
 * columns are then checked against the core's, customer by customer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { analyze } from '../../../src/core/engine';
import type { Analysis } from '../../../src/core/analysis';
import { dayFromCivil, type Day } from '../../../src/core/read/dates';
import { parseSettings, type Settings, type SettingsInput } from '../../../src/core/settings';
import { buildQueries, type SqlQuery } from '../../../src/core/sql';

export interface TypedSale {
  date: string;
  customer: string;
  amount: number;
  invoice?: string | null;
  payment?: string | null;
  status?: string | null;
}

export interface TypedDebt {
  date: string;
  customer: string;
  amount: number;
  due?: string | null;
  paidDate?: string | null;
  paid?: number | null;
}

export interface TypedCustomer {
  name: string;
  referredBy?: string | null;
  complaint?: boolean;
  potential?: boolean | null;
  close?: boolean | null;
}

export interface TypedShop {
  reference: string;
  sales: TypedSale[];
  debts?: TypedDebt[];
  customers?: TypedCustomer[];
  settings?: SettingsInput;
  /** Which optional columns the tables have (so kolom names them). */
  columns?: {
    invoice?: boolean;
    payment?: boolean;
    status?: boolean;
    due?: boolean;
    paidDate?: boolean;
    paid?: boolean;
  };
}

const SALES = {
  date: 'Tanggal',
  customer: 'Pelanggan',
  amount: 'Total',
  invoice: 'No Nota',
  payment: 'Pembayaran',
  status: 'Status',
};
const DEBTS = {
  date: 'Tanggal',
  customer: 'Pelanggan',
  amount: 'Jumlah',
  due: 'Jatuh Tempo',
  paidDate: 'Tanggal Bayar',
  paid: 'Dibayar',
};
const CUSTOMERS = {
  name: 'Nama',
  referredBy: 'Direferensikan Oleh',
  complaint: 'Komplain',
  potential: 'Potensi',
  close: 'Kedekatan',
};

export function dayOf(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromCivil(y, m, d);
}

interface Layout {
  sales: (keyof typeof SALES)[];
  debts: (keyof typeof DEBTS)[];
  customers: (keyof typeof CUSTOMERS)[];
}

function layoutOf(shop: TypedShop): Layout {
  const c = shop.columns ?? {};
  return {
    sales: (['date', 'customer', 'amount', 'invoice', 'payment', 'status'] as const).filter(
      (f) => ['date', 'customer', 'amount'].includes(f) || c[f as 'invoice'],
    ),
    debts: (['date', 'customer', 'amount', 'due', 'paidDate', 'paid'] as const).filter(
      (f) => ['date', 'customer', 'amount'].includes(f) || c[f as 'due'],
    ),
    customers: ['name', 'referredBy', 'complaint', 'potential', 'close'],
  };
}

/** The settings both sides run with: the shop's, with kolom naming the optional columns present. */
export function settingsOf(shop: TypedShop): Settings {
  const l = layoutOf(shop);
  const pick = <T extends Record<string, string>>(
    names: T,
    fields: (keyof T)[],
    keys: Record<string, string>,
  ) => Object.fromEntries(fields.map((f) => [keys[f as string], names[f]]));
  return parseSettings({
    ...shop.settings,
    kolom: {
      penjualan: pick(SALES, l.sales, {
        date: 'tanggal',
        customer: 'pelanggan',
        amount: 'total',
        invoice: 'nota',
        payment: 'pembayaran',
        status: 'status',
      }),
      hutang: pick(DEBTS, l.debts, {
        date: 'tanggal',
        customer: 'pelanggan',
        amount: 'jumlah',
        due: 'jatuhTempo',
        paidDate: 'tanggalBayar',
        paid: 'dibayar',
      }),
      pelanggan: pick(CUSTOMERS, l.customers, {
        name: 'nama',
        referredBy: 'referensi',
        complaint: 'komplain',
        potential: 'potensi',
        close: 'kedekatan',
      }),
    },
  });
}

/** How the core's sheet shows a typed value: the owner's words for the customer sheet's BOOL columns. */
function coreCell(field: string, value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (field === 'complaint') return value ? 'ya' : '';
  if (field === 'potential') return value ? 'tinggi' : 'rendah';
  if (field === 'close') return value ? 'dekat' : 'jauh';
  return value;
}

function grid<R extends object>(
  header: Record<string, string>,
  fields: string[],
  rows: readonly R[],
): unknown[][] {
  return [
    fields.map((f) => header[f]),
    ...rows.map((r) => fields.map((f) => coreCell(f, (r as Record<string, unknown>)[f]))),
  ];
}

export function runCore(shop: TypedShop, timeZone = 'UTC'): Analysis {
  const l = layoutOf(shop);
  return analyze(
    {
      sales: { name: 'Penjualan', rows: grid(SALES, l.sales, shop.sales) },
      debts: shop.debts && { name: 'Hutang', rows: grid(DEBTS, l.debts, shop.debts) },
      customers: shop.customers && { name: 'Pelanggan', rows: grid(CUSTOMERS, l.customers, shop.customers) },
    },
    { settings: settingsOf(shop), referenceDay: dayOf(shop.reference), timeZone },
  );
}

const SQL_TYPES: Record<string, string> = {
  date: 'DATE',
  customer: 'VARCHAR',
  amount: 'DOUBLE',
  invoice: 'VARCHAR',
  payment: 'VARCHAR',
  status: 'VARCHAR',
  due: 'DATE',
  paidDate: 'DATE',
  paid: 'DOUBLE',
  name: 'VARCHAR',
  referredBy: 'VARCHAR',
  complaint: 'BOOLEAN',
  potential: 'BOOLEAN',
  close: 'BOOLEAN',
};

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function loadTable<R extends object>(
  con: DuckDBConnection,
  dir: string,
  table: string,
  header: Record<string, string>,
  fields: string[],
  rows: readonly R[],
): Promise<void> {
  const file = join(dir, `${table}.csv`);
  const lines = [
    fields.map((f) => csvCell(header[f])),
    ...rows.map((r) => fields.map((f) => csvCell((r as Record<string, unknown>)[f]))),
  ];
  writeFileSync(file, lines.map((l) => l.join(',')).join('\n') + '\n');
  const columns = fields.map((f) => `'${header[f]}': '${SQL_TYPES[f]}'`).join(', ');
  await con.run(
    `CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_csv('${file}', header = true, columns = {${columns}}, dateformat = '%Y-%m-%d', quote = '"', escape = '"', nullstr = '')`,
  );
}

export type SqlRow = Record<string, unknown>;

/** One DuckDB database the tests load shop after shop into (each load replaces the tables). */
export class DuckSession {
  private connection: Promise<{ instance: DuckDBInstance; con: DuckDBConnection }> | null = null;

  private open() {
    this.connection ??= DuckDBInstance.create(':memory:').then(async (instance) => ({
      instance,
      con: await instance.connect(),
    }));
    return this.connection;
  }

  /** Every generated DuckDB query run on the shop's tables; the scores query with the given parameters. */
  async run(
    shop: TypedShop,
    bgnbd?: { r: number; alpha: number; a: number; b: number },
  ): Promise<Record<string, SqlRow[]>> {
    const { con } = await this.open();
    const l = layoutOf(shop);
    const dir = mkdtempSync(join(tmpdir(), 'segmentasi-sql-'));
    try {
      await loadTable(con, dir, 'penjualan', SALES, l.sales, shop.sales);
      if (shop.debts) await loadTable(con, dir, 'hutang', DEBTS, l.debts, shop.debts);
      if (shop.customers) await loadTable(con, dir, 'pelanggan', CUSTOMERS, l.customers, shop.customers);
      const queries = buildQueries(
        'duckdb',
        { sales: 'penjualan', debts: shop.debts && 'hutang', customers: shop.customers && 'pelanggan' },
        settingsOf(shop),
      );
      const out: Record<string, SqlRow[]> = {};
      for (const query of queries) {
        if (query.name === 'bgnbdScores' && !bgnbd) continue;
        out[query.name] = await runQuery(con, query, { tanggal_acuan: shop.reference, ...bgnbd });
      }
      return out;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  async close(): Promise<void> {
    if (!this.connection) return;
    const { instance, con } = await this.connection;
    con.closeSync();
    instance.closeSync();
    this.connection = null;
  }
}

async function runQuery(
  con: DuckDBConnection,
  query: SqlQuery,
  values: Record<string, unknown>,
): Promise<SqlRow[]> {
  const bound = Object.fromEntries(query.parameters.map((p) => [p, values[p]]));
  const reader = await con.runAndReadAll(query.sql, bound as never);
  return reader
    .getRowObjectsJS()
    .map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
    );
}
