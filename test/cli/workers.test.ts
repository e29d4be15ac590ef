/**
 * The worker plumbing of the command line (src/cli/threads.ts) against the built program: an
 * answer comes back whole, and a worker that cannot do its job answers so at once instead of
 * leaving the command line waiting.
 */
import { callOnWorker, startWorker, WorkerFailure } from '../../src/cli/threads';
import { fitBgnbd, type BgnbdFit } from '../../src/core/models/bgnbd';
import { CLI } from './support';

describe('command line workers', () => {
  it('fits the model on a worker: the same numbers the fit gives here', () => {
    const groups = [
      { x: 0, tx: 0, T: 30, count: 20 },
      { x: 2, tx: 20, T: 30, count: 15 },
      { x: 5, tx: 28, T: 30, count: 10 },
      { x: 1, tx: 3, T: 30, count: 12 },
    ];
    const fit = callOnWorker<typeof groups, BgnbdFit>(CLI, 'segmentasi-bgnbd-fit', groups).result();
    // What crosses the threads is the fit itself, every number to the last bit.
    expect(fit).toEqual(fitBgnbd(groups));
    expect(fit.customers).toBe(57);
  });

  it('fits on a worker started before its input: it waits for the groups, then gives the same fit', () => {
    const groups = [
      { x: 0, tx: 0, T: 40, count: 9 },
      { x: 3, tx: 35, T: 40, count: 21 },
      { x: 1, tx: 10, T: 40, count: 7 },
    ];
    const waiting = startWorker<typeof groups, BgnbdFit>(CLI, 'segmentasi-bgnbd-fit');
    const fit = waiting.call(groups).result();
    expect(fit).toEqual(fitBgnbd(groups));
    expect(fit.customers).toBe(37);
  });

  it('turns a role the program does not know into a WorkerFailure, without waiting', () => {
    const started = Date.now();
    const call = callOnWorker<object, unknown>(CLI, 'no-such-role', {});
    expect(() => call.result()).toThrow(WorkerFailure);
    expect(() => call.result()).toThrow(/unknown role no-such-role/);
    // Far below the 10-minute deadline: the worker answered.
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
