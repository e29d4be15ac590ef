/**
 * What a menu run writes, as units that are each written whole: our three sheets and one type
 * column per owner sheet. Before anything is written the cells they add are checked against the
 * 10-million-cell limit; each unit starts only when the time budget says it can finish. Units a
 * run had no time for are remembered and go first on the next run.
 */
import { msg } from '../core/i18n';
import { OUTPUT_HEADER } from '../core/read/headers';
import type { Table } from '../core/report/table';
import type { TypeColumn } from '../core/report/typeColumn';
import type { Budget } from './budget';
import { CELL_LIMIT, columnGrowth, NEAR_LIMIT_SHARE, ourSheetGrowth, workbookCells } from './cellLimit';
import { outputSheet, type OutputSheetPlan } from './ownedOutputs';
import { writeListSheet, writeSummarySheet, type StatusRows } from './reportWriter';
import { STATUS_ROWS } from './runStatus';
import type { PropertiesApi, Services, SheetApi, SpreadsheetApi } from './services';
import { tableHeight } from './sheetWriter';
import { markedColumn, targetColumn, writeTypeColumn, type MarkedColumn } from './typeColumnWriter';

/** Document property: ids of the units the last run had no time to write. */
export const PENDING_KEY = 'segmentasi.belum-ditulis';

export interface OutputUnit {
  /** Stable across runs: "sheet:customers", "column:Penjualan". */
  id: string;
  /** How the owner calls it, for the messages. */
  label: string;
  /** Our column's header or our sheet's name, for the closing message. */
  result: { kind: 'column' | 'sheet'; name: string };
  /** Cells it writes (for the time budget). */
  cells: number;
  /** Cells it adds to the workbook (for the cell limit). */
  growth: number;
  /** A note for the closing message when it wrote beside an owner's column or sheet. */
  note: string | null;
  write(budget: Budget): void;
}

export function listSheetUnit(ss: SpreadsheetApi, plan: OutputSheetPlan, table: Table): OutputUnit {
  return {
    id: `sheet:${plan.role}`,
    label: msg().limits.pendingSheet(plan.name),
    result: { kind: 'sheet', name: plan.name },
    cells: tableHeight(table) * table.columns.length,
    growth: ourSheetGrowth(plan.existing, tableHeight(table), table.columns.length),
    note: plan.keptOwnerSheet ? msg().outputs.keptSheet(plan.keptOwnerSheet, plan.name) : null,
    write: (budget) => writeListSheet(outputSheet(ss, plan), table, budget),
  };
}

export function summaryUnit(
  services: Services,
  ss: SpreadsheetApi,
  plan: OutputSheetPlan,
  tables: Table[],
  status: StatusRows,
): OutputUnit {
  const height = STATUS_ROWS + tables.reduce((h, t) => h + tableHeight(t) + 1, 0);
  const width = Math.max(...tables.map((t) => t.columns.length));
  return {
    id: `sheet:${plan.role}`,
    label: msg().limits.pendingSheet(plan.name),
    result: { kind: 'sheet', name: plan.name },
    cells: height * width,
    growth: ourSheetGrowth(plan.existing, height, width),
    note: plan.keptOwnerSheet ? msg().outputs.keptSheet(plan.keptOwnerSheet, plan.name) : null,
    write: (budget) => writeSummarySheet(services, outputSheet(ss, plan), tables, status, budget),
  };
}

export interface OwnerColumnInput {
  sheet: SheetApi;
  grid: unknown[][];
  marked: MarkedColumn | null;
}

export function typeColumnUnit(services: Services, owner: OwnerColumnInput, column: TypeColumn): OutputUnit {
  const target = targetColumn(owner.grid, owner.marked, column.headerRow);
  const name = owner.sheet.getName();
  return {
    id: `column:${name}`,
    label: msg().limits.pendingColumn(name),
    result: { kind: 'column', name: target.header },
    cells: column.values.length,
    growth: columnGrowth(owner.sheet, target.column),
    note:
      target.header === OUTPUT_HEADER ? null : msg().outputs.keptColumn(name, OUTPUT_HEADER, target.header),
    write: (budget) => writeTypeColumn(services, owner.sheet, target, column, budget),
  };
}

