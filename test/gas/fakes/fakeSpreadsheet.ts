/**
 * In-memory Spreadsheet, Sheet and Range with the documented behaviour the add-on relies on:
 * getValues gives "" for empty cells and Date objects for dates; setValues demands the exact
 * shape and parses strings like typing does ("=..." becomes a formula, "0812" a number, a leading
 * apostrophe keeps text); ranges past the sheet's size throw; inserting columns moves cells,
 * developer metadata and conditional-format ranges. Every public call is counted.
 */
import type {
  ChartApi,
  ChartBuilderApi,
  ConditionalFormatRuleApi,
  ConditionalFormatRuleBuilderApi,
  DeveloperMetadataApi,
  FilterApi,
  RangeApi,
  SheetApi,
  SpreadsheetApi,
} from '../../../src/gas/services';
import { a1Of, parseA1, type Rect } from './a1';
import type { CallLog } from './callLog';
import { INDONESIAN_SHEET, typedValue, zonedDate, type SheetLocale, type SheetLocaleName } from './typing';
import { FakeNamedRanges } from './fakeNamedRanges';

export interface CellFormat {
  numberFormat?: string;
  fontWeight?: string | null;
  background?: string | null;
  wrap?: boolean;
}

/**
 * What Sheets stores when a script writes `value` into a cell, or the owner types it: text is
 * read in the spreadsheet's locale and zone ("5/1/2025" a Date, "15000" a number, "TRUE" a
 * boolean, "10:30" a time on 30 Dec 1899, "Rp 15.000" text); "=..." is a formula.
 */
export function enteredValue(
  value: unknown,
  where: SheetLocale = INDONESIAN_SHEET,
): { value: unknown; formula: string } {
  if (value === null || value === undefined) return { value: '', formula: '' };
  if (typeof value === 'string') {
    if (value.startsWith("'")) return { value: value.slice(1), formula: '' };
    if (value.startsWith('=') && value.length > 1) return { value: '#NAME?', formula: value };
    return { value: typedValue(value, where), formula: '' };
  }
  if (Object.prototype.toString.call(value) === '[object Date]')
    return { value: new Date((value as Date).getTime()), formula: '' };
  if (typeof value === 'number' || typeof value === 'boolean') return { value, formula: '' };
  return { value: String(value), formula: '' };
}

function copyValue(v: unknown): unknown {
  return Object.prototype.toString.call(v) === '[object Date]' ? new Date((v as Date).getTime()) : v;
}

