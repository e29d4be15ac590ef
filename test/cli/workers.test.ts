/**
 * The worker plumbing of the command line (src/cli/threads.ts) against the built program: an
 * answer comes back whole, and a worker that cannot do its job answers so at once instead of
 * leaving the command line waiting.
 */
import { callOnWorker, WorkerFailure, WorkerThread } from '../../src/cli/threads';
import { eventTables, type EventTables, type TablesInput } from '../../src/cli/fitThread';
import { fitBgnbd, type BgnbdFit } from '../../src/core/models/bgnbd';
import { purchaseEvents } from '../../src/core/models/retention';
import { d } from '../support/build';
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

  it('answers each job of one worker to its own call, whichever is asked for first', () => {
    const groups = [
      { x: 0, tx: 0, T: 60, count: 5 },
      { x: 4, tx: 50, T: 60, count: 11 },
      { x: 2, tx: 12, T: 60, count: 8 },
    ];
    const events = purchaseEvents([
      { key: 'sri', day: d('2025-01-05'), amount: 10000 },
      { key: 'budi', day: d('2025-01-09'), amount: 20000 },
      { key: 'sri', day: d('2025-02-05'), amount: 15000 },
    ]);
    const worker = new WorkerThread(CLI);
    try {
      const input: TablesInput = { events, referenceDay: d('2025-02-28') };
      const tables = worker.call<TablesInput, EventTables>('segmentasi-event-tables', input);
      const fit = worker.call<typeof groups, BgnbdFit>('segmentasi-bgnbd-fit', groups);
      // The fit is asked for first: the tables' answer, come before it, is kept for its own call.
      expect(fit.result()).toEqual(fitBgnbd(groups));
      const made = tables.result();
      // January: Sri and Budi new; February: Sri stays (1 of 2), her 15.000 from an existing customer.
      expect(made.monthly.map((r) => [r.label, r.active, r.retained, r.newCustomers, r.rate])).toEqual([
        ['Jan 2025', 2, 0, 2, null],
        ['Feb 2025', 1, 1, 0, 0.5],
      ]);
      expect(made.monthly[1].salesExisting).toBe(15000);
      expect(made.cohorts.map((c) => [c.label, c.size, c.shares])).toEqual([['Jan 2025', 2, [1, 0.5]]]);
      expect(made).toEqual(eventTables(input));
    } finally {
      worker.stop();
    }
  });
});
