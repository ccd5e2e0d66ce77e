// JSON Lines input (`--input jsonl`): records {"id": …, "text": …, …} one per line, from files or
// standard input, as a streaming map step (GNU parallel --pipe, Hadoop Streaming, Spark RDD.pipe)
// would feed them. Reading splits lines without parsing them (the main thread stays light);
// parsing happens with the analysis, where a bad line becomes an error record.

import type { Readable } from "node:stream";
import { displayPath } from "../input/collect";
import type { Source } from "../types";

export interface RawLine {
  /** 1-based line number in its file. */
  line: number;
  /** The line's text; null when it was longer than the limit (its bytes were skipped). */
  raw: string | null;
}

/** Longest line read into memory: far above any article, well below what a string can hold. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/**
 * The non-blank lines of a byte stream, decoded as UTF-8 (a leading byte-order mark and a final
 * "\r" dropped). Reading pauses while the consumer is busy, so a large file is never held whole;
 * a line longer than `maxBytes` is skipped to its end and reported with `raw: null`.
 */
export async function* readLines(stream: Readable, maxBytes = MAX_LINE_BYTES): AsyncGenerator<RawLine> {
  const decoder = new TextDecoder("utf-8");
  let parts: Buffer[] = [];
  let held = 0;
  let tooLong = false;
  let line = 0;
  let first = true;
  const emit = (bytes: Buffer): RawLine | null => {
    line++;
    if (tooLong) {
      tooLong = false;
      first = false;
      return { line, raw: null };
    }
    let raw = decoder.decode(bytes);
    if (first) {
      first = false;
      if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    }
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    return raw.trim() ? { line, raw } : null;
  };
  const hold = (piece: Buffer) => {
    if (tooLong) return;
    if (held + piece.length > maxBytes) {
      tooLong = true;
      parts = [];
      held = 0;
      return;
    }
    if (piece.length) parts.push(piece);
    held += piece.length;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      hold(chunk.subarray(from, nl));
      const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts);
      parts = [];
      held = 0;
      from = nl + 1;
      const r = emit(bytes);
      if (r) yield r;
    }
    if (from < chunk.length) hold(chunk.subarray(from));
  }
  if (parts.length || tooLong) {
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
export function parseRecord(path: string, line: number, raw: string | null): ParsedRecord {
  const where = `${displayPath(path)}: line ${line}`;
  const bad = (message: string, id?: unknown): ParsedRecord => ({
    ok: false,
    source: { path, ...(typeof id === "string" || typeof id === "number" ? { id } : {}) },
    code: "EBADRECORD",
    message: `${where}: ${message}`,
  });
  if (raw === null) return bad(`longer than ${MAX_LINE_BYTES / 1024 / 1024} MB: skipped`);
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
