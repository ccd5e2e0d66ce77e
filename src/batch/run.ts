// A batch from the command line's inputs to stdout: tasks streamed from the paths (files, or the
// lines of JSON Lines input), run on a pool of worker threads (or in-process for --jobs 1 or a
// single input), and written in input order as they complete, or folded into a corpus summary.
// Progress and per-input messages go to stderr; Ctrl-C (SIGINT), SIGTERM and SIGHUP stop the
// workers and exit with 130, 143 and 129.

import { createReadStream } from "node:fs";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { describeFsError, streamInputs, type InputRef } from "../input/collect";
import { FORMATS } from "../render";
import { renderSummary } from "../render/summary";
import { readLines } from "./jsonl";
import { PageWriter } from "./pages";
import { inProcess, ordered, WorkerPool, type Run } from "./pool";
import { Progress } from "./progress";
import { SummaryBuilder } from "./summary";
import { createWork, type Output, type Task, type WorkOptions } from "./work";

export interface BatchOptions extends WorkOptions {
  paths: string[];
  input: "text" | "jsonl";
  /** Extensions picked up in folders. */
  extensions: string[];
  jobs: number;
  /** Entries per list in the summary (0: all). */
  top: number;
  quiet: boolean;
  /** HTML pages go to this folder, with an index.html (see PageWriter), instead of stdout. */
  outDir?: string;
}

