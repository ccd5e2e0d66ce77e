// Speakers: the noun phrase a reporting verb rests on (found by bounded scans over tokens, no
// parser), and who it names: a person or organisation from the entity lists, a name the entity stage
// missed, a role ("a campaign spokesman"), or a pronoun resolved to the person the text is about.

import type { Entity, NameSpan } from "../entities";
import type { Doc } from "../../text/document";
import { getLexicon } from "../../text/lexicon";
import type { Token } from "../../text/tokenize";
import type { Mention } from "../../types";
import {
  AUXILIARIES,
  DETERMINERS,
  FEMALE_TITLES,
  MALE_TITLES,
  MEDIA_NAME,
  MEDIA_ROLES,
  NOMINAL_CUES,
  ORG_ROLES,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
  TITLES,
  isBaseForm,
  isBetween,
  isCueWord,
  particleCue,
} from "./cues";

export type Gender = "m" | "f" | null;

/** Token → the entity mention covering it. */
export interface MentionAt {
  first: number;
  last: number;
  entity: Entity;
}

/** Who a quote is attributed to, and the words that say so. */
export interface Speaker {
  /** Canonical name (entity name, or the name as written when the entity stage missed it), or null. */
  name: string | null;
  entity: Entity | null;
  /** Token range the attribution rests on. */
  first: number;
  last: number;
  mention: Mention;
  cue: string | null;
  gender: Gender;
  /** Token index of the cue (or the name), for recency. */
  at: number;
}

export interface Ctx {
  doc: Doc;
  mentionOf: Array<MentionAt | undefined>;
  /** 1 for tokens inside a quote (marks included). */
  inQuote: Uint8Array;
  /** 1 for reporting verbs, wherever they stand (see cueFlags). */
  cue: Uint8Array;
  /** 1 for tokens that start with a capital letter. */
  cap: Uint8Array;
  /** Person and organisation entities by lower-cased last word of any of their names. */
  byWord: Map<string, Entity[]>;
  /** Speakers found so far, in text order (pronouns resolve against them too). */
  speakers: Speaker[];
  genderMemo: Map<Entity, Gender>;
}

const lex = () => getLexicon();

/** "report", "reports", "claims": a form that can be a noun. */
const isBaseOrPlural = (w: string) => isBaseForm(w) || (w.endsWith("s") && isBaseForm(w.slice(0, -1)));

export function isCueAt(ctx: Ctx, i: number): boolean {
  return ctx.cue[i] === 1 && !ctx.inQuote[i];
}

/** 1 for each token that is a reporting verb ("said", or "put" in "put it"), computed once per document. */
export function cueFlags(doc: Doc): { cue: Uint8Array; cap: Uint8Array } {
  const { tokens } = doc;
  const cue = new Uint8Array(tokens.length);
  const cap = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "word") continue;
    if (isCueWord(t.text) || particleCue(t.text, tokens[i + 1]?.norm)) cue[i] = 1;
    if (capital(t)) cap[i] = 1;
  }
  return { cue, cap };
}

/** The cue as written: "said", or "put it" for a two-word verb. */
export function cueText(ctx: Ctx, v: number): string {
  const t = ctx.doc.tokens[v];
  return particleCue(t.text, ctx.doc.tokens[v + 1]?.norm) ? `${t.norm} ${ctx.doc.tokens[v + 1].norm}` : t.norm;
}

