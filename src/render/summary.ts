// The corpus summary (`--summary`) as text: one JSON object (schema kz-analyze-summary/1) or
// tables sized to the terminal. Like the record renderers, it formats and never analyses.

import type { FigureExample, Summary } from "../summary-types";
import { grid, wrap, type Cell, type Column } from "./grid";
import type { Format, RenderOptions } from "./index";
import { stringify } from "csv-stringify/sync";
import { guardCell } from "./csv";
import { dashboardPage } from "./dashboard";
import { jsonText } from "./json";

/** Currencies after the corpus's commonest whose largest amounts the summary's figures table shows. */
const OTHER_CURRENCIES = 4;

export function renderSummary(s: Summary, format: Format, o: RenderOptions): string {
  if (format === "json") return jsonText(s, o.pretty);
  if (format === "html") return dashboardPage(s, null, o.sections);
  if (format === "csv" || format === "tsv") return summaryRows(s, format === "csv" ? "," : "\t", o);
  return summaryTables(s, o);
}

/** The summary's lists as rows: section, name, detail (acronym, code, country), articles, mentions (quotes for speakers). */
function summaryRows(s: Summary, delimiter: string, o: RenderOptions): string {
  const show = new Set(o.sections);
  const rows: Array<Array<string | number>> = [["section", "name", "detail", "articles", "mentions"]];
  if (show.has("people")) for (const e of s.people) rows.push(["people", e.name, "", e.articles, e.mentions]);
  if (show.has("organizations")) for (const e of s.organizations) rows.push(["organizations", e.name, e.acronym ?? "", e.articles, e.mentions]);
  if (show.has("countries")) for (const e of s.countries) rows.push(["countries", e.name, e.code, e.articles, e.mentions]);
  if (show.has("places")) for (const e of s.places) rows.push(["places", e.name, e.country ?? "", e.articles, e.mentions]);
  if (show.has("other")) for (const e of s.other) rows.push(["other", e.name, e.kind, e.articles, e.mentions]);
  if (show.has("quotes")) for (const e of s.speakers) rows.push(["speakers", e.name, "", e.articles, e.quotes]);
  if (show.has("people")) for (const e of s.together) rows.push(["together", `${e.a} & ${e.b}`, "", e.articles, ""]);
  const cells = rows.map((r) => r.map((c) => (typeof c === "number" ? c : guardCell(delimiter === "\t" ? c.replace(/[\t\r\n]+/g, " ") : c))));
  return (o.bom ? "\ufeff" : "") + stringify(cells, { delimiter, record_delimiter: "windows", cast: { number: (n) => String(n) } });
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
  if (show.has("other")) parts.push(entity("Other names", s.other, "Kind", (i) => s.other[i].kind));
  if (show.has("quotes"))
    parts.push(
      table(
        "Most quoted",
        [{ head: "Speaker" }, { head: "Quotes", max: 10, align: "right" }, { head: "Articles", max: 10, align: "right" }],
        s.speakers.map((x) => [x.name, n(x.quotes), n(x.articles)]),
      ),
    );
  if (show.has("people")) parts.push(table("Who appears with whom", [{ head: "Person" }, { head: "Person" }, { head: "Articles", align: "right" }], s.together.map((x) => [x.a, x.b, n(x.articles)])));
  if (show.has("figures")) {
    const rows: string[][] = [];
    const where = (x: FigureExample) => x.article.title ?? String(x.article.id ?? x.article.path);
    for (const f of s.figures) {
      const first = [f.category, n(f.count), n(f.articles)];
      if (f.currencies?.length) {
        // money ranked within each currency, the commonest first: yen are never weighed against rupiah
        rows.push([...first, "", ""]);
        f.currencies.slice(0, 1 + OTHER_CURRENCIES).forEach((cur, k) =>
          cur.largest.slice(0, k === 0 ? 5 : 2).forEach((x, i) => rows.push([i === 0 ? `  ${cur.unit ?? "no unit"}` : "", i === 0 ? n(cur.count) : "", "", x.text, where(x)])),
        );
        continue;
      }
      if (!f.largest.length) rows.push([...first, c.dim("no values"), ""]);
      f.largest.forEach((x, i) => rows.push([...(i === 0 ? first : ["", "", ""]), x.text, where(x)]));
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
