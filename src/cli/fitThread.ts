/**
 * The BG/NBD fit on a second thread, started as soon as the analysis is done: this thread goes on
 * with retention, the follow-up list and their files while the worker fits, and takes the fit
 * when pelanggan.csv needs it. The fit is the same computation (fitBgnbd on the same groups), so
 * the numbers are the same as on one thread.
 */
import { fitBgnbd, type BgnbdFit, type TripleGroup } from '../core/models/bgnbd';
import { fitElsewhere, type ModelInput } from '../core/models/prediction';
import {
  answerOnWorker,
  callOnWorker,
  canUseWorker,
  startWorker,
  threadThreshold,
  type WaitingWorker,
} from './threads';

export const FIT_ROLE = 'segmentasi-bgnbd-fit';
/** Fewer distinct (x, t_x, T) than this are fitted here: the fit takes less than a worker's start. */
const DEFAULT_MIN_GROUPS = 2_000;

/** A worker started ahead, while customers are measured, so the fit need not wait for its start. */
let waiting: WaitingWorker<TripleGroup[], BgnbdFit> | undefined;

/**
 * Starts the fit's worker ahead of its input when `salesRows` could make enough customers to fit
 * there: its start (a fifth of a second) overlaps the measuring of the customers.
 */
export function prepareFit(salesRows: number, script: string | undefined): void {
  const limit = threadThreshold(DEFAULT_MIN_GROUPS);
  if (waiting || !canUseWorker(script) || limit <= 0 || salesRows < limit) return;
  waiting = startWorker<TripleGroup[], BgnbdFit>(script, FIT_ROLE);
}

/** Starts the fit of the model on this input on a worker when it is worth it. */
export function startFit({ groups }: ModelInput, script: string | undefined): void {
  const ready = waiting;
  waiting = undefined;
  const limit = threadThreshold(DEFAULT_MIN_GROUPS);
  if (!groups || !canUseWorker(script) || limit <= 0 || groups.length < limit) {
    ready?.cancel();
    return;
  }
  const call = ready ? ready.call(groups) : callOnWorker<TripleGroup[], BgnbdFit>(script, FIT_ROLE, groups);
  fitElsewhere(groups, () => call.result());
}

/** The worker thread: fits the groups it was given. */
export function runFitWorker(): void {
  answerOnWorker<TripleGroup[], BgnbdFit>((groups) => ({ value: fitBgnbd(groups) }));
}
