// Tables for people reading in a terminal or a pager: a header per article (title, counts, where it
// is from), then the sections in the order a reader wants them, compact (no rules between rows),
// sized to the width given; long cells wrap at word boundaries, nothing is cut off. A table whose
// cells use a notation (≥12, ~6m, (a spokesman)) ends with a one-line legend.

import { FIGURE_CATEGORIES, isError, type Figure, type FigureCategory, type OutputRecord, type Quote, type Result } from "../types";
import { capCell, grid, wrap, type Cell } from "./grid";
import type { RenderOptions, Renderer } from "./index";
import { counted, figureLegend, formatValue, READER_ORDER, thousands, VAGUE } from "./notation";
import { displayPath } from "./path";

export function tableRenderer(o: RenderOptions): Renderer {
  const { c, width, table, list, entries } = grid(o);
  const show = new Set(o.sections);
  const order = READER_ORDER.filter((k) => show.has(k));

  function article(r: Result): string {
    const a = r.article;
    // (an article without a title is headed by its path, which then is not repeated)
    const about = [a.publication, a.date, a.authors.length ? `by ${a.authors.join(", ")}` : null, a.title ? where(r) : null, counted(a.words, "words")].filter(Boolean).join(" · ");
    const lines = [
      ...wrap(a.title ?? where(r), width).map((l) => c.bold.cyan(l)),
      // (an empty section says so below; the counts line names what was found)
      ...wrap(order.filter((k) => (r[k] as unknown[]).length).map((k) => counted((r[k] as unknown[]).length, k)).join(", ") || "nothing found", width),
      ...wrap(about, width).map((l) => c.dim(l)),
    ].filter((l) => l.length);
    const parts = [lines.join("\n") + "\n"];
    // sections with nothing in them are named together in one line at the end
    const empty = order.filter((k) => !(r[k] as unknown[]).length);
    for (const k of order) if (!empty.includes(k)) parts.push(SECTION[k](r));
    if (empty.length) parts.push(wrap(`None found: ${empty.map((k) => NOUN_PLURAL[k]).join(", ")}`, width).join("\n").replace(/^None found/, c.bold("None found")) + "\n");
    return parts.join("\n") + "\n";
  }

  const n = (x: number) => thousands(x);
  const SECTION: Record<(typeof READER_ORDER)[number], (r: Result) => string> = {
    people: (r) => table("People", [{ head: "Name", max: 26 }, { head: "Mentions", align: "right" }, { head: "Description" }], r.people.map((p) => [p.name, n(p.count), p.description ?? ""])),
    organizations: (r) =>
      list(
        "Organizations",
        r.organizations.map((x) => [x.acronym && x.acronym !== x.name ? `${x.name} (${x.acronym})` : x.name, "", n(x.count)]),
        "name (acronym), mentions",
      ),
    countries: (r) => list("Countries", r.countries.map((x) => [x.name, x.code, n(x.count)]), "name, ISO code, mentions"),
    places: (r) =>
      list(
        "Places",
        r.places.map((x) => [x.name, x.region ?? x.country ?? "", n(x.count)]),
        r.places.some((x) => x.region) ? "name, country or region (ISO code), mentions" : "name, country (ISO code), mentions",
      ),
    other: (r) => list("Other names", r.other.map((x) => [x.name, x.kind, n(x.count)]), "name, kind, mentions"),
    quotes: (r) => {
      const items = r.quotes.map((q) => `${speakerCell(q)}: “${capCell(q.flat)}”${q.kind === "partial" ? c.dim(" (partial)") : ""}`);
      const legend = [
        r.quotes.some((q) => !q.speaker && q.speakerMention) && "(a spokesman) unnamed",
        r.quotes.some((q) => attribution(q) !== null) && "[he] the attribution",
        r.quotes.some((q) => q.kind === "partial") && "(partial) a quoted phrase",
      ].filter(Boolean);
      return entries("Quotes", items, items.length, legend.join(" · "));
    },
    figures: (r) => {
      const { rows, shown, years } = figureRows(r.figures);
      const count = years ? `${shown}, and ${counted(years, "years")} in one row` : shown;
      const legend = figureLegend(rows.map((x) => (typeof x[1] === "string" ? x[1] : "")), years > 0);
      return table("Figures", [{ head: "Category", max: 12 }, { head: "Value", align: "right", max: 16 }, { head: "Subject", max: 28 }, { head: "As written" }], rows, count, legend);
    },
  };

  /**
   * Figures grouped by what they count (troops, deaths, … polls, money), in text order within a
   * group; the category is named on a group's first row. Calendar years, rarely the point, share one
   * row. With `sentences`, each figure is followed by the sentence it comes from.
   */
  function figureRows(figures: Figure[]): { rows: Cell[][]; shown: number; years: number } {
    const rows: Cell[][] = [];
    let shown = 0;
    let years = 0;
    for (const category of FIGURE_ORDER) {
      const group = figures.filter((f) => f.category === category);
      if (!group.length) continue;
      if (category === "year") {
        const counts = new Map<string, number>();
        for (const f of [...group].sort((a, b) => (a.value ?? 0) - (b.value ?? 0))) {
          const k = f.text.replace(/\s+/g, " ");
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
        const listed = [...counts].map(([k, x]) => (x > 1 ? `${k} ×${x}` : k)).join(", ");
        rows.push([category, String(group.length), c.dim("calendar years"), listed]);
        years = group.length;
        continue;
      }
      group.forEach((f, i) => {
        const vague = f.value === null ? VAGUE.exec(f.text.replace(/\s+/g, " "))?.[0].toLowerCase() : undefined;
        const value = vague ?? formatValue(f.value, f.unit, f.approximate, f.range ?? null, f.qualifier);
        rows.push([i === 0 ? category : "", value, f.subject ?? "", f.text.replace(/\s+/g, " ")]);
        shown++;
        if (o.sentences) rows.push(["", { content: `“${f.sentence}”`, span: true }]);
      });
    }
    return { rows, shown, years };
  }

  /**
   * Who said it and the reporting verb, as the text has them ("Andrei Kortunov said"), then the
   * words the attribution rests on when they are not the name ("[he]"); a role the article does not name stands in for the name ("(a campaign spokesman)");
   * a speaker that is no person or organization says what it is ("group").
   */
  function speakerCell(q: Quote): string {
    const mention = q.speakerMention?.text.replace(/\s+/g, " ") ?? null;
    const name = q.speaker ?? (mention ? `(${mention})` : c.dim("unknown"));
    const kind = q.speakerKind && q.speakerKind !== "person" && q.speakerKind !== "organization" ? q.speakerKind : null;
    const rests = attribution(q);
    const how = [q.cue, rests, kind && `(${kind})`].filter(Boolean).join(" ");
    return how ? `${c.bold(name)} ${how}` : c.bold(name);
  }

  return {
    record(r: OutputRecord): string {
      if (isError(r)) return ""; // the message goes to stderr
      return article(r);
    },
  };
}

/** How a section is named in running text. */
const NOUN_PLURAL: Record<(typeof READER_ORDER)[number], string> = { people: "people", quotes: "quotes", figures: "figures", organizations: "organizations", countries: "countries", places: "places", other: "other names" };

/**
 * The words a quote's attribution rests on, in brackets, when they do not name the speaker ("[he]",
 * "[the minister]"); null when they are the name or a form of it ("Kortunov", "RIAC’s Kortunov").
 */
function attribution(q: Quote): string | null {
  if (!q.speaker || !q.speakerMention) return null;
  const mention = q.speakerMention.text.replace(/\s+/g, " ");
  const name = new Set(q.speaker.toLowerCase().split(/[\s’'-]+/));
  return mention.toLowerCase().split(/[\s’'-]+/).some((w) => name.has(w)) ? null : `[${mention}]`;
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
