// Helpers for the tests that run kz-analyze under an engine (Dask, GNU parallel over ssh): a JSON
// Lines corpus made from the BBC articles in ../shared, the checks every distributed run must pass,
// and the processes a run has started.

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, SHARED } from "./helpers";

/** The BBC articles' paths (relative to the corpus), in sorted order. */
export function bbcFiles(): string[] {
  const root = join(SHARED, "corpora", "bbc");
  const files: string[] = [];
  for (const dir of readdirSync(root).sort()) {
    if (!statSync(join(root, dir)).isDirectory()) continue;
    for (const f of readdirSync(join(root, dir)).sort()) if (f.endsWith(".txt")) files.push(`${dir}/${f}`);
  }
  return files;
}

/**
 * Writes `n` BBC articles, spread evenly over the corpus (all of them, `copies` times over, when n
 * is 0), as JSON Lines records {"id": "business/001.txt", "text": …}; returns their ids in order.
 */
export function bbcJsonl(file: string, n: number, copies = 1): string[] {
  const root = join(SHARED, "corpora", "bbc");
  const all = bbcFiles();
  const picked = n ? Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]) : all;
  const ids: string[] = [];
  const lines: string[] = [];
  for (let c = 0; c < copies; c++)
    for (const f of picked) {
      const id = copies > 1 ? `${c}/${f}` : f;
      ids.push(id);
      lines.push(JSON.stringify({ id, text: readFileSync(join(root, f), "utf8") }));
    }
  writeFileSync(file, lines.join("\n") + "\n");
  return ids;
}

/**
 * The checks for a distributed run's output, given as the outputs of its partitions in order:
 * one line per record, every line a result for its record, ids in order within each partition
 * (and across them), nothing lost or repeated, and the same bytes as one local run.
 */
export function expectSameAsOneRun(parts: string[], ids: string[], local: string, partitions: number): void {
  expect(parts).toHaveLength(partitions);
  const seen: string[] = [];
  for (const part of parts) {
    expect(part.endsWith("\n")).toBe(true);
    const lines = part.slice(0, -1).split("\n");
    expect(lines.length).toBeGreaterThan(0);
    const partIds = lines.map((l) => JSON.parse(l).source.id as string);
    // ids in order within the partition: a run of the corpus's ids, right after the previous partition's
    expect(partIds).toEqual(ids.slice(seen.length, seen.length + partIds.length));
    seen.push(...partIds);
  }
  expect(seen).toEqual(ids);
  expect(parts.join("")).toBe(local);
}

interface Proc {
  pid: number;
  ppid: number;
  cmd: string[];
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const cmd = readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0").filter(Boolean);
      out.push({ pid: Number(name), ppid, cmd });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** The kz-analyze processes (node running this checkout's launcher) among the descendants of `root`. */
export function kzDescendants(root: number): number[] {
  const all = processes();
  const children = new Map<number, Proc[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const found: number[] = [];
  const stack = [root];
  while (stack.length) {
    for (const c of children.get(stack.pop()!) ?? []) {
      if (c.cmd.includes(BIN) && c.cmd.includes("--input")) found.push(c.pid);
      stack.push(c.pid);
    }
  }
  return found;
}

export function alive(pid: number): boolean {
  try {
    // a zombie still answers kill(0); its state says whether it has ended
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

export async function waitFor<T>(what: string, fn: () => T | null | undefined | false, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Files of a folder that end in `suffix`, in name order, with their contents. */
export function outputs(dir: string, suffix: string): Array<[string, string]> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), "utf8")]);
}

/** Whether a Debian program or Python module is there; the reason it is missing otherwise. */
export function missing(checks: Array<[string, () => boolean]>): string | null {
  const absent = checks.filter(([, ok]) => !ok()).map(([name]) => name);
  return absent.length ? absent.join(", ") : null;
}

export const runs = (cmd: string, args: string[]) => () => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
