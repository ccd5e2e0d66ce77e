// JSON Lines input (`--input jsonl`): records {"id": …, "text": …, …} one per line, from files or
// standard input, as a streaming map step (GNU parallel --pipe, Hadoop Streaming, Spark RDD.pipe)
// would feed them. Reading splits lines without parsing them (the main thread stays light);
// parsing happens with the analysis, where a bad line becomes an error record.

import type { Readable } from "node:stream";
import { displayPath } from "../input/collect";
import { DEFAULT_MAX_BYTES, formatBytes } from "../input/read";
import type { Source } from "../types";

export interface RawLine {
  /** 1-based line number in its input. */
  line: number;
  /** The line's text; null when it was longer than the limit (its bytes were skipped). */
  raw: string | null;
  /** For a line over the limit: its size in bytes and its first HEAD_BYTES bytes, decoded. */
  skipped?: { bytes: number; head: string };
}

/** How much of a line over the limit is kept, to find its "id" and show how it begins. */
export const HEAD_BYTES = 4096;
/** Characters of a line that is not JSON quoted in its error record. */
export const EXCERPT_CHARS = 80;

/**
 * The non-blank lines of a byte stream, decoded as UTF-8 (a leading byte-order mark and a final
 * "\r" dropped). Reading pauses while the consumer is busy, so a large file is never held whole;
 * a line longer than `maxBytes` is not held either: its first bytes are kept, the rest counted as
 * they stream past, and it is reported with `raw: null`.
 */
