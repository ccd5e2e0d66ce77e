// HTML for a folder: the index of the article pages (`--format html -o DIR`), and the corpus
// dashboard (`--summary --format html`): who is named in the most articles, who is quoted most,
// figures by category, who appears with whom, as bar charts drawn in inline SVG, each with its
// numbers in a table beneath. Self-contained like the article pages; no script needed.

import type { FigureExample, Summary } from "../summary-types";
import { PALETTE } from "./html-assets";
import { esc, pageShell, type PageEntry } from "./html";
import { READER_ORDER, thousands } from "./notation";
import { displayPath } from "./path";

/** An article page in the folder, or a failed input (no file). */
export type IndexEntry = PageEntry & { file: string | null };

const COUNT_HEADS: Array<[(typeof READER_ORDER)[number], string]> = [
  ["people", "People"],
  ["quotes", "Quotes"],
  ["figures", "Figures"],
  ["organizations", "Orgs"],
  ["countries", "Countries"],
  ["places", "Places"],
  ["other", "Other"],
];

function label(e: PageEntry): string {
  return e.title ?? (e.id !== undefined ? `record ${e.id}` : displayPath(e.path));
}

/** The articles as a table: title (a link to its page), date, publication, counts, where it came from. */
function articleTable(entries: IndexEntry[]): string {
  if (!entries.length) return `<p class="none">No articles.</p>`;
  const rows = entries.map((e) => {
    const title = e.file ? `<a href="${esc(encodeURI(e.file))}">${esc(label(e))}</a>` : `${esc(label(e))} <small>(failed: ${esc(e.error ?? "")})</small>`;
    const counts = COUNT_HEADS.map(([k]) => `<td class="n">${e.counts ? thousands(e.counts[k]) : ""}</td>`).join("");
    const from = e.id !== undefined ? `record ${esc(String(e.id))}` : esc(displayPath(e.path));
    return `<tr><td>${title}</td><td class="nowrap">${esc(e.date ?? "")}</td><td>${esc(e.publication ?? "")}</td>${counts}<td><small>${from}</small></td></tr>`;
  });
  return (
    `<table class="articles"><thead><tr><th>Article</th><th>Date</th><th>Publication</th>${COUNT_HEADS.map(([, h]) => `<th class="n">${h}</th>`).join("")}<th>From</th></tr></thead>` +
    `<tbody>\n${rows.join("\n")}\n</tbody></table>`
  );
}

export function indexPage(entries: IndexEntry[]): string {
  const ok = entries.filter((e) => !e.error).length;
  const failed = entries.length - ok;
  const body =
    `<header class="top"><p class="kicker"><span>kz-analyze report</span></p><h1>${thousands(ok)} ${ok === 1 ? "article" : "articles"}</h1>` +
    `<p class="meta">${failed ? `${thousands(failed)} failed · ` : ""}each links to its page: the text with names, quotes and figures marked.</p></header>\n` +
    `<main class="layout" style="display:block">${articleTable(entries)}</main>\n<footer>Made by kz-analyze.</footer>`;
  return pageShell("kz-analyze: articles", body, false);
}

/** A horizontal bar chart in SVG: one bar per row, the label on the left, the value at the bar's end. */
export function barChart(title: string, rows: Array<[string, number]>, colour: string, unit: string): string {
  if (!rows.length) return `<p class="none">None found.</p>`;
  const labelW = 250;
  const barW = 300;
  const rowH = 22;
  const max = Math.max(...rows.map(([, v]) => v), 1);
  const h = rows.length * rowH + 6;
  const clip = (s: string) => (s.length > 34 ? s.slice(0, 33) + "…" : s);
  const bars = rows
    .map(([name, v], i) => {
      const y = i * rowH + 4;
      const w = Math.max(2, Math.round((v / max) * barW));
      return (
        `<g><title>${esc(`${name}: ${thousands(v)} ${unit}`)}</title>` +
        `<text x="${labelW - 8}" y="${y + 14}" text-anchor="end">${esc(clip(name))}</text>` +
        `<rect x="${labelW}" y="${y + 2}" width="${w}" height="${rowH - 7}" rx="2" fill="${colour}"/>` +
        `<text class="lab" x="${labelW + w + 6}" y="${y + 14}">${thousands(v)}</text></g>`
      );
    })
    .join("");
  return `<svg class="chart" role="img" aria-label="${esc(`${title}, ${unit}`)}" viewBox="0 0 ${labelW + barW + 60} ${h}" width="${labelW + barW + 60}" height="${h}">${bars}</svg>`;
}

/** The numbers behind a chart, as a table (for screen readers, copying, and print). */
function dataTable(id: string, heads: string[], rows: Array<Array<string | number>>): string {
  if (!rows.length) return "";
  const body = rows.map((r) => `<tr>${r.map((c) => (typeof c === "number" ? `<td class="n">${thousands(c)}</td>` : `<td>${esc(c)}</td>`)).join("")}</tr>`).join("\n");
  return `<details><summary>The numbers</summary><table id="${id}"><thead><tr>${heads.map((h, i) => `<th${i ? ' class="n"' : ""}>${esc(h)}</th>`).join("")}</tr></thead><tbody>\n${body}\n</tbody></table></details>`;
}

