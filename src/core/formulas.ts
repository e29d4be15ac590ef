/**
 * The custom formulas' logic, as Sheets calls them: ranges arrive as 2-D arrays (empty cells are
 * ""), dates as Date objects; a thrown Error shows its message on the cell. Pure: the Apps Script
 * layer only supplies the time zone and the clock.
 */
import { parseDateCell } from './cells';
import { ZoneClock, type Day } from './dates';
import { analyze, retention, type Analysis, type CustomerResult } from './engine';
import { CUSTOMER_FIELDS } from './schema';
import { matchColumns } from './headers';
import { parsePeriodKind, type RetentionRow } from './retention';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { headerKey, isBlank } from './text';

export interface FormulaEnv {
  timeZone: string;
  now: Date;
  settings?: Settings;
}

export type Cell = string | number | boolean | Date;
export type CellGrid = Cell[][];

export const NO_DATA = 'Tidak ada data';

type TypeOutput = 'tipe' | 'alasan' | 'tindakan' | 'semua';

const OUTPUT_HEADERS: Record<Exclude<TypeOutput, 'semua'>, string> = {
  tipe: 'Tipe Pelanggan',
  alasan: 'Alasan',
  tindakan: 'Tindakan',
};

export function asGrid(value: unknown, argument: string): unknown[][] {
  if (!Array.isArray(value) || !value.every((row) => Array.isArray(row))) {
    throw new Error(
      `Argumen ${argument} harus berupa rentang dengan baris judul, misalnya Penjualan!A1:H500 (expects a range).`,
    );
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
    if (day === null)
      throw new Error(`tanggal_acuan tidak terbaca: "${String(value)}" (unreadable reference date).`);
    return day;
  }
  if (settings.tanggalAcuan) {
    const day = parseDateCell(settings.tanggalAcuan, clock);
    if (day !== null) return day;
  }
  return clock.dayOf(env.now);
}

function parseTypeOutput(value: unknown): TypeOutput {
  const v = String(value ?? '')
    .trim()
    .toLowerCase();
  if (v === '') return 'tipe';
  const aliases: Record<string, TypeOutput> = {
    tipe: 'tipe',
    type: 'tipe',
    alasan: 'alasan',
    reason: 'alasan',
    tindakan: 'tindakan',
    action: 'tindakan',
    semua: 'semua',
    all: 'semua',
  };
  const out = aliases[v];
  if (!out)
    throw new Error(`keluaran tidak dikenal: "${String(value)}". Pilih tipe, alasan, tindakan atau semua.`);
  return out;
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
    { settings, referenceDay: referenceDayOf(refArg, env, clock), timeZone: env.timeZone, eventsOnly },
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

function cellsFor(result: CustomerResult | undefined, output: TypeOutput, blank: boolean): Cell[] {
  const width = output === 'semua' ? 3 : 1;
  if (blank) return new Array<Cell>(width).fill('');
  if (!result) return [NO_DATA, ...new Array<Cell>(width - 1).fill('')];
  if (output === 'semua') return [result.type, result.reason, result.action];
  return [output === 'tipe' ? result.type : output === 'alasan' ? result.reason : result.action];
}

/** TIPE_PELANGGAN: one name, a column of names, or the customer table with its header row. */
export function tipePelanggan(
  pelanggan: unknown,
  penjualan: unknown,
  hutang: unknown,
  tanggalAcuan: unknown,
  keluaran: unknown,
  env: FormulaEnv,
): Cell | CellGrid {
  const output = parseTypeOutput(keluaran);
  const sales = asGrid(penjualan, 'penjualan');
  const debts = optionalGrid(hutang, 'hutang');
  const table = Array.isArray(pelanggan) && isCustomerTable(asGrid(pelanggan, 'pelanggan'));
  const analysis = run(sales, debts, table ? (pelanggan as unknown[][]) : undefined, tanggalAcuan, env);
  const lookup = (name: unknown) => (isBlank(name) ? undefined : analysis.byKey.get(analysis.nameKey(name)));

  if (!Array.isArray(pelanggan)) {
    const cells = cellsFor(lookup(pelanggan), output, isBlank(pelanggan));
    return output === 'semua' ? [cells] : cells[0];
  }
  const grid = pelanggan as unknown[][];
  if (table) {
    const nameCol = matchColumns(grid[0], CUSTOMER_FIELDS).nama as number;
    const header = output === 'semua' ? Object.values(OUTPUT_HEADERS) : [OUTPUT_HEADERS[output]];
    return [
      header,
      ...grid.slice(1).map((row) => cellsFor(lookup(row[nameCol]), output, isBlank(row[nameCol]))),
    ];
  }
  if (output === 'semua') return grid.map((row) => cellsFor(lookup(row[0]), output, isBlank(row[0])));
  return grid.map((row) => row.map((name) => cellsFor(lookup(name), output, isBlank(name))[0]));
}

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

export function retentionRowCells(r: RetentionRow): Cell[] {
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
    throw new Error(`keluaran tidak dikenal: "${String(keluaran)}". Pilih rate atau tabel.`);
  }
  const analysis = run(asGrid(penjualan, 'penjualan'), undefined, undefined, tanggalAcuan, env, true);
  const rows = retention(analysis, kind);
  if (out === 'tabel' || out === 'table') {
    if (rows.length === 0) throw new Error('Belum ada penjualan sampai tanggal acuan (no sales yet).');
    return [RETENTION_HEADER, ...rows.map(retentionRowCells)];
  }
  // The table always ends at the latest period that ends on or before the reference date.
  const latest = rows[rows.length - 1];
  if (!latest)
    throw new Error('Belum ada penjualan sebelum periode terakhir yang sudah selesai (no sales yet).');
  if (latest.rate === null) {
    throw new Error(
      `Retention rate ${latest.label} belum bisa dihitung: periode sebelumnya tanpa pelanggan aktif.`,
    );
  }
  return latest.rate;
}