export async function* readLines(stream: Readable, maxBytes = DEFAULT_MAX_BYTES): AsyncGenerator<RawLine> {
  const decoder = new TextDecoder("utf-8");
  let parts: Buffer[] = [];
  let held = 0;
  /** The line being skipped, once it has gone over the limit. */
  let skipped: { bytes: number; head: string } | null = null;
  let line = 0;
  let first = true;
  const emit = (bytes: Buffer): RawLine | null => {
    line++;
    const bom = first;
    first = false;
    if (skipped) {
      const r: RawLine = { line, raw: null, skipped: { ...skipped, head: bom ? skipped.head.replace(/^\ufeff/, "") : skipped.head } };
      skipped = null;
      return r;
    }
    let raw = decoder.decode(bytes);
    if (bom && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    return raw.trim() ? { line, raw } : null;
  };
  const hold = (piece: Buffer) => {
    if (skipped) {
      skipped.bytes += piece.length;
      return;
    }
    if (held + piece.length > maxBytes) {
      const start: Buffer[] = [];
      let kept = 0;
      for (const p of [...parts, piece]) {
        if (kept >= HEAD_BYTES) break;
        start.push(p.subarray(0, HEAD_BYTES - kept));
        kept += start[start.length - 1].length;
      }
      skipped = { bytes: held + piece.length, head: decoder.decode(Buffer.concat(start)) };
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
  if (parts.length || skipped) {
    const r = emit(Buffer.concat(parts));
    if (r) yield r;
  }
}

export type ParsedRecord = { ok: true; text: string; source: Source } | { ok: false; source: Source; code: string; message: string };

/**
 * One line as a record: `text` (a string) is analysed, `id` (a string or number) is reported as
 * `source.id`, any other fields pass through as `source.meta`. The line number appears only in
 * error records (`source.line`), so a record's result does not depend on where the input was
 * split; an error record carries the record's id wherever it can be found, so that a bad record
 * can be traced when the input was a partition of a larger corpus.
 */
export function parseRecord(path: string, line: number, raw: string | null, skipped?: RawLine["skipped"], maxBytes = DEFAULT_MAX_BYTES): ParsedRecord {
  const bad = (code: string, message: string, id: unknown, extra: Partial<Source> = {}): ParsedRecord => {
    const known = typeof id === "string" || typeof id === "number";
    const where = `${displayPath(path)}: line ${line}${known ? ` (id ${JSON.stringify(id)})` : ""}`;
    return { ok: false, source: { path, ...(known ? { id } : {}), line, ...extra }, code, message: `${where}: ${message}` };
  };
  if (raw === null) {
    const bytes = skipped?.bytes ?? maxBytes + 1;
    return bad(
      "ETOOBIG",
      `a record of ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} limit of --max-bytes: skipped; raise it (e.g. --max-bytes ${Math.ceil(bytes / 1024 ** 2 + 1)}MB) or split the record`,
      skipped ? leadingId(skipped.head) : undefined,
      { bytes },
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    const chars = [...raw.trim()];
    const excerpt = chars.slice(0, EXCERPT_CHARS).join("");
    // control characters (a terminal's escapes) and line separators shown as \uXXXX
    // eslint-disable-next-line no-control-regex
    const shown = excerpt.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    return bad("EBADRECORD", `not valid JSON (${(err as Error).message}); it begins: ${shown}${chars.length > EXCERPT_CHARS ? "…" : ""}`, leadingId(raw), { excerpt });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return bad("EBADRECORD", 'not a JSON object: expected {"id": …, "text": …}', undefined);
  const { id, text, ...rest } = value as Record<string, unknown>;
  if (typeof id !== "string" && typeof id !== "number") return bad("EBADRECORD", id === undefined ? 'no "id"' : '"id" must be a string or a number', undefined);
  if (typeof text !== "string") return bad("EBADRECORD", text === undefined ? 'no "text"' : '"text" must be a string', id);
  const source: Source = { path, id, bytes: Buffer.byteLength(text, "utf8"), encoding: "utf-8" };
  if (Object.keys(rest).length) source.meta = rest;
  return { ok: true, text, source };
}

/**
 * The "id" of a JSON object from the start of its text, for a line that cannot be parsed whole (too
 * long to read, or cut short): the value of a top-level "id" key, a string or a number, found
 * before anything malformed and before the text runs out; else undefined.
 */
export function leadingId(head: string): string | number | undefined {
  let i = 0;
  const n = head.length;
  const space = () => {
    while (i < n && (head[i] === " " || head[i] === "\t" || head[i] === "\n" || head[i] === "\r")) i++;
  };
  /** A whole string at i (i moves past it), else null. */
  const string = (): string | null => {
    const start = i;
    for (i++; i < n; i++) {
      if (head[i] === "\\") i++;
      else if (head[i] === '"') {
        i++;
        try {
          return JSON.parse(head.slice(start, i)) as string;
        } catch {
          return null;
        }
      }
    }
    return null;
  };
  const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  /** A whole number or literal at i that the text does not cut short, else null. */
  const scalar = (): string | null => {
    SCALAR.lastIndex = i;
    const m = SCALAR.exec(head);
    if (!m || SCALAR.lastIndex >= n) return null;
    i = SCALAR.lastIndex;
    return m[0];
  };
  /** Skips one whole value at i; false when it is malformed or runs past the end. */
  const skip = (): boolean => {
    if (head[i] === '"') return string() !== null;
    if (head[i] !== "{" && head[i] !== "[") return scalar() !== null;
    let depth = 0;
    for (; i < n; i++) {
      const c = head[i];
      if (c === '"') {
        if (string() === null) return false;
        i--;
      } else if (c === "{" || c === "[") depth++;
      else if (c === "}" || c === "]") {
        if (--depth === 0) {
          i++;
          return true;
        }
      }
    }
    return false;
  };
  space();
  if (head[i] !== "{") return undefined;
  i++;
  for (;;) {
    space();
    if (head[i] !== '"') return undefined;
    const key = string();
    space();
    if (key === null || head[i] !== ":") return undefined;
    i++;
    space();
    if (key === "id") {
      if (head[i] === '"') return string() ?? undefined;
      const v = scalar();
      return v !== null && /^-?\d/.test(v) ? Number(v) : undefined;
    }
    if (!skip()) return undefined;
    space();
    if (head[i] !== ",") return undefined;
    i++;
  }
}
