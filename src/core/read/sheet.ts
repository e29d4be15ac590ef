/**
 * A sheet as the reader takes it, the context a read runs in and what it gives back; a row's
 * problem is reported with its sheet, row and the owner's own column header.
 */
import type { DateOrder } from './cells';
import type { RowCoder } from './codedRows';
import type { Day, ZoneClock } from './dates';
import type { Grid } from './grid';
import type { HeaderMatch } from './headers';
import type { RowIssue } from '../messages';
import { tally, type Tallies } from './assumptions';
import type { OwnerWords } from './paidWords';

export interface SheetInput {
  name: string;
  rows: Grid;
  /** Sheet row number of rows[0] (1 when the grid starts at the top of the sheet). */
  firstRow?: number;
  /** 0-based column to treat as absent: the menu's own "Tipe Pelanggan" column. */
  ignoreColumn?: number;
  /** rows[i] without indexing: the command line's lazy CSV grid, where indexing is slow. */
  rowAt?: (index: number) => readonly unknown[];
  /** A later part of a sheet read on its own: `rows` holds data rows only, under this header. */
  continues?: SheetContinuation;
  /** The sheet's own coder of its cells (the command line codes CSV bytes); else the grid is coded. */
  codes?: RowCoder;
}

/** What a later part of a sheet needs from its top: the header found there and its cells. */
export interface SheetContinuation {
  header: HeaderMatch;
  headerCells: readonly unknown[];
}

export interface ReadContext {
  clock: ZoneClock;
  dateOrder: DateOrder;
  stripHonorifics: boolean;
  referenceDay: Day;
  issues: RowIssue[];
  /** The run's notes for the owner: rows skipped as cancelled, an empty optional sheet... */
  notes?: string[];
  /** The run's guesses counted for the reading report (assumptions.ts). */
  tallies?: Tallies;
  /** The owner's own words for paid and unpaid (settings kataLunas, kataBelumLunas). */
  ownerWords?: OwnerWords;
}

export interface ReadResult<T> {
  records: T[];
  header: HeaderMatch;
  /** Data rows after the reference date, ignored. */
  afterReference: number;
  dataRows: number;
  /** Sales rows whose status says batal, gagal, failed, pending or refund: not sales. */
  cancelled?: number;
}

/** A row not read (or to be checked), reported with where it is and why, and counted. */
export function issue(
  ctx: ReadContext,
  sheet: SheetInput,
  row: number,
  column: string,
  reason: string,
): void {
  ctx.issues.push({ sheet: sheet.name, row, column, reason });
  tally(ctx, 'rowsSkipped', 1, { sheet: sheet.name, row, column, cell: reason });
}

/** The owner's own header of a column, for messages ("nominal", not our "Total"). */
export function ownerHeader(header: HeaderMatch, col: number | undefined, fallback: string): string {
  return (col === undefined ? '' : header.columnHeaders[col]) || fallback;
}