export class FakeRange implements RangeApi {
  constructor(
    readonly sheet: FakeSheet,
    readonly rect: Rect,
    private readonly log: CallLog,
    readonly wholeColumns = false,
  ) {}
  private hit(method: string, cells = 0) {
    this.log.hit(`Range.${method}`, cells);
  }
  private get cellCount() {
    return this.rect.numRows * this.rect.numColumns;
  }
  getRow() {
    this.hit('getRow');
    return this.rect.row;
  }
  getColumn() {
    this.hit('getColumn');
    return this.rect.column;
  }
  getNumRows() {
    this.hit('getNumRows');
    return this.rect.numRows;
  }
  getNumColumns() {
    this.hit('getNumColumns');
    return this.rect.numColumns;
  }
  getSheet() {
    this.hit('getSheet');
    return this.sheet;
  }
  getA1Notation() {
    this.hit('getA1Notation');
    return a1Of(this.rect);
  }
  /**
   * Range.getValues: "values may be of type Number, Boolean, Date, or String, depending on the value
   * of the cell" (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()):
   * a number in a cell formatted as a date comes back as a Date.
   */
  getValues(): unknown[][] {
    this.hit('getValues', this.cellCount);
    return this.sheet.read(this.rect, (r, c) => this.sheet.shownValue(r, c));
  }
  getFormulas(): string[][] {
    this.hit('getFormulas');
    return this.sheet.read(this.rect, (r, c) => this.sheet.formulaAt(r, c));
  }
  getNumberFormats(): string[][] {
    this.hit('getNumberFormats');
    return this.sheet.read(this.rect, (r, c) => this.sheet.formatAt(r, c).numberFormat ?? 'General');
  }
  setValues(values: unknown[][]): FakeRange {
    this.hit('setValues', this.cellCount);
    const { numRows, numColumns } = this.rect;
    if (!Array.isArray(values) || values.length !== numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. ` +
          `The data has ${Array.isArray(values) ? values.length : 0} but the range has ${numRows}.`,
      );
    }
    for (const row of values) {
      if (!Array.isArray(row) || row.length !== numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. ` +
            `The data has ${Array.isArray(row) ? row.length : 0} but the range has ${numColumns}.`,
        );
      }
    }
    values.forEach((row, i) =>
      row.forEach((v, j) => this.sheet.write(this.rect.row + i, this.rect.column + j, v)),
    );
    return this;
  }
  private format(patch: CellFormat): FakeRange {
    this.sheet.forEachCell(this.rect, (r, c) => this.sheet.patchFormat(r, c, patch));
    return this;
  }
  setNumberFormat(numberFormat: string) {
    this.hit('setNumberFormat');
    return this.format({ numberFormat });
  }
  setFontWeight(fontWeight: string | null) {
    this.hit('setFontWeight');
    return this.format({ fontWeight });
  }
  setBackground(background: string | null) {
    this.hit('setBackground');
    return this.format({ background });
  }
  setBackgrounds(colors: string[][]) {
    this.hit('setBackgrounds');
    if (colors.length !== this.rect.numRows || colors.some((r) => r.length !== this.rect.numColumns))
      throw new Error('The number of rows or columns in the data does not match the range.');
    colors.forEach((row, i) =>
      row.forEach((background, j) =>
        this.sheet.patchFormat(this.rect.row + i, this.rect.column + j, { background: background || null }),
      ),
    );
    return this;
  }
  setWrap(wrap: boolean) {
    this.hit('setWrap');
    return this.format({ wrap });
  }
  addDeveloperMetadata(key: string, value: string) {
    this.hit('addDeveloperMetadata');
    if (!this.wholeColumns || this.rect.numColumns !== 1) {
      throw new Error(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be ' +
          'added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
      );
    }
    this.sheet.metadata.push(
      new FakeDeveloperMetadata(this.sheet.book.nextId(), this.sheet, key, value, this.rect.column, this.log),
    );
    return this;
  }
  /** Merges the block; like Sheets, only the top-left value is kept. */
  merge(): FakeRange {
    this.hit('merge');
    this.sheet.forEachCell(this.rect, (r, c) => {
      if (r !== this.rect.row || c !== this.rect.column) this.sheet.write(r, c, '');
    });
    this.sheet.merges.push({ ...this.rect });
    return this;
  }
  isPartOfMerge(): boolean {
    this.hit('isPartOfMerge');
    const { row, column, numRows, numColumns } = this.rect;
    return this.sheet.merges.some(
      (m) =>
        m.row < row + numRows &&
        row < m.row + m.numRows &&
        m.column < column + numColumns &&
        column < m.column + m.numColumns,
    );
  }
  createFilter(): FakeFilter {
    this.hit('createFilter');
    if (this.sheet.filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
    this.sheet.filter = new FakeFilter(this.sheet, { ...this.rect }, this.log);
    return this.sheet.filter;
  }
}

export class FakeFilter implements FilterApi {
  constructor(
    private readonly sheet: FakeSheet,
    readonly rect: Rect,
    private readonly log: CallLog,
  ) {}
  remove() {
    this.log.hit('Filter.remove');
    if (this.sheet.filter === this) this.sheet.filter = null;
  }
}

