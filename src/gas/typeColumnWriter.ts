/**
 * The "Tipe Pelanggan" column beside the owner's rows. It is found again on every run by its
 * developer metadata (which moves with the column when the owner inserts columns), with the
 * header text as a fallback, so a re-run updates it instead of adding a second one.
 */
import { OUTPUT_HEADER, HEADER_SEARCH_ROWS, type Grid } from '../core/read/headers';
import { asSheetText } from '../core/report/sheetText';
import type { TypeColumn } from '../core/report/typeColumn';
import { headerKey, isBlank } from '../core/read/text';
import type { ConditionalFormatRuleApi, Services, SheetApi } from './services';
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

/** Our column from its metadata (1-based), or null. Call before reading, so the read can skip it. */
export function markedColumn(sheet: SheetApi): number | null {
  const found = sheet.createDeveloperMetadataFinder().withKey(TYPE_COLUMN_KEY).find();
  for (const m of found) {
    const column = m.getLocation().getColumn();
    if (column) return column.getColumn();
  }
  return null;
}

/** Without metadata (copied sheet, older version): a "Tipe Pelanggan" header in the first rows. */
export function headerColumn(grid: Grid): number | null {
  const key = headerKey(OUTPUT_HEADER);
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.length); r++) {
    const c = grid[r].findIndex((cell) => headerKey(cell) === key);
    if (c >= 0) return c + 1;
  }
  return null;
}

/**
 * Where to write: the column found, if its header cell is still ours (or empty); else a new column
 * right of the owner's data. An owner who typed over our header keeps that column.
 */
export function targetColumn(
  grid: Grid,
  found: number | null,
  headerRow: number,
): { column: number; isNew: boolean } {
  if (found !== null) {
    const header = grid[headerRow - 1]?.[found - 1];
    if (isBlank(header) || headerKey(header) === headerKey(OUTPUT_HEADER))
      return { column: found, isNew: false };
  }
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  return { column: width + 1, isNew: true };
}

function isOurRule(rule: ConditionalFormatRuleApi, column: number): boolean {
  const ranges = rule.getRanges();
  return ranges.length > 0 && ranges.every((r) => r.getColumn() === column && r.getNumColumns() === 1);
}

/** One setValues for the column, metadata when new, and the colour rules replaced (never added twice). */
export function writeTypeColumn(
  services: Services,
  sheet: SheetApi,
  column: number,
  marked: boolean,
  typeColumn: TypeColumn,
): void {
  ensureColumns(sheet, column);
  const { headerRow, values } = typeColumn;
  sheet.getRange(headerRow, column, values.length, 1).setValues(values.map((v) => [asSheetText(v)]));
  sheet.getRange(headerRow, column, 1, 1).setFontWeight('bold');
  if (!marked) {
    for (const old of sheet.createDeveloperMetadataFinder().withKey(TYPE_COLUMN_KEY).find()) old.remove();
    const letter = columnLetter(column);
    sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(TYPE_COLUMN_KEY, OUTPUT_HEADER);
  }
  const target = sheet.getRange(headerRow + 1, column, Math.max(sheet.getMaxRows() - headerRow, 1), 1);
  const rules = sheet.getConditionalFormatRules().filter((rule) => !isOurRule(rule, column));
  for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
    rules.push(
      services
        .newConditionalFormatRule()
        .whenTextEqualTo(type)
        .setBackground(colour.background)
        .setFontColor(colour.font)
        .setRanges([target])
        .build(),
    );
  }
  sheet.setConditionalFormatRules(rules);
}
