// Speakers: the noun phrase a reporting verb rests on (found by bounded scans over tokens, no
// parser), and who it names: a person or organisation from the entity lists, a name the entity stage
// missed, a role ("a campaign spokesman"), or a pronoun resolved to the person the text is about.

import type { Entity, EntityMention, Gender, NameSpan, Speaker } from "../../text/layers";
import type { Doc } from "../../text/document";
import type { Token } from "../../text/tokenize";
import type { Mention } from "../../types";
import { describedAt, isOpener, isPersonName, isPlaceWord, readable } from "./names";
import { CLAUSE_START, DETERMINERS, HANDOVER, INTRO, OBJECT_BEFORE, PLAIN_VERB_MARKERS, SUBJECT_PRONOUNS, TIME_PREPOSITIONS } from "../../words/grammar";
import { FEMALE_TITLES, GENERATIONS, MALE_TITLES, POSTNOMINALS, isTitleWord } from "../../words/names";
import { ISSUING, MEDIA_AFTER, MEDIA_BEFORE, MEDIA_NAME_WORDS, MEDIA_NOUNS, MEDIA_ROLES, MEDIA_STAFF, NOMINAL_CUES, ORG_ROLES, VOICE_ROLES, isBaseForm, isBetween, isCueWord, particleCue } from "../../words/reporting";
import { TIME_WORDS } from "../../words/time";

export type { Gender, Speaker } from "../../text/layers";

export interface Ctx {
  doc: Doc;
  /** The document's mentionAt layer: token → the mention covering it. */
  mentionOf: Array<EntityMention | undefined>;
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
  /** Organisations known to be news outlets or not (see isMedia), filled as asked. */
  mediaMemo?: Map<Entity, boolean>;
}



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

function isFunction(ctx: Ctx, w: string): boolean {
  return ctx.doc.vocab.lexicon.functionWords.has(w) || w === "that" || w === "who" || w === "which" || w === "and" || w === "but" || w === "or";
}

/** An apostrophe glued to a plural before a word: "the Kazakhs’ envoy" (no quote mark: not inside a quote). */
function pluralPossessive(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return t.norm === "'" && !t.space && !!prev && prev.kind === "word" && /s$/i.test(prev.text) && !!next && next.kind === "word" && next.space;
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
    if (isFunction(ctx, w) || isCueWord(t.text) || isBetween(t.norm) || TIME_WORDS.has(w)) return false;
    // "the ruling": after a determiner a verb form is a noun; so between names: "France coach Bernard Laporte"
    const prev = ctx.doc.tokens[i - 1];
    const next = ctx.doc.tokens[i + 1];
    if (prev && next && capital(prev) && capital(next) && prev.kind === "word" && next.kind === "word" && !ctx.inQuote[i + 1]) return true;
    return !ctx.doc.vocab.lexicon.verbs.has(w) || (!!prev && (DETERMINERS.has(prev.norm.toLowerCase()) || POSSESSIVE.test(prev.norm)));
  }
  if (t.kind === "number") return /\p{L}/u.test(t.text); // "52-count", "81-year-old"
  if (t.kind === "quote") return pluralPossessive(ctx, i);
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
  // "…, who said": the name before the relative pronoun, or before its apposition
  // ("Mitch McConnell, now the Senate majority leader, who said")
  if ((w === "who" || w === "which") && j - 1 >= from) {
    const k = tokens[j - 1].norm === "," ? j - 1 : j;
    const p = phraseCore(ctx, k, from);
    if (p && k < j && !namesSomeone(ctx, p[0], p[1])) {
      let c = p[0] - 1; // over a lower-case word or two: ", now the …", ", until recently the …"
      while (c > from && c >= p[0] - 2 && /^\p{Ll}+$/u.test(tokens[c].norm)) c--;
      const named = c > from && tokens[c].norm === "," ? phraseCore(ctx, c, from) : null;
      if (named && namesSomeone(ctx, named[0], named[1])) return named;
    }
    return p;
  }
  return phraseCore(ctx, j + 1, from);
}


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
    if (CLAUSE_START.has(tokens[start].lower)) break;
    const r = phraseCore(ctx, end, start);
    if (r !== null && r[0] === start && plausible(ctx, r[0], r[1]) && (best === null || namesSomeone(ctx, r[0], r[1]) || !namesSomeone(ctx, best[0], best[1])))
      best = r;
    end = k;
  }
  return best;
}