const capital = (t: Token) => /^\p{Lu}/u.test(t.text);
const POSSESSIVE = /^['’]s?$/;

function isFunction(w: string): boolean {
  return lex().functionWords.has(w) || w === "that" || w === "who" || w === "which" || w === "and" || w === "but" || w === "or";
}

/** A token that can sit inside a speaker's noun phrase. */
function npWord(ctx: Ctx, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (!t || ctx.inQuote[i]) return false;
  if (t.kind === "word") {
    const w = t.norm.toLowerCase();
    if (POSSESSIVE.test(t.norm) || w === "'s") return true;
    if (capital(t)) return !TIME_WORDS.has(w) || ctx.mentionOf[i] !== undefined;
    // "the IMF report stated": a reporting noun right before the verb is part of the phrase
    if (isCueWord(t.text) && isBaseOrPlural(t.text) && ctx.cue[i + 1] === 1) return true;
    if (isFunction(w) || isCueWord(t.text) || isBetween(t.norm) || TIME_WORDS.has(w)) return false;
    // "the ruling": after a determiner a verb form is a noun
    const prev = ctx.doc.tokens[i - 1];
    return !lex().verbs.has(w) || (!!prev && (DETERMINERS.has(prev.norm.toLowerCase()) || POSSESSIVE.test(prev.norm)));
  }
  if (t.kind === "number") return /\p{L}/u.test(t.text); // "52-count", "81-year-old"
  return t.norm === "-" && !t.space; // hyphen glued in a name
}

/**
 * The speaker phrase that ends right before token `end` (a reporting verb), read backwards: words
 * between subject and verb are skipped, a bracketed party tag "(D-N.C.)" and an apposition
 * ", a banker at Acme," are stepped over to the name before them. Returns [first, last) or null.
 */
export function phraseBefore(ctx: Ctx, end: number, from: number): [number, number] | null {
  const { tokens } = ctx.doc;
  let j = end - 1;
  while (j >= from && (isBetween(tokens[j].norm) || tokens[j].norm === "n't") && !SUBJECT_PRONOUNS[tokens[j].norm.toLowerCase()]) j--;
  if (j < from) return null;
  // "(R-Utah)" after the name
  if (tokens[j].norm === ")") {
    let k = j - 1;
    while (k >= from && k > j - 12 && tokens[k].norm !== "(") k--;
    if (k < from || tokens[k].norm !== "(") return null;
    j = k - 1;
  }
  if (j < from) return null;
  // ", a …, said" / "Donna Rawlings, 59, of Ashton, Md., who watched …, said": the name opens the
  // run of comma-separated pieces, the rest describe it
  if (tokens[j].norm === ",") return appositionHead(ctx, j, from);
  const w = tokens[j].norm.toLowerCase();
  // "…, who said": the name before the relative pronoun
  if ((w === "who" || w === "which") && j - 1 >= from) {
    const k = tokens[j - 1].norm === "," ? j - 1 : j;
    return phraseCore(ctx, k, from);
  }
  return phraseCore(ctx, j + 1, from);
}

const CLAUSE_START = /^(?:after|before|when|while|as|although|though|if|because|since|once|until|whereas|but|and|so)$/i;

/**
 * The speaker before a run of appositions ending at the comma j: the leftmost comma-separated piece
 * that is a speaker phrase on its own ("Donna Rawlings, 59, of Ashton, Md., who watched …, said";
 * "Hillary Clinton, at a later press gaggle, said"), not reaching back past an opening clause.
 */
function appositionHead(ctx: Ctx, j: number, from: number): [number, number] | null {
  const { tokens } = ctx.doc;
  let best: [number, number] | null = null;
  let end = j;
  for (let k = j - 1; k >= from - 1 && k > j - 45; k--) {
    if (k >= from && (ctx.inQuote[k] || tokens[k].norm === ";")) break;
    if (k >= from && tokens[k].norm !== ",") continue;
    const start = k + 1;
    if (start >= end) break;
    if (CLAUSE_START.test(tokens[start].norm)) break;
    const r = phraseCore(ctx, end, start);
    if (r !== null && r[0] === start && plausible(ctx, r[0], r[1]) && (best === null || namesSomeone(ctx, r[0], r[1]) || !namesSomeone(ctx, best[0], best[1])))
      best = r;
    end = k;
  }
  return best;
}

/** A phrase with a person or organisation in it, or a capitalised head that is not a place or a time. */
function namesSomeone(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  const head = tokens[last - 1];
  const m = ctx.mentionOf[last - 1];
  if (m) return m.entity.type === "person" || m.entity.type === "organization";
  // "Va." or "Oklahoma" after a name describe it; a capitalised head the entity stage missed names someone
  if (/\.$/.test(head.text) && head.text.length <= 5) return false;
  return /^\p{Lu}/u.test(head.text) && !TIME_WORDS.has(head.norm.toLowerCase()) && first < last;
}

/**
 * Who can speak: a pronoun, a name, "the/a …" with a noun, or plural people ("officials"); not
 * "late-night", "the woman’s" or a place.
 */
export function plausible(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  const head = tokens[last - 1];
  if (/^['’]s?$/.test(head.norm)) return false;
  if (last - first === 1 && SUBJECT_PRONOUNS[head.norm.toLowerCase()]) return true;
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (!/^\p{Lu}/u.test(t.text) || DETERMINERS.has(t.norm.toLowerCase())) continue;
    // a capital that only opens the sentence: "Following initial reports", "When terrorists"
    if (INTRO.test(t.norm) || /^\p{Lu}\p{Ll}+ing$/u.test(t.text)) continue;
    return true;
  }
  if (DETERMINERS.has(tokens[first].norm.toLowerCase())) return last - first >= 2;
  return /^\p{Ll}.*s$/u.test(head.text) && last - first <= 6;
}

/** A plain-form verb needs a plural or I/we/you subject, or an auxiliary: "officials say", "would say". */
export function agrees(ctx: Ctx, p: [number, number], v: number): boolean {
  const { tokens } = ctx.doc;
  if (!isBaseForm(tokens[v].text) || tokens[v].norm === "read") return true; // "the article read"
  let k = v - 1;
  while (k > p[1] - 1 && isBetween(tokens[k].norm) && !AUXILIARIES.has(tokens[k].norm.toLowerCase())) k--;
  if (k >= p[1] && AUXILIARIES.has(tokens[k].norm.toLowerCase())) return true;
  const head = tokens[p[1] - 1].norm.toLowerCase();
  if (/^(?:they|we|i|you|police|people|staff)$/.test(head)) return true;
  if (tokens[p[0] - 1]?.norm.toLowerCase() === "and") return true; // "Obama and Clinton call"
  return /s$/.test(head) && ctx.mentionOf[p[1] - 1]?.entity.type !== "person";
}

const OBJECT_BEFORE = new Set(["of", "to", "for", "with", "about", "on", "in", "into", "from", "by", "at", "through", "against", "over", "under", "like"]);

/** Words after which a verb has no subject of its own: ", saying", "before asking", "to accuse", "and vowed". */
const HANDOVER = new Set([",", "and", "but", "before", "after", "while", "by", "when", "then", "without", "to", "-", "--", "despite", "since", "upon", "in"]);
const INTRO = /^(?:in|at|on|after|before|during|while|when|as|since|speaking|giving|asked|following|with|from|for|despite|although|though|because|if|later|earlier|last|this|meanwhile|still|yet|but|and|also|however|instead|by|once|so|then|now|here|there|even|only|unlike)$/i;

/** The subject that opens the clause: the sentence's first phrase, after an introductory one ("In August, …"). */
export function mainSubject(ctx: Ctx, first: number, limit: number): [number, number] | null {
  const { tokens } = ctx.doc;
  let k = first;
  while (k < limit && tokens[k].kind === "quote" && !ctx.inQuote[k]) k++; // a reposter's mark opening the paragraph
  if (INTRO.test(tokens[k]?.norm ?? "") || /ing$/.test(tokens[k]?.norm ?? "") || TIME_WORDS.has(tokens[k]?.norm.toLowerCase() ?? "")) {
    let c = k;
    while (c < limit && c < k + 25 && tokens[c].norm !== ",") c++;
    if (c >= limit || tokens[c].norm !== ",") return null;
    k = c + 1;
  }
  while (k < limit && ctx.inQuote[k]) k++;
  const p = phraseAfter(ctx, k, limit);
  return p && plausible(ctx, p[0], p[1]) ? p : null;
}

/**
 * The speaker phrase of the reporting verb at v, with the sentence starting at `from`: the phrase
 * before it; the possessor of a reporting noun ("Trump’s claim"); or, for a verb with no subject of
 * its own (", saying", "to accuse", "and vowed"), the subject of the clause.
 */
export function subjectOfCue(ctx: Ctx, v: number, from: number): [number, number] | null {
  const { tokens } = ctx.doc;
  // step back over "has", "later", "is", "he’s" (the pronoun stays)
  let k = v - 1;
  let be = false;
  while (k >= from) {
    const w = tokens[k].norm.toLowerCase();
    if (/^(?:is|was|are|were|been|be|being)$/.test(w)) be = true;
    else if (/^'(?:s|re|m)$/.test(w) && k - 1 >= from && SUBJECT_PRONOUNS[tokens[k - 1].norm.toLowerCase()]) be = true;
    else if (!isBetween(tokens[k].norm) || SUBJECT_PRONOUNS[w]) break;
    k--;
  }
  const before = k >= from ? tokens[k].norm.toLowerCase() : "";
  if (/^['’]s$/.test(before) && NOMINAL_CUES.has(tokens[v].norm.toLowerCase())) {
    const p = phraseCore(ctx, k, from);
    return p && plausible(ctx, p[0], p[1]) ? p : null;
  }
  // "are revealed", "was told": a passive has no speaker for subject
  if (be && /(?:ed|told|written|said)$/.test(tokens[v].norm)) return null;
  const ing = /ing$/.test(tokens[v].norm) && !be;
  if (k < from || (HANDOVER.has(before) && (ing || before !== ","))) {
    // the clause's subject, before the verb or after an opening clause: "After saying …, she was …"
    const sentence = ctx.doc.sentences[ctx.doc.sentenceOf[v]];
    const p = mainSubject(ctx, from, Math.min(sentence.last, v + 40));
    return p && p[1] <= v + 40 && !(p[0] > v && p[0] - v > 30) ? p : null;
  }
  const p = phraseBefore(ctx, k + 1, from);
  if (!p || !plausible(ctx, p[0], p[1]) || !agrees(ctx, p, v)) return null;
  // "32% of Republican claims", "in a box labeled": the object of a preposition is no speaker, unless
  // the phrase before the preposition opens the clause: "A document on the campaign's website states"
  if (p[0] - 1 >= from && OBJECT_BEFORE.has(tokens[p[0] - 1].norm.toLowerCase())) {
    const head = phraseCore(ctx, p[0] - 1, from);
    if (!head || !(head[0] === from || tokens[head[0] - 1]?.norm === ",") || !DETERMINERS.has(tokens[head[0]].norm.toLowerCase())) return null;
    return [head[0], p[1]];
  }
  return p;
}

/** A noun phrase ending right before `end`, read backwards to a determiner or a non-phrase word. */
function phraseCore(ctx: Ctx, end: number, from: number): [number, number] | null {
  const { tokens } = ctx.doc;
  const j = end - 1;
  if (j < from) return null;
  const w = tokens[j].norm.toLowerCase();
  if (SUBJECT_PRONOUNS[w] && !ctx.inQuote[j]) return [j, j + 1];
  if (tokens[j].norm === ")") {
    // a party tag: "Rep. John Mica (R-Fla.)"
    let k = j - 1;
    while (k >= from && k > j - 12 && tokens[k].norm !== "(") k--;
    if (k >= from && tokens[k].norm === "(") return phraseCore(ctx, k, from);
    return null;
  }
  let k = j;
  let words = 0;
  while (k >= from && words < 12) {
    if (npWord(ctx, k)) {
      k--;
      words++;
      continue;
    }
    // "the mother of three", "The authors of the report": an of-phrase inside the speaker's
    const nameAfter = /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "");
    // "the mother of three", "Officials at Homeland Security", "Gov. Earl Ray Tomblin of West Virginia"
    if ((tokens[k].norm === "of" || (tokens[k].norm === "at" && nameAfter)) && words > 0 && k - 1 >= from && npWord(ctx, k - 1) && (/^\p{Ll}/u.test(tokens[k - 1].text) || k - 1 === from || nameAfter)) {
      k--;
      continue;
    }
    if (DETERMINERS.has(tokens[k].norm.toLowerCase()) && words > 0 && tokens[k + 1] && tokens[k + 1].norm !== "of" && tokens[k - 1]?.norm === "of") {
      k--;
      continue;
    }
    break;
  }
  // a determiner or a number opens the phrase: "the ruling", "63 percent"
  if (k >= from && (DETERMINERS.has(tokens[k].norm.toLowerCase()) || tokens[k].kind === "number") && !ctx.inQuote[k] && words > 0) k--;
  const first = k + 1;
  if (first > j) return null;
  // a phrase of only lower-case words must end in a noun-like word, not "the" or "his"
  if (DETERMINERS.has(tokens[j].norm.toLowerCase())) return null;
  return [first, j + 1];
}

/** The speaker phrase that starts at token `start` (after an inverted verb: "said Jane Porter, an adviser"). */
export function phraseAfter(ctx: Ctx, start: number, limit: number, subject = false): [number, number] | null {
  const { tokens } = ctx.doc;
  let k = start;
  if (k >= limit) return null;
  const w = tokens[k].norm.toLowerCase();
  // "said he" but not "said it was": "it" and "I" only where a subject stands
  if (SUBJECT_PRONOUNS[w] && (subject || (w !== "it" && w !== "i"))) return [k, k + 1];
  if (DETERMINERS.has(w)) k++;
  const begin = k;
  // "9/11 widow Terry Strada", "retired Air Force general Lloyd Newton": a number or participle opening the phrase
  while (k < limit && k - begin < 2 && (tokens[k].kind === "number" || /^\p{Ll}+ed$/u.test(tokens[k].text)) && npWord(ctx, k + 1)) k++;
  while (k < limit && k - begin < 9 && npWord(ctx, k)) {
    // "Clinton restricted comments": a verb, not part of the name
    if (k > begin && /^\p{Ll}+ed$/u.test(tokens[k].text) && capital(tokens[k - 1])) break;
    k++;
  }
  // "Rep. John Mica (R-Fla.)": the tag is part of the phrase
  if (k === begin) return null;
  // a phrase must hold a name or a noun: not only "Sunday", handled by npWord
  return [start, k];
}

/** The tokens of a phrase without a leading determiner or title, the part that names someone. */
function namePart(ctx: Ctx, first: number, last: number): [number, number] {
  const { tokens } = ctx.doc;
  let a = first;
  while (a < last - 1 && (DETERMINERS.has(tokens[a].norm.toLowerCase()) || TITLES.has(tokens[a].norm.toLowerCase()))) a++;
  return [a, last];
}

function span(ctx: Ctx, first: number, last: number): Mention {
  const { tokens, text } = ctx.doc;
  const start = tokens[first].start;
  const end = tokens[last - 1].end;
  return { start, end, text: text.slice(start, end) };
}

export function genderOf(ctx: Ctx, e: Entity): Gender {
  const memo = ctx.genderMemo.get(e);
  if (memo !== undefined) return memo;
  let g: Gender = e.gender;
  if (!g && e.type === "person") {
    const firstName = e.name.split(/\s+/)[0]?.toLowerCase() ?? "";
    const f = lex().firstName.get(firstName);
    if (f === "m" || f === "f") g = f;
    // a title before any of its mentions: "Mrs. Clinton"
    for (const m of e.mentions) {
      if (g) break;
      const before = ctx.doc.tokens[m.first - 1]?.norm.toLowerCase();
      if (before && MALE_TITLES.has(before)) g = "m";
      else if (before && FEMALE_TITLES.has(before)) g = "f";
    }
  }
  ctx.genderMemo.set(e, g);
  return g;
}

function genderOfWords(ctx: Ctx, first: number, last: number): Gender {
  const { tokens } = ctx.doc;
  for (let k = first; k < last; k++) {
    const w = tokens[k].norm.toLowerCase();
    if (MALE_TITLES.has(w)) return "m";
    if (FEMALE_TITLES.has(w)) return "f";
  }
  const [a] = namePart(ctx, first, last);
  const f = lex().firstName.get(tokens[a].norm.toLowerCase());
  return f === "m" || f === "f" ? f : null;
}

/**
 * Who the phrase [first, last) names. A person or organisation mention at its head wins (after a
 * possessive: "RIAC’s Kortunov" is Kortunov); a capitalised name the entity stage missed is looked
 * up by its last word, else kept as written; a role noun stays nameless unless it stands for an
 * organisation named before ("the newspaper"); a pronoun resolves to the person the text is about.
 */
export function speakerOf(ctx: Ctx, first: number, last: number, cue: string | null, at: number): Speaker {
  const { tokens } = ctx.doc;
  const make = (name: string | null, entity: Entity | null, a: number, b: number, gender: Gender): Speaker => ({
    name,
    entity,
    first: a,
    last: b,
    mention: span(ctx, a, b),
    cue,
    gender,
    at,
  });
  const w = tokens[first].norm.toLowerCase();
  if (last - first === 1 && SUBJECT_PRONOUNS[w]) {
    const kind = SUBJECT_PRONOUNS[w];
    if (kind === "m" || kind === "f") {
      const r = resolvePronoun(ctx, first, kind);
      return make(r?.name ?? null, r?.entity ?? null, first, last, kind);
    }
    if (kind === "n" || kind === "p") {
      // "it added", "they said": the organisation (or the newspaper, the report) that spoke last nearby
      const r = recentNonPerson(ctx, first);
      return make(r?.name ?? null, r?.entity ?? null, first, last, null);
    }
    return make(null, null, first, last, null);
  }
  // the head: the last word of the phrase, or the name before "(R-Fla.)"
  let head = last - 1;
  while (head > first && (tokens[head].norm === ")" || tokens[head].kind !== "word")) head--;
  const m = ctx.mentionOf[head];
  if (m && m.first >= first && (m.entity.type === "person" || m.entity.type === "organization")) {
    // "Carnegie’s Baunov": the span reaches back over the possessive
    let a = m.first;
    if (a - 2 >= first && POSSESSIVE.test(tokens[a - 1].norm) && capital(tokens[a - 2])) {
      a = ctx.mentionOf[a - 2]?.first ?? a - 2;
      if (a < first) a = first;
    }
    return make(m.entity.name, m.entity, a, m.last, genderOf(ctx, m.entity));
  }
  if (capital(tokens[head]) && !TIME_WORDS.has(tokens[head].norm.toLowerCase())) {
    // a name: from the first capitalised word of the run ending at the head
    let a = head;
    while (a - 1 >= first && (capital(tokens[a - 1]) || (tokens[a - 1].norm === "-" && !tokens[a - 1].space)) && !POSSESSIVE.test(tokens[a - 1].norm)) a--;
    const [na] = namePart(ctx, a, head + 1);
    const e = lookup(ctx, na, head + 1, at);
    const written = tokens
      .slice(na, head + 1)
      .map((t) => t.norm)
      .join(" ")
      .replace(/ - /g, "-");
    const gender = e ? genderOf(ctx, e) : genderOfWords(ctx, a, head + 1);
    return make(e ? e.name : written, e, a, head + 1, gender);
  }
  // a role: "a campaign spokesman", "the newspaper"
  const role = tokens[head].norm.toLowerCase();
  let entity: Entity | null = null;
  if (ORG_ROLES.has(role)) entity = recentOrganization(ctx, at, MEDIA_ROLES.has(role));
  // an organisation or person named inside the phrase as its owner: "the Clinton campaign"
  if (!entity && ORG_ROLES.has(role)) {
    for (let k = first; k < head; k++) {
      const mk = ctx.mentionOf[k];
      if (mk && mk.entity.type === "organization") entity = mk.entity;
    }
  }
  return make(entity?.name ?? null, entity, first, last, genderOfWords(ctx, first, last));
}

/** An entity named by the words [a, b) of a name the entity stage did not mark: by full name or last word. */
function lookup(ctx: Ctx, a: number, b: number, at: number, accept: (e: Entity) => boolean = () => true): Entity | null {
  const { tokens } = ctx.doc;
  const last = tokens[b - 1].norm.toLowerCase();
  const full = tokens
    .slice(a, b)
    .map((t) => t.norm.toLowerCase())
    .join(" ");
  const list = ctx.byWord.get(last)?.filter(accept);
  if (!list || !list.length) return null;
  const exact = list.filter((e) => e.name.toLowerCase() === full || e.aliases.some((x) => x.toLowerCase() === full) || e.acronym?.toLowerCase() === full);
  const pool = exact.length ? exact : list;
  if (pool.length === 1) return pool[0];
  // several share the word (Bill and Hillary Clinton): the one last named or quoted before
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of pool) {
    const m = lastBefore(e.mentions, at);
    if (m && m.first > bestAt) ((bestAt = m.first), (best = e));
  }
  for (let i = ctx.speakers.length - 1, n = 0; i >= 0 && n < RECENT; i--, n++) {
    const s = ctx.speakers[i];
    if (s.at < at && s.entity && pool.includes(s.entity) && s.at > bestAt) ((bestAt = s.at), (best = s.entity));
  }
  return best ?? pool[0];
}

/** How many speakers back the look-ups go: enough for an article, bounded for a 1 MB line. */
const RECENT = 30;

/** The last of mentions (in text order) that starts before token `at`, by binary search. */
function lastBefore(mentions: NameSpan[], at: number): NameSpan | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].first < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? mentions[lo - 1] : null;
}

