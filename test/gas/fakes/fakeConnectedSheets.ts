/**
 * Connected Sheets on the fake: data source specs built with SpreadsheetApp.newDataSourceSpec()
 * .asBigQuery(), data source sheets inserted or refreshed, and a stand-in for BigQuery that
 * answers each execution from the test's `respond`. Every spec executed is recorded with its
 * parameters' cell values. Google's pages, one per class:
 * - SpreadsheetApp.newDataSourceSpec, enableBigQueryExecution:
 *   https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#newDataSourceSpec()
 *   https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#enableBigQueryExecution()
 * - BigQueryDataSourceSpecBuilder (setProjectId, setRawQuery, setParameterFromCell: "Adds a
 *   parameter, or if the parameter with the name exists, updates its source cell"; the source cell
 *   is A1 notation or a named range): https://developers.google.com/apps-script/reference/spreadsheet/big-query-data-source-spec-builder
 * - BigQueryDataSourceSpec (getRawQuery, getProjectId, getParameters):
 *   https://developers.google.com/apps-script/reference/spreadsheet/big-query-data-source-spec
 * - Spreadsheet.insertDataSourceSheet ("Inserts a new DataSourceSheet in the spreadsheet and starts
 *   data execution", the new sheet becoming the active one):
 *   https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertDataSourceSheet(DataSourceSpec)
 * - DataSourceSheet (asSheet, getDataSource, refreshData, waitForCompletion, getSheetValues):
 *   https://developers.google.com/apps-script/reference/spreadsheet/data-source-sheet
 * - DataSource.updateSpec ("Updates the data source spec and refreshes the data source objects
 *   linked with this data source with the new spec"):
 *   https://developers.google.com/apps-script/reference/spreadsheet/data-source
 * - Sheet.asDataSourceSheet (null for a grid sheet):
 *   https://developers.google.com/apps-script/reference/spreadsheet/sheet#asDataSourceSheet()
 * Data execution "throws an exception if the data source type is not enabled" until
 * enableBigQueryExecution() is called (the same pages). Sheets runs it asynchronously; here it is
 * done when the call returns, and waitForCompletion reports it.
 */
import type { CallLog } from './callLog';
import type { FakeSheet } from './fakeSpreadsheet';

export interface RecordedSpec {
  projectId: string;
  rawQuery: string;
  parameters: { name: string; sourceCell: string }[];
}

/** What BigQuery answers for one query: its columns and rows, or an error message. */
export type QueryAnswer = { columns: string[]; rows: unknown[][] } | { error: string };

export interface Execution {
  spec: RecordedSpec;
  /** Each parameter's value, read from its cell when the query ran. */
  values: Record<string, unknown>;
}

/** DataExecutionState values (https://developers.google.com/apps-script/reference/spreadsheet/data-execution-state). */
export const DataExecutionState = {
  DATA_EXECUTION_STATE_UNSUPPORTED: 'DATA_EXECUTION_STATE_UNSUPPORTED',
  RUNNING: 'RUNNING',
  SUCCESS: 'SUCCESS',
  ERROR: 'ERROR',
  NOT_STARTED: 'NOT_STARTED',
} as const;

export class FakeDataSourceSpec {
  constructor(readonly spec: RecordedSpec) {}
  asBigQuery() {
    return {
      getRawQuery: () => this.spec.rawQuery,
      getProjectId: () => this.spec.projectId,
      getParameters: () => this.spec.parameters.map((p) => ({ ...p })),
    };
  }
}

export class FakeBigQuerySpecBuilder {
  private spec: RecordedSpec = { projectId: '', rawQuery: '', parameters: [] };
  constructor(private readonly log: CallLog) {}
  setProjectId(projectId: string) {
    this.log.hit('BigQueryDataSourceSpecBuilder.setProjectId');
    this.spec.projectId = String(projectId);
    return this;
  }
  setRawQuery(rawQuery: string) {
    this.log.hit('BigQueryDataSourceSpecBuilder.setRawQuery');
    this.spec.rawQuery = String(rawQuery);
    return this;
  }
  setParameterFromCell(parameterName: string, sourceCell: string) {
    this.log.hit('BigQueryDataSourceSpecBuilder.setParameterFromCell');
    const found = this.spec.parameters.find((p) => p.name === parameterName);
    if (found) found.sourceCell = sourceCell;
    else this.spec.parameters.push({ name: parameterName, sourceCell });
    return this;
  }
  build() {
    this.log.hit('BigQueryDataSourceSpecBuilder.build');
    if (!this.spec.projectId) throw new Error('A BigQuery data source needs a billing project ID.');
    return new FakeDataSourceSpec(JSON.parse(JSON.stringify(this.spec)) as RecordedSpec);
  }
}