/**
 * A phrase with a person or organisation at its head, or a person's name the entity stage missed;
 * not a place ("Va.", "Oklahoma") nor a title ("Argentina’s President", "Director of Public
 * Prosecutions"), which describe the name next to them.
 */
function namesSomeone(ctx: Ctx, first: number, last: number): boolean {
  last = ownerBeforePreposition(ctx, first, last);
  const m = ctx.mentionOf[last - 1];
  if (m) return m.entity.type === "person" || m.entity.type === "organization";
  const name = writtenName(ctx, first, last);
  if (!name) return false;
  // "Guy Mansfield QC": a listed name before the letters
  const mh = ctx.mentionOf[name.h];
  if (mh) return mh.entity.type === "person" || mh.entity.type === "organization";
  return isPersonName(ctx.doc.vocab.lexicon, name.words, name.titled);
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
  while (k > p[1] - 1 && isBetween(tokens[k].norm) && !PLAIN_VERB_MARKERS.has(tokens[k].norm.toLowerCase())) k--;
  if (k >= p[1] && PLAIN_VERB_MARKERS.has(tokens[k].norm.toLowerCase())) return true;
  const head = tokens[p[1] - 1].norm.toLowerCase();
  if (/^(?:they|we|i|you|police|people|staff)$/.test(head)) return true;
  if (tokens[p[0] - 1]?.norm.toLowerCase() === "and") return true; // "Obama and Clinton call"
  return /s$/.test(head) && ctx.mentionOf[p[1] - 1]?.entity.type !== "person";
}



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
    const time = timePhraseStart(ctx, k, from);
    if (/^(?:is|was|are|were|been|be|being)$/.test(w)) be = true;
    else if (/^'(?:s|re|m)$/.test(w) && k - 1 >= from && SUBJECT_PRONOUNS[tokens[k - 1].norm.toLowerCase()]) be = true;
    else if (time >= 0) {
      k = time - 1;
      continue;
    } else if (!isBetween(tokens[k].norm) || SUBJECT_PRONOUNS[w]) break;
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
    const sentence = ctx.doc.sentences[ctx.doc.tokens[v].sentence];
    const p = mainSubject(ctx, from, Math.min(sentence.last, v + 40));
    return p && p[1] <= v + 40 && !(p[0] > v && p[0] - v > 30) ? p : null;
  }
  const p = phraseBefore(ctx, k + 1, from);
  if (!p || !plausible(ctx, p[0], p[1]) || !agrees(ctx, p, v)) return null;
  // "32% of Republican claims", "in a box labeled": the object of a preposition is no speaker, unless
  // the phrase before the preposition opens the clause: "A document on the campaign's website states"
  if (p[0] - 1 >= from && OBJECT_BEFORE.has(tokens[p[0] - 1].norm.toLowerCase())) {
    // a person named there speaks all the same: "… for Refugees Filippo Grandi said"
    if (ctx.mentionOf[p[1] - 1]?.entity.type === "person") return p;
    const head = phraseCore(ctx, p[0] - 1, from);
    if (!head || !(head[0] === from || tokens[head[0] - 1]?.norm === ",")) return null;
    // "A document on the campaign’s website states", "Nigel McCune from the Musicians’ Union said"
    const person = tokens[p[0] - 1].norm.toLowerCase() === "from" && namesSomeone(ctx, head[0], head[1]);
    if (!DETERMINERS.has(tokens[head[0]].norm.toLowerCase()) && !person) return null;
    return [head[0], p[1]];
  }
  return p;
}

