// The noun-phrase finder: the phrase that ends before a token or starts at it (the subject or the
// object of a verb, read by bounded scans over tokens, no parser), and the tests every stage asks of
// such a phrase (can it speak, does its verb agree). It reads the document's token attributes and
// layers (mentions, cues), so a phrase never crosses a quotation or splits a name.

import type { Doc } from "./document";
import { namesSomeone } from "./names";
import { CLAUSE_START, DETERMINERS, HANDOVER, INTRO, isLyAdverb, OBJECT_BEFORE, PLAIN_VERB_MARKERS, SUBJECT_PRONOUNS, TIME_PREPOSITIONS } from "../words/grammar";
import { NOMINAL_CUES, ORG_ROLES, VOICE_ROLES, isBaseForm, isBetween, isCueWord } from "../words/reporting";
import { DOCUMENT_NOUNS, GROUP_NOUNS, ROLE_NOUNS } from "../words/sources";
import { TIME_WORDS } from "../words/time";
import { SPOKESPERSON_GENDER } from "../words/names";

/** "report", "reports", "claims": a form that can be a noun. */
const isBaseOrPlural = (w: string) => isBaseForm(w) || (w.endsWith("s") && isBaseForm(w.slice(0, -1)));

/** A possessive ending written apart: "’s", or a lone apostrophe after a plural. */
export const POSSESSIVE = /^['’]s?$/i;

/** Token i is a reporting verb (the cues layer) outside any quotation. */
export function isCueAt(doc: Doc, i: number): boolean {
  return doc.cues[i] === 1 && !doc.tokens[i]?.inQuote;
}

function isFunction(doc: Doc, w: string): boolean {
  return doc.vocab.lexicon.functionWords.has(w) || w === "that" || w === "who" || w === "which" || w === "and" || w === "but" || w === "or";
}

/** An apostrophe glued to a plural before a word: "the Kazakhs’ envoy" (no quote mark: not inside a quote). */
function pluralPossessive(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return t.norm === "'" && !t.space && !!prev && prev.kind === "word" && /s$/i.test(prev.text) && !!next && next.kind === "word" && next.space;
}

/** A token that can sit inside a speaker's noun phrase. */
export function npWord(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || doc.tokens[i]?.inQuote) return false;
  if (t.kind === "word") {
    const w = t.norm.toLowerCase();
    if (POSSESSIVE.test(t.norm) || w === "'s") return true;
    if (t.cap) return !TIME_WORDS.has(w) || doc.mentionAt[i] !== undefined;
    // "the IMF report stated": a reporting noun right before the verb is part of the phrase
    if (isCueWord(t.text) && isBaseOrPlural(t.text) && doc.cues[i + 1] === 1) return true;
    if (isFunction(doc, w) || isCueWord(t.text) || isBetween(t.norm) || TIME_WORDS.has(w)) return false;
    // "the ruling": after a determiner a verb form is a noun; so between names: "France coach Bernard Laporte"
    const prev = doc.tokens[i - 1];
    const next = doc.tokens[i + 1];
    if (prev && next && prev.cap && next.cap && prev.kind === "word" && next.kind === "word" && !doc.tokens[i + 1]?.inQuote) return true;
    // right before a reporting verb a word that may be a verb is the subject's noun: "the supporters club said"
    // (not before a participle: "blogs carrying messages saying")
    if (doc.cues[i + 1] === 1 && !/ing$/.test(next?.lower ?? "") && prev && prev.kind === "word" && !prev.cap) return true;
    return !doc.vocab.lexicon.verbs.has(w) || (!!prev && (DETERMINERS.has(prev.norm.toLowerCase()) || POSSESSIVE.test(prev.norm)));
  }
  // "52-count", "81-year-old"; a number inside a name: "A Number 10 spokeswoman"
  if (t.kind === "number") {
    const before = doc.tokens[i - 1];
    // (or after a capitalised word of a name the tagger missed: "Number 10", "Channel 4")
    return /\p{L}/u.test(t.text) || (doc.mentionAt[i] !== undefined && doc.mentionAt[i].span.first < i) || (!!before && before.kind === "word" && before.cap && !before.sentenceStart && /^\d{1,2}$/.test(t.text));
  }
  if (t.kind === "quote") return pluralPossessive(doc, i);
  return t.norm === "-" && !t.space; // hyphen glued in a name
}

