import type { Doc } from "../../../text/document";
import type { Entity } from "../../../text/layers";
import type { Rule } from "./rule";

/** Per document: the first person named outside quotations, and the token where a second one is first named. */
const FIRST_PEOPLE = new WeakMap<Doc, { person: Entity | null; second: number }>();

function firstPeople(doc: Doc): { person: Entity | null; second: number } {
  let r = FIRST_PEOPLE.get(doc);
  if (r) return r;
  r = { person: null, second: doc.tokens.length };
  for (let k = 0; k < doc.tokens.length; k++) {
    const m = doc.mentionAt[k];
    if (!m || m.entity.type !== "person" || doc.tokens[k].inQuote) continue;
    if (!r.person) r.person = m.entity;
    else if (m.entity !== r.person) {
      r.second = k;
      break;
    }
  }
  FIRST_PEOPLE.set(doc, r);
  return r;
}

export const onlyPerson: Rule = {
  name: "only-person",
  description: "A candidate only, when no other rule matches: a statement opening its paragraph in an article that so far names one person alone is that person's (“David Blunkett in quotes”).",
  example: "David Blunkett built his reputation as a plain speaker. ⏎ “I fell in love with someone.”",
  candidateOnly: true,
  lastResort: true,
  match(doc, { q }) {
    // (a statement opening its paragraph: one inside a paragraph about something else is no one's)
    if (doc.paragraphs[q.paragraph].first !== q.openTok) return null;
    const { person, second } = firstPeople(doc);
    if (!person || q.openTok >= second) return null;
    // its last mention before the statement
    let m = person.mentions[0];
    for (const x of person.mentions) if (x.first < q.openTok) m = x;
    return m.first < q.openTok ? { first: m.first, last: m.last, cue: null, at: m.first } : null;
  },
};
