// Tables for people reading in a terminal: a header per article, then one table per section,
// sized to the terminal width; long cells wrap, nothing is cut off.

import { FIGURE_CATEGORIES, isError, type Figure, type FigureCategory, type OutputRecord, type Quote, type Result } from "../types";
import { grid, wrap, type Cell } from "./grid";
import type { RenderOptions, Renderer } from "./index";
import { displayPath } from "./path";
import { QUALIFIER_SIGNS } from "./notation";

export function tableRenderer(o: RenderOptions): Renderer {
  const { c, width, table } = grid(o);
  const show = new Set(o.sections);

  function article(r: Result): string {
    const a = r.article;
    const lines = [
      ...wrap(a.title ?? where(r), width).map((l) => c.bold.cyan(l)),
      // (an article without a title is headed by its path, which then is not repeated)
      ...wrap([a.publication && `publication: ${a.publication}`, a.title && where(r)].filter(Boolean).join(" · "), width),
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
          r.quotes.map((q) => [speakerCell(q), `“${q.flat}”`, q.kind]),
        ),
      );
    if (show.has("figures"))
      parts.push(
        table(
          "Figures",
          [{ head: "Category", width: 12 }, { head: "Value", width: 15, align: "right" }, { head: "Subject" }, { head: "As written" }],
          figureRows(r.figures),
          r.figures.length,
        ),
      );
    return parts.join("\n") + "\n";
  }

  /**
   * Figures grouped by what they count (troops, deaths, … polls, money), in text order within a
   * group; the category is named on a group's first row. Calendar years, rarely the point, share one
   * row. With `sentences`, each figure is followed by the sentence it comes from.
   */
  function figureRows(figures: Figure[]): Cell[][] {
    const rows: Cell[][] = [];
    for (const category of FIGURE_ORDER) {
      const group = figures.filter((f) => f.category === category);
      if (!group.length) continue;
      if (category === "year") {
        const counts = new Map<string, number>();
        for (const f of [...group].sort((a, b) => (a.value ?? 0) - (b.value ?? 0))) {
          const k = f.text.replace(/\s+/g, " ");
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
        const list = [...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(", ");
        rows.push([category, String(group.length), c.dim("calendar years"), list]);
        continue;
      }
      group.forEach((f, i) => {
        const vague = f.value === null ? VAGUE.exec(f.text.replace(/\s+/g, " "))?.[0].toLowerCase() : undefined;
        const value = vague ?? formatValue(f.value, f.unit, f.approximate, f.range ?? null, f.qualifier);
        rows.push([i === 0 ? category : "", value, f.subject ?? "", f.text.replace(/\s+/g, " ")]);
        if (o.sentences) rows.push([{ content: `“${f.sentence}”`, colSpan: 4 }]);
      });
    }
    return rows;
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

/** Most telling first: what happened to people, then polls and money, then the rest. */
const TELLING_FIRST: readonly FigureCategory[] = ["troops", "deaths", "injuries", "arrests", "protesters", "displaced", "poll", "money", "percentage", "count", "duration", "age", "other", "year"];
// (a category the list leaves out still shows, after the others)
const FIGURE_ORDER = [...TELLING_FIRST, ...FIGURE_CATEGORIES.filter((c) => !TELLING_FIRST.includes(c))];

/** Where a result comes from, for its header: the file, a JSON Lines record's id, or standard input. */
function where(r: Result): string {
  if (r.source.id !== undefined) return `record ${r.source.id}${r.source.path === "-" ? "" : ` in ${r.source.path}`}`;
  const name = displayPath(r.source.path);
  return r.source.path === "-" ? name : `file: ${name}`;
}

/**
 * "3,000", "~1.2bn USD", "≥12", "10–15%", "many": a big amount is shortened so the column stays
 * narrow, where two decimals say it exactly ("1.2bn", but "1,234,567").
 */
function formatValue(v: number | null, unit: string | null, approximate: boolean, range: [number, number] | null, qualifier: string | null): string {
  const num = (x: number) => {
    const abs = Math.abs(x);
    for (const [scale, word] of [[1e12, "tn"], [1e9, "bn"], [1e6, "m"]] as const) {
      const hundredths = (x / scale) * 100;
      if (abs >= scale && Math.abs(hundredths - Math.round(hundredths)) < 1e-6) return `${(x / scale).toLocaleString("en-US", { maximumFractionDigits: 2 })}${word}`;
    }
    return x.toLocaleString("en-US", { maximumFractionDigits: 2 });
  };
  if (v === null) return approximate ? "many" : "";
  const body = range ? `${num(range[0])}–${num(range[1])}` : num(v);
  const withUnit = unit === "%" ? `${body}%` : unit === "points" ? `${body} pts` : unit ? `${body} ${unit}` : body;
  const sign = qualifier ? QUALIFIER_SIGNS[qualifier] : undefined;
  return sign ? `${sign}${withUnit}` : approximate ? `~${withUnit}` : withUnit;
}

/** The words of a vague amount, shown as its value ("tens of thousands", "dozens"). */
const VAGUE = /(?:tens|hundreds) of (?:thousands|millions)|(?:several|a few) (?:dozen|hundred|thousand|million)|dozens|hundreds|thousands|millions|billions|scores/i;
