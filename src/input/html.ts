// The main text of an HTML page: parsed with linkedom (a light DOM, no browser engine, no
// scripts run), the article picked out with Mozilla's Readability (Firefox's reader view), then
// written out as plain text, one paragraph per block, with the page's title on top. Both libraries
// are required here, on first use, so a run that sees no HTML never loads them (~0.1 s).
// The page's date and authors come from its metadata: JSON-LD (NewsArticle and kin), then meta tags
// (article:published_time, og:, Dublin Core, author), then Readability's byline.

import { isoDate, splitAuthors } from "../text/byline";

export interface Extracted {
  /** The extracted text: the title, a blank line, then the article's paragraphs. */
  text: string;
  title: string | null;
  /** Readability found no article; the text is the whole page body minus scripts and menus. */
  wholePage: boolean;
  /** Something the reader should know about how the text was taken out. */
  note?: string;
  /** Publication date from the page's metadata, ISO 8601, or null. */
  date: string | null;
  /** Authors from the page's metadata or byline. */
  authors: string[];
}

// Structural types for the little of the DOM used here (the project compiles without DOM types).
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  remove(): void;
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface DomDocument extends DomNode {
  title: string;
  querySelectorAll(selector: string): Iterable<DomElement>;
  body: DomNode | null;
  documentElement: DomNode | null;
}

const BLOCKS = new Set(
  (
    "ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE " +
    "FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH " +
    "THEAD TR UL BODY HTML"
  ).split(" "),
);
const SKIP = new Set("SCRIPT STYLE NOSCRIPT TEMPLATE SVG MATH IFRAME OBJECT EMBED CANVAS HEAD SELECT BUTTON INPUT TEXTAREA".split(" "));
// page furniture left out when there is no article to extract
const FURNITURE = new Set(["NAV", "HEADER", "FOOTER", "ASIDE", "FORM"]);
const FURNITURE_SELECTOR = "nav, aside, footer, form, script, style, noscript, template, iframe";

type ReaderArticle = { title?: string | null; content?: unknown; byline?: string | null };

let libs: { parseHTML: (html: string) => { document: DomDocument }; Readability: new (doc: DomDocument, opts: object) => { parse(): ReaderArticle | null } } | null = null;

function load(): NonNullable<typeof libs> {
  if (!libs) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { parseHTML } = require("linkedom");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Readability } = require("@mozilla/readability");
    libs = { parseHTML, Readability };
  }
  return libs;
}

// Limits past which the DOM libraries go superlinear (Readability reads each element's whole text,
// so its cost grows with depth times size; linkedom's parser with depth): a page nested deeper
// than MAX_DEPTH is not parsed at all but has its tags stripped, and Readability is skipped when
// the sum of all nodes' depths (what reading every element's text costs) passes MAX_DEPTH_SUM or
// the page has more than MAX_ELEMENTS elements.
const MAX_DEPTH = 1000;
const MAX_DEPTH_SUM = 3_000_000;
const MAX_ELEMENTS = 100_000;

export function extractHtml(html: string): Extracted {
  const depth = markupDepth(html);
  if (depth > MAX_DEPTH) {
    const { title, paragraphs } = stripTags(html);
    const parts = title ? [title, ...paragraphs] : paragraphs;
    return { text: parts.join("\n\n"), title, wholePage: true, note: `the page nests its tags ${depth} deep: tags were stripped instead of parsed`, date: null, authors: [] };
  }
  const { parseHTML, Readability } = load();
  const { document } = parseHTML(html);
  const pageTitle = clean(document.title ?? "");
  let article: ReaderArticle | null = null;
  const root = document.body ?? document.documentElement ?? document;
  if (depthSum(root) <= MAX_DEPTH_SUM) {
    try {
      // a second DOM, as Readability rewrites the one it reads, without the page's menus and
      // footers (Readability keeps them when the article is short)
      const { document: forReader } = parseHTML(html);
      for (const el of forReader.querySelectorAll(FURNITURE_SELECTOR)) el.remove();
      article = new Readability(forReader, { serializer: (node: DomNode) => node, maxElemsToParse: MAX_ELEMENTS }).parse();
    } catch {
      article = null; // (a stack overflow on a deep page) fall back to the page body below
    }
  }
  const title = clean(article?.title ?? "") || pageTitle || null;
  let paragraphs = article?.content ? blocks(article.content as DomNode, false) : [];
  const wholePage = paragraphs.join("").length === 0;
  if (wholePage) paragraphs = blocks(root, true);
  // the headline is said once, on top
  if (title && paragraphs.length && clean(paragraphs[0]) === title) paragraphs.shift();
  const parts = title ? [title, ...paragraphs] : paragraphs;
  const meta = pageMetadata(document, article?.byline ?? null);
  return { text: parts.join("\n\n"), title, wholePage, ...meta };
}

const ARTICLE_TYPES = new Set(["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle"]);
const DATE_META = ["article:published_time", "og:article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date"];
const AUTHOR_META = ["author", "article:author", "og:article:author", "dc.creator", "sailthru.author", "parsely-author", "byl"];

