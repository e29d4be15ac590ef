/**
 * The Connected Sheets part of SpreadsheetApp the BigQuery edition uses, behind small interfaces
 * so tests run it on the fake. Google's pages: SpreadsheetApp.newDataSourceSpec and
 * enableBigQueryExecution (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app),
 * BigQueryDataSourceSpecBuilder, DataSourceSheet, DataSource and Spreadsheet.insertDataSourceSheet
 * (https://developers.google.com/apps-script/reference/spreadsheet/).
 */
import type { SheetApi, SpreadsheetApi } from './services';

/** Sheet-level developer metadata key of our BigQuery sheets; its value is the role. */
export const BIGQUERY_MARK = 'segmentasi.bigquery';

/** A built spec is opaque: only handed back to Sheets. */
export type DataSourceSpecApi = object;

export interface BigQuerySpecBuilderApi {
  setProjectId(projectId: string): BigQuerySpecBuilderApi;
  setRawQuery(rawQuery: string): BigQuerySpecBuilderApi;
  /** `sourceCell` in A1 notation or a named range: the query reads it as @parameterName. */
  setParameterFromCell(parameterName: string, sourceCell: string): BigQuerySpecBuilderApi;
  build(): DataSourceSpecApi;
}

export interface DataSourceSpecBuilderApi {
  asBigQuery(): BigQuerySpecBuilderApi;
}

export interface DataExecutionStatusApi {
  getExecutionState(): unknown;
  getErrorMessage(): string | null;
}

export interface DataSourceApi {
  /** Replaces the spec and refreshes every object linked to the data source. */
  updateSpec(spec: DataSourceSpecApi): DataSourceApi;
  getSpec(): { asBigQuery(): { getRawQuery(): string; getProjectId(): string } };
}

/** A sheet Sheets can rename and mark, as Sheet.setName and addDeveloperMetadata. */
export interface NamedSheetApi extends SheetApi {
  setName(name: string): SheetApi;
}

export interface DataSourceSheetApi {
  asSheet(): NamedSheetApi;
  getDataSource(): DataSourceApi;
  refreshData(): DataSourceSheetApi;
  waitForCompletion(timeoutInSeconds: number): DataExecutionStatusApi;
  getSheetValues(columnName: string): unknown[];
}

export interface ConnectedSheetApi extends NamedSheetApi {
  /** The sheet as a data source sheet, or null for a grid sheet. */
  asDataSourceSheet(): DataSourceSheetApi | null;
}

export interface ConnectedSpreadsheetApi extends SpreadsheetApi {
  getSheets(): ConnectedSheetApi[];
  insertSheet(sheetName: string): ConnectedSheetApi;
  insertDataSourceSheet(spec: DataSourceSpecApi): DataSourceSheetApi;
}

export interface BigQueryServices {
  spreadsheet(): ConnectedSpreadsheetApi;
  newDataSourceSpec(): DataSourceSpecBuilderApi;
  enableBigQueryExecution(): void;
  /** The state a finished refresh reports (DataExecutionState.SUCCESS). */
  succeeded(): unknown;
}

export function liveBigQuery(): BigQueryServices {
  return {
    // Spreadsheet.insertDataSourceSheet(spec) is documented
    // (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertDataSourceSheet(DataSourceSpec))
    // but missing from @types/google-apps-script.
    spreadsheet: () => SpreadsheetApp.getActiveSpreadsheet() as unknown as ConnectedSpreadsheetApi,
    newDataSourceSpec: () => SpreadsheetApp.newDataSourceSpec(),
    enableBigQueryExecution: () => SpreadsheetApp.enableBigQueryExecution(),
    succeeded: () => SpreadsheetApp.DataExecutionState.SUCCESS,
  };
}
