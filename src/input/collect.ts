// Expands the command line's paths into the list of inputs: files as given, folders walked
// recursively for matching extensions in sorted order, "-" for standard input.

import { readdirSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";

export type InputRef =
  | { kind: "file"; path: string }
  | { kind: "stdin"; path: "-" }
  /** A path that could not be used; it still yields one error record. */
  | { kind: "missing"; path: string; code: string; message: string };

export interface CollectOptions {
  /** Extensions to pick up in folders, without dots, lower case. */
  extensions: string[];
}

export function describeFsError(path: string, err: NodeJS.ErrnoException): { code: string; message: string } {
  const code = err.code ?? "EIO";
  const what: Record<string, string> = {
    ENOENT: "no such file or folder",
    EACCES: "permission denied",
    EPERM: "permission denied",
    ELOOP: "too many levels of symbolic links",
    ENOTDIR: "not a folder",
    EISDIR: "is a folder",
    EMFILE: "too many open files",
  };
  return { code, message: `${path}: ${what[code] ?? err.message}` };
}

export function collectInputs(paths: string[], options: CollectOptions): InputRef[] {
  const out: InputRef[] = [];
  const exts = new Set(options.extensions.map((e) => e.replace(/^\./, "").toLowerCase()));
  for (const p of paths) {
    if (p === "-") {
      out.push({ kind: "stdin", path: "-" });
      continue;
    }
    let st: Stats;
    try {
      st = statSync(p);
    } catch (err) {
      out.push({ kind: "missing", path: p, ...describeFsError(p, err as NodeJS.ErrnoException) });
      continue;
    }
    if (!st.isDirectory()) {
      out.push({ kind: "file", path: p });
      continue;
    }
    const found: string[] = [];
    walk(p, exts, found, new Set(), out);
    if (found.length === 0) {
      out.push({ kind: "missing", path: p, code: "ENOMATCH", message: `${p}: no .${[...exts].join(" or .")} files in this folder` });
    }
    for (const f of found.sort(byPath)) out.push({ kind: "file", path: f });
  }
  return out;
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function walk(dir: string, exts: Set<string>, found: string[], seen: Set<string>, errors: InputRef[]): void {
  let real: string;
  let entries: string[];
  try {
    const st = statSync(dir);
    real = `${st.dev}:${st.ino}`;
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    entries = readdirSync(dir);
  } catch (err) {
    errors.push({ kind: "missing", path: dir, ...describeFsError(dir, err as NodeJS.ErrnoException) });
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    let st: Stats;
    try {
      st = statSync(path);
    } catch {
      continue; // a broken link inside a folder is not an input
    }
    if (st.isDirectory()) walk(path, exts, found, seen, errors);
    else if (st.isFile()) {
      const dot = name.lastIndexOf(".");
      if (dot > 0 && exts.has(name.slice(dot + 1).toLowerCase())) found.push(path);
    }
  }
}
