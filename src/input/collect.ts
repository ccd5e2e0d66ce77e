// Expands the command line's paths into the list of inputs: files as given, folders walked
// recursively for matching extensions in sorted order, "-" for standard input. Whatever cannot be
// used (a missing path, a broken or looping link, a device, an unreadable folder) still becomes
// one input, which yields an error record: nothing the user pointed at is dropped silently.

import { lstatSync, readdirSync, readlinkSync, statSync, type Stats } from "node:fs";
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

/** A path as messages show it (the renderers' helper, so messages and tables agree). */
export { displayPath } from "../render/path";
import { displayPath } from "../render/path";

export function describeFsError(path: string, err: NodeJS.ErrnoException): { code: string; message: string } {
  const code = err.code ?? "EIO";
  const what: Record<string, string> = {
    ENOENT: "no such file or folder",
    EACCES: "permission denied",
    EPERM: "permission denied",
    ELOOP: "a loop of symbolic links",
    ENOTDIR: "not a folder",
    EISDIR: "is a folder",
    EMFILE: "too many open files",
    ENFILE: "too many open files",
    ENAMETOOLONG: "name too long",
    EIO: "input/output error",
    ENXIO: "no such device",
    ENODEV: "no such device",
  };
  if (code === "ENOENT") {
    const link = brokenLink(path);
    if (link !== null) return { code, message: `${displayPath(path)}: broken symbolic link (points to ${displayPath(link)}, which does not exist)` };
  }
  return { code, message: `${displayPath(path)}: ${what[code] ?? (err.message || "cannot be read")}` };
}

/** The target of a symbolic link that points nowhere, else null. */
function brokenLink(path: string): string | null {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : null;
  } catch {
    return null;
  }
}

/** What a file that is neither a regular file nor a folder is, for messages; null for those two. */
export function specialKind(st: Stats): string | null {
  if (st.isFile() || st.isDirectory()) return null;
  if (st.isFIFO()) return "a named pipe";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a file";
}

/**
 * The inputs as a lazy stream, in the order a user expects: paths as given, a folder's files in
 * sorted path order. Only the listings of the folders on the current path are held, so the first
 * results of a huge tree appear before it has been walked. Sorting each folder's entries by name,
 * with "/" appended to sub-folders, gives the order of sorting the full paths, because every path
 * under a sub-folder shares the prefix "name/".
 */
export function* streamInputs(paths: string[], options: CollectOptions): Generator<InputRef> {
  const exts = new Set(options.extensions.map((e) => e.replace(/^\./, "").toLowerCase()));
  for (const p of paths) {
    if (p === "-") {
      yield { kind: "stdin", path: "-" };
      continue;
    }
    let st: Stats;
    try {
      st = statSync(p);
    } catch (err) {
      yield { kind: "missing", path: p, ...describeFsError(p, err as NodeJS.ErrnoException) };
      continue;
    }
    if (!st.isDirectory()) {
      // named pipes given by name are read (with a bounded wait); devices and sockets are refused
      const special = specialKind(st);
      if (special && !st.isFIFO()) yield { kind: "missing", path: p, code: "ENOTREG", message: `${displayPath(p)}: not a regular file (${special})` };
      else yield { kind: "file", path: p };
      continue;
    }
    let found = 0;
    for (const ref of walk(p, exts, new Set())) {
      found++;
      yield ref;
    }
    if (found === 0) {
      yield { kind: "missing", path: p, code: "ENOMATCH", message: `${displayPath(p)}: no .${[...exts].join(" or .")} files in this folder` };
    }
  }
}

interface Entry {
  key: string;
  path: string;
  /** A sub-folder to descend into, or the input this entry yields. */
  dir: boolean;
  ref?: InputRef;
}

function* walk(dir: string, exts: Set<string>, seen: Set<string>): Generator<InputRef> {
  let names: string[];
  try {
    const st = statSync(dir);
    const id = `${st.dev}:${st.ino}`;
    if (seen.has(id)) return; // a folder reached again through a link (a loop): walked once
    seen.add(id);
    names = readdirSync(dir);
  } catch (err) {
    yield { kind: "missing", path: dir, ...describeFsError(dir, err as NodeJS.ErrnoException) };
    return;
  }
  const entries: Entry[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const dot = name.lastIndexOf(".");
    const wanted = dot > 0 && exts.has(name.slice(dot + 1).toLowerCase());
    let st: Stats;
    try {
      st = statSync(path);
    } catch (err) {
      // a broken or looping link, or a name the file system gave in bytes that are not UTF-8:
      // an input the user meant only if its name matches
      if (wanted) entries.push({ key: name, path, dir: false, ref: { kind: "missing", path, ...describeName(path, name, err as NodeJS.ErrnoException) } });
      continue;
    }
    if (st.isDirectory()) entries.push({ key: name + "/", path, dir: true });
    else if (wanted) {
      const special = specialKind(st);
      // a pipe or device in a folder is never read: it could block or never end
      const ref: InputRef = special
        ? { kind: "missing", path, code: "ENOTREG", message: `${displayPath(path)}: not a regular file (${special}); skipped` }
        : { kind: "file", path };
      entries.push({ key: name, path, dir: false, ref });
    }
  }
  names = [];
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const e of entries) {
    if (e.dir) yield* walk(e.path, exts, seen);
    else yield e.ref as InputRef;
  }
}

function describeName(path: string, name: string, err: NodeJS.ErrnoException): { code: string; message: string } {
  if (err.code === "ENOENT" && name.includes("\ufffd") && brokenLink(path) === null) {
    return { code: "EBADNAME", message: `${displayPath(path)}: cannot be opened: its name is not valid UTF-8 (rename it)` };
  }
  return describeFsError(path, err);
}
