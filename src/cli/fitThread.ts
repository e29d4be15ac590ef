/**
 * The BG/NBD fit on a second thread, started as soon as the analysis is done: this thread goes on
 * with retention, the follow-up list and their files while the worker fits, and takes the fit
 * when pelanggan.csv needs it. The fit is the same computation (fitBgnbd on the same groups), so
 * the numbers are the same as on one thread.
 */
import { fitBgnbd, type BgnbdFit, type TripleGroup } from '../core/models/bgnbd';
import { fitElsewhere, type ModelInput } from '../core/models/prediction';
import { callOnWorker, canUseWorker, threadThreshold, type Job, type WorkerThread } from './threads';

export const FIT_ROLE = 'segmentasi-bgnbd-fit';
/** Fewer distinct (x, t_x, T) than this are fitted here: the fit takes less than a worker's start. */
const DEFAULT_MIN_GROUPS = 2_000;

/**
 * Starts the fit of the model on this input on a worker when it is worth it: on `worker` when the
 * command line already has one (it read part of the sales file and waits), else on a new one.
 */
export function startFit({ groups }: ModelInput, script: string | undefined, worker?: WorkerThread): void {
  const limit = threadThreshold(DEFAULT_MIN_GROUPS);
  if (!groups || !canUseWorker(script) || limit <= 0 || groups.length < limit) return;
  const call = worker
    ? worker.call<TripleGroup[], BgnbdFit>(FIT_ROLE, groups)
    : callOnWorker<TripleGroup[], BgnbdFit>(script, FIT_ROLE, groups);
  fitElsewhere(groups, () => call.result());
}

/** The worker's job: fits the groups it was given. */
export const fitJob: Job<TripleGroup[], BgnbdFit> = (groups) => ({ value: fitBgnbd(groups) });
