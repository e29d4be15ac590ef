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
  /**
   * Where several sheets are read together: invoice numbers are the sheet's own (month sheets
   * often start their numbering again), so "N1" of January and "N1" of February are two sales.
   */
  invoiceScope?: string;
}

/** What a later part of a sheet needs from its top: the header found there and its cells. */
export interface SheetContinuation {
  header: HeaderMatch;
  headerCells: readonly unknown[];
  /** The date of the nearest dated row above the part (DOMAIN 1: a blank date takes it); null for none. */
  carry?: Day | null;
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
  /** Their sheet row numbers, where kept (the menu writes "setelah tanggal acuan" beside them). */
  afterReferenceRows?: number[];
  dataRows: number;
  /** Sales rows whose status says batal, gagal, failed, pending or refund: not sales. */
  cancelled?: number;
  /**
   * A book kept over several sheets (DOMAIN 1): each sheet read, in order; its records then say
   * their sheet. Absent for a book of one sheet.
   */
  parts?: SheetPart[];
}

/** One sheet of a book kept over several. */
export interface SheetPart {
  name: string;
  header: HeaderMatch;
  dataRows: number;
  afterReferenceRows?: number[];
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
  tally(ctx, 'rowsSkipped', 1, { sheet: sheet.name, row, column, cell: reason, reason: true });
}

/** The owner's own header of a column, for messages ("nominal", not our "Total"). */
export function ownerHeader(header: HeaderMatch, col: number | undefined, fallback: string): string {
  return (col === undefined ? '' : header.columnHeaders[col]) || fallback;
}
