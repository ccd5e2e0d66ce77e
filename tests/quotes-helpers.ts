// Runs the quote stage on text whose names the test marks itself, so quote tests do not depend on
// what the entity stage recognises: "{Jane Porter}" is a person, "{Acme Bank|org}" an organisation,
// "{Porter=Jane Porter}" another mention of Jane Porter, "{Anna Berg|f}" a person known to be female.

import type { Entities, Entity, EntityType, NameSpan } from "../src/extract/entities/types";
import { extractQuotes } from "../src/extract/quotes";
import { createDoc, type Doc } from "../src/text/document";
import type { Quote } from "../src/types";

const TYPES: Record<string, EntityType> = { org: "organization", person: "person", country: "country", place: "place" };

export interface Marked {
  text: string;
  quotes: Quote[];
  entities: Entities;
}

export function quotesOf(marked: string): Marked {
  const { text, doc, entities } = prepare(marked);
  return { text, quotes: extractQuotes(doc, entities), entities };
}
quotesOf.prepare = prepare;

/** The text without its marks, its document, and the entities the marks name. */
function prepare(marked: string): { text: string; doc: Doc; entities: Entities } {
  let text = "";
  const spans: Array<{ start: number; end: number; name: string; type: EntityType; gender: "m" | "f" | null }> = [];
  const re = /\{([^{}|=]+)(?:=([^{}|]+))?(?:\|([a-z]+))?\}/g;
  let last = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[1];
    const flag = m[3] ?? "person";
    const type = TYPES[flag] ?? "person";
    const gender = flag === "m" || flag === "f" ? flag : null;
    spans.push({ start, end: text.length, name: m[2] ?? m[1], type, gender });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  const doc = createDoc(text);
  const byName = new Map<string, Entity>();
  const list: Entity[] = [];
  const mentions: Entities["mentions"] = [];
  let tokenAt = 0;
  for (const s of spans) {
    let e = byName.get(s.name);
    if (!e) {
      e = { id: list.length, type: s.type, name: s.name, aliases: [], mentions: [], description: null, acronym: null, code: null, country: null, gender: s.gender };
      byName.set(s.name, e);
      list.push(e);
    }
    if (s.gender) e.gender = s.gender;
    let first = tokenAt;
    while (doc.tokens[first].start < s.start) first++;
    tokenAt = first;
    let lastTok = first;
    while (lastTok < doc.tokens.length && doc.tokens[lastTok].end <= s.end) lastTok++;
    const span: NameSpan = { start: s.start, end: s.end, first, last: lastTok, type: s.type, name: text.slice(s.start, s.end) };
    if (span.name !== e.name && !e.aliases.includes(span.name)) e.aliases.push(span.name);
    e.mentions.push(span);
    mentions.push({ span, entity: e });
  }
  return { text, doc, entities: { list, mentions } };
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
