/**
 * The "Tipe Pelanggan" column beside the owner's rows. It is found again on every run by its
 * developer metadata (which moves with the column when the owner inserts columns), never by its
 * header alone, so a re-run updates it instead of adding a second one and an owner's own
 * "Tipe Pelanggan" column is never written over.
 */
import { msg } from '../core/i18n';
import { HEADER_SEARCH_ROWS, OUTPUT_HEADER } from '../core/read/headers';
import type { Grid } from '../core/read/grid';
import { asSheetText } from '../core/report/sheetText';
import type { TypeColumn } from '../core/report/typeColumn';
import { headerKey, isBlank } from '../core/read/text';
import type { ConditionalFormatRuleApi, Services, SheetApi } from './services';
import type { Budget } from './budget';
import { writeRows } from './chunkedIo';
import { ensureColumns } from './sheetWriter';

export const TYPE_COLUMN_KEY = 'segmentasi.kolom-tipe';

/** Background and text colour per type: A green, B blue, C amber, D red. */
export const TYPE_COLOURS = {
  A: { background: '#b7e1cd', font: '#0d652d' },
  B: { background: '#c9daf8', font: '#1c4587' },
  C: { background: '#fce8b2', font: '#7f6000' },
  D: { background: '#f4c7c3', font: '#a50e0e' },
} as const;

export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Our column found by the metadata our earlier run wrote: where it is and the header we gave it. */
export interface MarkedColumn {
  column: number;
  header: string;
}

/**
 * Our column from its metadata, or null. Only metadata counts: a column the owner headed
 * "Tipe Pelanggan" (their own formulas or notes) is theirs. Call before reading, so the read skips it.
 */
export function markedColumn(sheet: SheetApi): MarkedColumn | null {
  const found = sheet.createDeveloperMetadataFinder().withKey(TYPE_COLUMN_KEY).find();
  for (const m of found) {
    const column = m.getLocation().getColumn();
    if (column) return { column: column.getColumn(), header: m.getValue() || OUTPUT_HEADER };
  }
  return null;
}

/** Our header, or "Tipe Pelanggan (Segmentasi)"… when the owner's header row already has it. */
export function freeHeader(headerCells: readonly unknown[]): string {
  const taken = new Set(headerCells.map((cell) => headerKey(cell)));
  let header = OUTPUT_HEADER;
  for (let n = 1; taken.has(headerKey(header)); n++) header = msg().outputs.columnBeside(OUTPUT_HEADER, n);
  return header;
}

export interface TargetColumn {
  column: number;
  header: string;
  /** Not our marked column: a new one right of the owner's data (metadata to be written). */
  isNew: boolean;
}

/**
 * Whether the marked column still holds our header in its first rows (or nothing there): an owner
 * who typed their own header over ours has taken the column, and it is read as theirs.
 */
export function stillOurs(grid: Grid, marked: MarkedColumn): boolean {
  const top = grid.slice(0, HEADER_SEARCH_ROWS).map((row) => row[marked.column - 1]);
  return (
    top.every((cell) => isBlank(cell)) || top.some((cell) => headerKey(cell) === headerKey(marked.header))
  );
}

/**
 * Where to write: our marked column (checked with stillOurs), else a new column right of the
 * owner's data under a header the owner's header row does not use.
 */
export function targetColumn(grid: Grid, marked: MarkedColumn | null, headerRow: number): TargetColumn {
  if (marked !== null) return { column: marked.column, header: marked.header, isNew: false };
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  return { column: width + 1, header: freeHeader(grid[headerRow - 1] ?? []), isNew: true };
}

/** Blanks our column in the owner's grid: reading never sees what we wrote. */
export function withoutColumn(grid: unknown[][], column: number | null): unknown[][] {
  if (column === null) return grid;
  for (const row of grid) if (row.length >= column) row[column - 1] = '';
  return grid;
}

function isOurRule(rule: ConditionalFormatRuleApi, column: number): boolean {
  const ranges = rule.getRanges();
  return ranges.length > 0 && ranges.every((r) => r.getColumn() === column && r.getNumColumns() === 1);
}

/** The column in chunked setValues, metadata when new, and the colour rules replaced (never added twice). */
export function writeTypeColumn(
  services: Services,
  sheet: SheetApi,
  target: TargetColumn,
  typeColumn: TypeColumn,
  budget?: Budget,
): void {
  const { column } = target;
  ensureColumns(sheet, column);
  const { headerRow, values } = typeColumn;
  const cells = values.map((v, i) => [asSheetText(i === 0 ? target.header : v)]);
  writeRows(sheet, headerRow, column, cells, budget);
  sheet.getRange(headerRow, column, 1, 1).setFontWeight('bold');
  if (target.isNew) {
    for (const old of sheet.createDeveloperMetadataFinder().withKey(TYPE_COLUMN_KEY).find()) old.remove();
    const letter = columnLetter(column);
    sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(TYPE_COLUMN_KEY, target.header);
  }
  const coloured = sheet.getRange(headerRow + 1, column, Math.max(sheet.getMaxRows() - headerRow, 1), 1);
  const rules = sheet.getConditionalFormatRules().filter((rule) => !isOurRule(rule, column));
  for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
    rules.push(
      services
        .newConditionalFormatRule()
        .whenTextEqualTo(type)
        .setBackground(colour.background)
        .setFontColor(colour.font)
        .setRanges([coloured])
        .build(),
    );
  }
  sheet.setConditionalFormatRules(rules);
}
