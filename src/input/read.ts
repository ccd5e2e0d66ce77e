// Reads one input (a file, a named pipe or standard input) into decoded text, with what the
// contract's `source` says about it. Never throws and never hangs: reads are bounded by
// --max-bytes, devices are refused before they are opened, and a named pipe nobody writes to is
// given up after a short wait.

import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { extname } from "node:path";
import type { Source } from "../types";
import type { InputRef } from "./collect";
import { describeFsError, displayPath, specialKind } from "./collect";
import { decode, NotTextError } from "./decode";
import { looksLikePathList } from "./filelist";
import { looksLikeHtml, looksLikeSvg } from "./sniff";

export type ReadResult =
  | { ok: true; text: string; source: Source; title?: string | null; date?: string | null; authors?: string[] }
  | { ok: false; source: Source; code: string; message: string };

export interface ReadOptions {
  /** Inputs larger than this are refused (0 or undefined: DEFAULT_MAX_BYTES). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** How long a named pipe with no writer is waited for. */
export const PIPE_GRACE_MS = 2000;
const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml", ".shtml"]);

class ReadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function readInput(ref: InputRef, options: ReadOptions = {}): ReadResult {
  if (ref.kind === "missing") return { ok: false, source: { path: ref.path }, code: ref.code, message: ref.message };
  const max = options.maxBytes && options.maxBytes > 0 ? options.maxBytes : DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    bytes = ref.kind === "stdin" ? readFd(0, "-", max, false) : readPath(ref.path, max);
  } catch (err) {
    if (err instanceof ReadError) return { ok: false, source: { path: ref.path }, code: err.code, message: err.message };
    return { ok: false, source: { path: ref.path }, ...describeFsError(ref.path, err as NodeJS.ErrnoException) };
  }
  const read = fromBytes(ref.path, bytes);
  // `find … | kz-analyze`: a list of file names is not an article; say what to do instead
  if (ref.kind === "stdin" && read.ok && !read.source.format) {
    const n = looksLikePathList(read.text);
    if (n !== null)
      return {
        ok: false,
        source: read.source,
        code: "EFILELIST",
        message: `standard input: looks like a list of ${n} file ${n === 1 ? "name" : "names"}, not an article; to analyse ${n === 1 ? "that file" : "those files"}, use --files-from - (or give the paths as arguments)`,
      };
  }
  return read;
}

function readPath(path: string, max: number): Buffer {
  // stat before opening: opening a device can itself do things (a tape rewinds, a watchdog starts)
  const st = statSync(path);
  const special = specialKind(st);
  if (special && !st.isFIFO()) throw new ReadError("ENOTREG", `${displayPath(path)}: not a regular file (${special})`);
  if (st.isDirectory()) throw new ReadError("EISDIR", `${displayPath(path)}: is a folder`);
  if (st.isFile() && st.size > max) throw tooBig(path, st.size, max);
  // O_NONBLOCK: opening a named pipe must not wait for a writer
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    return readFd(fd, path, max, st.isFIFO());
  } finally {
    closeSync(fd);
  }
}

function tooBig(path: string, size: number | null, max: number): ReadError {
  const name = displayPath(path);
  const what = size === null ? "over" : `${formatBytes(size)}, over`;
  return new ReadError("ETOOBIG", `${name}: ${what} the ${formatBytes(max)} limit of --max-bytes; raise it (e.g. --max-bytes ${suggest(size ?? max * 2)}) or split the input`);
}

/** Reads an open file to its end, at most max bytes; waits out a slow pipe without spinning. */
function readFd(fd: number, path: string, max: number, namedPipe: boolean): Buffer {
  let st: Stats | null = null;
  try {
    st = fstatSync(fd);
  } catch {
    st = null;
  }
  // standard input is read whatever it is (a pipe, a socket, a terminal, /dev/null, a file)
  if (st?.isFile() && st.size > max) throw tooBig(path, st.size, max);
  const chunks: Buffer[] = [];
  let total = 0;
  let buf = Buffer.allocUnsafe(st?.isFile() ? Math.min(Math.max(st.size + 1, 4096), max + 1) : 65536);
  const started = Date.now();
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, Math.min(buf.length, max + 1 - total), null);
    } catch (err) {
      // a non-blocking pipe (a named pipe, or stdin a parent left non-blocking) with nothing yet
      if ((err as NodeJS.ErrnoException).code === "EAGAIN") {
        sleep(10);
        continue;
      }
      throw err;
    }
    if (n === 0) {
      // a named pipe nobody has opened for writing reads as empty: wait a little for a writer
      if (namedPipe && total === 0 && Date.now() - started < PIPE_GRACE_MS) {
        sleep(20);
        continue;
      }
      if (namedPipe && total === 0) {
        throw new ReadError("ENODATA", `${displayPath(path)}: a named pipe with nothing written to it (waited ${PIPE_GRACE_MS / 1000} s for a writer)`);
      }
      break;
    }
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
    if (total > max) throw tooBig(path, st?.isFile() ? Math.max(st.size, total) : null, max);
    if (buf.length < 65536) buf = Buffer.allocUnsafe(65536);
  }
  return Buffer.concat(chunks, total);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

