// The main text of an HTML page: parsed with linkedom (a light DOM, no browser engine, no
// scripts run), the article picked out with Mozilla's Readability (Firefox's reader view), then
// written out as plain text, one paragraph per block, with the page's title on top. Both libraries
// are required here, on first use, so a run that sees no HTML never loads them (~0.1 s).

export interface Extracted {
  /** The extracted text: the title, a blank line, then the article's paragraphs. */
  text: string;
  title: string | null;
  /** Readability found no article; the text is the whole page body minus scripts and menus. */
  wholePage: boolean;
}

// Structural types for the little of the DOM used here (the project compiles without DOM types).
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomDocument extends DomNode {
  title: string;
  querySelectorAll(selector: string): Iterable<{ remove(): void }>;
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

let libs: { parseHTML: (html: string) => { document: DomDocument }; Readability: new (doc: DomDocument, opts: object) => { parse(): { title?: string | null; content?: unknown } | null } } | null = null;

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

export function extractHtml(html: string): Extracted {
  const { parseHTML, Readability } = load();
  const { document } = parseHTML(html);
  const pageTitle = clean(document.title ?? "");
  let article: { title?: string | null; content?: unknown } | null = null;
  try {
    // a second DOM, as Readability rewrites the one it reads, without the page's menus and
    // footers (Readability keeps them when the article is short)
    const { document: forReader } = parseHTML(html);
    for (const el of forReader.querySelectorAll(FURNITURE_SELECTOR)) el.remove();
    article = new Readability(forReader, { serializer: (node: DomNode) => node }).parse();
  } catch {
    article = null; // fall back to the page body below
  }
  const title = clean(article?.title ?? "") || pageTitle || null;
  let paragraphs = article?.content ? blocks(article.content as DomNode, false) : [];
  const wholePage = paragraphs.join("").length === 0;
  if (wholePage) paragraphs = blocks(document.body ?? document.documentElement ?? document, true);
  // the headline is said once, on top
  if (title && paragraphs.length && clean(paragraphs[0]) === title) paragraphs.shift();
  const parts = title ? [title, ...paragraphs] : paragraphs;
  return { text: parts.join("\n\n"), title, wholePage };
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
