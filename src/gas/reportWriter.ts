/**
 * Our sheets, rewritten on every run: "Segmentasi Pelanggan", "Hubungi Hari Ini" and "Ringkasan
 * Segmentasi". The caller hands over a sheet that is ours (ownedOutputs.ts).
 */
import type { Table } from '../core/report/table';
import type { Day } from '../core/read/dates';
import { STATUS_ROWS, writeStatusRows } from './runStatus';
import type { Budget } from './budget';
import type { Services, SheetApi } from './services';
import { clearOurSheet, fitRows, tableHeight, writeTable } from './sheetWriter';

/** One row per customer (or contact), frozen header, a filter on every column, Rp and date formats. */
export function writeListSheet(sheet: SheetApi, table: Table, budget?: Budget): void {
  clearOurSheet(sheet);
  // Two rows at least, so the frozen header never freezes the whole sheet.
  fitRows(sheet, Math.max(tableHeight(table), 2));
  writeTable(sheet, 1, 1, table, budget);
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, tableHeight(table), table.columns.length).createFilter();
}

/** The lines on top of Ringkasan as the run starts writing (runStatus.ts). */
export interface StatusRows {
  auto: string;
  run: string;
  referenceDay: Day;
}

/** The status rows, then the summary tables one under another, each chart beside its table. */
export function writeSummarySheet(
  services: Services,
  sheet: SheetApi,
  tables: Table[],
  status: StatusRows,
  budget?: Budget,
): void {
  clearOurSheet(sheet);
  const height = STATUS_ROWS + tables.reduce((h, t) => h + tableHeight(t) + 1, 0);
  fitRows(sheet, Math.max(height, 2));
  writeStatusRows(sheet, status.auto, status.run, status.referenceDay);
  const chartColumn = Math.max(...tables.map((t) => t.columns.length)) + 2;
  let row = STATUS_ROWS + 1;
  let charts = 0;
  for (const table of tables) {
    const headerRow = writeTable(sheet, row, 1, table, budget);
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
