/**
 * The time budget of a menu run. Apps Script stops a run at 6 minutes, mid-write, leaving a
 * half-written sheet; so we time our sheet I/O, estimate the next step from the rate measured so
 * far, and only start a step that fits. The clock is an interface so tests fake time.
 */
import { msg } from '../core/i18n';
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Apps Script's limit for one menu run. */
export const RUN_LIMIT_MS = 6 * 60_000;
/** Kept free at the end for the closing message, the lock and Apps Script's own overhead. */
export const RESERVE_MS = 45_000;
/** Reading may take at most this share of the usable time: the analysis and the writes need the rest. */
export const READ_SHARE = 0.5;
/** Until a read is timed: about ten seconds per million cells, Sheets' usual getValues pace. */
const FIRST_READ_MS_PER_CELL = 0.01;
/** Until a write is timed: writing a cell in Sheets costs about three times reading one. */
const WRITE_PER_READ = 3;

export type IoKind = 'read' | 'write';

export class Budget {
  readonly startedAt: number;
  private readonly spent: Record<IoKind, { cells: number; ms: number }> = {
    read: { cells: 0, ms: 0 },
    write: { cells: 0, ms: 0 },
  };

  constructor(
    private readonly clock: Clock = systemClock,
    readonly limitMs = RUN_LIMIT_MS,
    readonly reserveMs = RESERVE_MS,
  ) {
    this.startedAt = clock.now();
  }

  elapsedMs(): number {
    return this.clock.now() - this.startedAt;
  }

  /** Milliseconds per cell measured so far (or the prior before anything was timed). */
  msPerCell(kind: IoKind): number {
    const s = this.spent[kind];
    if (s.cells > 0) return s.ms / s.cells;
    if (kind === 'write') return this.msPerCell('read') * WRITE_PER_READ;
    return FIRST_READ_MS_PER_CELL;
  }

  estimateMs(kind: IoKind, cells: number): number {
    return cells * this.msPerCell(kind);
  }

  /** Whether reading `cells` more still leaves the analysis and the writes their share of the time. */
  readFits(cells: number): boolean {
    const usable = this.limitMs - this.reserveMs;
    return this.elapsedMs() + this.estimateMs('read', cells) <= usable * READ_SHARE;
  }

  /** Whether writing `cells` can start and finish before the reserve. */
  writeFits(cells: number): boolean {
    return this.elapsedMs() + this.estimateMs('write', cells) <= this.limitMs - this.reserveMs;
  }

  /** Runs one sheet call moving `cells` cells and records its pace. */
  time<T>(kind: IoKind, cells: number, io: () => T): T {
    const started = this.clock.now();
    const result = io();
    this.spent[kind].cells += cells;
    this.spent[kind].ms += this.clock.now() - started;
    return result;
  }
}

/**
 * Reading would not leave time to finish: nothing has been written. Its message is the owner's
 * own words from the catalogue, wherever it ends up shown.
 */
export class ReadOutOfTime extends Error {
  constructor(
    readonly rowsRead: number,
    readonly rowsTotal: number,
    readonly seconds: number,
  ) {
    super(msg().limits.readTooSlow(rowsRead, rowsTotal, seconds));
  }
}
