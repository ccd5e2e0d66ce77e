// The corpus summary (`--summary`) as text: one JSON object (schema kz-analyze-summary/1) or
// tables sized to the terminal. Like the record renderers, it formats and never analyses.

import type { Summary } from "../summary-types";
import { grid, wrap, type Cell, type Column } from "./grid";
import type { Format, RenderOptions } from "./index";
import { jsonText } from "./json";

export function renderSummary(s: Summary, format: Format, o: RenderOptions): string {
  return format === "json" ? jsonText(s, o.pretty) : summaryTables(s, o);
}

function summaryTables(s: Summary, o: RenderOptions): string {
  const { c, width, table: tableOf } = grid(o);
  const show = new Set(o.sections);
  const n = (x: number) => x.toLocaleString("en-US");
  // summary tables are titled without a count: their lists are cut to --top
  const table = (title: string, cols: Column[], rows: Cell[][]) => tableOf(title, cols, rows, null);

  const k = s.corpus;
  const counts =
    `${n(k.articles)} articles${k.failed ? `, ${n(k.failed)} failed` : ""}, ${n(k.words)} words, ${(k.bytes / 1e6).toFixed(1)} MB` +
    (show.has("quotes") ? `; ${n(k.quotes)} quotes (${n(k.attributedQuotes)} attributed)` : "") +
    (show.has("figures") ? `; ${n(k.figures)} figures` : "");
  const parts = [[c.bold.cyan("Corpus summary"), ...wrap(counts, width).map((l) => c.dim(l))].join("\n") + "\n"];
  const entity = (title: string, list: Array<{ name: string; articles: number; mentions: number }>, extraHead?: string, extra?: (i: number) => string) =>
    table(
      title,
      [{ head: "Name" }, ...(extraHead ? [{ head: extraHead, max: 9 }] : []), { head: "Articles", max: 10, align: "right" }, { head: "Mentions", max: 10, align: "right" }],
      list.map((e, i) => [e.name, ...(extra ? [extra(i)] : []), n(e.articles), n(e.mentions)]),
    );
  if (show.has("people")) parts.push(entity("People", s.people));
  if (show.has("organizations")) parts.push(entity("Organizations", s.organizations, "Acronym", (i) => s.organizations[i].acronym ?? ""));
  if (show.has("countries")) parts.push(entity("Countries", s.countries, "Code", (i) => s.countries[i].code));
  if (show.has("places")) parts.push(entity("Places", s.places, "Country", (i) => s.places[i].country ?? ""));
  if (show.has("quotes"))
    parts.push(
      table(
        "Most quoted",
        [{ head: "Speaker" }, { head: "Quotes", max: 10, align: "right" }, { head: "Articles", max: 10, align: "right" }],
        s.speakers.map((x) => [x.name, n(x.quotes), n(x.articles)]),
      ),
    );
  if (show.has("figures")) {
    const rows: string[][] = [];
    for (const f of s.figures) {
      const first = [f.category, n(f.count), n(f.articles)];
      if (!f.largest.length) rows.push([...first, c.dim("no values"), ""]);
      f.largest.forEach((x, i) => rows.push([...(i === 0 ? first : ["", "", ""]), x.text, x.article.title ?? String(x.article.id ?? x.article.path)]));
    }
    parts.push(
      table(
        "Figures by category, largest first",
        [{ head: "Category", max: 12 }, { head: "Count", max: 8, align: "right" }, { head: "Articles", max: 10, align: "right" }, { head: "Figure" }, { head: "Article" }],
        rows,
      ),
    );
  }
  return parts.join("\n");
}
