// HTML for a browser: one self-contained page per article (style and script inline, nothing loaded
// from the network, works from file://). The analysed text with every mention highlighted by kind,
// quotes marked and labelled with their speaker (hover or focus shows the cue and kind), figures
// outlined and tagged with category and value; beside it the names, with counts, where choosing one
// marks exactly its mentions; below, the quotes and figures as tables. Offsets index the text the
// record says (the text passed in, else `source.text`): the page never analyses.

import { isError, type Figure, type OutputRecord, type Quote, type Result } from "../types";
import { CSS, SCRIPT, type Kind } from "./html-assets";
import type { RenderOptions, Renderer } from "./index";
import { counted, formatValue, READER_ORDER, thousands, VAGUE } from "./notation";
import { displayPath } from "./path";

/** What an index of pages lists about one result (or a failed input). */
export interface PageEntry {
  path: string;
  id?: string | number;
  title: string | null;
  date: string | null;
  publication: string | null;
  counts: Record<(typeof READER_ORDER)[number], number> | null;
  error: string | null;
}

export function pageEntry(r: OutputRecord): PageEntry {
  const base = { path: r.source.path, ...(r.source.id !== undefined ? { id: r.source.id as string | number } : {}) };
  if (isError(r)) return { ...base, title: null, date: null, publication: null, counts: null, error: r.error.message };
  const counts = Object.fromEntries(READER_ORDER.map((k) => [k, r[k].length])) as PageEntry["counts"];
  return { ...base, title: r.article.title, date: r.article.date, publication: r.article.publication, counts, error: null };
}

export function htmlRenderer(o: RenderOptions): Renderer {
  return {
    record(r: OutputRecord, text?: string): string {
      if (isError(r)) return ""; // the message goes to stderr
      return articlePage(r, text ?? (typeof r.source.text === "string" ? r.source.text : null), o);
    },
  };
}

/** HTML-escaped text (also safe inside a double-quoted attribute). */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

const ENTITY_LISTS = [
  { key: "people", kind: "person", title: "People", prefix: "p" },
  { key: "organizations", kind: "organization", title: "Organizations", prefix: "o" },
  { key: "countries", kind: "country", title: "Countries", prefix: "c" },
  { key: "places", kind: "place", title: "Places", prefix: "l" },
  { key: "other", kind: "other", title: "Other names", prefix: "x" },
] as const;

/** The legend: each kind written as the text shows it. */
const LEGEND = [
  `<span class="m person">Person</span>`,
  `<span class="m organization">Organization</span>`,
  `<span class="m country">Country</span>`,
  `<span class="m place">Place</span>`,
  `<span class="m other">Other name</span>`,
  `<span class="q">Quote</span><span class="who">— its speaker</span>`,
  `<span class="f">Figure</span><span class="tag">category value</span>`,
];

