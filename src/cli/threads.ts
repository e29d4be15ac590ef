/**
 * Work handed to a worker thread that runs this same program (build/cli.js): the worker takes
 * jobs one after another, each by its role (read part of the sales file, fit the model). The
 * command line stays synchronous: jobs and answers travel on a MessageChannel and each side wakes
 * the other through shared counters (Atomics), so no event loop turn is needed.
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
const ENVELOPE_TAG = 'segmentasi-worker';
/** Slots of the shared counters: jobs posted by the caller, jobs answered by the worker. */
const [POSTED, ANSWERED] = [0, 1];

interface Envelope {
  tag: typeof ENVELOPE_TAG;
  port: MessagePort;
  counters: Int32Array;
}

interface JobMessage {
  role: string;
  input: unknown;
}

type Answer<O> = { value: O } | { error: string };

/** A job's answer, with the job's number (1, 2, ... in the order given). */
interface AnswerMessage {
  job: number;
  answer: Answer<unknown>;
}

/** What a worker does in one role: its answer, and the buffers to move (not copy) with it. */
export type Job<I, O> = (input: I) => { value: O; transfer?: ArrayBuffer[] };

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

/** A worker thread running `script`, taking jobs in the order they are given. */
export class WorkerThread {
  private readonly counters = new Int32Array(new SharedArrayBuffer(8));
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private posted = 0;
  /** Answers that came in while another job's answer was awaited. */
  private readonly early = new Map<number, Answer<unknown>>();

  constructor(script: string) {
    const { port1, port2 } = new MessageChannel();
    const envelope: Envelope = { tag: ENVELOPE_TAG, port: port2, counters: this.counters };
    this.worker = new Worker(script, { workerData: envelope, transferList: [port2] });
    // A worker that dies (out of memory) reaches the caller as a missing answer, never as an
    // unhandled 'error' event ending the process after the files are written.
    this.worker.on('error', () => undefined);
    this.worker.unref();
    this.port = port1;
  }

  /** Hands the worker a job; `result()` waits for its answer (jobs are done in the order given). */
  call<I, O>(role: string, input: I): WorkerCall<O> {
    const job: JobMessage = { role, input };
    this.port.postMessage(job);
    const index = ++this.posted;
    Atomics.store(this.counters, POSTED, index);
    Atomics.notify(this.counters, POSTED);
    let answer: Answer<O> | undefined;
    return {
      result: () => {
        answer ??= this.collect<O>(index, role);
        if ('error' in answer) throw new WorkerFailure(`worker ${role}: ${answer.error}`);
        return answer.value;
      },
    };
  }

  /** Whether the worker was given a job. */
  get used(): boolean {
    return this.posted > 0;
  }

  stop(): void {
    this.port.close();
    void this.worker.terminate();
  }

  private collect<O>(job: number, role: string): Answer<O> {
    const deadline = Date.now() + DEADLINE_MS;
    while (!this.early.has(job)) {
      const answered = Atomics.load(this.counters, ANSWERED);
      if (answered < job) {
        const left = deadline - Date.now();
        if (left > 0 && Atomics.wait(this.counters, ANSWERED, answered, left) !== 'timed-out') continue;
        this.stop();
        throw new WorkerFailure(`worker ${role} gave no answer`);
      }
      const message = receiveMessageOnPort(this.port)?.message as AnswerMessage | undefined;
      if (!message) {
        this.stop();
        throw new WorkerFailure(`worker ${role} gave no answer`);
      }
      this.early.set(message.job, message.answer);
    }
    const answer = this.early.get(job) as Answer<O>;
    this.early.delete(job);
    return answer;
  }
}

/**
 * The command line's second thread, started before it reads the sales file. Once the heap of the
 * worker's last job is garbage (the sales part leaves tens of MB there), `renew()` replaces it by
 * a fresh one for the next job, so that memory is not held while this thread does its own work.
 */
export class SecondThread {
  private worker: WorkerThread;

  constructor(private readonly script: string) {
    this.worker = new WorkerThread(script);
  }

  get current(): WorkerThread {
    return this.worker;
  }

  renew(): void {
    if (!this.worker.used) return;
    this.worker.stop();
    this.worker = new WorkerThread(this.script);
  }

  stop(): void {
    this.worker.stop();
  }
}

/** Starts `script` on a worker thread for one job in `role` with `input` (structured-cloned). */
export function callOnWorker<I, O>(script: string, role: string, input: I): WorkerCall<O> {
  const worker = new WorkerThread(script);
  const call = worker.call<I, O>(role, input);
  return {
    result() {
      try {
        return call.result();
      } finally {
        worker.stop();
      }
    },
  };
}

/** Whether this thread is a worker started by WorkerThread (another program's worker is left alone). */
export function isOurWorker(): boolean {
  if (isMainThread) return false;
  const envelope = workerData as Partial<Envelope> | null;
  return envelope?.tag === ENVELOPE_TAG && envelope.counters instanceof Int32Array && !!envelope.port;
}

/**
 * On a worker: answers jobs as they come, by role, until the program ends; a role it does not
 * know is answered so, instead of leaving the caller waiting.
 */
export function serveJobs(jobs: Record<string, Job<never, unknown>>): void {
  const { port, counters } = workerData as Envelope;
  for (let done = 0; ; done++) {
    Atomics.wait(counters, POSTED, done);
    const job = receiveMessageOnPort(port)?.message as JobMessage;
    let answer: Answer<unknown>;
    let transfer: ArrayBuffer[] = [];
    try {
      const run = Object.hasOwn(jobs, job.role) ? jobs[job.role] : undefined;
      if (!run) throw new Error(`unknown role ${job.role}`);
      const computed = run(job.input as never);
      answer = { value: computed.value };
      transfer = computed.transfer ?? [];
    } catch (error) {
      answer = { error: error instanceof Error ? error.message : String(error) };
    }
    const message: AnswerMessage = { job: done + 1, answer };
    port.postMessage(message, transfer);
    Atomics.store(counters, ANSWERED, done + 1);
    Atomics.notify(counters, ANSWERED);
  }
}