export type CellCheck = { ok: true; near: string | null } | { ok: false; message: string };

/** The 10-million-cell guard, before anything is written. */
export function checkCells(ss: SpreadsheetApi, units: readonly OutputUnit[]): CellCheck {
  const now = workbookCells(ss.getSheets());
  const added = units.reduce((sum, u) => sum + u.growth, 0);
  if (now + added > CELL_LIMIT)
    return { ok: false, message: msg().limits.tooManyCells(now, added, CELL_LIMIT) };
  const near =
    now + added >= CELL_LIMIT * NEAR_LIMIT_SHARE ? msg().limits.nearCellLimit(now + added, CELL_LIMIT) : null;
  return { ok: true, near };
}

/** What a stopped run left: the units not written, and what the data looked like then. */
interface Pending {
  fingerprint: string;
  ids: string[];
}

/**
 * The same guard before reading, from what is already known: a type column right of the data of
 * each sheet without ours. A book that cannot take even those is told so without minutes of reading.
 */
export function checkCellsBeforeReading(
  ss: SpreadsheetApi,
  owners: readonly { sheet: SheetApi; columns: number }[],
): CellCheck {
  const now = workbookCells(ss.getSheets());
  const added = owners
    .filter((o) => markedColumn(o.sheet) === null)
    .reduce((sum, o) => sum + columnGrowth(o.sheet, o.columns + 1), 0);
  if (now + added > CELL_LIMIT)
    return { ok: false, message: msg().limits.tooManyCells(now, added, CELL_LIMIT) };
  return { ok: true, near: null };
}

function storedPending(props: PropertiesApi): Pending {
  try {
    const stored = JSON.parse(props.getProperty(PENDING_KEY) ?? '{}') as Partial<Pending>;
    const ids = Array.isArray(stored.ids)
      ? stored.ids.filter((id): id is string => typeof id === 'string')
      : [];
    return { fingerprint: String(stored.fingerprint ?? ''), ids };
  } catch {
    return { fingerprint: '', ids: [] };
  }
}

/**
 * This run's units in order. Continuing a stopped run on the same data (same fingerprint), only
 * what it left is written: the parts it wrote are still current. Otherwise everything, the parts
 * left last time first.
 */
export function runOrder(units: readonly OutputUnit[], pending: Pending, fingerprint: string): OutputUnit[] {
  const first = pending.ids.flatMap((id) => units.filter((u) => u.id === id));
  if (first.length > 0 && pending.fingerprint === fingerprint) return first;
  return [...first, ...units.filter((u) => !first.includes(u))];
}

export interface WriteReport {
  written: OutputUnit[];
  /** Units left for the next run because the time budget would not let them finish. */
  pending: OutputUnit[];
}

/** The closing message's list of what this run wrote: our column headers and our sheets. */
export function resultsLine(written: readonly OutputUnit[]): string {
  const names = (kind: 'column' | 'sheet') => [
    ...new Set(written.filter((u) => u.result.kind === kind).map((u) => u.result.name)),
  ];
  return msg().outputs.results(names('column'), names('sheet'));
}

/**
 * Writes whole units while the budget allows; remembers the rest, with the data's fingerprint,
 * for the next run.
 */
export function writeUnits(
  units: readonly OutputUnit[],
  props: PropertiesApi,
  budget: Budget,
  fingerprint: string,
): WriteReport {
  const ordered = runOrder(units, storedPending(props), fingerprint);
  const written: OutputUnit[] = [];
  for (const [i, unit] of ordered.entries()) {
    if (!budget.writeFits(unit.cells)) {
      const pending = ordered.slice(i);
      props.setProperty(PENDING_KEY, JSON.stringify({ fingerprint, ids: pending.map((u) => u.id) }));
      return { written, pending };
    }
    unit.write(budget);
    written.push(unit);
  }
  props.setProperty(PENDING_KEY, JSON.stringify({ fingerprint: '', ids: [] }));
  return { written, pending: [] };
}
