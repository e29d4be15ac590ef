/**
 * The slice of the Apps Script services this add-on uses, as small interfaces. `liveServices()`
 * assigns the real globals to them, so the compiler proves that every method here exists in
 * Apps Script with this shape; the in-memory fake under test/ implements the same interfaces.
 */
import { inlinePage } from './pages';

type Integer = number;

export interface RangeApi {
  getRow(): Integer;
  getColumn(): Integer;
  getNumRows(): Integer;
  getNumColumns(): Integer;
  getA1Notation(): string;
  getValues(): unknown[][];
  setValues(values: unknown[][]): RangeApi;
  setNumberFormat(numberFormat: string): RangeApi;
  setFontWeight(fontWeight: string | null): RangeApi;
  setBackground(color: string | null): RangeApi;
  setBackgrounds(color: string[][]): RangeApi;
  setWrap(isWrapEnabled: boolean): RangeApi;
  addDeveloperMetadata(key: string, value: string): RangeApi;
  createFilter(): unknown;
  getSheet(): SheetApi;
}

export interface DeveloperMetadataApi {
  /** Unique in the spreadsheet: a sheet's copy carries the same key and value under a new id. */
  getId(): Integer;
  getKey(): string;
  getValue(): string | null;
  getLocation(): { getColumn(): RangeApi | null };
  remove(): void;
}

export interface ConditionalFormatRuleApi {
  getRanges(): RangeApi[];
}

export interface ConditionalFormatRuleBuilderApi {
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderApi;
  setBackground(color: string | null): ConditionalFormatRuleBuilderApi;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderApi;
  setRanges(ranges: RangeApi[]): ConditionalFormatRuleBuilderApi;
  build(): ConditionalFormatRuleApi;
}

export interface ChartApi {
  getChartId(): Integer | null;
}

export interface ChartBuilderApi {
  setChartType(type: unknown): ChartBuilderApi;
  addRange(range: RangeApi): ChartBuilderApi;
  setPosition(
    anchorRowPos: Integer,
    anchorColPos: Integer,
    offsetX: Integer,
    offsetY: Integer,
  ): ChartBuilderApi;
  setOption(option: string, value: unknown): ChartBuilderApi;
  build(): ChartApi;
}

export interface FilterApi {
  remove(): void;
}

export interface SheetApi {
  getName(): string;
  /** Stable while the sheet exists, whatever its name. */
  getSheetId(): Integer;
  getLastRow(): Integer;
  getLastColumn(): Integer;
  getMaxRows(): Integer;
  getMaxColumns(): Integer;
  getDataRange(): RangeApi;
  getRange(row: Integer, column: Integer, numRows: Integer, numColumns: Integer): RangeApi;
  getRange(a1Notation: string): RangeApi;
  insertColumnsAfter(columnIndex: Integer, howMany: Integer): SheetApi;
  insertRowsAfter(afterPosition: Integer, howMany: Integer): SheetApi;
  deleteRows(rowPosition: Integer, howMany: Integer): void;
  clear(): SheetApi;
  setFrozenRows(rows: Integer): void;
  setColumnWidth(columnPosition: Integer, width: Integer): SheetApi;
  getFilter(): FilterApi | null;
  /** Metadata on the whole sheet: how our own output sheets are recognised. */
  addDeveloperMetadata(key: string, value: string): SheetApi;
  createDeveloperMetadataFinder(): {
    withKey(key: string): { find(): DeveloperMetadataApi[] };
  };
  getConditionalFormatRules(): ConditionalFormatRuleApi[];
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void;
  newChart(): ChartBuilderApi;
  insertChart(chart: ChartApi): void;
  getCharts(): ChartApi[];
  removeChart(chart: ChartApi): void;
}

export interface NamedRangeApi {
  getName(): string;
  getRange(): RangeApi;
  setRange(range: RangeApi): NamedRangeApi;
}

export interface SpreadsheetApi {
  getSheets(): SheetApi[];
  getSheetByName(name: string): SheetApi | null;
  /** Inserts a sheet of 1000 rows x 26 columns and makes it the active sheet. */
  insertSheet(sheetName: string): SheetApi;
  getActiveSheet(): SheetApi;
  setActiveSheet(sheet: SheetApi): SheetApi;
  getNamedRanges(): NamedRangeApi[];
  setNamedRange(name: string, range: RangeApi): void;
  getSpreadsheetTimeZone(): string;
  /** The file's locale (File › Settings), e.g. "in_ID" or "en_US": the language of the formulas' words. */
  getSpreadsheetLocale(): string;
  toast(msg: string, title: string, timeoutSeconds: number): void;
}

