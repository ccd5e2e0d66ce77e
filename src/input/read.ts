// Reads one input (a file or standard input) into decoded text with what the contract's
// `source` says about it.

import { readFileSync } from "node:fs";
import type { Source } from "../types";
import type { InputRef } from "./collect";
import { describeFsError } from "./collect";
import { decode, NotTextError } from "./decode";

export type ReadResult = { ok: true; text: string; source: Source } | { ok: false; source: Source; code: string; message: string };

export function readInput(ref: InputRef): ReadResult {
  if (ref.kind === "missing") return { ok: false, source: { path: ref.path }, code: ref.code, message: ref.message };
  let bytes: Buffer;
  try {
    bytes = readFileSync(ref.kind === "stdin" ? 0 : ref.path);
  } catch (err) {
    return { ok: false, source: { path: ref.path }, ...describeFsError(ref.path, err as NodeJS.ErrnoException) };
  }
  return fromBytes(ref.path, bytes);
}

export function fromBytes(path: string, bytes: Uint8Array): ReadResult {
  try {
    const { text, encoding } = decode(bytes);
    return { ok: true, text, source: { path, bytes: bytes.length, encoding } };
  } catch (err) {
    if (err instanceof NotTextError) return { ok: false, source: { path, bytes: bytes.length }, code: err.code, message: `${path}: ${err.message}` };
    throw err;
  }
}
