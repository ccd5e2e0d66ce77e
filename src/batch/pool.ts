// Running tasks concurrently while handing their outputs on in input order.
//
// `ordered` pulls tasks from a (possibly endless) source, starts each at once, and yields the
// outputs in the order of the tasks. It holds at most `window` tasks that are running or done but
// not yet handed on: a slow task holds back only the outputs after it, and once the window is full
// no more input is read until it has been handed on. The consumer pulls, so a slow consumer (a
// full pipe) also stops the reading. Memory is bounded by the window, never by the input's size.
//
// The executors: `inProcess` runs tasks on the main thread one at a time, yielding to the event
// loop between them (so signals and a closed pipe are noticed at once); `WorkerPool` spreads them
// over worker threads that each load the models once.

import { availableParallelism, cpus } from "node:os";
import { join } from "node:path";
import type { Worker } from "node:worker_threads";
import { type Output, type Task, type Work, type WorkOptions } from "./work";

export type Run<T, R> = (task: T) => Promise<R>;

interface Slot<R> {
  promise: Promise<R>;
  done: boolean;
}

export async function* ordered<T, R>(tasks: AsyncIterable<T> | Iterable<T>, run: Run<T, R>, window: number): AsyncGenerator<R> {
  const it = Symbol.asyncIterator in tasks ? (tasks as AsyncIterable<T>)[Symbol.asyncIterator]() : toAsync((tasks as Iterable<T>)[Symbol.iterator]());
  const pending: Slot<R>[] = [];
  let next: Promise<IteratorResult<T>> | null = null;
  let exhausted = false;
  try {
    while (!exhausted || pending.length) {
      // hand on whatever is ready at the head
      while (pending.length && pending[0].done) yield await pending.shift()!.promise;
      if (exhausted || pending.length >= window) {
        if (pending.length) yield await pending.shift()!.promise;
        continue;
      }
      next ??= it.next();
      // wait for the next task, or for the head to finish, whichever comes first
      const head = pending[0];
      const got = head ? await Promise.race([next, head.promise.then(() => null)]) : await next;
      if (got === null) continue;
      next = null;
      if (got.done) {
        exhausted = true;
        continue;
      }
      const slot: Slot<R> = { promise: run(got.value), done: false };
      slot.promise.then(() => (slot.done = true));
      pending.push(slot);
    }
  } finally {
    // stopped early: let the source close its files (without waiting on a read in progress)
    if (!exhausted) void it.return?.();
  }
}

function toAsync<T>(it: Iterator<T>): AsyncIterator<T> {
  return { next: async () => it.next(), return: async () => it.return?.() ?? { done: true, value: undefined } };
}

/** The number of CPUs this process may use. */
export function defaultJobs(): number {
  return typeof availableParallelism === "function" ? availableParallelism() : cpus().length || 1;
}

/** Runs tasks on this thread, one per turn of the event loop. */
export function inProcess<R>(fn: (task: Task) => R): Run<Task, R> {
  return (task) => new Promise((resolve) => setImmediate(() => resolve(fn(task))));
}

interface Job {
  seq: number;
  task: Task;
  resolve: (o: Output) => void;
}

interface Member {
  worker: Worker;
  /** Tasks posted to this worker, oldest (the one it is running) first. */
  jobs: Job[];
  /** Whether it has given a result yet. */
  started: boolean;
}

/**
 * Tasks a worker holds at once: the one it runs and some queued, so it never waits for the main
 * thread. On two busy cores the main thread is often scheduled late: with 2 the workers sat idle
 * 5-14% of the time, with 8 under 1% (measured with eventLoopUtilization on the BBC corpus).
 */
const DEPTH = 8;

export class WorkerPool {
  private members: Member[] = [];
  private queue: Job[] = [];
  private seq = 0;
  private closed = false;
  /** Workers in a row that died before giving a result. */
  private failedStarts = 0;
  /** Why the pool gave up starting workers, if it did. */
  private broken: string | null = null;

  constructor(
    private readonly size: number,
    private readonly options: WorkOptions,
    /** Makes the output for a task whose worker died. */
    private readonly failed: Work["failed"],
    private readonly script = join(__dirname, "batch", "worker.js"),
  ) {}

  /** Tasks that may be running or waiting in the pool without slowing it: a window for `ordered`. */
  get window(): number {
    return this.size * DEPTH * 2;
  }

  run: Run<Task, Output> = (task) =>
    new Promise((resolve) => {
      if (this.broken) return resolve(this.failed(task, "EWORKER", `analysis failed (${this.broken})`));
      this.queue.push({ seq: this.seq++, task, resolve });
      this.dispatch();
    });

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.members.map((m) => m.worker.terminate()));
  }

  private spawn(): Member {
    // stdout: true keeps anything a worker prints (a stray console.log) off our stdout, which
    // carries only results; it goes to stderr instead. A smaller young generation than V8's 48 MB
    // costs no speed here and keeps each worker's memory down (peak RSS of two workers: -60 MB)
    // loaded here, not at start-up: a run of one input, or --jobs 1, never starts a worker
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Worker: WorkerThread } = require("node:worker_threads") as typeof import("node:worker_threads");
    const worker: Worker = new WorkerThread(this.script, {
      workerData: this.options,
      stdout: true,
      stderr: false,
      resourceLimits: { maxYoungGenerationSizeMb: 16 },
    });
    worker.stdout.on("data", (chunk: Buffer) => process.stderr.write(chunk));
    const member: Member = { worker, jobs: [], started: false };
    worker.on("message", ({ seq, output }: { seq: number; output: Output }) => {
      member.started = true;
      this.failedStarts = 0;
      const i = member.jobs.findIndex((j) => j.seq === seq);
      if (i < 0) return;
      const [job] = member.jobs.splice(i, 1);
      job.resolve(output);
      this.dispatch();
    });
    // a worker that dies (a crash, memory exhausted) fails only the task it was running; the
    // tasks queued behind it go to a fresh worker. Workers that die before any result (models
    // missing) are not restarted forever: after a few, every task fails with the reason.
    const died = (why: string) => {
      if (this.closed) return;
      const k = this.members.indexOf(member);
      if (k < 0) return;
      const [running, ...queued] = member.jobs;
      member.jobs = [];
      if (!member.started && ++this.failedStarts >= 3) this.broken = why;
      if (running) running.resolve(this.failed(running.task, "EWORKER", `analysis failed (${why})`));
      if (this.broken) {
        this.members.splice(k, 1);
        for (const job of [...queued, ...this.queue.splice(0)]) job.resolve(this.failed(job.task, "EWORKER", `analysis failed (${this.broken})`));
        return;
      }
      this.members[k] = this.spawn();
      this.queue.unshift(...queued);
      this.dispatch();
    };
    worker.on("error", (err) => died(err.message));
    worker.on("exit", (code) => died(`worker stopped with code ${code}`));
    return member;
  }

  private dispatch(): void {
    while (this.queue.length) {
      let best: Member | null = null;
      for (const m of this.members) if (m.jobs.length < DEPTH && (!best || m.jobs.length < best.jobs.length)) best = m;
      // workers start as there is work for them: three inputs never start eight workers
      if ((!best || best.jobs.length > 0) && this.members.length < this.size && !this.broken) this.members.push((best = this.spawn()));
      if (!best) return;
      const job = this.queue.shift()!;
      best.jobs.push(job);
      best.worker.postMessage({ seq: job.seq, task: job.task });
    }
  }
}
