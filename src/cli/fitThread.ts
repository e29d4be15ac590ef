/**
 * The second thread after the sales are read: started ahead, while customers are measured, it
 * makes the retention and cohort tables from the purchase events, then fits the BG/NBD model as
 * soon as its input is known. This thread goes on classifying and writing meanwhile, and takes
 * each result when a file needs it. The work is the same computation as on one thread (the same
 * functions on the same values), so the numbers are the same.
 */
import { fitBgnbd, type BgnbdFit, type TripleGroup } from '../core/models/bgnbd';
import { fitElsewhere, type ModelInput } from '../core/models/prediction';
import { retentionTable, type PurchaseEvents, type RetentionRow } from '../core/models/retention';
import { cohortTable, type CohortRow } from '../core/models/cohorts';
import type { Day } from '../core/read/dates';
import {
  answerOnWorker,
  callOnWorker,
  canUseWorker,
  startWorker,
  threadThreshold,
  type WaitingWorker,
  type WorkerCall,
} from './threads';

export const FIT_ROLE = 'segmentasi-bgnbd-fit';
/** Fewer distinct (x, t_x, T) than this are fitted here: the fit takes less than a worker's start. */
const DEFAULT_MIN_GROUPS = 2_000;

/** What the command line writes to retensi.csv and kohort.csv. */
export interface EventTables {
  monthly: RetentionRow[];
  cohorts: CohortRow[];
}

/** The tables' input: the events and the reference date. */
export interface TablesInput {
  events: PurchaseEvents;
  referenceDay: Day;
}

/** A worker's input: the model's groups to fit, or the events to make the tables of. */
type Work = TripleGroup[] | TablesInput;

/** The tables of the events, monthly retention and cohorts: what the worker makes of them. */
export function eventTables({ events, referenceDay }: TablesInput): EventTables {
  return {
    monthly: retentionTable(events, 'bulan', referenceDay),
    cohorts: cohortTable(events, referenceDay),
  };
}

/** The worker started ahead, until the fit is handed to it. */
let waiting: WaitingWorker<Work, BgnbdFit | EventTables> | undefined;
/** The tables being made on the worker. */
let tables: WorkerCall<EventTables> | undefined;

/**
 * Starts the worker ahead of its inputs when `salesRows` could make enough customers to fit
 * there: its start (a fifth of a second) overlaps the grouping and measuring of the customers.
 */
export function prepareFit(salesRows: number, script: string | undefined): void {
  const limit = threadThreshold(DEFAULT_MIN_GROUPS);
  if (waiting || !canUseWorker(script) || limit <= 0 || salesRows < limit) return;
  waiting = startWorker<Work, BgnbdFit | EventTables>(script, FIT_ROLE);
}

/** Hands the events to the worker started ahead, if there is one, for the tables. */
export function startTables(input: TablesInput): void {
  if (waiting) tables = waiting.call(input) as WorkerCall<EventTables>;
}

/** The tables: made on the worker when startTables gave it the events, else here. */
export function tablesOf(input: TablesInput): EventTables {
  const call = tables;
  tables = undefined;
  return call ? call.result() : eventTables(input);
}

/** Starts the fit of the model on this input on a worker when it is worth it. */
export function startFit({ groups }: ModelInput, script: string | undefined): void {
  const ready = waiting;
  waiting = undefined;
  const limit = threadThreshold(DEFAULT_MIN_GROUPS);
  if (!groups || !canUseWorker(script) || limit <= 0 || groups.length < limit) {
    // Not needed for the fit: ended now, unless it still has the tables to give.
    if (!tables) ready?.cancel();
    return;
  }
  const call = ready
    ? (ready.call(groups) as WorkerCall<BgnbdFit>)
    : callOnWorker<TripleGroup[], BgnbdFit>(script, FIT_ROLE, groups);
  fitElsewhere(groups, () => call.result());
}

/** The worker thread: fits the groups, or makes the tables of the events, it is given. */
export function runFitWorker(): void {
  answerOnWorker<Work, BgnbdFit | EventTables>((work) => ({
    value: Array.isArray(work) ? fitBgnbd(work) : eventTables(work),
  }));
}
