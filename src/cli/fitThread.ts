/**
 * The second thread after the sales are read: while customers are measured, it makes the
 * retention and cohort tables from the purchase events, then fits the BG/NBD model as soon as its
 * input is known. This thread goes on classifying and writing meanwhile, and takes each result
 * when a file needs it. The work is the same computation as on one thread (the same functions on
 * the same values), so the numbers are the same.
 */
import { fitBgnbd, type BgnbdFit, type TripleGroup } from '../core/models/bgnbd';
import { fitElsewhere, type ModelInput } from '../core/models/prediction';
import { retentionTable, type PurchaseEvents, type RetentionRow } from '../core/models/retention';
import { cohortTable, type CohortRow } from '../core/models/cohorts';
import type { Day } from '../core/read/dates';
import {
  callOnWorker,
  canUseWorker,
  threadThreshold,
  type Job,
  type WorkerCall,
  type WorkerThread,
} from './threads';

export const FIT_ROLE = 'segmentasi-bgnbd-fit';
export const TABLES_ROLE = 'segmentasi-event-tables';
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

/** The tables of the events, monthly retention and cohorts: what the worker makes of them. */
export function eventTables({ events, referenceDay }: TablesInput): EventTables {
  return {
    monthly: retentionTable(events, 'bulan', referenceDay),
    cohorts: cohortTable(events, referenceDay),
  };
}

/** Hands the events to the second thread, when there is one, for the tables: their answer to come. */
export function startTables(
  input: TablesInput,
  worker: WorkerThread | undefined,
): WorkerCall<EventTables> | undefined {
  return worker?.call<TablesInput, EventTables>(TABLES_ROLE, input);
}

/** The tables: the second thread's answer when startTables gave it the events, else made here. */
export function tablesOf(input: TablesInput, call: WorkerCall<EventTables> | undefined): EventTables {
  return call ? call.result() : eventTables(input);
}

/**
 * Starts the fit of the model on this input on a worker when it is worth it: on `worker` when the
 * command line already has one (started ahead, so its start costs nothing here), else on a new one.
 */
export function startFit({ groups }: ModelInput, script: string | undefined, worker?: WorkerThread): void {
  const limit = threadThreshold(DEFAULT_MIN_GROUPS);
  if (!groups || !canUseWorker(script) || limit <= 0 || groups.length < limit) return;
  const call = worker
    ? worker.call<TripleGroup[], BgnbdFit>(FIT_ROLE, groups)
    : callOnWorker<TripleGroup[], BgnbdFit>(script, FIT_ROLE, groups);
  fitElsewhere(groups, () => call.result());
}

/** The worker's jobs: fits the groups it is given; makes the tables of the events. */
export const fitJob: Job<TripleGroup[], BgnbdFit> = (groups) => ({ value: fitBgnbd(groups) });
export const tablesJob: Job<TablesInput, EventTables> = (input) => ({ value: eventTables(input) });
