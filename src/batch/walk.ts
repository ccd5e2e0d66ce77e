// The command line's paths as a lazy stream of inputs, in the same order as collectInputs gives
// them (files as given, a folder's files in sorted path order), without ever holding a folder
// tree's full file list: only the listings of the folders on the current path are in memory, so
// the first results can appear before a large tree has been walked.
//
// Sorting each folder's entries by name, with "/" appended to sub-folders, and descending in that
// order yields exactly the order of sorting the full paths, because every path under a sub-folder
// shares the prefix "name/". The selection rules (extensions, symbolic links followed, loops cut,
// broken links skipped, ENOMATCH for a folder without matches) are those of src/input/collect.ts;
// tests/walk.test.ts checks that both agree.

import { readdirSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";
import { describeFsError, type CollectOptions, type InputRef } from "../input/collect";

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
      yield { kind: "file", path: p };
      continue;
    }
    let found = 0;
    for (const ref of walk(p, exts, new Set())) {
      if (ref.kind === "file") found++;
      yield ref;
    }
    if (found === 0) {
      yield { kind: "missing", path: p, code: "ENOMATCH", message: `${p}: no .${[...exts].join(" or .")} files in this folder` };
    }
  }
}

interface Entry {
  key: string;
  path: string;
  dir: boolean;
}

function* walk(dir: string, exts: Set<string>, seen: Set<string>): Generator<InputRef> {
  let names: string[];
  try {
    const st = statSync(dir);
    const real = `${st.dev}:${st.ino}`;
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    names = readdirSync(dir);
  } catch (err) {
    yield { kind: "missing", path: dir, ...describeFsError(dir, err as NodeJS.ErrnoException) };
    return;
  }
  const entries: Entry[] = [];
  for (const name of names) {
    const path = join(dir, name);
    let st: Stats;
    try {
      st = statSync(path);
    } catch {
      continue; // a broken link inside a folder is not an input
    }
    if (st.isDirectory()) entries.push({ key: name + "/", path, dir: true });
    else if (st.isFile()) {
      const dot = name.lastIndexOf(".");
      if (dot > 0 && exts.has(name.slice(dot + 1).toLowerCase())) entries.push({ key: name, path, dir: false });
    }
  }
  names = [];
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const e of entries) {
    if (e.dir) yield* walk(e.path, exts, seen);
    else yield { kind: "file", path: e.path };
  }
}