/**
 * The speaker phrase that ends right before token `end` (a reporting verb), read backwards: words
 * between subject and verb are skipped, a bracketed party tag "(D-N.C.)" and an apposition
 * ", a banker at Acme," are stepped over to the name before them. Returns [first, last) or null.
 */
export function phraseBefore(doc: Doc, end: number, from: number): [number, number] | null {
  const { tokens } = doc;
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
  if (tokens[j].norm === ",") return appositionHead(doc, j, from);
  const w = tokens[j].norm.toLowerCase();
  // "…, who said": the name before the relative pronoun, or before its apposition
  // ("Mitch McConnell, now the Senate majority leader, who said")
  if ((w === "who" || w === "which") && j - 1 >= from) {
    const k = tokens[j - 1].norm === "," ? j - 1 : j;
    const p = phraseCore(doc, k, from);
    if (p && k < j && !namesSomeone(doc, p[0], p[1])) {
      let c = p[0] - 1; // over a lower-case word or two: ", now the …", ", until recently the …"
      while (c > from && c >= p[0] - 2 && /^\p{Ll}+$/u.test(tokens[c].norm)) c--;
      const named = c > from && tokens[c].norm === "," ? phraseCore(doc, c, from) : null;
      if (named && namesSomeone(doc, named[0], named[1])) return named;
    }
    return p;
  }
  const p = phraseCore(doc, j + 1, from);
  return p && personBeforeApposition(doc, p, from) || p;
}

/**
 * "Colin Asplin, Blackpool Hotel Association said", "Mark Serwotka, the leader of the Public and
 * Commercial Services Union said": an apposition the writer did not close with a comma; the person
 * named before its comma, opening the clause, is the speaker, not the organisation at its end.
 */
function personBeforeApposition(doc: Doc, p: [number, number], from: number): [number, number] | null {
  const { tokens } = doc;
  if (doc.mentionAt[p[1] - 1]?.entity.type === "person") return null;
  let c = p[0] - 1;
  while (c >= from && c > p[0] - 12 && tokens[c].norm !== "," && (npWord(doc, c) || /^(?:of|for|and|at|the|a|an)$/.test(tokens[c].lower))) c--;
  if (c <= from || tokens[c].norm !== ",") return null;
  const m = doc.mentionAt[c - 1];
  if (!m || m.entity.type !== "person" || m.span.last !== c) return null;
  const a = m.span.first;
  // the name opens the clause (the sentence, or after a comma)
  if (a !== from && tokens[a - 1]?.norm !== "," && tokens[a - 1]?.kind !== "quote" && !tokens[a].sentenceStart) return null;
  return [a, c];
}

/**
 * The speaker before a run of appositions ending at the comma j: the leftmost comma-separated piece
 * that is a speaker phrase on its own ("Donna Rawlings, 59, of Ashton, Md., who watched …, said";
 * "Hillary Clinton, at a later press gaggle, said"), not reaching back past an opening clause.
 */
