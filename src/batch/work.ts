// One task of a batch, start to finish where it runs (a worker thread, or the main thread with
// --jobs 1): read or parse, analyse (processInput / analyzeText), then render the record to text,
// or boil it down to a summary digest. Only small strings and digests cross between threads.

import { displayPath, type InputRef } from "../input/collect";
import { recordMetadata } from "../input/metadata";
import { FORMATS, type Format, type RenderOptions } from "../render";
import { createAnalyzer, type Analyze } from "../analyze";
import { pageEntry, type PageEntry } from "../render/html";
import { loadModels } from "../models";
import { isError, SCHEMA, type OutputRecord } from "../types";
import { parseRecord, type RawLine } from "./jsonl";
import { analyzeText, processInputWithText, type ProcessOptions } from "./process";
import { digest, type Digest } from "./summary";

/** An input file (or standard input, or a path that failed), or one line of JSON Lines input. */
export type Task = { kind: "input"; ref: InputRef } | ({ kind: "line"; path: string } & RawLine);

export interface WorkOptions {
  format: Format;
  render: RenderOptions;
  process: ProcessOptions;
  /** Digests for --summary instead of rendered records. */
  summary: boolean;
  /** Pages written to a folder (--format html -o DIR): each output also says what the folder's index lists, even with --summary. */
  pages?: boolean;
}

export interface Output {
  /** The rendered record ("" in summary mode or for a table's error record). */
  text: string;
  /** The error message for stderr, when the input failed. */
  error: string | null;
  /** Notes for stderr about how the input was read (a repaired encoding, a page too big to parse). */
  notes: string[];
  digest: Digest | null;
  /** Input size, for progress and benchmarks. */
  bytes: number;
  /** What an index of pages lists about the result (with `pages`). */
  entry?: PageEntry | null;
}

export function taskPath(task: Task): string {
  return task.kind === "input" ? task.ref.path : task.path;
}

export interface Work {
  (task: Task): Output;
  /** The output for a task that could not be run at all (its worker died). */
  failed(task: Task, code: string, message: string): Output;
}

export function createWork(options: WorkOptions): Work {
  const renderer = options.summary && !options.pages ? null : FORMATS[options.format](options.render);
  const finish = (record: OutputRecord, analysed: string | null = null): Output => ({
    text: renderer ? renderer.record(record, analysed ?? undefined) : "",
    error: isError(record) ? record.error.message : null,
    notes: ((record.source.warnings as string[] | undefined) ?? []).map((w) => `${displayPath(record.source.path)}: ${w}`),
    digest: options.summary ? digest(record) : null,
    bytes: typeof record.source.bytes === "number" ? record.source.bytes : 0,
    ...(options.pages ? { entry: pageEntry(record) } : {}),
  });
  const failed = (task: Task, code: string, message: string): Output =>
    finish({ schema: SCHEMA, source: { path: taskPath(task) }, error: { code, message: `${displayPath(taskPath(task))}: ${message}` } });
  let analyze: Analyze | null = null;
  const work = (task: Task): Output => {
    try {
      // on the first task where it runs (a worker, or in-process), never in a main thread that only hands out work
      analyze ??= createAnalyzer(loadModels());
      if (task.kind === "input") {
        const { record, text } = processInputWithText(task.ref, options.process, analyze);
        return finish(record, text);
      }
      const rec = parseRecord(task.path, task.line, task.raw, task.skipped, options.process.maxBytes);
      if (!rec.ok) return finish({ schema: SCHEMA, source: rec.source, error: { code: rec.code, message: rec.message } });
      return finish(analyzeText(rec.text, rec.source, options.process, analyze, recordMetadata(rec.source.meta as Record<string, unknown> | undefined)), rec.text);
    } catch (err) {
      // a bug past the analysis (rendering, the digest) still costs only this input
      return failed(task, "EANALYSIS", `analysis failed (${err instanceof Error ? err.message : String(err)})`);
    }
  };
  return Object.assign(work, { failed });
}
