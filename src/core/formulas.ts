/**
 * The custom formulas' logic, as Sheets calls them: ranges arrive as 2-D arrays (empty cells are
 * ""), dates as Date objects; a thrown Error shows its message on the cell. Pure: the Apps Script
 * layer only supplies the time zone and the clock.
 */
import { parseDateCell } from './read/cells';
import { ZoneClock, type Day } from './read/dates';
import { analyze, retention } from './engine';
import type { Analysis } from './analysis';
import { CUSTOMER_FIELDS } from './read/schema';
import { matchColumns } from './read/headers';
import { parsePeriodKind, type RetentionRow } from './models/retention';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { headerKey, isBlank } from './read/text';
import { msg } from './i18n';

export interface FormulaEnv {
  timeZone: string;
  now: Date;
  settings?: Settings;
}

export type Cell = string | number | boolean | Date;
export type CellGrid = Cell[][];

/** What a formula answers for a customer without data, in the sheet owner's language. */
export const noData = (): string => msg().cellWords.noData;

export function asGrid(value: unknown, argument: string): unknown[][] {
  if (!Array.isArray(value) || !value.every((row) => Array.isArray(row))) {
    throw new Error(msg().formulas.notRange(argument));
  }
  return value as unknown[][];
}

export function optionalGrid(value: unknown, argument: string): unknown[][] | undefined {
  if (value === undefined || value === null || isBlank(value)) return undefined;
  return asGrid(value, argument);
}

/** The reference day: the argument when given, else the settings' fixed date, else today in the zone. */
export function referenceDayOf(value: unknown, env: FormulaEnv, clock: ZoneClock): Day {
  const settings = env.settings ?? DEFAULT_SETTINGS;
  if (!isBlank(value) && value !== undefined) {
    const day = parseDateCell(value, clock, settings.formatTanggal);
    if (day === null) throw new Error(msg().formulas.badReferenceDate(String(value)));
    return day;
  }
  if (settings.tanggalAcuan) {
    const day = parseDateCell(settings.tanggalAcuan, clock);
    if (day !== null) return day;
  }
  return clock.dayOf(env.now);
}

export function run(
  sales: unknown[][],
  debts: unknown[][] | undefined,
  customers: unknown[][] | undefined,
  refArg: unknown,
  env: FormulaEnv,
  eventsOnly = false,
): Analysis {
  const settings = env.settings ?? DEFAULT_SETTINGS;
  const clock = new ZoneClock(env.timeZone);
  return analyze(
    {
      sales: { name: 'penjualan', rows: sales },
      debts: debts && { name: 'hutang', rows: debts },
      customers: customers && { name: 'pelanggan', rows: customers },
    },
    // A formula answers per customer or per period, never per sales row: no record kept per row.
    {
      settings,
      referenceDay: referenceDayOf(refArg, env, clock),
      timeZone: env.timeZone,
      eventsOnly,
      compact: true,
    },
  );
}

/** A customer range with a header row such as "Nama" (the customer table) rather than a list of names. */
export function isCustomerTable(grid: unknown[][]): boolean {
  if (grid.length === 0) return false;
  const columns = matchColumns(grid[0], CUSTOMER_FIELDS);
  const nameCol = columns.nama;
  return (
    nameCol !== undefined &&
    CUSTOMER_FIELDS.nama.synonyms.some((s) => headerKey(s) === headerKey(grid[0][nameCol]))
  );
}

/** RETENTION_RATE's table headers: the formula's interface, Indonesian in every locale. */
export const RETENTION_HEADER = [
  'Periode',
  'Aktif',
  'Dipertahankan',
  'Kembali',
  'Baru',
  'Retention Rate',
  'Omzet Baru',
  'Omzet Lama',
];

/** One row of the retention table; the first period of the data says "awal data" (DOMAIN 7). */
export function retentionRowCells(r: RetentionRow): Cell[] {
  if (r.firstPeriod) {
    const start = msg().retention.firstPeriod;
    return [r.label, r.active, start, start, start, start, start, start];
  }
  return [
    r.label,
    r.active,
    r.retained,
    r.returning,
    r.newCustomers,
    r.rate ?? '',
    r.salesNew,
    r.salesExisting,
  ];
}

/** RETENTION_RATE: the latest complete period's rate, or the whole table with keluaran "tabel". */
export function retentionRate(
  penjualan: unknown,
  periode: unknown,
  tanggalAcuan: unknown,
  keluaran: unknown,
  env: FormulaEnv,
): Cell | CellGrid {
  const kind = parsePeriodKind(periode);
  const out = String(keluaran ?? '')
    .trim()
    .toLowerCase();
  if (!['', 'rate', 'tingkat', 'tabel', 'table'].includes(out)) {
    throw new Error(msg().formulaErrors.unknownRateOutput(String(keluaran)));
  }
  const analysis = run(asGrid(penjualan, 'penjualan'), undefined, undefined, tanggalAcuan, env, true);
  const rows = retention(analysis, kind);
  if (out === 'tabel' || out === 'table') {
    if (rows.length === 0) throw new Error(msg().formulas.noSales);
    return [RETENTION_HEADER, ...rows.map(retentionRowCells)];
  }
  // The table always ends at the latest period that ends on or before the reference date.
  const latest = rows[rows.length - 1];
  if (!latest) throw new Error(msg().formulas.noCompletePeriod);
  if (latest.firstPeriod) return msg().retention.firstPeriod;
  if (latest.rate === null) {
    throw new Error(msg().formulaErrors.rateUnknown(latest.label));
  }
  return latest.rate;
}