export class FakeDeveloperMetadata implements DeveloperMetadataApi {
  constructor(
    /** Unique in the spreadsheet (DeveloperMetadata.getId); a copied sheet's metadata gets new ids. */
    readonly id: number,
    private readonly sheet: FakeSheet,
    readonly key: string,
    readonly value: string,
    /** The column it sits on (moves when columns are inserted before it); null on the whole sheet. */
    public column: number | null,
    private readonly log: CallLog,
  ) {}
  getId() {
    this.log.hit('DeveloperMetadata.getId');
    return this.id;
  }
  getKey() {
    this.log.hit('DeveloperMetadata.getKey');
    return this.key;
  }
  getValue() {
    this.log.hit('DeveloperMetadata.getValue');
    return this.value;
  }
  getLocation() {
    this.log.hit('DeveloperMetadata.getLocation');
    return {
      getColumn: () =>
        this.column === null
          ? null
          : new FakeRange(
              this.sheet,
              { row: 1, column: this.column, numRows: this.sheet.maxRows, numColumns: 1 },
              this.log,
              true,
            ),
    };
  }
  remove() {
    this.log.hit('DeveloperMetadata.remove');
    this.sheet.metadata = this.sheet.metadata.filter((m) => m !== this);
  }
}

export interface RuleSpec {
  text: string;
  background: string | null;
  fontColor: string | null;
  ranges: Rect[];
}

export class FakeConditionalFormatRule implements ConditionalFormatRuleApi {
  constructor(
    readonly spec: RuleSpec,
    private readonly sheetOf: () => FakeSheet,
    private readonly log: CallLog,
  ) {}
  getRanges() {
    this.log.hit('ConditionalFormatRule.getRanges');
    return this.spec.ranges.map((r) => new FakeRange(this.sheetOf(), { ...r }, this.log));
  }
}

export class FakeConditionalFormatRuleBuilder implements ConditionalFormatRuleBuilderApi {
  private spec: RuleSpec = { text: '', background: null, fontColor: null, ranges: [] };
  private sheet: FakeSheet | null = null;
  constructor(private readonly log: CallLog) {}
  whenTextEqualTo(text: string) {
    this.log.hit('ConditionalFormatRuleBuilder.whenTextEqualTo');
    this.spec.text = text;
    return this;
  }
  setBackground(color: string | null) {
    this.log.hit('ConditionalFormatRuleBuilder.setBackground');
    this.spec.background = color;
    return this;
  }
  setFontColor(color: string | null) {
    this.log.hit('ConditionalFormatRuleBuilder.setFontColor');
    this.spec.fontColor = color;
    return this;
  }
  setRanges(ranges: RangeApi[]) {
    this.log.hit('ConditionalFormatRuleBuilder.setRanges');
    const fakes = ranges as FakeRange[];
    this.sheet = fakes[0]?.sheet ?? null;
    this.spec.ranges = fakes.map((r) => ({ ...r.rect }));
    return this;
  }
  build() {
    this.log.hit('ConditionalFormatRuleBuilder.build');
    if (this.spec.ranges.length === 0)
      throw new Error('Conditional format rule must have at least one range.');
    const sheet = this.sheet as FakeSheet;
    return new FakeConditionalFormatRule(
      { ...this.spec, ranges: this.spec.ranges.map((r) => ({ ...r })) },
      () => sheet,
      this.log,
    );
  }
}

export interface ChartSpec {
  type: unknown;
  ranges: Rect[];
  options: Record<string, unknown>;
  position: { row: number; column: number } | null;
}

export class FakeChart implements ChartApi {
  id: number | null = null;
  constructor(readonly spec: ChartSpec) {}
  getChartId() {
    return this.id;
  }
}

export class FakeChartBuilder implements ChartBuilderApi {
  private spec: ChartSpec = { type: null, ranges: [], options: {}, position: null };
  constructor(private readonly log: CallLog) {}
  setChartType(type: unknown) {
    this.log.hit('EmbeddedChartBuilder.setChartType');
    this.spec.type = type;
    return this;
  }
  addRange(range: RangeApi) {
    this.log.hit('EmbeddedChartBuilder.addRange');
    this.spec.ranges.push({ ...(range as FakeRange).rect });
    return this;
  }
  setPosition(row: number, column: number) {
    this.log.hit('EmbeddedChartBuilder.setPosition');
    this.spec.position = { row, column };
    return this;
  }
  setOption(option: string, value: unknown) {
    this.log.hit('EmbeddedChartBuilder.setOption');
    this.spec.options[option] = value;
    return this;
  }
  build() {
    this.log.hit('EmbeddedChartBuilder.build');
    if (this.spec.ranges.length === 0) throw new Error('A chart needs at least one range.');
    return new FakeChart({ ...this.spec, ranges: [...this.spec.ranges] });
  }
}

