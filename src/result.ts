// The last step: the document and its layers as the kz-analyze/1 result (../shared/CONTRACT.md).

import type { ArticleMetadata } from "./options";
import { findByline } from "./text/byline";
import { flat, type Doc } from "./text/document";
import { flatten, knownWords } from "./text/flatten";
import type { Entity } from "./text/layers";
import { SCHEMA, type Article, type Mention, type Result, type Section, type Source } from "./types";

export function toResult(doc: Doc, sections: ReadonlySet<Section>, source: Source, metadata: ArticleMetadata): Result {
  const want = (s: Section) => sections.has(s);
  const isWord = knownWords(doc.vocab.lexicon);
  const mentions = (e: Entity): Mention[] => e.mentions.map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) }));
  const base = (e: Entity) => ({ name: e.name, aliases: e.aliases, count: e.mentions.length, mentions: mentions(e) });
  const of = (type: Entity["type"]) => ordered(doc.entities.filter((e) => e.type === type));
  return {
    schema: SCHEMA,
    source,
    article: describeArticle(doc, metadata),
    people: want("people") ? of("person").map((e) => ({ ...base(e), description: e.description })) : [],
    organizations: want("organizations") ? of("organization").map((e) => ({ ...base(e), acronym: e.acronym, description: e.description })) : [],
    countries: want("countries") ? of("country").map((e) => ({ ...base(e), code: e.code ?? "" })) : [],
    places: want("places") ? of("place").map((e) => ({ ...base(e), country: e.country, ...(e.region ? { region: e.region } : {}) })) : [],
    other: want("other") ? of("other").map((e) => ({ ...base(e), kind: e.kind ?? "other" })) : [],
    quotes: want("quotes")
      ? doc.attributions.map(({ quote: q, speaker, kind }) => ({
          text: doc.text.slice(q.start, q.end),
          flat: flatten(doc.text.slice(q.start, q.end), isWord),
          start: q.start,
          end: q.end,
          kind,
          speaker: speaker?.name ?? null,
          speakerKind: speaker?.name ? speaker.kind : null,
          speakerMention: speaker ? speaker.mention : null,
          cue: speaker?.cue ?? null,
        }))
      : [],
    figures: want("figures") ? doc.figures.map((f) => f.figure) : [],
  };
}

/** Entities by mentions, most first, then by first mention. */
function ordered(list: Entity[]): Entity[] {
  return [...list].sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start);
}

function describeArticle(doc: Doc, meta: ArticleMetadata): Article {
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
    publication: publication(doc),
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
function publication(doc: Doc): string | null {
  const raw = doc.publication;
  if (!raw) return null;
  const org = doc.entities.find((e) => e.type === "organization" && (e.name === raw || e.acronym === raw || e.aliases.includes(raw)));
  if (!org) return raw;
  // newspapers are "The …" by name ("the Moscow Times")
  const the = org.mentions.some((m) => /\bthe\s+$/i.test(doc.text.slice(Math.max(0, m.start - 4), m.start)));
  return the && !/^the /i.test(org.name) ? `The ${org.name}` : org.name;
}
