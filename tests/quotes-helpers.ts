// Runs the quote stage on text whose names the test marks itself, so quote tests do not depend on
// what the tagger recognises: "{Jane Porter}" is a person, "{Acme Bank|org}" an organisation,
// "{Porter=Jane Porter}" another mention of Jane Porter, "{Anna Berg|f}" a person known to be female.
// The stages run as the pipeline runs them (cues, the marked names, sources, the entity stage's
// second look for speakers' names, then attribution); only the tagger and the linking are replaced
// by the marks.

import { findCues } from "../src/extract/cues";
import { byLastWord, setEntities } from "../src/extract/entities";
import { addSpeakerNames } from "../src/extract/entities/speakers";
import { attributeQuotes } from "../src/extract/quotes";
import { findSources } from "../src/extract/quotes/sources";
import { toResult } from "../src/result";
import { createDoc, type Doc } from "../src/text/document";
import type { Entity, EntityMention, EntityType, NameSpan } from "../src/text/layers";
import type { Quote } from "../src/types";
import { vocab } from "./helpers";

const TYPES: Record<string, EntityType> = { org: "organization", person: "person", country: "country", place: "place" };

export interface Marked {
  text: string;
  doc: Doc;
  quotes: Quote[];
}

export function quotesOf(marked: string): Marked {
  const { text, doc } = prepare(marked);
  attributeQuotes(doc);
  return { text, doc, quotes: toResult(doc, new Set(["quotes"]), { path: "-" }, {}).quotes };
}
quotesOf.prepare = prepare;

/** The text without its marks, and its document with the marked names as its entities (and the speakers' names the entity stage adds). */
function prepare(marked: string): { text: string; doc: Doc } {
  let text = "";
  const spans: Array<{ start: number; end: number; name: string; type: EntityType; gender: "m" | "f" | null }> = [];
  const re = /\{([^{}|=]+)(?:=([^{}|]+))?(?:\|([a-z]+))?\}/g;
  let last = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[1];
    const flag = m[3] ?? "person";
    spans.push({ start, end: text.length, name: m[2] ?? m[1], type: TYPES[flag] ?? "person", gender: flag === "m" || flag === "f" ? flag : null });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  const doc = createDoc(text, vocab());
  findCues(doc);
  // the marks stand for the tagger: each marked span is a name, its mark says whose
  const canonical = new Map<NameSpan, { name: string; gender: "m" | "f" | null }>();
  let tokenAt = 0;
  for (const s of spans) {
    let first = tokenAt;
    while (doc.tokens[first].start < s.start) first++;
    tokenAt = first;
    let lastTok = first;
    while (lastTok < doc.tokens.length && doc.tokens[lastTok].end <= s.end) lastTok++;
    const span: NameSpan = { start: s.start, end: s.end, first, last: lastTok, type: s.type, name: text.slice(s.start, s.end) };
    doc.names.push(span);
    canonical.set(span, { name: s.name, gender: s.gender });
  }
  group(doc, canonical);
  findSources(doc);
  // the entity stage's second look, and its names grouped as linking would (by the name as written)
  if (addSpeakerNames(doc, byLastWord(doc.entities))) {
    group(doc, canonical);
    findSources(doc);
  }
  return { text, doc };
}

/** Entities from the names layer: a marked span under its mark's name, any other under its own words. */
function group(doc: Doc, canonical: Map<NameSpan, { name: string; gender: "m" | "f" | null }>): void {
  const byName = new Map<string, Entity>();
  const list: Entity[] = [];
  const mentions: EntityMention[] = [];
  for (const span of [...doc.names].sort((a, b) => a.start - b.start)) {
    const mark = canonical.get(span);
    const name = mark?.name ?? span.name.replace(/^[A-Z]+$/, (w) => w[0] + w.slice(1).toLowerCase());
    let e = byName.get(name);
    if (!e) {
      e = { id: list.length, type: span.type, name, aliases: [], mentions: [], description: null, acronym: null, code: null, country: null, region: null, kind: null, gender: null };
      byName.set(name, e);
      list.push(e);
    }
    e.type = span.type;
    if (mark?.gender) e.gender = mark.gender;
    if (span.name !== e.name && !e.aliases.includes(span.name)) e.aliases.push(span.name);
    e.mentions.push(span);
    mentions.push({ span, entity: e });
  }
  setEntities(doc, list, mentions);
}

/** [text, speaker] pairs, the shape most tests compare. */
export function who(marked: string): Array<[string, string | null]> {
  return quotesOf(marked).quotes.map((q) => [q.text, q.speaker]);
}

/** The one quote a marked text yields, failing when it yields none or several. */
export function oneQuote(marked: string): Quote {
  const q = quotesOf(marked).quotes;
  expect(q).toHaveLength(1);
  return q[0];
}