/** Runs the batch; resolves to the exit status (0 all inputs analysed, 1 some failed). */
export async function runBatch(o: BatchOptions): Promise<number> {
  const source = o.input === "jsonl" ? jsonlTasks(o.paths, o.extensions, o.process.maxBytes) : fileTasks(o.paths, o.extensions);
  const progress =
    o.quiet || !process.stderr.isTTY
      ? null
      : new Progress({
          stream: process.stderr,
          unit: o.input === "jsonl" ? "records" : "files",
          counter: o.input === "jsonl" ? undefined : counter(o.paths, o.extensions),
          sharesTerminal: Boolean(process.stdout.isTTY),
        });
  const say = (text: string) => (progress ? progress.message(text) : process.stderr.write(text));

  let pool: WorkerPool | null = null;
  let stopping = false;
  const interrupted = (signal: NodeJS.Signals) => {
    // Ctrl-C, kill, a closed terminal or an engine cancelling its task: stop the workers, leave
    // the terminal clean, and exit as a shell expects (128 + the signal's number: 130, 143, 129)
    // once the output ends on a whole line
    if (stopping) return;
    stopping = true;
    progress?.stop();
    void pool?.close();
    exitAfterOutput(128 + (SIGNALS[signal] ?? 0));
  };
  for (const signal of Object.keys(SIGNALS)) process.once(signal, interrupted);

  const work = createWork(o);
  const summary = o.summary ? new SummaryBuilder() : null;
  const pages = o.outDir ? new PageWriter(o.outDir, o.render.sections) : null;
  // a header the format writes once (CSV's), before any record
  const begin = summary || pages ? "" : (FORMATS[o.format](o.render).begin?.() ?? "");
  if (begin && !process.stdout.write(begin)) await drained();
  let failed = false;
  const started = Date.now();
  let done = 0;
  let failures = 0;
  try {
    // look ahead: a single input runs in-process, without the cost of starting workers
    const head = await take(source, 2);
    const tasks = chain(head.items, head.rest);
    let run: Run<Task, Output> = inProcess(work);
    let window = 4;
    if (o.jobs > 1 && head.items.length > 1) {
      pool = new WorkerPool(o.jobs, { format: o.format, render: o.render, process: o.process, summary: o.summary, pages: o.pages }, work.failed);
      run = pool.run;
      window = pool.window;
    }
    for await (const out of ordered(tasks, run, window)) {
      progress?.tick(out.bytes);
      done++;
      if (out.error !== null) {
        failures++;
        failed = true;
        if (!o.quiet) say(`kz-analyze: ${out.error}\n`);
      }
      if (!o.quiet) for (const note of out.notes) say(`kz-analyze: note: ${note}\n`);
      if (stopping) break;
      if (summary) summary.add(out.digest!);
      if (pages) pages.add(out);
      else if (!summary && out.text) {
        progress?.beforeOutput();
        if (!process.stdout.write(out.text)) await drained();
      }
    }
    progress?.stop();
    if (pages) {
      const n = pages.finish(summary ? summary.result(o.top) : null);
      if (!o.quiet) say(`kz-analyze: wrote ${n} article ${n === 1 ? "page" : "pages"} and ${summary ? "the dashboard" : "the index"} to ${join(pages.dir, "index.html")}\n`);
    } else if (summary) {
      const text = renderSummary(summary.result(o.top), o.format, o.render);
      if (!process.stdout.write(text)) await drained();
    }
    // people reading tables learn the batch is over, and how it went (JSON readers have the stream)
    if (o.format !== "json" && !o.quiet && done > 1) {
      const unit = o.input === "jsonl" ? "records" : "articles";
      say(`kz-analyze: ${done.toLocaleString("en-US")} ${unit}, ${failures.toLocaleString("en-US")} failed, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    progress?.stop();
    if (!stopping) for (const signal of Object.keys(SIGNALS)) process.removeListener(signal, interrupted);
    await pool?.close();
  }
  return failed ? 1 : 0;
}

/** The signals that stop a batch, with their numbers (the exit status is 128 + the number). */
const SIGNALS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/**
 * Exits once what was written to stdout has gone out: every record is written whole in one write,
 * but to a pipe a write the reader has not yet taken stays queued, and exiting at once would cut
 * the last line short. A reader that takes nothing for a second is not waited for.
 */
function exitAfterOutput(code: number): void {
  const exit = () => process.exit(code);
  if (!process.stdout.writableLength) return exit();
  process.stdout.once("drain", exit);
  setTimeout(exit, 1000);
}

/** Resolves when stdout can take more (a pipe reader that is slower than the analysis). */
function drained(): Promise<void> {
  return new Promise((resolve) => process.stdout.once("drain", resolve));
}

function* fileTasks(paths: string[], extensions: string[]): Generator<Task> {
  for (const ref of streamInputs(paths, { extensions })) yield { kind: "input", ref };
}

/** Each non-blank line of each JSON Lines input is a task; an input that cannot be read is one. */
async function* jsonlTasks(paths: string[], extensions: string[], maxBytes: number | undefined): AsyncGenerator<Task> {
  for (const ref of streamInputs(paths, { extensions })) {
    if (ref.kind === "missing") {
      yield { kind: "input", ref };
      continue;
    }
    const stream: Readable = ref.kind === "stdin" ? process.stdin : createReadStream(ref.path);
    try {
      // --max-bytes bounds each record: a longer line is streamed past, never held, and refused
      for await (const line of readLines(stream, maxBytes || undefined)) yield { kind: "line", path: ref.path, ...line };
    } catch (err) {
      const failed: InputRef = { kind: "missing", path: ref.path, ...describeFsError(ref.path, err as NodeJS.ErrnoException) };
      yield { kind: "input", ref: failed };
    } finally {
      if (ref.kind !== "stdin") stream.destroy();
    }
  }
}

/** Counts a folder's inputs a budget at a time (see Progress), with the same rules as the run. */
function counter(paths: string[], extensions: string[]): (budget: number) => number | null {
  const it = streamInputs(paths, { extensions });
  let n = 0;
  return (budget) => {
    for (let i = 0; i < budget; i++) {
      if (it.next().done) return n;
      n++;
    }
    return null;
  };
}

async function take<T>(source: AsyncIterable<T> | Iterable<T>, n: number): Promise<{ items: T[]; rest: AsyncIterator<T> | Iterator<T> }> {
  const it = Symbol.asyncIterator in source ? (source as AsyncIterable<T>)[Symbol.asyncIterator]() : (source as Iterable<T>)[Symbol.iterator]();
  const items: T[] = [];
  while (items.length < n) {
    const r = await it.next();
    if (r.done) break;
    items.push(r.value);
  }
  return { items, rest: it };
}

async function* chain<T>(first: T[], rest: AsyncIterator<T> | Iterator<T>): AsyncGenerator<T> {
  let done = false;
  try {
    yield* first;
    for (;;) {
      const r = await rest.next();
      if ((done = Boolean(r.done))) return;
      yield r.value;
    }
  } finally {
    if (!done) void rest.return?.();
  }
}