const key = (row: number, column: number) => row * 1_000_000 + column;

/**
 * Google Sheets holds at most 10 million cells per spreadsheet
 * (https://support.google.com/drive/answer/37603); an insert that would pass it fails.
 */
export const SPREADSHEET_CELL_LIMIT = 10_000_000;

/** What a sheet asks of its spreadsheet: ids, the cell limit, and the named ranges on its rows. */
export interface Workbook {
  nextId(): number;
  /** Throws as Sheets does when `added` more cells would pass the limit. */
  grow(added: number): void;
  names: FakeNamedRanges<FakeSheet>;
}

/** A number format that shows a date ("dd/mm/yyyy"), quoted text left out. */
function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && /[dy]/i.test(format.replace(/"[^"]*"/g, ''));
}

/** A date serial (days since 30 Dec 1899) as the Date Sheets gives for it, in the sheet's zone. */
function serialDate(serial: number, timeZone: string): Date {
  const day = Math.floor(serial);
  const civil = new Date(Date.UTC(1899, 11, 30) + day * 86_400_000);
  const seconds = Math.round((serial - day) * 86_400);
  return zonedDate(
    timeZone,
    civil.getUTCFullYear(),
    civil.getUTCMonth() + 1,
    civil.getUTCDate(),
    Math.floor(seconds / 3600),
    Math.floor((seconds % 3600) / 60),
    seconds % 60,
  );
}

export class FakeSheet implements SheetApi {
  /** rows[r-1][c-1]; missing cells are empty. */
  private cells: unknown[][] = [];
  private formulas = new Map<number, string>();
  private formats = new Map<number, CellFormat>();
  metadata: FakeDeveloperMetadata[] = [];
  rules: FakeConditionalFormatRule[] = [];
  charts: FakeChart[] = [];
  filter: FakeFilter | null = null;
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  /** Rows the owner hid (1-based); getValues still returns them, as Sheets does. */
  hiddenRows = new Set<number>();
  /** Merged blocks: only the top-left cell keeps a value. */
  merges: Rect[] = [];
  /** Sheet.getSheetId: unique in the spreadsheet. */
  readonly sheetId: number;

  constructor(
    private name: string,
    private readonly log: CallLog,
    public maxRows = 1000,
    public maxColumns = 26,
    /** The spreadsheet's locale and zone, read when text is entered. */
    private readonly where: () => SheetLocale = () => INDONESIAN_SHEET,
    readonly book: Workbook,
  ) {
    this.sheetId = book.nextId();
  }

