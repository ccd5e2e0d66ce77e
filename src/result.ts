// The last step: the document and its layers as the kz-analyze/1 result (../shared/CONTRACT.md).

import type { Entity } from "./text/layers";
import { flat, type Doc } from "./text/document";
import { SCHEMA, type Article, type Mention, type Result, type Section, type Source } from "./types";

export function toResult(doc: Doc, sections: ReadonlySet<Section>, source: Source): Result {
  const want = (s: Section) => sections.has(s);
  const mentions = (e: Entity): Mention[] => e.mentions.map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) }));
  const base = (e: Entity) => ({ name: e.name, aliases: e.aliases, count: e.mentions.length, mentions: mentions(e) });
  const of = (type: Entity["type"]) => ordered(doc.entities.filter((e) => e.type === type));
  return {
    schema: SCHEMA,
    source,
    article: describeArticle(doc),
    people: want("people") ? of("person").map((e) => ({ ...base(e), description: e.description })) : [],
    organizations: want("organizations") ? of("organization").map((e) => ({ ...base(e), acronym: e.acronym, description: e.description })) : [],
    countries: want("countries") ? of("country").map((e) => ({ ...base(e), code: e.code ?? "" })) : [],
    places: want("places") ? of("place").map((e) => ({ ...base(e), country: e.country })) : [],
    other: [],
    quotes: want("quotes")
      ? doc.attributions.map(({ quote: q, speaker, kind }) => ({
          text: doc.text.slice(q.start, q.end),
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

const QUOTE_MARKS = /^["“”'‘’«»]+|["“”'‘’«»]+$/g;

function describeArticle(doc: Doc): Article {
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
  return {
    title: titlePara ? flat(doc, titlePara).replace(QUOTE_MARKS, "").trim() || null : null,
    publication: publication(doc),
    date: null,
    authors: [],
    paragraphs: body.length,
    sentences: body.reduce((n, p) => n + p.lastSentence - p.firstSentence, 0),
    words,
    body: body.length ? { start: body[0].start, end: body[body.length - 1].end } : { start: 0, end: 0 },
    extras,
  };
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