/** The page's publication date and authors: JSON-LD first, then meta tags, then Readability's byline. */
function pageMetadata(document: DomDocument, byline: string | null): { date: string | null; authors: string[] } {
  let date: string | null = null;
  const authors: string[] = [];
  const addAuthors = (value: unknown) => {
    for (const v of Array.isArray(value) ? value : [value]) {
      const name = typeof v === "string" ? v : v && typeof v === "object" && typeof (v as { name?: unknown }).name === "string" ? (v as { name: string }).name : null;
      // a profile URL or an organisation's name is not an author
      if (!name || /^https?:|\//.test(name)) continue;
      for (const a of splitAuthors(clean(name).replace(/^by\s+/i, "")) ?? []) if (!authors.includes(a)) authors.push(a);
    }
  };
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    for (const node of ldArticles(el.textContent ?? "")) {
      if (!date && typeof node.datePublished === "string") date = isoDate(node.datePublished);
      if (!authors.length && node.author !== undefined) addAuthors(node.author);
    }
  }
  const metas: Array<[string, string]> = [];
  for (const el of document.querySelectorAll("meta")) {
    const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "").toLowerCase();
    const content = el.getAttribute("content");
    if (key && content) metas.push([key, content]);
  }
  for (const key of DATE_META) {
    if (date) break;
    for (const [k, v] of metas) if (k === key && (date = isoDate(v))) break;
  }
  if (!date) for (const el of document.querySelectorAll("time[datetime]")) if ((el.getAttribute("itemprop") === "datePublished" || el.getAttribute("pubdate") !== null) && (date = isoDate(el.getAttribute("datetime") ?? ""))) break;
  if (!authors.length) for (const key of AUTHOR_META) for (const [k, v] of metas) if (k === key) addAuthors(v);
  if (!authors.length && byline) addAuthors(byline);
  return { date, authors };
}

/** The article objects a JSON-LD block holds (at its top, in a list, or in an @graph). */
function ldArticles(json: string): Array<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  const out: Array<Record<string, unknown>> = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 3 || !v || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, unknown>;
    const types = Array.isArray(o["@type"]) ? o["@type"] : [o["@type"]];
    if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.has(t))) out.push(o);
    if (o["@graph"]) visit(o["@graph"], depth + 1);
  };
  visit(value, 0);
  return out;
}

// elements that need no end tag, or whose end tag is optional: they do not nest
const NO_NESTING = new Set("area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option".split(" "));

/** How deep the page's tags nest, read from the markup in one pass. */
export function markupDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[3] || NO_NESTING.has(m[2].toLowerCase())) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** Sum over nodes of their depth: what Readability's reading of every element's text costs. */
function depthSum(root: DomNode): number {
  let sum = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length && sum <= MAX_DEPTH_SUM) {
    const [node, d] = stack.pop() as [DomNode, number];
    sum += d;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) stack.push([kids[i], d + 1]);
  }
  return sum;
}

const RAW_TEXT = new Set(["script", "style", "noscript", "template", "title", "textarea", "svg", "math"]);
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", mdash: "—", ndash: "–", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (all, e: string) => {
    if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? all;
    const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : "\ufffd";
  });
}

/** The text of a page without a DOM, in one pass: for pages too deep to parse. */
function stripTags(html: string): { title: string | null; paragraphs: string[] } {
  const lower = html.toLowerCase();
  let out = "";
  let title: string | null = null;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    const gt = html.indexOf(">", lt);
    if (gt < 0) break; // an unfinished tag ends the text
    const m = /^<(\/?)([a-zA-Z][\w:-]*)/.exec(html.slice(lt, Math.min(gt + 1, lt + 40)));
    const name = m ? m[2].toLowerCase() : "";
    i = gt + 1;
    if (m && !m[1] && RAW_TEXT.has(name)) {
      // skip to the end tag (one search: linear however many there are)
      const end = lower.indexOf(`</${name}`, i);
      if (name === "title" && title === null) title = clean(decodeEntities(html.slice(i, end < 0 ? html.length : end))) || null;
      i = end < 0 ? html.length : (lower.indexOf(">", end) + 1 || html.length);
    } else if (name === "br") out += "\n";
    else if (BLOCKS.has(name.toUpperCase())) out += "\n\n";
  }
  const paragraphs = decodeEntities(out)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t\r\f\v\u00a0]+/g, " ").replace(/ *\n */g, "\n").trim())
    .filter(Boolean);
  return { title, paragraphs };
}

function clean(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** The text under a node as paragraphs: block elements break, inline ones run on, space collapsed. */
function blocks(root: DomNode, dropFurniture: boolean): string[] {
  const out: string[] = [];
  let cur = "";
  const flush = () => {
    const t = cur.replace(/[ \t\r\f\v\u00a0]*\n[ \t\r\f\v\u00a0]*/g, "\n").replace(/^\s+|\s+$/g, "");
    if (t) out.push(t);
    cur = "";
  };
  // an explicit stack: deep pages would overflow the call stack
  const stack: Array<DomNode | "close"> = [root];
  while (stack.length) {
    const node = stack.pop() as DomNode | "close";
    if (node === "close") {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      cur += (node.nodeValue ?? "").replace(/[ \t\r\n\f]+/g, " ");
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag) || (dropFurniture && FURNITURE.has(tag))) continue;
    if (tag === "BR") {
      cur += "\n";
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) {
      flush();
      stack.push("close");
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  // a <br> inside a paragraph stays a line break; runs of spaces at line edges were dropped above
  return out.map((p) => p.replace(/ {2,}/g, " "));
}