export function appositionHead(doc: Doc, j: number, from: number): [number, number] | null {
  const { tokens } = doc;
  let best: [number, number] | null = null;
  let end = j;
  const isPerson = (r: [number, number]) => doc.mentionAt[r[1] - 1]?.entity.type === "person";
  for (let k = j - 1; k >= from - 1 && k > j - 45; k--) {
    // a quotation or a semicolon ends the run; the piece after it is its first ("“…,” Roy Asher, chief …, told")
    const stop = k >= from && (doc.tokens[k]?.inQuote || tokens[k].norm === ";" || tokens[k].kind === "quote");
    if (k >= from && tokens[k].norm !== "," && !stop) continue;
    const start = k + 1;
    if (start >= end) break;
    const opening = CLAUSE_START.has(tokens[start].lower);
    let r = phraseCore(doc, end, start);
    // the clause's first piece may open with words of its own, the name ending it: "After the ruling
    // Carla Ferstman, legal director of Redress, said", "But Steve Radley, chief economist at EEF, said"
    const person = r !== null && (r[0] > start || opening) && (start === from || opening) ? doc.mentionAt[r[1] - 1] : undefined;
    let from1 = start;
    if (r !== null && person?.entity.type === "person" && person.span.last === r[1] && person.span.first > start) r = [person.span.first, r[1]];
    else if (opening && /^(?:and|but|so)$/.test(tokens[start].lower)) {
      // "And the company, which makes cars, said": the phrase after the conjunction
      from1 = start + 1;
      r = phraseCore(doc, end, from1);
    } else if (opening) break;
    // the leftmost piece that names someone, a person before an organisation ("the chairman of
    // Migration Watch UK, Sir Andrew Green, said")
    if (r !== null && (r[0] === from1 || r[0] === person?.span.first) && plausible(doc, r[0], r[1]) && (best === null || (namesSomeone(doc, r[0], r[1]) && (isPerson(r) || !isPerson(best))) || !namesSomeone(doc, best[0], best[1])))
      best = r;
    if (opening || stop) break;
    end = k;
  }
  return best;
}

/** A noun phrase ending right before `end`, read backwards to a determiner or a non-phrase word. */
export function phraseCore(doc: Doc, end: number, from: number): [number, number] | null {
  const { tokens } = doc;
  const j = end - 1;
  if (j < from) return null;
  const w = tokens[j].norm.toLowerCase();
  if (SUBJECT_PRONOUNS[w] && !doc.tokens[j]?.inQuote) return [j, j + 1];
  if (tokens[j].norm === ")") {
    // a party tag: "Rep. John Mica (R-Fla.)"
    let k = j - 1;
    while (k >= from && k > j - 12 && tokens[k].norm !== "(") k--;
    if (k >= from && tokens[k].norm === "(") return phraseCore(doc, k, from);
    return null;
  }
  let k = j;
  let words = 0;
  while (k >= from && words < 12) {
    if (npWord(doc, k)) {
      k--;
      words++;
      continue;
    }
    // "the mother of three", "The authors of the report": an of-phrase inside the speaker's
    const nameAfter = /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "");
    // "the mother of three", "Officials at Homeland Security", "Gov. Earl Ray Tomblin of West Virginia",
    // "UN High Commissioner for Refugees Filippo Grandi"
    const titleFor = tokens[k].norm === "for" && nameAfter && (tokens[k - 1] ?? tokens[k]).cap;
    // "a spokesman for Unison", "a spokeswoman for the Home Office": the spokesperson speaks for what follows
    const spokesFor = /^(?:for|at)$/.test(tokens[k].norm) && SPOKESPERSON_GENDER.has(tokens[k - 1]?.lower ?? "");
    if ((tokens[k].norm === "of" || (tokens[k].norm === "at" && nameAfter) || titleFor || spokesFor) && words > 0 && k - 1 >= from && npWord(doc, k - 1) && (/^\p{Ll}/u.test(tokens[k - 1].text) || k - 1 === from || nameAfter)) {
      k--;
      continue;
    }
    const before = tokens[k - 1]?.norm;
    if (DETERMINERS.has(tokens[k].norm.toLowerCase()) && words > 0 && tokens[k + 1] && tokens[k + 1].norm !== "of" && (before === "of" || ((before === "for" || before === "at") && SPOKESPERSON_GENDER.has(tokens[k - 2]?.lower ?? "")))) {
      k--;
      continue;
    }
    break;
  }
  // a determiner or a number opens the phrase: "the ruling", "63 percent"
  if (k >= from && (DETERMINERS.has(tokens[k].norm.toLowerCase()) || tokens[k].kind === "number") && !doc.tokens[k]?.inQuote && words > 0) k--;
  const first = k + 1;
  if (first > j) return null;
  // a phrase of only lower-case words must end in a noun-like word, not "the" or "his"
  if (DETERMINERS.has(tokens[j].norm.toLowerCase())) return null;
  return [first, j + 1];
}

