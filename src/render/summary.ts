// The corpus summary (`--summary`) as text: one JSON object (schema kz-analyze-summary/1) or
// tables sized to the terminal. Like the record renderers, it formats and never analyses.

import chalk from "chalk";
import Table from "cli-table3";
import type { Summary } from "../batch/summary";
import type { RenderOptions } from "./index";

export function renderSummary(s: Summary, format: string, o: RenderOptions): string {
  if (format === "json") return (o.pretty ? JSON.stringify(s, null, 2) : JSON.stringify(s)) + "\n";
  return summaryTables(s, o);
}

function summaryTables(s: Summary, o: RenderOptions): string {
  const c = new chalk.Instance({ level: o.color ? (Math.max(1, chalk.level) as 1 | 2 | 3) : 0 });
  const width = Math.max(40, o.width);
  const show = new Set(o.sections);
  const n = (x: number) => x.toLocaleString("en-US");

  function table(title: string, head: string[], fixed: Array<number | null>, rows: string[][], align: Array<"left" | "right">): string {
    if (!rows.length) return `${c.bold(title)}: ${c.dim("none found")}\n`;
    const room = width - (head.length + 1) - fixed.reduce<number>((a, w) => a + (w ?? 0), 0);
    const flexible = fixed.filter((w) => w === null).length;
    const share = Math.max(8, Math.floor(room / Math.max(1, flexible)));
    const t = new Table({
      head: head.map((h) => c.bold(h)),
      colWidths: fixed.map((w) => w ?? share),
      colAligns: align,
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: { head: [], border: o.color ? ["grey"] : [], compact: false },
    });
    for (const r of rows) t.push(r);
    return `${c.bold(title)}\n${t.toString()}\n`;
  }

  const k = s.corpus;
  const parts = [
    c.bold.cyan("Corpus summary") +
      "\n" +
      c.dim(
        `${n(k.articles)} articles${k.failed ? `, ${n(k.failed)} failed` : ""}, ${n(k.words)} words, ${(k.bytes / 1e6).toFixed(1)} MB` +
          (show.has("quotes") ? `; ${n(k.quotes)} quotes (${n(k.attributedQuotes)} attributed)` : "") +
          (show.has("figures") ? `; ${n(k.figures)} figures` : ""),
      ) +
      "\n",
  ];
  const entity = (title: string, list: Array<{ name: string; articles: number; mentions: number }>, extraHead?: string, extra?: (i: number) => string) =>
    table(
      title,
      ["Name", ...(extraHead ? [extraHead] : []), "Articles", "Mentions"],
      [null, ...(extraHead ? [9] : []), 10, 10],
      list.map((e, i) => [e.name, ...(extra ? [extra(i)] : []), n(e.articles), n(e.mentions)]),
      ["left", ...(extraHead ? (["left"] as const) : []), "right", "right"],
    );
  if (show.has("people")) parts.push(entity("People", s.people));
  if (show.has("organizations")) parts.push(entity("Organizations", s.organizations, "Acronym", (i) => s.organizations[i].acronym ?? ""));
  if (show.has("countries")) parts.push(entity("Countries", s.countries, "Code", (i) => s.countries[i].code));
  if (show.has("places")) parts.push(entity("Places", s.places, "Country", (i) => s.places[i].country ?? ""));
  if (show.has("quotes"))
    parts.push(
      table("Most quoted", ["Speaker", "Quotes", "Articles"], [null, 10, 10], s.speakers.map((x) => [x.name, n(x.quotes), n(x.articles)]), ["left", "right", "right"]),
    );
  if (show.has("figures")) {
    const rows: string[][] = [];
    for (const f of s.figures) {
      const first = [f.category, n(f.count), n(f.articles)];
      if (!f.largest.length) rows.push([...first, c.dim("no values"), ""]);
      f.largest.forEach((x, i) => rows.push([...(i === 0 ? first : ["", "", ""]), x.text, x.article.title ?? String(x.article.id ?? x.article.path)]));
    }
    parts.push(
      table("Figures by category, largest first", ["Category", "Count", "Articles", "Figure", "Article"], [12, 8, 10, null, null], rows, ["left", "right", "right", "left", "left"]),
    );
  }
  return parts.join("\n");
}
