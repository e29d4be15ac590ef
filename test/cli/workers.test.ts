/**
 * The worker plumbing of the command line (src/cli/threads.ts) against the built program: an
 * answer comes back whole, and a worker that cannot do its job answers so at once instead of
 * leaving the command line waiting.
 */
import { callOnWorker, WorkerFailure, WorkerThread } from '../../src/cli/threads';
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

  it('turns a role the program does not know into a WorkerFailure, without waiting', () => {
    const started = Date.now();
    const call = callOnWorker<object, unknown>(CLI, 'no-such-role', {});
    expect(() => call.result()).toThrow(WorkerFailure);
    expect(() => call.result()).toThrow(/unknown role no-such-role/);
    // Far below the 10-minute deadline: the worker answered.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('takes jobs one after another on one worker, answering each in turn, after a failed one too', () => {
    const worker = new WorkerThread(CLI);
    try {
      const small = [
        { x: 0, tx: 0, T: 30, count: 5 },
        { x: 3, tx: 25, T: 30, count: 7 },
      ];
      const large = [...small, { x: 1, tx: 10, T: 30, count: 9 }];
      const unknown = worker.call<object, unknown>('no-such-role', {});
      const first = worker.call<typeof small, BgnbdFit>('segmentasi-bgnbd-fit', small);
      const second = worker.call<typeof large, BgnbdFit>('segmentasi-bgnbd-fit', large);
      expect(() => unknown.result()).toThrow(/unknown role no-such-role/);
      expect(first.result().customers).toBe(12);
      expect(second.result().customers).toBe(21);
      expect(second.result()).toEqual(fitBgnbd(large));
    } finally {
      worker.stop();
    }
  });
});
