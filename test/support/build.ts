/** Small builders for owners' sheets in tests. */
import { ZoneClock, dayFromCivil, type Day } from '../../src/core/read/dates';
import { analyze } from '../../src/core/engine';
import type { Analysis, AnalysisInput } from '../../src/core/analysis';
import { parseSettings, type SettingsInput } from '../../src/core/settings';
import type { ReadContext } from '../../src/core/read/sheet';
import type { SaleRecord } from '../../src/core/read/saleRecord';

export const d = (iso: string): Day => {
  const [y, m, day] = iso.split('-').map(Number);
  return dayFromCivil(y, m, day);
};

export const SALES_HEADER = ['Tanggal', 'Pelanggan', 'Total'];

/** Sales rows [isoDate, name, amount, payment?] under a header with a Pembayaran column. */
export function salesSheet(rows: [string, string, number | string, string?][]): unknown[][] {
  return [
    ['Tanggal', 'Pelanggan', 'Total', 'Pembayaran'],
    ...rows.map(([date, name, amount, pay]) => [date, name, amount, pay ?? 'Tunai']),
  ];
}

/** Purchases of one customer on the given days, cash, amount 10.000 each. */
export function purchases(
  name: string,
  days: string[],
  amount = 10000,
  pay = 'Tunai',
): [string, string, number, string][] {
  return days.map((day) => [day, name, amount, pay]);
}

export function run(
  input: { sales: unknown[][]; debts?: unknown[][]; customers?: unknown[][] },
  ref: string,
  settings: SettingsInput = {},
): Analysis {
  const sheets: AnalysisInput = {
    sales: { name: 'Penjualan', rows: input.sales },
    debts: input.debts && { name: 'Hutang', rows: input.debts },
    customers: input.customers && { name: 'Pelanggan', rows: input.customers },
  };
  return analyze(sheets, {
    settings: parseSettings(settings),
    referenceDay: d(ref),
    timeZone: 'Asia/Jakarta',
  });
}

export function typeOf(a: Analysis, name: string): string | undefined {
  return a.byKey.get(a.nameKey(name))?.type;
}

/** Monthly purchases on the 5th from `from` for `count` months. */
export function monthly(
  name: string,
  from: string,
  count: number,
  amount = 10000,
): [string, string, number, string][] {
  const [y, m] = from.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const mm = m - 1 + i;
    const date = `${y + Math.floor(mm / 12)}-${String((mm % 12) + 1).padStart(2, '0')}-05`;
    return [date, name, amount, 'Tunai'];
  });
}

/** A credit sale record of `who` (key: the name in lower case), without invoice or phone. */
export const creditSale = (
  row: number,
  who: string,
  day: number,
  amount: number,
  more: Partial<SaleRecord> = {},
): SaleRecord => ({
  row,
  day: day as Day,
  name: who,
  key: who.toLowerCase(),
  amount,
  invoice: '',
  credit: true,
  discount: false,
  phone: '',
  ...more,
});

/** A reading context as the sales readers' tests use it: Jakarta, DD-MM dates, honorifics dropped, reference 30 June 2025. */
export const readContext = (referenceDay: Day = dayFromCivil(2025, 6, 30) as Day): ReadContext => ({
  clock: new ZoneClock('Asia/Jakarta'),
  dateOrder: 'DMY',
  stripHonorifics: true,
  referenceDay,
  issues: [],
  notes: [],
});
