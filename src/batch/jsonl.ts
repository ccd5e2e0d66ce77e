// JSON Lines input (`--input jsonl`): records {"id": …, "text": …, …} one per line, from files or
// standard input, as a streaming map step (GNU parallel --pipe, Hadoop Streaming, Spark RDD.pipe)
// would feed them. Reading splits lines without parsing them (the main thread stays light);
// parsing happens with the analysis, where a bad line becomes an error record.

import type { Readable } from "node:stream";
import type { Source } from "../types";

export interface RawLine {
  /** 1-based line number in its file. */
  line: number;
  raw: string;
}

/**
 * The non-blank lines of a byte stream, decoded as UTF-8 (a leading byte-order mark and a final
 * "\r" dropped). Reading pauses while the consumer is busy, so a large file is never held whole.
 */
export async function* readLines(stream: Readable): AsyncGenerator<RawLine> {
  const decoder = new TextDecoder("utf-8");
  let parts: Buffer[] = [];
  let line = 0;
  let first = true;
  const emit = (bytes: Buffer): RawLine | null => {
    line++;
    let raw = decoder.decode(bytes);
    if (first) {
      first = false;
      if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    }
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    return raw.trim() ? { line, raw } : null;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, nl);
      const bytes = parts.length ? Buffer.concat([...parts, piece]) : piece;
      parts = [];
      from = nl + 1;
      const r = emit(bytes);
      if (r) yield r;
    }
    if (from < chunk.length) parts.push(chunk.subarray(from));
  }
  if (parts.length) {
    const r = emit(Buffer.concat(parts));
    if (r) yield r;
  }
}

export type ParsedRecord = { ok: true; text: string; source: Source } | { ok: false; source: Source; code: string; message: string };

/**
 * One line as a record: `text` (a string) is analysed, `id` (a string or number) is reported as
 * `source.id`, any other fields pass through as `source.meta`. The line number appears only in
 * error messages, so a record's result does not depend on where the input was split.
 */
export function parseRecord(path: string, line: number, raw: string): ParsedRecord {
  const where = `${path === "-" ? "stdin" : path}: line ${line}`;
  const bad = (message: string, id?: unknown): ParsedRecord => ({
    ok: false,
    source: { path, ...(typeof id === "string" || typeof id === "number" ? { id } : {}) },
    code: "EBADRECORD",
    message: `${where}: ${message}`,
  });
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return bad(`not valid JSON (${(err as Error).message})`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return bad('not a JSON object: expected {"id": …, "text": …}');
  const { id, text, ...rest } = value as Record<string, unknown>;
  if (typeof id !== "string" && typeof id !== "number") return bad(id === undefined ? 'no "id"' : '"id" must be a string or a number');
  if (typeof text !== "string") return bad(text === undefined ? 'no "text"' : '"text" must be a string', id);
  const source: Source = { path, id, bytes: Buffer.byteLength(text, "utf8"), encoding: "utf-8" };
  if (Object.keys(rest).length) source.meta = rest;
  return { ok: true, text, source };
}