  // ---- internal helpers (not counted) ----
  get title(): string {
    return this.name;
  }
  valueAt(row: number, column: number): unknown {
    const v = this.cells[row - 1]?.[column - 1];
    return v === undefined ? '' : v;
  }
  /** The value getValues gives: a copy, and a Date for a number formatted as a date. */
  shownValue(row: number, column: number): unknown {
    const v = this.valueAt(row, column);
    if (typeof v === 'number' && isDateFormat(this.formatAt(row, column).numberFormat))
      return serialDate(v, this.where().timeZone);
    return copyValue(v);
  }
  formulaAt(row: number, column: number): string {
    return this.formulas.get(key(row, column)) ?? '';
  }
  formatAt(row: number, column: number): CellFormat {
    return this.formats.get(key(row, column)) ?? {};
  }
  patchFormat(row: number, column: number, patch: CellFormat) {
    this.formats.set(key(row, column), { ...this.formatAt(row, column), ...patch });
  }
  write(row: number, column: number, raw: unknown) {
    const { value, formula } = enteredValue(raw, this.where());
    const r = (this.cells[row - 1] ??= []);
    r[column - 1] = value;
    if (formula) this.formulas.set(key(row, column), formula);
    else this.formulas.delete(key(row, column));
  }
  read<T>(rect: Rect, cell: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      const line: T[] = new Array(rect.numColumns);
      for (let c = 0; c < rect.numColumns; c++) line[c] = cell(r, rect.column + c);
      out.push(line);
    }
    return out;
  }
  forEachCell(rect: Rect, visit: (row: number, column: number) => void) {
    for (let r = rect.row; r < rect.row + rect.numRows; r++)
      for (let c = rect.column; c < rect.column + rect.numColumns; c++) visit(r, c);
  }
  /** Test setup: puts values as they would be stored (no parsing), growing the sheet to fit. */
  load(rows: unknown[][], startRow = 1) {
    rows.forEach((row, i) => {
      this.cells[startRow - 1 + i] = row.map((v) => (v === null || v === undefined ? '' : v));
    });
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    this.maxRows = Math.max(this.maxRows, startRow - 1 + rows.length);
    this.maxColumns = Math.max(this.maxColumns, width);
  }
  /** Test setup: the owner types these texts, each read as Sheets reads typing (see enteredValue). */
  type(rows: (string | null)[][], startRow = 1) {
    rows.forEach((row, i) => row.forEach((v, j) => this.write(startRow + i, j + 1, v ?? '')));
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    this.maxRows = Math.max(this.maxRows, startRow - 1 + rows.length);
    this.maxColumns = Math.max(this.maxColumns, width);
  }
  /** Test setup: a cell holding a formula and the value it computed (or an error such as "#N/A"). */
  setComputed(row: number, column: number, formula: string, value: unknown) {
    const r = (this.cells[row - 1] ??= []);
    r[column - 1] = value;
    this.formulas.set(key(row, column), formula);
  }
  /** Test setup: a stored value as is, e.g. a checkbox's boolean or a number typed as a date. */
  setStored(row: number, column: number, value: unknown) {
    const r = (this.cells[row - 1] ??= []);
    r[column - 1] = value;
  }
  private extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    this.cells.forEach((row, i) => {
      if (!row) return;
      for (let c = row.length - 1; c >= 0; c--) {
        if (row[c] !== '' && row[c] !== undefined) {
          rows = i + 1;
          columns = Math.max(columns, c + 1);
          break;
        }
      }
    });
    for (const k of this.formulas.keys()) {
      rows = Math.max(rows, Math.floor(k / 1_000_000));
      columns = Math.max(columns, k % 1_000_000);
    }
    return { rows, columns };
  }
  private range(rect: Rect, wholeColumns = false): FakeRange {
    if (rect.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (rect.numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (rect.row < 1 || rect.row + rect.numRows - 1 > this.maxRows)
      throw new Error('Those rows are out of bounds.');
    if (rect.column < 1 || rect.column + rect.numColumns - 1 > this.maxColumns)
      throw new Error('Those columns are out of bounds.');
    return new FakeRange(this, rect, this.log, wholeColumns);
  }
  private hit(method: string) {
    this.log.hit(`Sheet.${method}`);
  }

  // ---- SheetApi ----
  getSheetId() {
    this.hit('getSheetId');
    return this.sheetId;
  }
  getName() {
    this.hit('getName');
    return this.name;
  }
  setName(name: string) {
    this.hit('setName');
    this.name = name;
    return this;
  }
  getLastRow() {
    this.hit('getLastRow');
    return this.extent().rows;
  }
  getLastColumn() {
    this.hit('getLastColumn');
    return this.extent().columns;
  }
  getMaxRows() {
    this.hit('getMaxRows');
    return this.maxRows;
  }
  getMaxColumns() {
    this.hit('getMaxColumns');
    return this.maxColumns;
  }
  getDataRange() {
    this.hit('getDataRange');
    const { rows, columns } = this.extent();
    return this.range({ row: 1, column: 1, numRows: Math.max(rows, 1), numColumns: Math.max(columns, 1) });
  }
  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange;
  getRange(a1Notation: string): FakeRange;
  getRange(a: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.hit('getRange');
    if (typeof a === 'string') {
      const { wholeColumns, ...rect } = parseA1(a, this.maxRows, this.maxColumns);
      return this.range(rect, wholeColumns);
    }
    return this.range({ row: a, column: column as number, numRows, numColumns });
  }
  insertColumnsAfter(columnIndex: number, howMany: number) {
    this.hit('insertColumnsAfter');
    if (columnIndex < 1 || columnIndex > this.maxColumns) throw new Error('Those columns are out of bounds.');
    this.book.grow(howMany * this.maxRows);
    this.book.names.insertedColumns(this, columnIndex, howMany);
    this.maxColumns += howMany;
    for (const row of this.cells)
      if (row && row.length > columnIndex) row.splice(columnIndex, 0, ...new Array(howMany).fill(''));
    const shift = (c: number) => (c > columnIndex ? c + howMany : c);
    this.formulas = new Map(
      [...this.formulas].map(([k, f]) => [key(Math.floor(k / 1e6), shift(k % 1e6)), f]),
    );
    this.formats = new Map([...this.formats].map(([k, f]) => [key(Math.floor(k / 1e6), shift(k % 1e6)), f]));
    for (const m of this.metadata) if (m.column !== null) m.column = shift(m.column);
    for (const rule of this.rules) for (const r of rule.spec.ranges) r.column = shift(r.column);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    this.hit('insertRowsAfter');
    if (afterPosition < 1 || afterPosition > this.maxRows) throw new Error('Those rows are out of bounds.');
    this.book.grow(howMany * this.maxColumns);
    this.book.names.insertedRows(this, afterPosition, howMany);
    this.maxRows += howMany;
    if (this.cells.length > afterPosition)
      this.cells.splice(afterPosition, 0, ...new Array(howMany).fill(undefined));
    const shift = (r: number) => (r > afterPosition ? r + howMany : r);
    this.formulas = new Map(
      [...this.formulas].map(([k, f]) => [key(shift(Math.floor(k / 1e6)), k % 1e6), f]),
    );
    this.formats = new Map([...this.formats].map(([k, f]) => [key(shift(Math.floor(k / 1e6)), k % 1e6), f]));
    return this;
  }
  deleteRows(rowPosition: number, howMany: number) {
    this.hit('deleteRows');
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.maxRows)
      throw new Error('Those rows are out of bounds.');
    if (howMany >= this.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.book.names.deletedRows(this, rowPosition, howMany);
    this.maxRows -= howMany;
    this.cells.splice(rowPosition - 1, howMany);
    const keep = (r: number) => r < rowPosition || r >= rowPosition + howMany;
    const shift = (r: number) => (r >= rowPosition + howMany ? r - howMany : r);
    const move = <T>(m: Map<number, T>) =>
      new Map(
        [...m]
          .filter(([k]) => keep(Math.floor(k / 1e6)))
          .map(([k, v]) => [key(shift(Math.floor(k / 1e6)), k % 1e6), v] as [number, T]),
      );
    this.formulas = move(this.formulas);
    this.formats = move(this.formats);
  }
  clear() {
    this.hit('clear');
    this.cells = [];
    this.formulas.clear();
    this.formats.clear();
    return this;
  }
  setFrozenRows(rows: number) {
    this.hit('setFrozenRows');
    if (rows >= this.maxRows) throw new Error('Sorry, it is not possible to freeze all visible rows.');
    this.frozenRows = rows;
  }
  setColumnWidth(columnPosition: number, width: number) {
    this.hit('setColumnWidth');
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  hideRows(rowIndex: number, numRows = 1) {
    this.hit('hideRows');
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.add(r);
  }
  isRowHiddenByUser(rowPosition: number) {
    this.hit('isRowHiddenByUser');
    return this.hiddenRows.has(rowPosition);
  }
  getFilter() {
    this.hit('getFilter');
    return this.filter;
  }
  addDeveloperMetadata(key: string, value: string) {
    this.hit('addDeveloperMetadata');
    this.metadata.push(new FakeDeveloperMetadata(this.book.nextId(), this, key, value, null, this.log));
    return this;
  }
  createDeveloperMetadataFinder() {
    this.hit('createDeveloperMetadataFinder');
    return {
      withKey: (k: string) => {
        this.log.hit('DeveloperMetadataFinder.withKey');
        return {
          find: () => {
            this.log.hit('DeveloperMetadataFinder.find');
            return this.metadata.filter((m) => m.key === k);
          },
        };
      },
    };
  }
  getConditionalFormatRules() {
    this.hit('getConditionalFormatRules');
    return [...this.rules];
  }
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]) {
    this.hit('setConditionalFormatRules');
    this.rules = [...(rules as FakeConditionalFormatRule[])];
  }
  newChart() {
    this.hit('newChart');
    return new FakeChartBuilder(this.log);
  }
  insertChart(chart: ChartApi) {
    this.hit('insertChart');
    const fake = chart as FakeChart;
    fake.id = this.charts.length + 1;
    this.charts.push(fake);
  }
  getCharts() {
    this.hit('getCharts');
    return [...this.charts];
  }
  removeChart(chart: ChartApi) {
    this.hit('removeChart');
    this.charts = this.charts.filter((c) => c !== chart);
  }

  // ---- test inspection (not part of the API) ----
  /** A copy under another name, every piece of metadata under a new id (FakeSpreadsheet.duplicate). */
  cloneAs(name: string, nextId: () => number): FakeSheet {
    const copy = new FakeSheet(name, this.log, this.maxRows, this.maxColumns, this.where, this.book);
    copy.cells = this.cells.map((row) => (row ? row.map(copyValue) : row));
    copy.formulas = new Map(this.formulas);
    copy.formats = new Map([...this.formats].map(([k, f]) => [k, { ...f }]));
    copy.metadata = this.metadata.map(
      (m) => new FakeDeveloperMetadata(nextId(), copy, m.key, m.value, m.column, this.log),
    );
    copy.frozenRows = this.frozenRows;
    return copy;
  }
  /** Every stored value, formula and format of the given columns: for byte-for-byte comparisons. */
  snapshot(columns?: (column: number) => boolean): string {
    const parts: string[] = [];
    this.cells.forEach((row, i) =>
      row?.forEach((v, j) => {
        if (columns && !columns(j + 1)) return;
        const tag =
          Object.prototype.toString.call(v) === '[object Date]'
            ? `D${(v as Date).getTime()}`
            : JSON.stringify(v);
        if (v !== '') parts.push(`${i + 1},${j + 1}=${tag}`);
      }),
    );
    for (const [k, f] of this.formulas) if (!columns || columns(k % 1e6)) parts.push(`${k}:=${f}`);
    for (const [k, f] of this.formats)
      if (!columns || columns(k % 1e6)) parts.push(`${k}:${JSON.stringify(f)}`);
    return parts.join('\n');
  }
  /** Test setup: an owner's formula and the value Sheets shows for it. */
  putFormula(row: number, column: number, formula: string, value: unknown) {
    (this.cells[row - 1] ??= [])[column - 1] = value;
    this.formulas.set(key(row, column), formula);
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, column);
  }
  /** Values as getValues would give them, without counting a call. */
  peek(): unknown[][] {
    const { rows, columns } = this.extent();
    return this.read({ row: 1, column: 1, numRows: rows, numColumns: columns }, (r, c) => this.valueAt(r, c));
  }
}