export interface MenuApi {
  addItem(caption: string, functionName: string): MenuApi;
  addSeparator(): MenuApi;
  addToUi(): void;
}

export interface PromptResponseApi {
  getResponseText(): string;
  getSelectedButton(): unknown;
}

export interface UiApi {
  createMenu(caption: string): MenuApi;
  createAddonMenu(): MenuApi;
  alert(title: string, prompt: string, buttons: unknown): unknown;
  prompt(title: string, prompt: string, buttons: unknown): PromptResponseApi;
  showSidebar(userInterface: HtmlOutputApi): void;
  showModalDialog(userInterface: HtmlOutputApi, title: string): void;
  ButtonSet: { OK: unknown; OK_CANCEL: unknown };
  Button: { OK: unknown };
}

export interface HtmlOutputApi {
  setTitle(title: string): HtmlOutputApi;
  setWidth(width: Integer): HtmlOutputApi;
  setHeight(height: Integer): HtmlOutputApi;
  getContent(): string;
}

export interface PropertiesApi {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): PropertiesApi;
  deleteProperty(key: string): PropertiesApi;
}

export interface LockApi {
  tryLock(timeoutInMillis: Integer): boolean;
  releaseLock(): void;
}

export interface TriggerApi {
  getHandlerFunction(): string;
  getUniqueId(): string;
}

export interface ClockTriggerBuilderApi {
  everyDays(n: Integer): ClockTriggerBuilderApi;
  atHour(hour: Integer): ClockTriggerBuilderApi;
  inTimezone(timezone: string): ClockTriggerBuilderApi;
  create(): TriggerApi;
}

export interface ScriptAppApi {
  /** This user's installable triggers of this project for this spreadsheet (never another user's). */
  getUserTriggers(spreadsheet: SpreadsheetApi): TriggerApi[];
  deleteTrigger(trigger: TriggerApi): void;
  newTrigger(functionName: string): { timeBased(): ClockTriggerBuilderApi };
}

export interface Services {
  spreadsheet(): SpreadsheetApi;
  ui(): UiApi;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderApi;
  chartType(): { PIE: unknown; LINE: unknown };
  html(content: string): HtmlOutputApi;
  /**
   * A page by file name without ".html" (dist/sidebar-id.html is "sidebar-id"): the pushed file,
   * or in the one-file install the page's text that the file carries (src/gas/pages.ts).
   */
  htmlFile(name: string): HtmlOutputApi;
  /** The user's locale tag, e.g. "id" or "en_US", for the words of the page. */
  userLocale(): string;
  /** Null outside a document (Apps Script's documented answer for a script bound to none). */
  documentProperties(): PropertiesApi | null;
  /** Null outside a document, as documentProperties. */
  documentLock(): LockApi | null;
  authModeNone(): unknown;
  authModeFull(): unknown;
  scriptApp(): ScriptAppApi;
}

/** The real Apps Script globals behind the interfaces (checked by the compiler). */
export function liveServices(): Services {
  return {
    spreadsheet: () => SpreadsheetApp.getActiveSpreadsheet(),
    ui: () => SpreadsheetApp.getUi(),
    newConditionalFormatRule: () => SpreadsheetApp.newConditionalFormatRule(),
    chartType: () => Charts.ChartType,
    html: (content) => HtmlService.createHtmlOutput(content),
    htmlFile: (name) => {
      const page = inlinePage(name);
      return page === null ? HtmlService.createHtmlOutputFromFile(name) : HtmlService.createHtmlOutput(page);
    },
    userLocale: () => Session.getActiveUserLocale(),
    documentProperties: () => PropertiesService.getDocumentProperties(),
    documentLock: () => LockService.getDocumentLock(),
    authModeNone: () => ScriptApp.AuthMode.NONE,
    authModeFull: () => ScriptApp.AuthMode.FULL,
    scriptApp: () => ScriptApp,
  };
}
