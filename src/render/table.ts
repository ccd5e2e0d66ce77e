// Tables for people reading in a terminal: a header per article, then one table per section,
// sized to the terminal width; long cells wrap, nothing is cut off.

import chalk from "chalk";
import Table from "cli-table3";
import { isError, type OutputRecord, type Quote, type Result } from "../types";
import type { RenderOptions, Renderer } from "./index";

type Column = { head: string; width?: number; align?: "left" | "right" };

export function tableRenderer(o: RenderOptions): Renderer {
  const c = new chalk.Instance({ level: o.color ? Math.max(1, chalk.level) as 1 | 2 | 3 : 0 });
  const width = Math.max(40, o.width);
  const show = new Set(o.sections);

  /** Column widths (cli-table3 counts padding in them) that fill `width`; flexible columns share the rest. */
  function widths(cols: Column[]): number[] {
    const fixed = cols.reduce((n, col) => n + (col.width ?? 0), 0);
    const flexible = cols.filter((col) => !col.width).length;
    const room = width - (cols.length + 1) - fixed;
    const share = Math.max(8, Math.floor(room / Math.max(1, flexible)));
    return cols.map((col) => col.width ?? share);
  }

  function table(title: string, cols: Column[], rows: string[][]): string {
    if (!rows.length) return `${c.bold(title)}: ${c.dim("none found")}\n`;
    const t = new Table({
      head: cols.map((col) => c.bold(col.head)),
      colWidths: widths(cols),
      colAligns: cols.map((col) => col.align ?? "left"),
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: { head: [], border: o.color ? ["grey"] : [], compact: false },
    });
    for (const r of rows) t.push(r);
    return `${c.bold(title)} (${rows.length})\n${t.toString()}\n`;
  }

  function article(r: Result): string {
    const a = r.article;
    const lines = [
      ...wrap(a.title ?? r.source.path, width).map((l) => c.bold.cyan(l)),
      ...wrap(`${a.publication ? `publication: ${a.publication} · ` : ""}file: ${r.source.path}`, width),
      ...wrap(`${a.paragraphs} paragraphs, ${a.sentences} sentences, ${a.words} words`, width).map((l) => c.dim(l)),
      ...wrap(
        o.sections
          .filter((k) => k in r)
          .map((k) => `${(r[k as keyof Result] as unknown[]).length} ${k}`)
          .join(", "),
        width,
      ).map((l) => c.dim(l)),
    ];
    const parts = [lines.join("\n") + "\n"];
    const n = (x: number) => String(x);
    if (show.has("people"))
      parts.push(table("People", [{ head: "Name", width: 26 }, { head: "Mentions", width: 10, align: "right" }, { head: "Description" }], r.people.map((p) => [p.name, n(p.count), p.description ?? ""])));
    if (show.has("organizations"))
      parts.push(
        table("Organizations", [{ head: "Name" }, { head: "Acronym", width: 10 }, { head: "Mentions", width: 10, align: "right" }], r.organizations.map((x) => [x.name, x.acronym ?? "", n(x.count)])),
      );
    if (show.has("countries"))
      parts.push(table("Countries", [{ head: "Name" }, { head: "Code", width: 6 }, { head: "Mentions", width: 10, align: "right" }], r.countries.map((x) => [x.name, x.code, n(x.count)])));
    if (show.has("places"))
      parts.push(table("Places", [{ head: "Name" }, { head: "Country", width: 9 }, { head: "Mentions", width: 10, align: "right" }], r.places.map((x) => [x.name, x.country ?? "", n(x.count)])));
    if (show.has("quotes"))
      parts.push(
        table(
          "Quotes",
          [{ head: "Speaker", width: 24 }, { head: "Quote" }, { head: "Kind", width: 9 }],
          r.quotes.map((q) => [speakerCell(q), `“${q.text.replace(/\s+/g, " ")}”`, q.kind]),
        ),
      );
    if (show.has("figures"))
      parts.push(
        table(
          "Figures",
          [{ head: "Figure" }, { head: "Value", width: 14, align: "right" }, { head: "Category", width: 12 }, { head: "Subject" }],
          r.figures.map((f) => [f.text.replace(/\s+/g, " "), formatValue(f.value, f.unit, f.approximate, f.range, f.category === "year"), f.category, f.subject ?? ""]),
        ),
      );
    return parts.join("\n") + "\n";
  }

  /**
   * Who said it, then how the text says so, dimmed: "Andrei Kortunov" over "said · RIAC’s Kortunov";
   * a role the article does not name ("a campaign spokesman") stands in for the name.
   */
  function speakerCell(q: Quote): string {
    const mention = q.speakerMention?.text.replace(/\s+/g, " ") ?? null;
    const name = q.speaker ?? (mention ? `(${mention})` : c.dim("unknown"));
    const how = [q.cue, mention && mention !== q.speaker ? mention : null].filter(Boolean).join(" · ");
    return how && q.speaker ? `${name}\n${c.dim(how)}` : q.cue && !q.speaker && mention ? `${name}\n${c.dim(q.cue)}` : name;
  }

  return {
    record(r: OutputRecord): string {
      if (isError(r)) return ""; // the message goes to stderr
      return article(r);
    },
  };
}

/** Word-wraps plain text to `width` columns; a word longer than a line is split, never dropped. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (let word of text.replace(/\s+/g, " ").trim().split(" ")) {
    while ([...word].length > width) {
      if (line) out.push(line);
      line = "";
      out.push([...word].slice(0, width).join(""));
      word = [...word].slice(width).join("");
    }
    if (!line) line = word;
    else if ([...line].length + 1 + [...word].length <= width) line += " " + word;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  return out;
}

function formatValue(v: number | null, unit: string | null, approximate: boolean, range?: [number, number] | null, plain = false): string {
  const num = (x: number) => (plain ? String(x) : x.toLocaleString("en-US", { maximumFractionDigits: 2 }));
  if (v === null) return approximate ? "many" : "";
  const body = range ? `${num(range[0])}–${num(range[1])}` : num(v);
  const withUnit = unit === "%" ? `${body}%` : unit === "points" ? `${body} pts` : unit ? `${body} ${unit}` : body;
  return approximate ? `~${withUnit}` : withUnit;
}