function recentNonPerson(ctx: Ctx, at: number): Speaker | null {
  const paragraph = ctx.doc.sentences[ctx.doc.sentenceOf[at]]?.paragraph ?? 0;
  const floor = ctx.doc.paragraphs[Math.max(0, paragraph - 2)].first;
  for (let i = ctx.speakers.length - 1, n = 0; i >= 0 && n < RECENT; i--, n++) {
    const s = ctx.speakers[i];
    if (s.at >= at) continue;
    if (s.at < floor) break;
    if (s.entity?.type === "person" || s.gender) return null;
    if (s.name) return s;
  }
  return null;
}

function recentOrganization(ctx: Ctx, at: number, media: boolean): Entity | null {
  const paragraph = ctx.doc.sentences[ctx.doc.sentenceOf[at]]?.paragraph ?? 0;
  const floor = Math.max(ctx.doc.paragraphs[Math.max(0, paragraph - 6)].first, at - 400);
  for (let k = at - 1; k >= floor; k--) {
    const m = ctx.mentionOf[k];
    if (!m) continue;
    if (m.entity.type === "organization" && (!media || MEDIA_NAME.test(m.entity.name))) return m.entity;
    k = m.first;
  }
  return null;
}

/**
 * He/she: the nearest sentence back (this one first, up to two paragraphs back) that names a person
 * of that gender outside quotes; within it the first such person, the subject more often than not.
 * Speakers found so far count as named where they were. A person of the other gender in between
 * does not block; a known gender that does not match is never taken.
 */
