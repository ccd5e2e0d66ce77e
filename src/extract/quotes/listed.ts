// The contract's promise that a quote's speaker is a name in `people` or `organizations`. The quote
// stage names some speakers the entity stage missed ("said Zebulon Quartermaine", a transcript label
// "WALLACE:", a pronoun resolved to a name written without a mention); here each such name becomes
// a person with every occurrence of the name in the text as its mentions (or, when it is a short form
// of a person already listed, "Kelly" for Ruth Kelly, folds into that person). A name that is not a
// person's leaves the quote with a null speaker; its speakerMention and cue stay.

import type { Doc } from "../../text/document";
import type { Entity, EntityMention, NameSpan } from "../../text/layers";
import { setEntities } from "../entities";
import { describedAt, isPersonName } from "../../text/names";
import { isTitleWord } from "../../words/names";

interface Entities {
  list: Entity[];
  mentions: EntityMention[];
}

/** Adds the speakers the entity lists lack to the entities layer (people) and names every speaker as listed. */
export function listSpeakers(doc: Doc): void {
  const entities: Entities = { list: [...doc.entities], mentions: [...doc.mentions] };
  const quotes = doc.attributions.map((a) => ({ start: a.quote.start, speaker: a.speaker?.name ?? null }));
  const listed = new Set<string>();
  for (const e of entities.list) if (e.type === "person" || e.type === "organization") listed.add(e.name);
  const missing = new Map<string, number>(); // name → where its first quote starts
  for (const q of quotes) if (q.speaker !== null && !listed.has(q.speaker) && !missing.has(q.speaker)) missing.set(q.speaker, q.start);
  if (!missing.size) return;

  const found = occurrences(doc, entities, [...missing.keys()]);
  const renamed = new Map<string, string | null>();
  let nextId = entities.list.reduce((n, e) => Math.max(n, e.id + 1), 0);
  const added: Array<{ span: NameSpan; entity: Entity }> = [];
  for (const [name, at] of missing) {
    const words = name.split(" ");
    // a person the entity stage took for a place ("President Obama" as a place): listed as a person now
    const misplaced = entities.list.find((e) => e.type === "place" && e.name === name);
    if (misplaced && misplaced.mentions.some((m) => titleBefore(doc, m.first)) && isPersonName(doc.vocab.lexicon, words, true)) {
      misplaced.type = "person";
      misplaced.country = null;
      for (const m of misplaced.mentions) m.type = "person";
      renamed.set(name, name);
      continue;
    }
    const spans = found.get(name) ?? [];
    const short = shortFormOf(entities, words, at);
    if (short) {
      for (const s of spans) added.push({ span: { ...s, type: "person" }, entity: short });
      if (spans.length && name !== short.name && !short.aliases.includes(name)) short.aliases.push(name);
      renamed.set(name, short.name);
      continue;
    }
    // a title before one of its mentions ("Mr Kelly", "Lord Falconer"), a transcript label or a description
    // after it (", a local farmer") says the words name a person
    const titled = spans.some((s) => titleBefore(doc, s.first) || doc.tokens[s.last]?.norm === ":" || describedAt(doc.vocab.lexicon, doc.tokens, s.last));
    if (!spans.length || !isPersonName(doc.vocab.lexicon, words, titled)) {
      renamed.set(name, null);
      continue;
    }
    // a label written in capitals ("MCCAIN") is listed as the text writes the name elsewhere ("McCain")
    const listedAs = spans.find((s) => /\p{Ll}/u.test(s.name))?.name ?? name;
    const entity: Entity = {
      id: nextId++,
      type: "person",
      name: listedAs,
      aliases: [],
      mentions: [],
      description: null,
      acronym: null,
      code: null,
      country: null,
      gender: null,
    };
    for (const s of spans) {
      if (s.name !== listedAs && !entity.aliases.includes(s.name)) entity.aliases.push(s.name);
      added.push({ span: { ...s, type: "person" }, entity });
    }
    entities.list.push(entity);
    renamed.set(name, listedAs);
  }
  for (const a of added) a.entity.mentions.push(a.span);
  for (const e of new Set(added.map((a) => a.entity))) e.mentions.sort((x, y) => x.start - y.start);
  if (added.length) {
    entities.mentions.push(...added);
    entities.mentions.sort((x, y) => x.span.start - y.span.start);
  }
  setEntities(doc, entities.list, entities.mentions);
  for (const a of doc.attributions) {
    const s = a.speaker;
    if (s?.name != null && renamed.has(s.name)) {
      s.name = renamed.get(s.name) ?? null;
      if (s.name === null) s.kind = null;
    }
  }
}

/**
 * Where each name stands in the text, outside the entity stage's mentions: its words in order, each
 * capitalised, compared without case ("WALLACE" finds "Wallace"). One pass over the tokens.
 */
function occurrences(doc: Doc, entities: Entities, names: string[]): Map<string, NameSpan[]> {
  const { tokens, text } = doc;
  const taken = new Uint8Array(tokens.length);
  for (const m of entities.mentions) taken.fill(1, m.span.first, m.span.last);
  const byFirst = new Map<string, Array<{ name: string; words: string[] }>>();
  for (const name of names) {
    const words = name.toLowerCase().split(" ");
    const list = byFirst.get(words[0]);
    if (list) list.push({ name, words });
    else byFirst.set(words[0], [{ name, words }]);
  }
  const out = new Map<string, NameSpan[]>();
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || tokens[i].kind !== "word") continue;
    const candidates = byFirst.get(tokens[i].norm.toLowerCase());
    if (!candidates) continue;
    for (const { name, words } of candidates) {
      let j = 0;
      while (j < words.length && i + j < tokens.length && !taken[i + j] && /^\p{Lu}/u.test(tokens[i + j].text) && tokens[i + j].norm.toLowerCase() === words[j]) j++;
      if (j < words.length) continue;
      // not a part of a longer capitalised name: "Kelly" in "Kelly Clarkson" is someone else
      const next = tokens[i + j];
      if (next && next.kind === "word" && /^\p{Lu}/u.test(next.text) && next.space && !next.newline && words.length === 1) continue;
      const start = tokens[i].start;
      const end = tokens[i + j - 1].end;
      const list = out.get(name) ?? [];
      list.push({ start, end, first: i, last: i + j, type: "person", name: text.slice(start, end).replace(/\s+/g, " ") });
      out.set(name, list);
      break;
    }
  }
  return out;
}

/** The person already listed whose name ends in these words or has them as an alias ("Kelly" → Ruth Kelly), the one named last before `at` if several. */
function shortFormOf(entities: Entities, words: string[], at: number): Entity | null {
  const lower = words.map((w) => w.toLowerCase());
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of entities.list) {
    if (e.type !== "person") continue;
    const names = [e.name, ...e.aliases].map((n) => n.toLowerCase().split(/\s+/));
    const fits = names.some((n) => n.length >= lower.length && lower.every((w, i) => n[n.length - lower.length + i] === w));
    if (!fits) continue;
    let last = -1;
    for (const m of e.mentions) if (m.start < at) last = m.start;
    if (best === null || last > bestAt) ((best = e), (bestAt = last));
  }
  return best;
}

/** A title stands right before token i: "Mr Kelly", "Lord Falconer", "Father Hamel". */
function titleBefore(doc: Doc, i: number): boolean {
  const t = doc.tokens[i - 1];
  return !!t && isTitleWord(t.lower, t.cap);
}