/** The page's outer frame: head with inline style, the body given, the inline script. */
export function pageShell(title: string, body: string, withScript: boolean): string {
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="generator" content="kz-analyze">\n<title>${esc(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${body}\n` +
    (withScript ? `<script>${SCRIPT}</script>\n` : "") +
    `</body>\n</html>\n`
  );
}

function where(r: Result): string {
  if (r.source.id !== undefined) return `record ${r.source.id}${r.source.path === "-" ? "" : ` in ${displayPath(r.source.path)}`}`;
  return displayPath(r.source.path);
}

function articlePage(r: Result, text: string | null, o: RenderOptions): string {
  const a = r.article;
  const show = new Set(o.sections);
  const title = a.title ?? where(r);
  const meta = [a.publication, a.date && `<time datetime="${esc(a.date)}">${esc(a.date)}</time>`, a.authors.length ? `by ${a.authors.map(esc).join(", ")}` : null, `${thousands(a.words)} words`]
    .filter(Boolean)
    .map((x) => (x === a.publication ? esc(x!) : x))
    .join(" · ");
  const counts = READER_ORDER.filter((k) => show.has(k))
    .map((k) => `<a href="#${k}"><strong>${thousands(r[k].length)}</strong> ${counted(r[k].length, k).replace(/^[\d,]+ /, "")}</a>`)
    .join(" · ");
  const ids = entityIds(r);
  const body =
    `<a class="skip" href="#text">Skip to the text</a>\n` +
    `<header class="top">\n<p class="kicker"><span>kz-analyze report</span> · ${esc(where(r))}</p>\n<h1>${esc(title)}</h1>\n<p class="meta">${meta}</p>\n<p class="counts">${counts}</p>\n</header>\n` +
    `<div class="layout">\n<main>\n` +
    `<ul class="legend" aria-label="Legend">${LEGEND.map((x) => `<li>${x}</li>`).join("")}</ul>\n` +
    `<p class="status" id="status" role="status" aria-live="polite"></p>\n` +
    (text === null
      ? `<p class="none">The text this result was made from did not come with it, so only the lists are shown.</p>\n`
      : `<h2 class="visually-hidden" style="position:absolute;left:-999px">The text</h2>\n<div class="text" id="text" tabindex="-1">${markText(r, text, ids)}</div>\n`) +
    (show.has("quotes") ? quoteTable(r.quotes) : "") +
    (show.has("figures") ? figureTable(r.figures) : "") +
    `</main>\n<aside class="names" aria-label="Names in the article">\n${ENTITY_LISTS.filter((l) => show.has(l.key))
      .map((l) => entityList(r, l, ids))
      .join("\n")}\n</aside>\n</div>\n` +
    `<footer>Made by kz-analyze (schema ${esc(r.schema)}). Names, quotes and figures are the tool's reading of the text, marked where the text has them; choose a name to mark its mentions, Escape to clear.</footer>`;
  return pageShell(`${title} — kz-analyze`, body, true);
}

type Ids = Map<string, { id: string; kind: Kind; name: string }>;

/** An id per entity ("p0", "o3"), keyed by list and index. */
function entityIds(r: Result): Ids {
  const ids: Ids = new Map();
  for (const l of ENTITY_LISTS) r[l.key].forEach((e, i) => ids.set(`${l.key}:${i}`, { id: `${l.prefix}${i}`, kind: l.kind, name: e.name }));
  return ids;
}

function entityList(r: Result, l: (typeof ENTITY_LISTS)[number], ids: Ids): string {
  const list = r[l.key] as Array<Result["people"][number] | Result["organizations"][number] | Result["countries"][number] | Result["places"][number] | Result["other"][number]>;
  const head = `<h2 id="${l.key}"><span class="sw ${l.kind}" aria-hidden="true"></span>${l.title} (${list.length})</h2>`;
  if (!list.length) return `${head}\n<p class="none">None found.</p>`;
  const items = list.map((e, i) => {
    const { id } = ids.get(`${l.key}:${i}`)!;
    const note = [
      "description" in e && e.description,
      "acronym" in e && e.acronym && e.acronym !== e.name && e.acronym,
      "code" in e && e.code,
      "country" in e && (("region" in e && e.region) || e.country),
      "kind" in e && e.kind,
    ].filter(Boolean) as string[];
    const label = `${e.name}: ${counted(e.count, "mentions").replace("mentions", e.count === 1 ? "mention" : "mentions")}`;
    return (
      `<li><a class="ent" href="#${id}-0" data-e="${id}" data-name="${esc(e.name)}" title="${esc(label)}"><span class="n">${esc(e.name)}</span><span class="c">${thousands(e.count)}</span></a>` +
      (note.length ? `<span class="ent-note">${esc(note.join(" · "))}</span>` : "") +
      `</li>`
    );
  });
  return `${head}\n<ul>${items.join("\n")}</ul>`;
}

// ---- the text, marked -----------------------------------------------------------------------

interface Mark {
  start: number;
  end: number;
  level: 0 | 1 | 2 | 3;
  key: string;
  open: (first: boolean) => string;
  close: string;
  /** Markup after the span's last piece (a figure's tag). */
  after?: string;
  /** Markup at the start of its first piece (an extra's label). */
  before?: string;
}

const EXTRA_LABEL: Record<string, string> = { header: "header", comment: "a reposter's comment, not the article", boilerplate: "page furniture, not the article" };

/**
 * The text as HTML with nested marks, levels outermost first: parts kept apart from the article,
 * quotes, figures, mentions. Where spans cross, the inner one is cut into pieces, so the markup
 * nests; only a span's first piece carries its id.
 */
function markText(r: Result, text: string, ids: Ids): string {
  const marks: Mark[] = [];
  const ok = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end;
  for (const x of r.article.extras) {
    if (!ok(x) || x.kind === "header") continue;
    marks.push({ ...x, level: 0, key: `e${x.start}`, open: () => `<span class="extra ${x.kind}">`, close: "</span>", before: `<span class="extra-label">${esc(EXTRA_LABEL[x.kind] ?? x.kind)}</span>` });
  }
  // a quote's speaker follows its closing mark ("…operation,” — Andrei Kortunov"), where there is one
  const inserts = new Map<number, string>();
  r.quotes.forEach((q, i) => {
    if (!ok(q)) return;
    marks.push({ start: q.start, end: q.end, level: 1, key: `q${i}`, open: (first) => `<span class="q" data-q="${i}"${first ? ` id="q${i}"` : ""}>`, close: "</span>" });
    const at = /^[”"’'»›]/.test(text.slice(q.end, q.end + 1)) ? q.end + 1 : q.end;
    inserts.set(at, (inserts.get(at) ?? "") + quoteLabel(q, i));
  });
  r.figures.forEach((f, i) => {
    if (!ok(f)) return;
    const value = figureValue(f);
    const tip = `${f.category}${value ? `: ${value}` : ""}${f.subject ? ` (${f.subject})` : ""}`;
    marks.push({
      start: f.start,
      end: f.end,
      level: 2,
      key: `f${i}`,
      open: (first) => `<span class="f" data-f="${i}" title="${esc(tip)}"${first ? ` id="f${i}"` : ""}>`,
      close: "</span>",
      after: f.category === "year" ? undefined : `<span class="tag">${esc(f.category)}${value ? ` ${esc(value)}` : ""}</span>`,
    });
  });
  for (const l of ENTITY_LISTS)
    r[l.key].forEach((e, i) => {
      const { id, kind } = ids.get(`${l.key}:${i}`)!;
      e.mentions.forEach((m, k) => {
        if (!ok(m)) return;
        marks.push({
          start: m.start,
          end: m.end,
          level: 3,
          key: `${id}-${k}`,
          open: (first) => `<span class="m ${kind}" data-e="${id}" data-k="${k}" title="${esc(`${e.name} (${kind})`)}"${first ? ` id="${id}-${k}"` : ""}>`,
          close: "</span>",
        });
      });
    });

  // cut the text at every span's edges; each piece takes, per level, the earliest span covering it
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end]), ...inserts.keys()])].sort((a, b) => a - b);
  const index = new Map(cuts.map((c, i) => [c, i]));
  const cover: Array<Array<Mark | null>> = [0, 1, 2, 3].map(() => new Array(cuts.length - 1).fill(null));
  for (const m of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const row = cover[m.level];
    for (let k = index.get(m.start)!; k < index.get(m.end)!; k++) row[k] ??= m;
  }
  const out: string[] = [];
  const open: Mark[] = [];
  const opened = new Set<string>();
  const closeTo = (depth: number) => {
    while (open.length > depth) out.push(open.pop()!.close);
  };
  for (let k = 0; k < cuts.length - 1; k++) {
    const insert = inserts.get(cuts[k]);
    if (insert) {
      // (outside any quote, figure or mention: those reopen after it)
      closeTo(open.filter((m) => m.level === 0).length);
      out.push(insert);
    }
    const want = [0, 1, 2, 3].map((lv) => cover[lv][k]).filter((m): m is Mark => m !== null);
    let same = 0;
    while (same < open.length && same < want.length && open[same] === want[same]) same++;
    closeTo(same);
    for (const m of want.slice(same)) {
      const first = !opened.has(m.key);
      opened.add(m.key);
      out.push(m.open(first));
      if (first && m.before) out.push(m.before);
      open.push(m);
    }
    out.push(esc(text.slice(cuts[k], cuts[k + 1])));
    // a span ending here closes (with what is inside it) and adds what follows it
    for (let d = open.length - 1; d >= 0; d--) {
      const m = open[d];
      if (m.end === cuts[k + 1] && m.after) {
        // (spans inside it that go on reopen with the next piece)
        closeTo(d);
        out.push(m.after);
      }
    }
  }
  closeTo(0);
  if (inserts.has(text.length)) out.push(inserts.get(text.length)!);
  return out.join("");
}