export interface FormatOptions {
  /** true: an HTML page (its article is extracted); false: plain text; "auto" (default): by the path's extension, else by looking. */
  html?: boolean | "auto";
}

/** Whether to read as HTML: as told, else by the extension, else by the text's look. */
function readsAsHtml(path: string, text: string, o: FormatOptions): boolean {
  if (o.html === true || o.html === false) return o.html;
  return (path !== "-" && HTML_EXTENSIONS.has(extname(path).toLowerCase())) || looksLikeHtml(text);
}

/** A text already decoded (a library caller's string): HTML extracted as from bytes, no decoding. */
export function fromText(path: string, text: string, options: FormatOptions = {}): ReadResult {
  const source: Source = { path, bytes: Buffer.byteLength(text, "utf8") };
  if (options.html !== true && looksLikeSvg(text)) return { ok: false, source, code: "ENOTTEXT", message: `${displayPath(path)}: not text: looks like an SVG image` };
  return readsAsHtml(path, text, options) ? fromHtml(text, source) : { ok: true, text, source };
}

export function fromBytes(path: string, bytes: Uint8Array, options: FormatOptions = {}): ReadResult {
  const html = options.html === true || (options.html !== false && path !== "-" && HTML_EXTENSIONS.has(extname(path).toLowerCase()));
  try {
    // an HTML page may declare its encoding; read it only if the bytes are not UTF-8
    const declared = html || startsLikeMarkup(bytes) ? htmlCharset(bytes) : null;
    const { text, encoding, warnings, repaired } = decode(bytes, { declared });
    const source: Source = { path, bytes: bytes.length, encoding };
    if (repaired) source.offsets = "repaired-text";
    if (warnings.length) source.warnings = warnings;
    if (options.html !== true && looksLikeSvg(text)) return notText(path, bytes, "not text: looks like an SVG image");
    if (html || (options.html !== false && looksLikeHtml(text))) return fromHtml(text, source);
    return { ok: true, text, source };
  } catch (err) {
    if (err instanceof NotTextError) return notText(path, bytes, err.message);
    throw err;
  }
}

function notText(path: string, bytes: Uint8Array, message: string): ReadResult {
  return { ok: false, source: { path, bytes: bytes.length }, code: "ENOTTEXT", message: `${displayPath(path)}: ${message}` };
}

function startsLikeMarkup(bytes: Uint8Array): boolean {
  for (let i = 0; i < Math.min(bytes.length, 512); i++) {
    const b = bytes[i];
    if (b === 0x3c) return true; // "<"
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf) return false;
  }
  return false;
}

function htmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString("latin1");
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

function fromHtml(html: string, source: Source): ReadResult {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { extractHtml } = require("./html") as typeof import("./html");
    const page = extractHtml(html);
    const warnings = (source.warnings as string[] | undefined) ?? [];
    if (page.note) warnings.push(page.note);
    if (page.wholePage) warnings.push("no article found in the page: its whole visible text was analysed");
    const out: Source = { ...source, format: "html", offsets: "extracted-text" };
    if (warnings.length) out.warnings = warnings;
    return { ok: true, text: page.text, source: out, title: page.title, date: page.date, authors: page.authors };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, source, code: "EHTML", message: `${displayPath(source.path)}: could not extract the text of this HTML page (${detail})` };
  }
}

// --- sizes -----------------------------------------------------------------------------------

/** "10MB", "512k", "2G", "1048576" → bytes (K, M, G are powers of 1024); null when not a size. */
export function parseSize(s: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(s);
  if (!m) return null;
  const scale = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[m[2].toLowerCase() as "" | "k" | "m" | "g" | "t"];
  const n = Math.round(Number(m[1]) * scale);
  return Number.isFinite(n) ? n : null;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const [v, u] = n < 1024 ** 2 ? [n / 1024, "KB"] : n < 1024 ** 3 ? [n / 1024 ** 2, "MB"] : [n / 1024 ** 3, "GB"];
  return `${Number.isInteger(v) ? v : v.toFixed(1)} ${u}`;
}

function suggest(size: number): string {
  return `${Math.ceil(size / 1024 ** 2 + 1)}MB`;
}