/** The speaker phrase that starts at token `start` (after an inverted verb: "said Jane Porter, an adviser"). */
export function phraseAfter(doc: Doc, start: number, limit: number, subject = false): [number, number] | null {
  const { tokens } = doc;
  let k = start;
  if (k >= limit) return null;
  const w = tokens[k].norm.toLowerCase();
  // "said he" but not "said it was": "it" and "I" only where a subject stands
  if (SUBJECT_PRONOUNS[w] && (subject || (w !== "it" && w !== "i"))) return [k, k + 1];
  if (DETERMINERS.has(w)) k++;
  const begin = k;
  // "9/11 widow Terry Strada", "retired Air Force general Lloyd Newton": a number or participle opening the phrase
  while (k < limit && k - begin < 2 && (tokens[k].kind === "number" || /^\p{Ll}+ed$/u.test(tokens[k].text)) && npWord(doc, k + 1)) k++;
  while (k < limit && k - begin < 9 && npWord(doc, k)) {
    // "Clinton restricted comments": a verb, not part of the name
    if (k > begin && /^\p{Ll}+ed$/u.test(tokens[k].text) && tokens[k - 1].cap) break;
    // "Donald Trump cut into Bush", "Andre Agassi beat Massu": a lower-case word right after a
    // person's name is its verb, unless it names what the person has or leads ("the Clinton
    // campaign", "a Clinton spokesman", "Trump supporters"), or before a preposition, an article or a pronoun
    if (k > begin && /^\p{Ll}/u.test(tokens[k].text) && doc.mentionAt[k - 1]?.entity.type === "person" && doc.mentionAt[k - 1]?.span.last === k) {
      const w = tokens[k].lower;
      const noun = ROLE_NOUNS.has(w) || GROUP_NOUNS.has(w) || DOCUMENT_NOUNS.has(w) || ORG_ROLES.has(w) || VOICE_ROLES.has(w);
      if (!noun || VERB_OBJECT.test(tokens[k + 1]?.lower ?? "")) break;
    }
    k++;
  }
  // "Rep. John Mica (R-Fla.)": the tag is part of the phrase
  if (k === begin) return null;
  // a phrase must hold a name or a noun: not only "Sunday", handled by npWord
  return [start, k];
}

