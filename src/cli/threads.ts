/**
 * Work handed to a worker thread that runs this same program (build/cli.js) in a given role. The
 * command line stays synchronous: the worker posts its answer on a MessageChannel and wakes the
 * caller through a shared flag (Atomics), so no event loop turn is needed to collect it.
 */
import { availableParallelism } from 'node:os';
import {
  MessageChannel,
  Worker,
  isMainThread,
  receiveMessageOnPort,
  workerData,
  type MessagePort,
} from 'node:worker_threads';

/** A worker that has not answered in this long has died without a word. */
const DEADLINE_MS = 10 * 60 * 1000;

interface Envelope<I> {
  role: string;
  input: I;
  port: MessagePort;
  done: Int32Array;
  /** The inputs come later, as Task messages on `port` (a worker started ahead of its work). */
  later: boolean;
}

type Answer<O> = { value: O } | { error: string };

/** A worker that failed or gave no answer: a fault of the program, never of the owner's data. */
export class WorkerFailure extends Error {}

/** A worker's answer to come: `result()` blocks until it is there. */
export interface WorkerCall<O> {
  result(): O;
}

/**
 * From how many rows (sales rows to read, distinct customers to fit) a second thread is used:
 * SEGMENTASI_THREAD_ROWS when set (0: never), else the caller's default.
 */
export function threadThreshold(byDefault: number): number {
  const set = Number(process.env.SEGMENTASI_THREAD_ROWS);
  return process.env.SEGMENTASI_THREAD_ROWS !== undefined && Number.isFinite(set) ? set : byDefault;
}

/** Whether a second thread is worth starting: the machine has another core and `script` is known. */
export function canUseWorker(script: string | undefined): script is string {
  return script !== undefined && availableParallelism() >= 2;
}

/** Starts `script` on a worker thread in `role` with `input` (structured-cloned). */
export function callOnWorker<I, O>(script: string, role: string, input: I): WorkerCall<O> {
  return spawn<I, O>(script, role, { input, later: false }).call;
}

/** A worker started before its inputs are known: its start overlaps the caller's own work. */
export interface WaitingWorker<I, O> {
  /** Hands the worker an input (structured-cloned); inputs are worked on in turn, each answered to its call. */
  call(input: I): WorkerCall<O>;
  /** Ends the worker: it will not be needed (again). */
  cancel(): void;
}

/** An input for a worker started ahead, and the flag its answer raises. */
interface Task<I> {
  id: number;
  input: I;
  done: Int32Array;
}

interface Reply<O> {
  id: number;
  answer: Answer<O>;
}

/** Starts `script` on a worker thread in `role` now; it waits for the inputs `call` gives it. */
export function startWorker<I, O>(script: string, role: string): WaitingWorker<I, O> {
  const { port, worker } = spawn<I, O>(script, role, { input: undefined, later: true });
  // Answers that came in while another call waited for its own.
  const replies = new Map<number, Answer<O>>();
  let tasks = 0;
  return {
    call(input) {
      const task: Task<I> = { id: tasks++, input, done: new Int32Array(new SharedArrayBuffer(4)) };
      port.postMessage(task);
      let answer: Answer<O> | undefined;
      return {
        result() {
          if (!answer) {
            if (!replies.has(task.id)) {
              Atomics.wait(task.done, 0, 0, DEADLINE_MS);
              for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
                const reply = m.message as Reply<O>;
                replies.set(reply.id, reply.answer);
              }
            }
            answer = replies.get(task.id);
            replies.delete(task.id);
            if (!answer) throw new WorkerFailure(`worker ${role} gave no answer`);
          }
          if ('error' in answer) throw new WorkerFailure(`worker ${role}: ${answer.error}`);
          return answer.value;
        },
      };
    },
    cancel() {
      port.close();
      void worker.terminate();
    },
  };
}

function spawn<I, O>(
  script: string,
  role: string,
  given: { input: I | undefined; later: boolean },
): { call: WorkerCall<O>; port: MessagePort; worker: Worker } {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const envelope: Envelope<I | undefined> = { role, ...given, port: port2, done };
  const worker = new Worker(script, { workerData: envelope, transferList: [port2] });
  // A worker that dies (out of memory) reaches the caller as a missing answer, never as an
  // unhandled 'error' event ending the process after the files are written.
  worker.on('error', () => undefined);
  worker.unref();
  let answer: Answer<O> | undefined;
  const call: WorkerCall<O> = {
    result() {
      if (!answer) {
        const timedOut = Atomics.wait(done, 0, 0, DEADLINE_MS) === 'timed-out';
        answer = timedOut ? undefined : (receiveMessageOnPort(port1)?.message as Answer<O> | undefined);
        port1.close();
        void worker.terminate();
        if (!answer) throw new WorkerFailure(`worker ${role} gave no answer`);
      }
      if ('error' in answer) throw new WorkerFailure(`worker ${role}: ${answer.error}`);
      return answer.value;
    },
  };
  return { call, port: port1, worker };
}

/** The role this thread was started in by callOnWorker, or undefined on the main thread. */
export function workerRole(): string | undefined {
  if (isMainThread) return undefined;
  const envelope = workerData as Partial<Envelope<unknown>> | null;
  // Only an envelope of ours: another program's worker (a test runner's) is left alone.
  const ours = typeof envelope?.role === 'string' && envelope.done instanceof Int32Array && !!envelope.port;
  return ours ? envelope.role : undefined;
}

/**
 * On a worker: computes the answer from the input and posts it, `transfer` moved, not copied. A
 * worker started ahead (startWorker) answers each input as it comes, until it is ended.
 */
export function answerOnWorker<I, O>(compute: (input: I) => { value: O; transfer?: ArrayBuffer[] }): void {
  const envelope = workerData as Envelope<I>;
  const { port } = envelope;
  if (!envelope.later) {
    const { answer, transfer } = computeAnswer(compute, envelope.input);
    port.postMessage(answer, transfer);
    raise(envelope.done);
    return;
  }
  port.on('message', (task: Task<I>) => {
    const { answer, transfer } = computeAnswer(compute, task.input);
    const reply: Reply<O> = { id: task.id, answer };
    port.postMessage(reply, transfer);
    raise(task.done);
  });
}

function computeAnswer<I, O>(
  compute: (input: I) => { value: O; transfer?: ArrayBuffer[] },
  input: I,
): { answer: Answer<O>; transfer: ArrayBuffer[] } {
  try {
    const computed = compute(input);
    return { answer: { value: computed.value }, transfer: computed.transfer ?? [] };
  } catch (error) {
    return { answer: { error: error instanceof Error ? error.message : String(error) }, transfer: [] };
  }
}

/** Wakes the caller waiting on this flag. */
function raise(done: Int32Array): void {
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}

/** On a worker started in a role this program does not know: answers so, instead of leaving the caller waiting. */
export function answerUnknownRole(role: string): void {
  answerOnWorker(() => {
    throw new Error(`unknown role ${role}`);
  });
}
