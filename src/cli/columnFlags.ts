/**
 * The column flags: `--kolom-total "Harga Jual"` names the owner's header of a column exactly as
 * the settings' kolom.penjualan.total does, for every column the reader knows in the three files
 * (sales: --kolom-*, debts: --kolom-hutang-*, the customer file: --kolom-pelanggan-*). A flag
 * given with a settings file that names the same column wins: the command line is the word said
 * for this run. When a required column is missing, the message names the flag to add, with the
 * owner's header whose cells look like that column.
 */
import { parseAmountCell, parseDateText } from '../core/read/cells';
import type { MissingColumns } from '../core/read/headers';
import { FIELDS, PRODUCT_WORDS, type SheetKind } from '../core/read/schema';
import { isBlank, words } from '../core/read/text';
import type { Settings } from '../core/settings';
import type { ColumnFlagHint } from '../core/i18n/cliId';
import { msg } from '../core/i18n';

export interface ColumnFlag {
  /** The flag without its dashes, e.g. kolom-hutang-jatuh-tempo. */
  name: string;
  sheet: SheetKind;
  /** The field of the settings' kolom[sheet], e.g. jatuhTempo. */
  field: string;
}

const PREFIX: Record<SheetKind, string> = {
  penjualan: 'kolom-',
  hutang: 'kolom-hutang-',
  pelanggan: 'kolom-pelanggan-',
};

const SHEETS = Object.keys(PREFIX) as SheetKind[];

/** jatuhTempo -> jatuh-tempo. */
const kebab = (field: string) => field.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** One flag per field of each file, in the schema's order. */
export const COLUMN_FLAGS: readonly ColumnFlag[] = SHEETS.flatMap((sheet) =>
  Object.keys(FIELDS[sheet]).map((field) => ({ name: PREFIX[sheet] + kebab(field), sheet, field })),
);

/** The column flags as node:util parseArgs reads them. */
export const COLUMN_OPTIONS: Record<string, { type: 'string' }> = Object.fromEntries(
  COLUMN_FLAGS.map((f) => [f.name, { type: 'string' as const }]),
);

/** The column flags of one file, for --help. */
export function columnFlagsOf(sheet: SheetKind): readonly ColumnFlag[] {
  return COLUMN_FLAGS.filter((f) => f.sheet === sheet);
}

/**
 * The settings with the column flags given (`values` by flag name) put into `kolom`, as a settings
 * file would put them; `replaced` hears each flag that takes the place of the file's own choice.
 */
export function withColumnFlags(
  settings: Settings,
  values: Readonly<Record<string, unknown>>,
  replaced: (flag: string, key: string) => void,
): Settings {
  let kolom = settings.kolom;
  for (const f of COLUMN_FLAGS) {
    const value = values[f.name];
    if (typeof value !== 'string') continue;
    const own = kolom[f.sheet] ?? {};
    if (own[f.field] !== undefined && own[f.field] !== value)
      replaced(`--${f.name}`, `kolom.${f.sheet}.${f.field}`);
    // New objects all the way down: the parsed settings' defaults may be shared.
    kolom = { ...kolom, [f.sheet]: { ...own, [f.field]: value } };
  }
  return kolom === settings.kolom ? settings : { ...settings, kolom };
}

/** A text as one argument in a POSIX shell or Windows' cmd: in double quotes. */
export function shellQuoted(text: string): string {
  return `"${text.replace(/(["\\$`])/g, '\\$1')}"`;
}

const DATE_FIELDS = new Set(['tanggal', 'jatuhTempo', 'tanggalBayar', 'tanggalLahir']);
const AMOUNT_FIELDS = new Set(['total', 'jumlah', 'dibayar', 'harga']);
const NAME_FIELDS = new Set(['pelanggan', 'nama']);
/** Data rows under the header looked at to tell which column looks like the missing one. */
const SAMPLE_ROWS = 50;
/** Share of a column's filled cells that must look like the field for its header to be offered. */
const MOST = 0.8;

/**
 * Whether a cell looks like a value of `field`: a date (not a plain number: 15000 is an amount
 * before it is a date serial), an amount, or a name (neither).
 */
function looksLike(field: string, cell: unknown): boolean {
  const text = String(cell).trim();
  const amount = parseAmountCell(text) !== null;
  if (DATE_FIELDS.has(field)) return !amount && parseDateText(text) !== null;
  if (AMOUNT_FIELDS.has(field)) return amount;
  if (NAME_FIELDS.has(field)) return !amount && parseDateText(text) === null;
  return false;
}

/** A product column ("Nama Barang", "Produk") is never offered for the customer (DOMAIN 1). */
function offered(field: string, header: string): boolean {
  return !NAME_FIELDS.has(field) || !words(header).some((w) => PRODUCT_WORDS.has(w));
}

/** The share of the column's filled cells (of the sample) that look like `field`; 0 when none is filled. */
function fit(field: string, rows: readonly (readonly unknown[])[], col: number): number {
  let filled = 0;
  let like = 0;
  for (const row of rows) {
    const cell = row[col];
    if (isBlank(cell)) continue;
    filled++;
    if (looksLike(field, cell)) like++;
  }
  return filled === 0 ? 0 : like / filled;
}

/**
 * For each missing column, its flag and the owner's header whose cells look like it: among the
 * header row's columns not taken by a required column, the best fit of the data rows below
 * (at least MOST of them), leftmost on a tie; a header is offered for one column only.
 */
export function missingColumnHints(
  missing: MissingColumns,
  grid: readonly (readonly unknown[])[],
): ColumnFlagHint[] {
  const fields = FIELDS[missing.kind];
  const taken = new Set<number>();
  for (const [field, col] of Object.entries(missing.columns))
    if (col !== undefined && fields[field]?.required) taken.add(col);
  const sample: (readonly unknown[])[] = [];
  for (let r = missing.headerRow + 1; r < grid.length && sample.length < SAMPLE_ROWS; r++) {
    const row = grid[r] ?? [];
    if (row.some((cell) => !isBlank(cell))) sample.push([...row]);
  }
  return missing.fields.map((field) => {
    let best = { col: -1, fit: MOST - Number.EPSILON };
    missing.columnHeaders.forEach((header, col) => {
      if (header === '' || taken.has(col) || !offered(field, header)) return;
      const share = fit(field, sample, col);
      if (share > best.fit) best = { col, fit: share };
    });
    const flag = COLUMN_FLAGS.find((f) => f.sheet === missing.kind && f.field === field) as ColumnFlag;
    const header = best.col >= 0 ? missing.columnHeaders[best.col] : null;
    if (best.col >= 0) taken.add(best.col);
    return {
      flag: `--${flag.name}`,
      label: fields[field].label,
      header,
      argument: shellQuoted(header ?? msg().cli.values.header),
    };
  });
}