export class FakeSpreadsheet implements SpreadsheetApi, Workbook {
  sheets: FakeSheet[] = [];
  toasts: { message: string; title: string }[] = [];
  /** Spreadsheet.getId: what triggers created in this file belong to. */
  readonly id = 'fake-spreadsheet-1';
  readonly names: FakeNamedRanges<FakeSheet>;
  private active: FakeSheet | null = null;
  private lastId = 0;
  constructor(
    private readonly log: CallLog,
    public timeZone = 'Asia/Jakarta',
    /** File › Settings › Locale: how typed text becomes values, and the formulas' language. */
    public locale: SheetLocaleName = 'id_ID',
  ) {
    this.names = new FakeNamedRanges<FakeSheet>(
      {
        rangeOf: (sheet, rect) => sheet.getRange(rect.row, rect.column, rect.numRows, rect.numColumns),
        whereIs: (range) => {
          const fake = range as FakeRange;
          if (!this.sheets.includes(fake.sheet)) throw new Error('The range is not in this spreadsheet.');
          return { sheet: fake.sheet, rect: fake.rect };
        },
      },
      log,
    );
  }
  private readonly where = (): SheetLocale => ({ locale: this.locale, timeZone: this.timeZone });
  nextId(): number {
    return ++this.lastId;
  }
  /** Every cell of every sheet's grid, empty or not: what the 10-million limit counts. */
  cells(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }
  grow(added: number): void {
    if (this.cells() + added > SPREADSHEET_CELL_LIMIT)
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${SPREADSHEET_CELL_LIMIT} cells.`,
      );
  }
  /** Test setup: a sheet holding these rows. */
  addSheet(
    name: string,
    rows: unknown[][] = [],
    size?: { maxRows?: number; maxColumns?: number },
  ): FakeSheet {
    const sheet = new FakeSheet(
      name,
      this.log,
      size?.maxRows ?? 1000,
      size?.maxColumns ?? 26,
      this.where,
      this,
    );
    if (rows.length) sheet.load(rows);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }
  /**
   * Test setup: the owner's "Duplicate" (sheet tab menu): a copy right after the original with its
   * cells, formats and developer metadata, the metadata under new ids.
   */
  duplicate(original: FakeSheet, name = `Salinan ${original.title}`): FakeSheet {
    const copy = original.cloneAs(name, this.nextId.bind(this));
    this.sheets.splice(this.sheets.indexOf(original) + 1, 0, copy);
    return copy;
  }
  /** Test setup: the tab the owner is looking at. */
  activate(sheet: FakeSheet): void {
    this.active = sheet;
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.title === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  getId() {
    this.log.hit('Spreadsheet.getId');
    return this.id;
  }
  getSheets() {
    this.log.hit('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  getSheetByName(name: string) {
    this.log.hit('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.title === name) ?? null;
  }
  /**
   * Spreadsheet.insertSheet: a new sheet of 1000 rows and 26 columns that "becomes the active
   * sheet" (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)).
   */
  insertSheet(sheetName: string) {
    this.log.hit('Spreadsheet.insertSheet');
    if (this.sheets.some((s) => s.title === sheetName))
      throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    this.grow(1000 * 26);
    const sheet = new FakeSheet(sheetName, this.log, 1000, 26, this.where, this);
    this.sheets.push(sheet);
    this.active = sheet;
    return sheet;
  }
  getActiveSheet() {
    this.log.hit('Spreadsheet.getActiveSheet');
    return this.active ?? this.sheets[0];
  }
  setActiveSheet(sheet: SheetApi) {
    this.log.hit('Spreadsheet.setActiveSheet');
    this.active = sheet as FakeSheet;
    return sheet as FakeSheet;
  }
  getNamedRanges() {
    this.log.hit('Spreadsheet.getNamedRanges');
    return [...this.names.list];
  }
  getRangeByName(name: string) {
    this.log.hit('Spreadsheet.getRangeByName');
    const found = this.names.byName(name);
    return found
      ? found.sheet.getRange(found.rect.row, found.rect.column, found.rect.numRows, found.rect.numColumns)
      : null;
  }
  setNamedRange(name: string, range: RangeApi) {
    this.log.hit('Spreadsheet.setNamedRange');
    this.names.add(name, range);
  }
  getSpreadsheetTimeZone() {
    this.log.hit('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }
  getSpreadsheetLocale() {
    this.log.hit('Spreadsheet.getSpreadsheetLocale');
    return this.locale;
  }
  toast(message: string, title: string) {
    this.log.hit('Spreadsheet.toast');
    this.toasts.push({ message, title });
  }
}