const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * The first token of a time phrase ending at token k, between a subject and its verb ("McConnell
 * on Monday said", "who in 2010 said", "Clinton last week said"), or -1.
 */
export function timePhraseStart(doc: Doc, k: number, from: number): number {
  const { tokens } = doc;
  const isTime = (i: number) => TIME_WORDS.has(tokens[i].norm.toLowerCase()) || YEAR.test(tokens[i].norm);
  if (!isTime(k)) return -1;
  let a = k;
  while (a - 1 >= from && a > k - 3 && (isTime(a - 1) || /^\d{1,2}$/.test(tokens[a - 1].norm))) a--;
  if (a - 1 >= from && TIME_PREPOSITIONS.test(tokens[a - 1].norm)) a--;
  else if (!/^(?:last|this|earlier)$/i.test(tokens[a].norm)) return -1;
  // "late on Friday", "early last week"
  return a - 1 >= from && /^(?:late|early)$/i.test(tokens[a - 1].norm) ? a - 1 : a;
}

/**
 * Who can speak: a pronoun, a name, "the/a …" with a noun, or plural people ("officials"); not
 * "late-night", "the woman’s" or a place.
 */
export function plausible(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
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
export function agrees(doc: Doc, p: [number, number], v: number): boolean {
  const { tokens } = doc;
  if (!isBaseForm(tokens[v].text) || tokens[v].norm === "read") return true; // "the article read"
  let k = v - 1;
  while (k > p[1] - 1 && isBetween(tokens[k].norm) && !PLAIN_VERB_MARKERS.has(tokens[k].norm.toLowerCase())) k--;
  if (k >= p[1] && PLAIN_VERB_MARKERS.has(tokens[k].norm.toLowerCase())) return true;
  const head = tokens[p[1] - 1].norm.toLowerCase();
  if (/^(?:they|we|i|you|police|people|staff)$/.test(head)) return true;
  if (tokens[p[0] - 1]?.norm.toLowerCase() === "and") return true; // "Obama and Clinton call"
  return /s$/.test(head) && doc.mentionAt[p[1] - 1]?.entity.type !== "person";
}

/** The subject that opens the clause: the sentence's first phrase, after an introductory one ("In August, …"). */
export function mainSubject(doc: Doc, first: number, limit: number): [number, number] | null {
  const { tokens } = doc;
  let k = first;
  while (k < limit && tokens[k].kind === "quote" && !doc.tokens[k]?.inQuote) k++; // a reposter's mark opening the paragraph
  // a dateline: "Washington (AFP) – Democrat Hillary Clinton has …", "PHILADELPHIA, July 25 (UPI) — The …"
  for (let d = k; d < limit && d < k + 10; d++) {
    if (/^(?:-|–|—|--)$/.test(tokens[d].norm) && tokens[d - 1]?.norm === ")") {
      k = d + 1;
      break;
    }
    if (tokens[d].kind === "quote" || (tokens[d].kind === "word" && !tokens[d].cap && !/^(?:of|and)$/.test(tokens[d].lower))) break;
  }
  // an opening phrase before the subject: "In August,", "Speaking to reporters,", "Shortly after
  // the call,", "Based on the statement,"
  const opener = (i: number) => {
    const t = tokens[i];
    if (!t) return false;
    const w = t.norm.toLowerCase();
    // (a name is no participle: "Downing Street defended …")
    return INTRO.test(t.norm) || (/ing$/.test(t.norm) && doc.mentionAt[i] === undefined) || TIME_WORDS.has(w) || w === "based" || (isLyAdverb(w) && doc.mentionAt[i] === undefined);
  };
  // a connective with no comma after it: "Then he cut into Bush, calling …", "But she did …"
  while (k + 1 < limit && CONNECTIVES.has(tokens[k].lower) && tokens[k + 1].kind === "word") k++;
  // a short phrase of time set off by a comma: "A month later, he paid a visit …", "Last year, she …"
  for (let c = k + 1; c < limit && c <= k + 5; c++) {
    if (tokens[c].norm !== ",") continue;
    let time = false;
    for (let j = k; j < c; j++) if (TIME_WORDS.has(tokens[j].lower) || /^(?:later|ago|earlier|month|months|year|years|week|weeks|day|days)$/.test(tokens[j].lower)) time = true;
    if (time) k = c + 1;
    break;
  }
  if (opener(k)) {
    let c = k;
    while (c < limit && c < k + 25 && tokens[c].norm !== ",") c++;
    if (c >= limit || tokens[c].norm !== ",") return null;
    k = c + 1;
    // "In Ames, Iowa, on Sunday, Mrs. Clinton": a place or a time set off after it
    for (let n = 0; n < 2 && k < limit; n++) {
      const m = doc.mentionAt[k];
      let e = -1;
      if (m && (m.entity.type === "place" || m.entity.type === "country") && m.span.first === k) e = m.span.last;
      else if (/^(?:on|in|at|last|this|early|late)$/.test(tokens[k].lower)) {
        e = k + 1;
        while (e < limit && e < k + 5 && tokens[e].norm !== ",") e++;
      }
      if (e < 0 || tokens[e]?.norm !== ",") break;
      k = e + 1;
    }
  }
  while (k < limit && doc.tokens[k]?.inQuote) k++;
  const p = phraseAfter(doc, k, limit);
  return p && plausible(doc, p[0], p[1]) ? p : null;
}

/** Reporting verbs that stand before their subject: "said Rep. Bobby Scott". */
const INVERTING = /^(?:said|says|added|adds|asked|asks|wrote|writes|explained|explains|continued|continues|recalled|recalls)$/;
/** Words that follow a verb, not a noun: "cut into", "hit the", "told him". */
const VERB_OBJECT = /^(?:into|onto|at|to|the|a|an|him|her|them|his|their|its|back|out|off|up|down)$/;
/** Words that join a sentence to the one before without being its subject. */
const CONNECTIVES = new Set("then but and so yet still also now instead later meanwhile".split(" "));

/**
 * The speaker phrase of the reporting verb at v, with the sentence starting at `from`: the phrase
 * before it; the possessor of a reporting noun ("Trump’s claim"); or, for a verb with no subject of
 * its own (", saying", "to accuse", "and vowed"), the subject of the clause.
 */
export function subjectOfCue(doc: Doc, v: number, from: number): [number, number] | null {
  const { tokens } = doc;
  // step back over "has", "later", "is", "he’s" (the pronoun stays)
  let k = v - 1;
  let be = false;
  while (k >= from) {
    const w = tokens[k].norm.toLowerCase();
    const time = timePhraseStart(doc, k, from);
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
    const p = phraseCore(doc, k, from);
    return p && plausible(doc, p[0], p[1]) ? p : null;
  }
  // "are revealed", "was told": a passive has no speaker for subject
  if (be && /(?:ed|told|written|said)$/.test(tokens[v].norm)) return null;
  const ing = /ing$/.test(tokens[v].norm) && !be;
  // "Nefzi said, adding, …": the verb before the comma has the subject
  if (ing && before === "," && k - 1 >= from && isCueAt(doc, k - 1) && !/ing$/.test(tokens[k - 1].norm)) {
    const p = subjectOfCue(doc, k - 1, from);
    if (p) return p;
  }
  // "…,” said Rep. Bobby Scott (D-Va.) at the time, adding that": the speaker after the inverted verb
  if (ing && before === "," && k - 1 > from) {
    let j = k - 1;
    const t = timePhraseStart(doc, j, from);
    if (t > from) j = t - 1;
    if (j - 2 >= from && tokens[j].lower === "time" && tokens[j - 1].lower === "the" && tokens[j - 2].lower === "at") j -= 3; // "at the time"
    const p = j >= from ? phraseBefore(doc, j + 1, from) : null;
    // (a verb that inverts with its subject, and a name after it: not "warned his supporters against complacency, saying")
    if (p && p[0] - 1 >= from && INVERTING.test(tokens[p[0] - 1].lower) && isCueAt(doc, p[0] - 1) && namesSomeone(doc, p[0], p[1])) return p;
  }
  if (k < from || (HANDOVER.has(before) && (ing || before !== ","))) {
    // the clause's subject, before the verb or after an opening clause: "After saying …, she was …"
    const sentence = doc.sentences[doc.tokens[v].sentence];
    const p = mainSubject(doc, from, Math.min(sentence.last, v + 40));
    return p && p[1] <= v + 40 && !(p[0] > v && p[0] - v > 30) ? p : null;
  }
  const p = phraseBefore(doc, k + 1, from);
  if (!p || !plausible(doc, p[0], p[1]) || !agrees(doc, p, v)) return null;
  // "32% of Republican claims", "in a box labeled": the object of a preposition is no speaker, unless
  // the phrase before the preposition opens the clause: "A document on the campaign's website states"
  if (p[0] - 1 >= from && OBJECT_BEFORE.has(tokens[p[0] - 1].norm.toLowerCase())) {
    // "…, with a spokesperson saying": the phrase after "with" is the participle's own subject
    if (ing && tokens[p[0] - 1].norm.toLowerCase() === "with") return p;
    // a person named there speaks all the same: "… for Refugees Filippo Grandi said"
    if (doc.mentionAt[p[1] - 1]?.entity.type === "person") return p;
    const head = phraseCore(doc, p[0] - 1, from);
    if (!head || !(head[0] === from || tokens[head[0] - 1]?.norm === ",")) return null;
    // "A document on the campaign’s website states", "Nigel McCune from the Musicians’ Union said"
    const person = tokens[p[0] - 1].norm.toLowerCase() === "from" && namesSomeone(doc, head[0], head[1]);
    if (!DETERMINERS.has(tokens[head[0]].norm.toLowerCase()) && !person) return null;
    return [head[0], p[1]];
  }
  return p;
}