export function resolvePronoun(ctx: Ctx, at: number, gender: "m" | "f"): { name: string; entity: Entity | null } | null {
  const { doc } = ctx;
  const compatible = (e: Entity) => {
    const g = genderOf(ctx, e);
    return e.type === "person" && (!g || g === gender);
  };
  const si = doc.sentenceOf[at];
  if (si < 0) return null;
  const paragraph = doc.sentences[si].paragraph;
  const floorSentence = Math.max(doc.paragraphs[Math.max(0, paragraph - 2)].firstSentence, si - 12);
  for (let s = si; s >= floorSentence; s--) {
    const sent = doc.sentences[s];
    const end = s === si ? at : sent.last;
    const begin = Math.max(sent.first, end - 80);
    let found: { name: string; entity: Entity | null; pos: number } | null = null;
    for (let k = begin; k < end; k++) {
      if (ctx.inQuote[k]) continue;
      const m = ctx.mentionOf[k];
      if (!m && !ctx.cap[k]) continue;
      let entity: Entity | null = null;
      if (m) {
        if (m.first !== k || m.entity.type !== "person") continue;
        entity = m.entity;
        // "Clinton" taken for Bill where "she" needs Hillary: another person of that surname
        if (!compatible(entity)) entity = lookup(ctx, m.last - 1, m.last, k, compatible);
      } else {
        const t = doc.tokens[k];
        if (!capital(t)) continue;
        // a full name the entity stage missed, known by its first name: "Sen. Claire McCaskill"
        const g = lex().firstName.get(t.norm.toLowerCase());
        const nextTok = doc.tokens[k + 1];
        if ((g === "m" || g === "f") && nextTok && capital(nextTok) && nextTok.kind === "word" && !ctx.mentionOf[k + 1] && k + 1 < end) {
          if (g !== gender) continue;
          let b = k + 1;
          while (b + 1 < end && capital(doc.tokens[b + 1]) && doc.tokens[b + 1].kind === "word" && !ctx.mentionOf[b + 1]) b++;
          found = { name: doc.tokens.slice(k, b + 1).map((x) => x.norm).join(" "), entity: null, pos: k };
          break;
        }
        // a surname the entity stage did not mark here: "Clinton says …"
        if (!ctx.byWord.has(t.norm.toLowerCase())) continue;
        if (nextTok && capital(nextTok) && nextTok.kind === "word") continue;
        entity = lookup(ctx, k, k + 1, k, compatible);
      }
      if (!entity || !compatible(entity)) continue;
      found = { name: entity.name, entity, pos: k };
      break;
    }
    // a speaker named in this sentence (a name the entity stage missed) may come first
    for (let i = ctx.speakers.length - 1, n = 0; i >= 0 && n < RECENT; i--, n++) {
      const sp = ctx.speakers[i];
      if (sp.first < begin || sp.first >= end || !sp.name) continue;
      if (SUBJECT_PRONOUNS[doc.tokens[sp.first].norm.toLowerCase()]) continue;
      if (sp.gender && sp.gender !== gender) continue;
      if (sp.entity === null && ctx.mentionOf[sp.first] === undefined && (!found || sp.first < found.pos)) found = { name: sp.name, entity: sp.entity, pos: sp.first };
    }
    if (found) return { name: found.name, entity: found.entity };
  }
  return null;
}
