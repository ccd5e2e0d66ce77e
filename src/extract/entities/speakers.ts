// Entity stage, second look: people the tagger missed whom the text names as the source of a
// quotation, where the sources layer says sources stand: at a reporting verb ("said Zebulon
// Quartermaine"), as a transcript label ("WALLACE:"), before a colon, after a dash. Each such name
// becomes a person, mentioned wherever the text writes it; a person the tagger took for a place
// ("President Obama said") or for a name of no known kind becomes a person. The caller links
// again. So the people listed never depend on whether quotes were asked for, and a quote's
// speaker is among them.

import type { Doc } from "../../text/document";
import type { Entity, NameSpan } from "../../text/layers";
import { describedAt, isPersonName, ownerBeforePreposition, writtenName } from "../../text/names";
import { GENERATIONS, isTitleWord } from "../../words/names";
import { TIME_WORDS } from "../../words/time";

interface Position {
  first: number;
  last: number;
  /** A transcript label: a name by its position alone. */
  label: boolean;
}

/** Adds the names of speakers the names layer lacks (as person spans) and retypes people read as places; true when it changed anything. */
export function addSpeakerNames(doc: Doc, byLastWord: ReadonlyMap<string, Entity[]>): boolean {
  const names = new Map<string, { label: boolean }>();
  const retyped = new Set<Entity>();
  for (const p of speakerPositions(doc)) {
    const found = nameAt(doc, p, byLastWord);
    if (found?.retype) retyped.add(found.retype);
    else if (found?.name && !names.has(found.name)) names.set(found.name, { label: p.label });
  }
  for (const e of retyped)
    for (const s of e.mentions) {
      s.type = "person";
      s.kind = undefined;
    }
  const added: NameSpan[] = [];
  for (const [name, spans] of occurrences(doc, [...names.keys()])) {
    // a title before one of its mentions ("Mr Kelly"), a label's colon after it or a description
    // (", a local farmer") says the words name a person
    const titled = spans.some((s) => titleBefore(doc, s.first) || doc.tokens[s.last]?.norm === ":" || describedAt(doc.vocab.lexicon, doc.tokens, s.last));
    if (isPersonName(doc.vocab.lexicon, name.split(" "), titled)) for (const s of spans) added.push(s);
  }
  for (const s of added) doc.names.push(s);
  return added.length > 0 || retyped.size > 0;
}

/** Where the text names a speaker: the sources layer's spans (positions only; nothing is resolved). */
function* speakerPositions(doc: Doc): Generator<Position> {
  for (const { source } of doc.sources) if (source && source !== "carried") yield { first: source.first, last: source.last, label: source.label === true };
}

/** The person's name a speaker's phrase holds that no entity bears yet, or a place entity that is that person. */
function nameAt(doc: Doc, p: Position, byLastWord: ReadonlyMap<string, Entity[]>): { name?: string; retype?: Entity } | null {
  const { tokens } = doc;
  const last = ownerBeforePreposition(doc, p.first, p.last);
  let head = last - 1;
  while (head > p.first && (tokens[head].norm === ")" || tokens[head].kind !== "word")) head--;
  const m = doc.mentionAt[head];
  if (m && m.span.first >= p.first && (m.entity.type === "person" || m.entity.type === "organization")) return null;
  if (!tokens[head].cap || TIME_WORDS.has(tokens[head].lower)) return null;
  const n = writtenName(doc, p.first, head + 1, p.label);
  if (!n) return null;
  // a name the entities already bear by its last word: the quote stage finds it by that word
  if (byLastWord.has(tokens[n.h].lower) || (GENERATIONS.has(tokens[n.h].lower) && n.h > n.na && byLastWord.has(tokens[n.h - 1].lower))) return null;
  const place = m !== undefined && (m.entity.type === "country" || m.entity.type === "place");
  if (place && !titleBefore(doc, m.span.first)) return null;
  // (a name of no known kind is a person where it speaks: "says the BBC's Elizabeth Blunt")
  const unknown = m !== undefined && m.entity.type === "other" && m.entity.kind === "other";
  const titled = n.titled || describedAt(doc.vocab.lexicon, tokens, head + 1);
  if (!isPersonName(doc.vocab.lexicon, n.words, titled)) return null;
  const name = n.words.join(" ").replace(/ - /g, "-");
  if (place || unknown) return m.entity.type !== "country" && m.entity.name === name && isPersonName(doc.vocab.lexicon, n.words, true) ? { retype: m.entity } : null;
  return { name };
}

/** A title stands right before token i: "Mr Kelly", "Lord Falconer", "Father Hamel". */
function titleBefore(doc: Doc, i: number): boolean {
  const t = doc.tokens[i - 1];
  return !!t && isTitleWord(t.lower, t.cap);
}

/**
 * Where each name stands in the text, outside the mentions found: its words in order, each
 * capitalised, compared without case ("WALLACE" finds "Wallace"). One pass over the tokens.
 */
function occurrences(doc: Doc, names: string[]): Map<string, NameSpan[]> {
  const { tokens, text } = doc;
  const out = new Map<string, NameSpan[]>();
  if (!names.length) return out;
  const byFirst = new Map<string, Array<{ name: string; words: string[] }>>();
  for (const name of names) {
    const words = name.toLowerCase().split(" ");
    const list = byFirst.get(words[0]);
    if (list) list.push({ name, words });
    else byFirst.set(words[0], [{ name, words }]);
  }
  const taken = (k: number) => doc.mentionAt[k] !== undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (taken(i) || tokens[i].kind !== "word") continue;
    const candidates = byFirst.get(tokens[i].lower);
    if (!candidates) continue;
    for (const { name, words } of candidates) {
      let j = 0;
      while (j < words.length && i + j < tokens.length && !taken(i + j) && tokens[i + j].cap && tokens[i + j].lower === words[j]) j++;
      if (j < words.length) continue;
      // not a part of a longer capitalised name: "Kelly" in "Kelly Clarkson" is someone else
      const next = tokens[i + j];
      if (next && next.kind === "word" && next.cap && next.space && !next.newline && words.length === 1) continue;
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