export class FakeDataSourceSpecBuilder {
  constructor(private readonly log: CallLog) {}
  asBigQuery() {
    this.log.hit('DataSourceSpecBuilder.asBigQuery');
    return new FakeBigQuerySpecBuilder(this.log);
  }
}

/** The stand-in for BigQuery and the switch enableBigQueryExecution turns on. */
export class FakeConnectedSheets {
  enabled = false;
  executions: Execution[] = [];
  /** The test's BigQuery: the answer to one executed spec. */
  respond: (spec: RecordedSpec, values: Record<string, unknown>) => QueryAnswer = () => ({
    error: 'No BigQuery answer in this test.',
  });
  constructor(
    readonly log: CallLog,
    /** A parameter's source cell (A1 with its sheet, or a named range) to its value. */
    readonly cellValue: (sourceCell: string) => unknown,
  ) {}
  execute(spec: FakeDataSourceSpec): QueryAnswer {
    if (!this.enabled)
      throw new Error(
        'Data execution of type BIGQUERY is not enabled. Call SpreadsheetApp.enableBigQueryExecution().',
      );
    const values = Object.fromEntries(
      spec.spec.parameters.map((p) => [p.name, this.cellValue(p.sourceCell)]),
    );
    this.executions.push({ spec: spec.spec, values });
    return this.respond(spec.spec, values);
  }
}

export class FakeDataSource {
  readonly sheets: FakeDataSourceSheet[] = [];
  constructor(
    public spec: FakeDataSourceSpec,
    private readonly connected: FakeConnectedSheets,
  ) {}
  getSpec() {
    this.connected.log.hit('DataSource.getSpec');
    return this.spec;
  }
  updateSpec(spec: FakeDataSourceSpec) {
    this.connected.log.hit('DataSource.updateSpec');
    this.spec = spec;
    for (const s of this.sheets) s.run();
    return this;
  }
}

export class FakeDataSourceSheet {
  answer: QueryAnswer | null = null;
  constructor(
    readonly sheet: FakeSheet,
    readonly dataSource: FakeDataSource,
    private readonly connected: FakeConnectedSheets,
  ) {
    dataSource.sheets.push(this);
  }
  run(): void {
    this.answer = this.connected.execute(this.dataSource.spec);
  }
  asSheet() {
    this.connected.log.hit('DataSourceSheet.asSheet');
    return this.sheet;
  }
  getDataSource() {
    this.connected.log.hit('DataSourceSheet.getDataSource');
    return this.dataSource;
  }
  refreshData() {
    this.connected.log.hit('DataSourceSheet.refreshData');
    this.run();
    return this;
  }
  waitForCompletion(timeoutInSeconds: number) {
    this.connected.log.hit('DataSourceSheet.waitForCompletion');
    if (!(timeoutInSeconds > 0 && timeoutInSeconds <= 300))
      throw new Error('The timeout must be between 1 and 300 seconds.');
    const answer = this.answer;
    return {
      getExecutionState: () =>
        answer === null
          ? DataExecutionState.NOT_STARTED
          : 'error' in answer
            ? DataExecutionState.ERROR
            : DataExecutionState.SUCCESS,
      getErrorMessage: () => (answer && 'error' in answer ? answer.error : ''),
    };
  }
  getSheetValues(columnName: string): unknown[] {
    this.connected.log.hit('DataSourceSheet.getSheetValues');
    const answer = this.answer;
    if (!answer || 'error' in answer) throw new Error('The data source sheet has no data.');
    const i = answer.columns.indexOf(columnName);
    if (i < 0) throw new Error(`Column "${columnName}" not found in the data source.`);
    return answer.rows.map((r) => r[i]);
  }
}
