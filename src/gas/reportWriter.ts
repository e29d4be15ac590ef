/** Our two sheets, rewritten on every run: "Segmentasi Pelanggan" and "Ringkasan Segmentasi". */
import { OUTPUT_SHEETS } from '../core/read/sheetFinder';
import type { Table } from '../core/report/reportSheets';
import type { Services, SpreadsheetApi } from './services';
import { fitRows, freshSheet, tableHeight, writeTable } from './sheetWriter';

/** One row per customer (or contact), frozen header, a filter on every column, Rp and DD/MM/YYYY formats. */
export function writeListSheet(ss: SpreadsheetApi, name: string, table: Table): void {
  const sheet = freshSheet(ss, name);
  // Two rows at least, so the frozen header never freezes the whole sheet.
  fitRows(sheet, Math.max(tableHeight(table), 2));
  writeTable(sheet, 1, 1, table);
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, tableHeight(table), table.columns.length).createFilter();
}

/** The summary tables one under another, each chart beside its table. */
export function writeSummarySheet(services: Services, ss: SpreadsheetApi, tables: Table[]): void {
  const sheet = freshSheet(ss, OUTPUT_SHEETS.summary);
  const height = tables.reduce((h, t) => h + tableHeight(t) + 1, 0);
  fitRows(sheet, Math.max(height, 2));
  const chartColumn = Math.max(...tables.map((t) => t.columns.length)) + 2;
  let row = 1;
  let charts = 0;
  for (const table of tables) {
    const headerRow = writeTable(sheet, row, 1, table);
    if (table.chart && table.rows.length > 0) {
      const n = table.rows.length + 1;
      let builder = sheet
        .newChart()
        .setChartType(table.chart.type === 'pie' ? services.chartType().PIE : services.chartType().LINE)
        .addRange(sheet.getRange(headerRow, 1, n, 1));
      for (const s of table.chart.series) builder = builder.addRange(sheet.getRange(headerRow, 1 + s, n, 1));
      sheet.insertChart(
        builder
          .setOption('title', table.chart.title)
          .setOption('useFirstColumnAsDomain', true)
          // Charts stack beside the tables, about 20 rows each, so they never cover one another.
          .setPosition(1 + 20 * charts++, chartColumn, 0, 0)
          .build(),
      );
    }
    row += tableHeight(table) + 1;
  }
}