const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * The first token of a time phrase ending at token k, between a subject and its verb ("McConnell
 * on Monday said", "who in 2010 said", "Clinton last week said"), or -1.
 */
export function timePhraseStart(ctx: Ctx, k: number, from: number): number {
  const { tokens } = ctx.doc;
  const isTime = (i: number) => TIME_WORDS.has(tokens[i].norm.toLowerCase()) || YEAR.test(tokens[i].norm);
  if (!isTime(k)) return -1;
  let a = k;
  while (a - 1 >= from && a > k - 3 && (isTime(a - 1) || /^\d{1,2}$/.test(tokens[a - 1].norm))) a--;
  if (a - 1 >= from && TIME_PREPOSITIONS.test(tokens[a - 1].norm)) a--;
  else if (!/^(?:last|this|earlier)$/i.test(tokens[a].norm)) return -1;
  // "late on Friday", "early last week"
  return a - 1 >= from && /^(?:late|early)$/i.test(tokens[a - 1].norm) ? a - 1 : a;
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
    // "the mother of three", "Officials at Homeland Security", "Gov. Earl Ray Tomblin of West Virginia",
    // "UN High Commissioner for Refugees Filippo Grandi"
    const titleFor = tokens[k].norm === "for" && nameAfter && capital(tokens[k - 1] ?? tokens[k]);
    if ((tokens[k].norm === "of" || (tokens[k].norm === "at" && nameAfter) || titleFor) && words > 0 && k - 1 >= from && npWord(ctx, k - 1) && (/^\p{Ll}/u.test(tokens[k - 1].text) || k - 1 === from || nameAfter)) {
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
  while (a < last - 1 && (DETERMINERS.has(tokens[a].lower) || isTitleWord(tokens[a].lower, tokens[a].cap))) a++;
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
    const f = ctx.doc.vocab.lexicon.firstName.get(firstName);
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
  const f = ctx.doc.vocab.lexicon.firstName.get(tokens[a].norm.toLowerCase());
  return f === "m" || f === "f" ? f : null;
}

/**
 * Who the phrase [first, last) names. A person or organisation mention at its head wins (after a
 * possessive: "RIAC’s Kortunov" is Kortunov); a capitalised name the entity stage missed is looked
 * up by its last word, else kept as written when it is a person's name (words capitalised only
 * because they open the sentence, titles, places and peoples are not); a role noun stays nameless
 * unless its owner is named in the phrase ("Mr. Macron’s office", "the Clinton campaign") or it
 * stands for an organisation named before ("the newspaper"); a pronoun resolves to the person the
 * text is about. A country or a place never speaks: "the US said" keeps its mention, with no name
 * (the contract's speakers are people and organisations; "the US State Department said" names one).
 * `label` marks a transcript label ("WALLACE:"), a name by its position alone.
 */
export function speakerOf(ctx: Ctx, first: number, last: number, cue: string | null, at: number, label = false): Speaker {
  const { tokens } = ctx.doc;
  const make = (name: string | null, entity: Entity | null, a: number, b: number, gender: Gender): Speaker => ({
    name,
    entity,
    kind: name === null ? null : entity?.type === "organization" ? "organization" : "person",
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
  last = ownerBeforePreposition(ctx, first, last);
  // the head: the last word of the phrase, or the name before "(R-Fla.)"
  let head = last - 1;
  while (head > first && (tokens[head].norm === ")" || tokens[head].kind !== "word")) head--;
  const m = ctx.mentionOf[head];
  if (m && m.span.first >= first && (m.entity.type === "person" || m.entity.type === "organization")) {
    // "Carnegie’s Baunov": the span reaches back over the possessive
    let a = m.span.first;
    if (a - 2 >= first && POSSESSIVE.test(tokens[a - 1].norm) && capital(tokens[a - 2])) {
      a = ctx.mentionOf[a - 2]?.span.first ?? a - 2;
      if (a < first) a = first;
    }
    return make(m.entity.name, m.entity, a, m.span.last, genderOf(ctx, m.entity));
  }
  // a place by the entity stage may still be a person it took for one ("Mr Immelt"), found by name
  // (or a person it took for a place, "President Obama": a title before the mention says so)
  const place = m !== undefined && (m.entity.type === "country" || m.entity.type === "place") && !isTitleWord(tokens[m.span.first - 1]?.lower ?? "", tokens[m.span.first - 1]?.cap ?? false);
  if (capital(tokens[head]) && !TIME_WORDS.has(tokens[head].norm.toLowerCase())) {
    const n = writtenName(ctx, first, head + 1, label);
    if (n) {
      const e = lookup(ctx, n.na, n.h + 1, at) ?? (GENERATIONS.has(tokens[n.h].norm.toLowerCase()) && n.h > n.na ? lookup(ctx, n.na, n.h, at) : null);
      if (e) return make(e.name, e, n.a, head + 1, genderOf(ctx, e));
      if (!place && isPersonName(ctx.doc.vocab.lexicon, n.words, n.titled || describedAt(ctx.doc.vocab.lexicon, ctx.doc.tokens, head + 1))) return make(n.words.join(" ").replace(/ - /g, "-"), null, n.a, head + 1, genderOfWords(ctx, n.a, n.h + 1));
    }
    // not a name ("The", "Time", "Argentina’s President", "the American"): a role, named by its mention only
  }
  // a role: "a campaign spokesman", "the newspaper"
  const role = tokens[head].norm.toLowerCase();
  let entity: Entity | null = null;
  if (ORG_ROLES.has(role) || VOICE_ROLES.has(role)) {
    // its owner named right before it: "Mr. Macron’s office", "the Clinton campaign", "a Clinton spokesman"
    const k = head - 1 >= first && POSSESSIVE.test(tokens[head - 1].norm) ? head - 2 : head - 1;
    const owner = k >= first ? ctx.mentionOf[k] : undefined;
    if (owner && (owner.entity.type === "organization" || owner.entity.type === "person")) entity = owner.entity;
    if (!entity && VOICE_ROLES.has(role)) entity = issuer(ctx, first);
    if (!entity && ORG_ROLES.has(role)) entity = recentOrganization(ctx, at, MEDIA_ROLES.has(role));
  }
  return make(entity?.name ?? null, entity, first, last, entity ? genderOf(ctx, entity) : genderOfWords(ctx, first, last));
}


/** Who issued the document whose phrase starts at `first`: "The Security Council issued a statement calling …". */
function issuer(ctx: Ctx, first: number): Entity | null {
  const { doc } = ctx;
  let v = first - 1;
  if (doc.tokens[v]?.norm.toLowerCase() === "out") v--; // "put out a statement"
  if (v < 0 || !ISSUING.test(doc.tokens[v].norm.toLowerCase())) return null;
  const p = phraseBefore(ctx, v, doc.sentences[doc.tokens[v].sentence].first);
  const m = p ? ctx.mentionOf[p[1] - 1] : undefined;
  return m && (m.entity.type === "organization" || m.entity.type === "person") ? m.entity : null;
}

/** A name as written in the words [first, end): its span without openers, the name words without titles. */
interface WrittenName {
  /** First token of the name with its titles ("Lord Falconer"), after words that only open the sentence. */
  a: number;
  /** First and last token of the name itself. */
  na: number;
  h: number;
  words: string[];
  /** A personal title stood before it, or it is a transcript label. */
  titled: boolean;
}

/**
 * The capitalised run ending at the phrase's head, read as a name: without sentence openers ("The",
 * "But", "Among", "Said", "Originally"), letters after it ("QC", "MP"), titles and role words
 * before it ("Former Labour MP Lord Janner" → Janner).
 */
function writtenName(ctx: Ctx, first: number, end: number, label = false): WrittenName | null {
  const { tokens } = ctx.doc;
  let head = end - 1;
  while (head > first && (tokens[head].norm === ")" || tokens[head].kind !== "word")) head--;
  if (!capital(tokens[head])) return null;
  let a = head;
  while (a - 1 >= first && (capital(tokens[a - 1]) || (tokens[a - 1].norm === "-" && !tokens[a - 1].space)) && !POSSESSIVE.test(tokens[a - 1].norm)) a--;
  let h = head;
  while (h > a && POSTNOMINALS.has(tokens[h].norm.toLowerCase())) h--;
  while (a <= h && (isOpener(ctx.doc.vocab.lexicon, tokens[a].norm) || DETERMINERS.has(tokens[a].norm.toLowerCase()))) a++;
  if (a > h) return null;
  // the name starts after the last title or role word in the run
  let na = a;
  for (let k = a; k < h; k++) if (isTitleWord(tokens[k].lower, tokens[k].cap) || POSTNOMINALS.has(tokens[k].lower)) na = k + 1;
  const titled = label || na > a;
  const words = tokens.slice(na, h + 1).map((t) => (label ? readable(t.norm) : t.norm));
  return { a, na, h, words, titled };
}

/**
 * "Ambassador Stefan Johannesson of Iceland", "Lloyds of London", "Peter Saunders of the CMF": a name
 * before "of", "from", "at" or "in" speaks, not what follows it, when that is a place or the name is
 * a person's. "The chairman of the Bar Council" keeps its organisation. Returns the phrase's new end.
 */
function ownerBeforePreposition(ctx: Ctx, first: number, last: number): number {
  const { tokens } = ctx.doc;
  for (let k = first + 1; k < last - 1; k++) {
    const w = tokens[k].norm.toLowerCase();
    if (w !== "of" && w !== "from" && w !== "at" && w !== "in") continue;
    if (!capital(tokens[k - 1])) return last;
    const pre = ctx.mentionOf[k - 1];
    if (pre && pre.entity.type === "person") return k;
    const post = ctx.mentionOf[last - 1];
    if (post ? post.entity.type === "country" || post.entity.type === "place" : isPlaceWord(ctx.doc.vocab.lexicon, tokens[last - 1].norm)) return k;
    const n = writtenName(ctx, first, k);
    return n && !pre && isPersonName(ctx.doc.vocab.lexicon, n.words, n.titled) ? k : last;
  }
  return last;
}

/**
 * "said the Kazakhs’ envoy, Erlan Idrissov", "according to the firm’s chief, Ann Lee": a phrase that
 * names no one gives way to the name set off after it by a comma.
 */
export function nameInApposition(ctx: Ctx, p: [number, number], limit: number): [number, number] {
  const { tokens } = ctx.doc;
  if (p[1] >= limit || tokens[p[1]].norm !== "," || namesSomeone(ctx, p[0], p[1])) return p;
  const q = phraseAfter(ctx, p[1] + 1, limit);
  if (!q) return p;
  const end = tokens[q[1]];
  if (q[1] < limit && end && end.kind !== "quote" && !/^[,.;:)!?]$/.test(end.norm)) return p;
  return namesSomeone(ctx, q[0], q[1]) ? q : p;
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
  const paragraph = ctx.doc.sentences[ctx.doc.tokens[at].sentence]?.paragraph ?? 0;
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
  const paragraph = ctx.doc.sentences[ctx.doc.tokens[at].sentence]?.paragraph ?? 0;
  const floor = Math.max(ctx.doc.paragraphs[Math.max(0, paragraph - 6)].first, at - 400);
  for (let k = at - 1; k >= floor; k--) {
    const m = ctx.mentionOf[k];
    if (!m) continue;
    if (m.entity.type === "organization" && (!media || isMedia(ctx, m.entity))) return m.entity;
    k = m.span.first;
  }
  return null;
}

/** How many of an organisation's mentions isMedia reads: enough to find the word that says so. */
const MEDIA_MENTIONS = 40;

/**
 * A news outlet: its name has a word newspapers and broadcasters take ("Times", "Gazette", "Radio"),
 * or the text says so next to one of its mentions: a noun for an outlet ("the Vedomosti newspaper",
 * "the daily Kommersant", "Interfax news agency"), or what only the press does ("told Reuters",
 * "in an interview with CNN", "Interfax reported", "CNN’s correspondent").
 */
function isMedia(ctx: Ctx, e: Entity): boolean {
  const memo = (ctx.mediaMemo ??= new Map());
  let yes = memo.get(e);
  if (yes !== undefined) return yes;
  const lower = (k: number) => ctx.doc.tokens[k]?.norm.toLowerCase() ?? "";
  yes = [e.name, ...e.aliases].some((n) => n.toLowerCase().split(/[\s-]+/).some((w) => MEDIA_NAME_WORDS.has(w)));
  for (let i = 0; i < e.mentions.length && i < MEDIA_MENTIONS && !yes; i++) {
    const { first, last } = e.mentions[i];
    const b = DETERMINERS.has(lower(first - 1)) ? first - 2 : first - 1;
    const after = POSSESSIVE.test(ctx.doc.tokens[last]?.norm ?? "") ? last + 1 : last;
    const agency = (k: number) => (lower(k) === "agency" || lower(k) === "service") && /^(?:news|press|wire)$/.test(lower(k - 1));
    yes =
      MEDIA_NOUNS.has(lower(first - 1)) ||
      MEDIA_NOUNS.has(lower(b)) ||
      MEDIA_NOUNS.has(lower(last)) ||
      agency(last + 1) ||
      agency(first - 1) ||
      MEDIA_BEFORE.has(lower(b)) ||
      (lower(b) === "with" && MEDIA_BEFORE.has(lower(b - 1))) ||
      MEDIA_AFTER.has(lower(last)) ||
      (after > last && MEDIA_STAFF.has(lower(after)));
  }
  memo.set(e, yes);
  return yes;
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
  const si = doc.tokens[at].sentence;
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
        if (m.span.first !== k || m.entity.type !== "person") continue;
        entity = m.entity;
        // "Clinton" taken for Bill where "she" needs Hillary: another person of that surname
        if (!compatible(entity)) entity = lookup(ctx, m.span.last - 1, m.span.last, k, compatible);
      } else {
        const t = doc.tokens[k];
        // a full name the entity stage missed, known by its first name: "Sen. Claire McCaskill"
        const g = ctx.doc.vocab.lexicon.firstName.get(t.norm.toLowerCase());
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