export function dashboardPage(s: Summary, articles: IndexEntry[] | null = null, sections: readonly string[] = READER_ORDER): string {
  const show = new Set(sections);
  const k = s.corpus;
  const cards: Array<[string, number]> = [
    ["articles", k.articles],
    ["words", k.words],
    ["quotes", k.quotes],
    ["attributed quotes", k.attributedQuotes],
    ["figures", k.figures],
    ...(k.failed ? [["failed", k.failed] as [string, number]] : []),
  ];
  const parts: string[] = [];
  const toc: Array<[string, string]> = [];
  const section = (id: string, title: string, html: string) => {
    toc.push([id, title]);
    parts.push(`<section aria-labelledby="${id}"><h2 id="${id}">${esc(title)}</h2>\n${html}</section>`);
  };
  const entity = (id: string, title: string, list: Array<{ name: string; articles: number; mentions: number }>, colour: string) =>
    section(
      id,
      title,
      barChart(title, list.map((e) => [e.name, e.articles]), colour, "articles") +
        dataTable(`${id}-data`, ["Name", "Articles", "Mentions"], list.map((e) => [e.name, e.articles, e.mentions])),
    );
  if (show.has("people")) entity("people", "People, by the articles that name them", s.people, PALETTE.person.fill);
  if (show.has("quotes"))
    section(
      "speakers",
      "Most quoted",
      barChart("Most quoted", s.speakers.map((x) => [x.name, x.quotes]), PALETTE.quote.fill, "quotes") +
        dataTable("speakers-data", ["Speaker", "Quotes", "Articles"], s.speakers.map((x) => [x.name, x.quotes, x.articles])),
    );
  if (show.has("figures"))
    section(
      "figures",
      "Figures by category",
      barChart("Figures by category", s.figures.map((f) => [f.category, f.count]), PALETTE.figure.fill, "figures") +
        dataTable(
          "figures-data",
          ["Category", "Figures", "Articles", "Largest"],
          s.figures.flatMap((f) => [
            [f.category, f.count, f.articles, f.currencies?.length ? "" : largest(f.largest)],
            // money ranked within each currency, never across
            ...(f.currencies ?? []).map((cur) => [`${f.category} in ${cur.unit ?? "no unit"}`, cur.count, "", largest(cur.largest)]),
          ]),
        ),
    );
  if (show.has("people"))
    section(
      "together",
      "Who appears with whom",
      `<p class="meta">Pairs of people named in the same articles.</p>` +
        barChart("Who appears with whom", s.together.map((x) => [`${x.a} & ${x.b}`, x.articles]), PALETTE.person.fill, "articles together") +
        dataTable("together-data", ["People", "Articles together"], s.together.map((x) => [`${x.a} & ${x.b}`, x.articles])),
    );
  if (show.has("organizations")) entity("organizations", "Organizations", s.organizations, PALETTE.organization.fill);
  if (show.has("countries")) entity("countries", "Countries", s.countries, PALETTE.country.fill);
  if (show.has("places")) entity("places", "Places", s.places, PALETTE.place.fill);
  if (show.has("other") && s.other.length) entity("other", "Other names", s.other, PALETTE.other.fill);
  const wide: string[] = [];
  if (articles) {
    toc.push(["articles", "Articles"]);
    wide.push(`<section aria-labelledby="articles"><h2 id="articles">Articles (${thousands(articles.length)})</h2>\n${articleTable(articles)}</section>`);
  }
  const body =
    `<a class="skip" href="#main">Skip to the charts</a>\n` +
    `<header class="top"><p class="kicker"><span>kz-analyze corpus summary</span></p><h1>${thousands(k.articles)} ${k.articles === 1 ? "article" : "articles"}</h1>` +
    `<div class="cards">${cards.map(([what, n]) => `<div class="card" data-count="${esc(what)}"><b>${thousands(n)}</b>${esc(what)}</div>`).join("")}</div>` +
    `<nav class="toc" aria-label="Sections">${toc.map(([id, t]) => `<a href="#${id}">${esc(t.replace(/,.*$/, ""))}</a>`).join("")}</nav></header>\n` +
    `<main id="main" class="layout" style="display:block"><div class="grid2">\n${parts.join("\n")}\n</div>\n${wide.join("\n")}</main>\n` +
    `<footer>Made by kz-analyze (schema ${esc(s.schema)}). Lists are cut to --top entries; --top 0 keeps all.</footer>`;
  return pageShell("kz-analyze: corpus summary", body, false);
}

/** The largest figures of a category and the articles they come from, as one cell. */
function largest(examples: FigureExample[]): string {
  return examples.map((x) => `${x.text} (${x.article.title ?? x.article.id ?? x.article.path})`).join("; ");
}