function quoteLabel(q: Quote, i: number): string {
  const mention = q.speakerMention?.text.replace(/\s+/g, " ") ?? null;
  const who = q.speaker ?? (mention ? `(${mention})` : "unknown speaker");
  const details = [
    q.cue ? `“${q.cue}”` : "no reporting verb",
    q.kind === "partial" ? "a phrase quoted in the writer's sentence" : "a direct quote",
    q.speakerKind && `speaker: ${q.speakerKind}`,
    mention && mention !== q.speaker ? `attributed through “${mention}”` : null,
  ].filter(Boolean);
  return `<span class="tipbox"><a class="who" href="#qr${i}" aria-describedby="qt${i}">— ${esc(who)}</a><span class="tip" role="tooltip" id="qt${i}"><strong>${esc(who)}</strong>: ${esc(details.join(" · "))}</span></span>`;
}

function figureValue(f: Figure): string {
  // a calendar year is shown as written ("2014", not "2,014")
  if (f.category === "year") return f.text.replace(/\s+/g, " ");
  const vague = f.value === null ? VAGUE.exec(f.text.replace(/\s+/g, " "))?.[0].toLowerCase() : undefined;
  return vague ?? formatValue(f.value, f.unit, f.approximate, f.range ?? null, f.qualifier);
}

