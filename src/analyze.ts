// The core: one pure function from a document's text to the kz-analyze/1 result. No I/O here;
// reading inputs and rendering results happen around it.

import { entitySections, extractEntities, type Entities } from "./extract/entities";
import { extractFigures } from "./extract/figures";
import { extractQuotes } from "./extract/quotes";
import { listSpeakers } from "./extract/quotes/listed";
import { createDoc, flat, type Doc } from "./text/document";
import { findByline } from "./text/byline";
import { flatten } from "./text/flatten";
import { SCHEMA, SECTIONS, type Article, type Result, type Section, type Source } from "./types";

export interface AnalyzeOptions {
  /** What to say about the input in `source` (path, bytes, encoding, …). */
  source?: Source;
  /** Sections to fill; the others are left empty. Default: all. */
  sections?: readonly Section[];
  /** What the page's metadata or a record's fields say about the article; each beats what the text suggests. */
  metadata?: ArticleMetadata;
}

export interface ArticleMetadata {
  title?: string | null;
  /** ISO 8601 ("2022-01-07"). */
  date?: string | null;
  authors?: readonly string[];
}

export function analyze(text: string, options: AnalyzeOptions = {}): Result {
  const want = new Set(options.sections ?? SECTIONS);
  const doc = createDoc(text);
  // quotes name their speakers from the entity lists, and a header's publication ("From MT:") is
  // named by the organisation it abbreviates, so entities run when any of these is wanted
  const needEntities = doc.publication !== null || ["people", "organizations", "countries", "places", "quotes"].some((s) => want.has(s as Section));
  const entities = needEntities ? extractEntities(doc) : { list: [], mentions: [] };
  // a quote's speaker is a name in people or organizations: speakers the entity stage missed join
  // people (so the people list is the same whether or not quotes are asked for)
  const quotes = want.has("quotes") || want.has("people") ? listSpeakers(doc, entities, extractQuotes(doc, entities)) : [];
  const sections = entitySections(doc, entities);
  return {
    schema: SCHEMA,
    source: options.source ?? { path: "-" },
    article: describeArticle(doc, entities, options.metadata ?? {}),
    people: want.has("people") ? sections.people : [],
    organizations: want.has("organizations") ? sections.organizations : [],
    countries: want.has("countries") ? sections.countries : [],
    places: want.has("places") ? sections.places : [],
    other: [],
    quotes: want.has("quotes") ? quotes.map(({ text, ...q }) => ({ text, flat: flatten(text), ...q })) : [],
    figures: want.has("figures") ? extractFigures(doc) : [],
  };
}

function describeArticle(doc: Doc, entities: Entities, meta: ArticleMetadata): Article {
  const body = doc.paragraphs.filter((p) => p.kind === "body");
  const titlePara = doc.paragraphs.find((p) => p.kind === "title");
  let words = 0;
  for (const p of body) for (let i = p.first; i < p.last; i++) if (doc.tokens[i].kind === "word" || doc.tokens[i].kind === "number") words++;
  const extras: Article["extras"] = [];
  for (const p of doc.paragraphs) {
    if (p.kind === "comment" || p.kind === "boilerplate" || p.kind === "header") {
      const last = extras[extras.length - 1];
      if (last && last.kind === p.kind) last.end = p.end;
      else extras.push({ kind: p.kind, start: p.start, end: p.end });
    }
  }
  // the page's or record's metadata first; else what the text's first lines say, where they say it alone
  const byline = meta.date && meta.authors?.length ? null : findByline(doc.text);
  return {
    title: meta.title || (titlePara ? unwrapTitle(flat(doc, titlePara).trim()) || null : null),
    publication: publication(doc, entities),
    date: meta.date ?? byline?.date ?? null,
    authors: meta.authors?.length ? [...meta.authors] : (byline?.authors ?? []),
    paragraphs: body.length,
    sentences: body.reduce((n, p) => n + p.lastSentence - p.firstSentence, 0),
    words,
    body: body.length ? { start: body[0].start, end: body[body.length - 1].end } : { start: 0, end: 0 },
    extras,
  };
}

/** Marks wrapping a whole title (“…”, "…", ‘…’) are dropped; marks inside it, or unmatched, are kept ("Labour targets 'hardcore truants'"). */
function unwrapTitle(title: string): string {
  const pairs: Record<string, string> = { "“": "”", '"': '"', "«": "»", "‘": "’", "'": "'", "„": "“" };
  const close = pairs[title[0]];
  if (!close || title.length < 3 || title[title.length - 1] !== close) return title;
  const inner = title.slice(1, -1);
  // the pair wraps the title only if no other quotation opens or closes inside it (an apostrophe may)
  const single = close === "’" || close === "'";
  const opens = single ? /(^|\s)['‘]/.test(inner) || /['’](\s|$)/.test(inner) : inner.includes(close) || inner.includes(title[0]);
  return opens ? title : inner.trim();
}

/** The publication a header names ("From MT:"), under the organisation's full name when the text gives it. */
function publication(doc: Doc, entities: Entities): string | null {
  const raw = doc.publication;
  if (!raw) return null;
  const org = entities.list.find((e) => e.type === "organization" && (e.name === raw || e.acronym === raw || e.aliases.includes(raw)));
  if (!org) return raw;
  // newspapers are "The …" by name ("the Moscow Times")
  const the = org.mentions.some((m) => /\bthe\s+$/i.test(doc.text.slice(Math.max(0, m.start - 4), m.start)));
  return the && !/^the /i.test(org.name) ? `The ${org.name}` : org.name;
}
