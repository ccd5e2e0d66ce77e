// Pages written to a folder (`--format html -o DIR`): each article's page under a name taken from
// its input ("politics-001.html", "record-a1.html"), made unique, and at the end index.html: the
// list of articles, or with --summary the corpus dashboard with that list under it.

import { mkdirSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { dashboardPage, indexPage, type IndexEntry } from "../render/dashboard";
import type { Summary } from "../summary-types";
import type { Output } from "./work";

/** A page's name from its input: the file's name with its folder's ("politics/001.txt" → "politics-001"). */
function stem(path: string): string {
  const parts = path.split(/[\\/]+/).filter((p) => p && p !== "." && p !== "..");
  const last = parts.pop() ?? "article";
  return [...parts.slice(-1), basename(last, extname(last))].join("-");
}

export class PageWriter {
  private entries: IndexEntry[] = [];
  private taken = new Set(["index"]);

  constructor(
    readonly dir: string,
    private readonly sections: readonly string[],
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** Writes an output's page (when it has one) and remembers it for the index. */
  add(out: Output): void {
    if (!out.entry) return;
    let file: string | null = null;
    if (out.text) {
      file = this.name(out.entry.id !== undefined ? `record-${out.entry.id}` : out.entry.path === "-" ? "standard-input" : stem(out.entry.path));
      writeFileSync(join(this.dir, file), out.text);
    }
    this.entries.push({ ...out.entry, file });
  }

  /** Writes index.html; returns how many article pages there are. */
  finish(summary: Summary | null): number {
    const html = summary ? dashboardPage(summary, this.entries, this.sections) : indexPage(this.entries);
    writeFileSync(join(this.dir, "index.html"), html);
    return this.entries.filter((e) => e.file).length;
  }

  private name(stem: string): string {
    const base = stem.normalize("NFC").replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^[-.]+|-+$/g, "").slice(0, 80) || "article";
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    this.taken.add(name.toLowerCase());
    return `${name}.html`;
  }
}