// ---- the tables -------------------------------------------------------------------------------

/** Figures by what they count, most telling first (as in the terminal's table), calendar years last. */
const FIGURE_ORDER: readonly string[] = ["troops", "deaths", "injuries", "arrests", "protesters", "displaced", "poll", "money", "percentage", "count", "duration", "age", "other", "year"];

function quoteTable(quotes: Result["quotes"]): string {
  const head = `<h2 id="quotes">Quotes (${quotes.length})</h2>`;
  if (!quotes.length) return `<section>${head}<p class="none">None found.</p></section>\n`;
  const rows = quotes.map((q, i) => {
    const mention = q.speakerMention?.text.replace(/\s+/g, " ") ?? null;
    const who = q.speaker ?? (mention ? `(${mention})` : "unknown");
    return (
      `<tr id="qr${i}"><td class="n"><a href="#q${i}" title="the quote in the text">${i + 1}</a></td><td class="nowrap">${esc(who)}${q.speakerKind && q.speakerKind !== "person" ? ` <small>(${esc(q.speakerKind)})</small>` : ""}</td>` +
      `<td>${esc(q.cue ?? "")}${mention && mention !== q.speaker && q.speaker ? ` <small>(${esc(mention)})</small>` : ""}</td><td>${q.kind}</td><td class="quote">“${esc(q.flat)}”</td></tr>`
    );
  });
  return `<section>${head}<div class="scroll"><table><thead><tr><th class="n">#</th><th>Speaker</th><th>Cue</th><th>Kind</th><th>Quote</th></tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table></div></section>\n`;
}

function figureTable(figures: Figure[]): string {
  const head = `<h2 id="figures">Figures (${figures.length})</h2>`;
  if (!figures.length) return `<section>${head}<p class="none">None found.</p></section>\n`;
  const order = (f: Figure) => FIGURE_ORDER.indexOf(f.category) + (FIGURE_ORDER.includes(f.category) ? 0 : FIGURE_ORDER.length);
  const sorted = figures.map((f, i) => [f, i] as const).sort(([a, i], [b, j]) => order(a) - order(b) || i - j);
  const rows = sorted.map(
    ([f, i]) =>
      `<tr><td class="n"><a href="#f${i}" title="the figure in the text">${i + 1}</a></td><td>${esc(f.category)}</td><td class="n">${esc(figureValue(f))}</td><td>${esc(f.subject ?? "")}</td><td>${esc(f.text.replace(/\s+/g, " "))}</td></tr>`,
  );
  return `<section>${head}<div class="scroll"><table><thead><tr><th class="n">#</th><th>Category</th><th class="n">Value</th><th>Subject</th><th>As written</th></tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table></div><p class="meta">≥ at least, &gt; more than, ≤ at most, &lt; less than, ~ about; m, bn: million, billion.</p></section>\n`;
}
