// The one resolver from a source span to a speaker: the person or organisation at the head of the
// span ("RIAC’s Kortunov" is Andrei Kortunov), a name the entity stage did not mark, a role that
// stands for an organisation ("the newspaper", "a Clinton spokesman"), a pronoun (coref.ts), or a
// source no entity names (a document, a group, an unnamed person: its own words).

import type { Entity, Gender, Speaker } from "../../text/layers";
import { isPersonName, writtenName, ownerBeforePreposition } from "../../text/names";
import { describedAt } from "../../text/names";
import { mainSubject, phraseAfter, phraseBefore, POSSESSIVE } from "../../text/phrases";
import type { Mention, SpeakerKind } from "../../types";
import { DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS } from "../../words/grammar";
import { DOCUMENT_NOUNS, GROUP_NOUNS, ROLE_GENDER, ROLE_NOUNS } from "../../words/sources";
import { GENERATIONS, isTitleWord, SPOKESPERSON_GENDER } from "../../words/names";
import { ISSUING, ORG_ROLES, VOICE_ROLES, MEDIA_ROLES } from "../../words/reporting";
import { TIME_WORDS } from "../../words/time";
import type { Ctx } from "./context";
import type { Source } from "./rules";
import { describedPerson, sameRole, speaksAsBody, spokesperson, genderOf, genderOfWords, lookup, recentNonPerson, recentOrganization, resolvePronoun, subjectBody, subjectPerson } from "./coref";

function span(ctx: Ctx, first: number, last: number): Mention {
  const { tokens, text } = ctx.doc;
  const start = tokens[first].start;
  const end = tokens[last - 1].end;
  return { start, end, text: text.slice(start, end) };
}

/**
 * Who the phrase [first, last) names. A person or organisation mention at its head wins (after a
 * possessive: "RIAC’s Kortunov" is Kortunov); a capitalised name the entity stage missed is looked
 * up by its last word, else kept as written when it is a person's name (words capitalised only
 * because they open the sentence, titles, places and peoples are not); a role noun stays nameless
 * unless its owner is named in the phrase ("Mr. Macron’s office", "the Clinton campaign") or it
 * stands for an organisation named before ("the newspaper"); a pronoun resolves to the person the
 * text is about. A country or a place keeps its mention with no name. A phrase that names no entity
 * is the speaker as written ("the report", "a student group") where its head word says what kind of
 * source it is (words/sources.ts); an unresolved pronoun names no one. `label` marks a transcript label ("WALLACE:"), a name by its
 * position alone.
 */
/** Who the source names (see the module's header); a source always resolves, if only to its words with a null name. */
export function resolveSource(ctx: Ctx, { first, last, cue, at, label = false }: Source): Speaker {
  const { tokens } = ctx.doc;
  const whole = last; // "a woman in the audience": the phrase as written, where no entity names it
  const make = (name: string | null, entity: Entity | null, a: number, b: number, gender: Gender, kind: SpeakerKind | null = null): Speaker => ({
    name,
    entity,
    kind: name === null ? null : entity ? (speaksAsBody(entity) ? "organization" : KIND_OF[entity.type]) : (kind ?? "person"),
    first: a,
    last: b,
    mention: span(ctx, a, b),
    cue,
    gender,
    at,
    role: roleIn(tokens, first, whole),
  });
  const w = tokens[first].norm.toLowerCase();
  if (last - first === 1 && SUBJECT_PRONOUNS[w]) {
    const kind = SUBJECT_PRONOUNS[w];
    if (kind === "m" || kind === "f") {
      const sp = spokesperson(ctx, first, kind) ?? spokespersonNamed(ctx, first, kind);
      if (sp) return { ...make(sp.name, sp.entity, first, last, kind, sp.kind), role: sp.role };
      const r = resolvePronoun(ctx, first, kind);
      return make(r?.name ?? null, r?.entity ?? null, first, last, kind);
    }
    if (kind === "n" || kind === "p") {
      // "it added", "they said": the organisation (or the newspaper, the report) that spoke last nearby
      const r = recentNonPerson(ctx, first);
      if (r) return make(r.name, r.entity, first, last, null, r.kind);
      // no such speaker yet: the organisation a sentence just before is about ("Multiplex said … "…," it
      // said"), or the body it names ("the company welcomed feedback. It said: …")
      const o = subjectBody(ctx, first, true);
      if (Array.isArray(o)) {
        const b = resolveSource(ctx, { first: o[0], last: o[1], cue: null, at: o[1] });
        return { ...make(b.name, b.entity, first, last, null, b.kind), role: b.role };
      }
      return make(o?.name ?? null, o, first, last, null);
    }
    return make(null, null, first, last, null);
  }
  last = ownerBeforePreposition(ctx.doc, first, last);
  // the head: the last word of the phrase, or the name before "(R-Fla.)"
  let head = last - 1;
  while (head > first && (tokens[head].norm === ")" || tokens[head].kind !== "word")) head--;
  const m = ctx.doc.mentionAt[head];
  if (m && m.span.first >= first && (m.entity.type === "person" || m.entity.type === "organization")) {
    // "Carnegie’s Baunov": the span reaches back over the possessive
    let a = m.span.first;
    if (a - 2 >= first && POSSESSIVE.test(tokens[a - 1].norm) && tokens[a - 2].cap) {
      a = ctx.doc.mentionAt[a - 2]?.span.first ?? a - 2;
      if (a < first) a = first;
    }
    return make(m.entity.name, m.entity, a, m.span.last, genderOf(ctx, m.entity));
  }
  // a country that speaks by its name, "Russia said", "the US warned" (not by its people's, "the French")
  if (m && m.entity.type === "country" && m.span.last === head + 1 && (m.span.first === first || (m.span.first === first + 1 && tokens[first].lower === "the"))) {
    const said = tokens.slice(m.span.first, m.span.last).map((t) => t.norm.toLowerCase()).join(" ");
    if (!ctx.doc.vocab.lexicon.demonym.has(said)) return make(m.entity.name, m.entity, m.span.first, m.span.last, null);
  }
  // a street that speaks for who works there, by its name: "Downing Street said", "described as … by Downing Street" (an organisation's voice)
  if (m && m.entity.type === "place" && speaksAsBody(m.entity) && m.span.last === head + 1) return make(m.entity.name, m.entity, m.span.first, m.span.last, null);
  // a place by the entity stage may still be a person it took for one ("Mr Immelt"), found by name
  // (or a person it took for a place, "President Obama": a title before the mention says so)
  const place = m !== undefined && (m.entity.type === "country" || m.entity.type === "place") && !isTitleWord(tokens[m.span.first - 1]?.lower ?? "", tokens[m.span.first - 1]?.cap ?? false);
  if (tokens[head].cap && !TIME_WORDS.has(tokens[head].norm.toLowerCase())) {
    const n = writtenName(ctx.doc, first, head + 1, label);
    if (n) {
      const e = lookup(ctx, n.na, n.h + 1, at) ?? (GENERATIONS.has(tokens[n.h].norm.toLowerCase()) && n.h > n.na ? lookup(ctx, n.na, n.h, at) : null);
      if (e) return make(e.name, e, n.a, head + 1, genderOf(ctx, e));
      // (a person's name here that no entity bears was not one: the entity stage lists every speaker's name)
      if (!place && isPersonName(ctx.doc.vocab.lexicon, n.words, n.titled || describedAt(ctx.doc.vocab.lexicon, ctx.doc.tokens, head + 1))) return make(null, null, n.a, head + 1, genderOfWords(ctx, n.a, n.h + 1));
    }
    // not a name ("The", "Time", "Argentina’s President", "the American"): a role, named by its mention only
  }
  // a role: "a campaign spokesman", "the newspaper"
  const role = tokens[head].norm.toLowerCase();
  let entity: Entity | null = null;
  if (ORG_ROLES.has(role) || VOICE_ROLES.has(role)) {
    // its owner named right before it: "Mr. Macron’s office", "the Clinton campaign", "a Clinton spokesman"
    const k = head - 1 >= first && POSSESSIVE.test(tokens[head - 1].norm) ? head - 2 : head - 1;
    const owner = k >= first ? ctx.doc.mentionAt[k] : undefined;
    if (owner && (owner.entity.type === "organization" || owner.entity.type === "person")) entity = owner.entity;
    if (!entity && VOICE_ROLES.has(role)) entity = issuer(ctx, first);
    // "a spokeswoman for the Home Office", "a spokesman at Acme": whom the spokesperson speaks for
    if (!entity && SPOKESPERSON_GENDER.has(role)) entity = spokespersonFor(ctx, head + 1, at) ?? spokespersonOfSubject(ctx, first);
    // ("a student group" is a new one, not the organisation named before)
    // ("the government", "the committee" is one of that name: "the government said" after the Home
    // Office is not the Home Office; "the company" may be any firm named before)
    if (!entity && ORG_ROLES.has(role) && !INDEFINITE.has(tokens[first].lower)) entity = recentOrganization(ctx, at, MEDIA_ROLES.has(role), BODY_ROLES.has(role) ? role : null);
  }
  // "the Tory co-chairman", "the lawyer": the person the article described so
  if (!entity && /^(?:the|this|that)$/.test(tokens[first].lower) && ROLE_NOUNS.has(role)) {
    // "said the spokesman": the one a quotation was attributed to before ("a spokesman for the Home Office")
    entity = sameRole(ctx, role, at) ?? describedPerson(ctx, role.slice(role.lastIndexOf("-") + 1), at);
    // "the spokesman said": the spokesperson the text wrote of before, in fuller words ("the prime
    // minister's official spokesman urged …")
    if (!entity && SPOKESPERSON_GENDER.has(role)) {
      const s = earlierSpokesperson(ctx, role, first);
      if (s) return { ...make(s.name, s.entity, first, last, s.gender, s.kind), role };
    }
    // "the Salford MP told", "the Tory leader said": a description qualified enough to single someone
    // out stands for the person the sentences before are about ("the lawyer" alone does not; nor a
    // source kept anonymous, "the source", nor a body, "the Scottish Executive")
    const qualified = head - first >= 2;
    if (!entity && qualified && !SPOKESPERSON_GENDER.has(role) && !ANONYMOUS.has(role) && (!tokens[head].cap || tokens[head].text === tokens[head].text.toUpperCase())) entity = subjectPerson(ctx, first, ROLE_GENDER.get(role) ?? null, role);
  }
  // "the 36-year-old", "the Irishman", "the American": an age or a nationality stands for the person
  // the sentences before are about (sports pages: "Robbie Keane … “…,” the Irishman said")
  if (!entity && tokens[first].lower === "the" && last - first <= 3 && (AGE.test(tokens[last - 1].lower) || isNationality(ctx, tokens[last - 1].lower))) entity = subjectPerson(ctx, first, ROLE_GENDER.get(role) ?? (/woman$/.test(role) ? "f" : /man$/.test(role) ? "m" : null), null);
  if (entity) return make(entity.name, entity, first, last, genderOf(ctx, entity));
  // no entity: the phrase as written names the source ("the report", "a student group", "protesters")
  // the phrase with what qualifies it up to the verb: "a woman in the audience said"
  let end = whole;
  if (at > end && PREPOSITIONS.has(tokens[end]?.lower ?? "")) {
    const p = phraseAfter(ctx.doc, end + 1, at);
    if (p && p[1] === at) end = at;
  }
  // the noun the phrase is about: before its first preposition ("the annual survey of retailers")
  let h = head;
  for (let k = first + 1; k < end; k++) if (PREPOSITIONS.has(tokens[k].lower)) ((h = k - 1), (k = end));
  // a share of a group is the group: "half of voters in each state", "most of the lawmakers"
  if ((QUANTITIES.has(tokens[h].lower) || tokens[h].kind === "number") && tokens[h + 1]?.lower === "of") {
    const of = h + 1;
    h = head;
    for (let k = of + 2; k < end; k++) if (PREPOSITIONS.has(tokens[k].lower)) ((h = k - 1), (k = end));
  }
  const kind = m ? null : nounKind(ctx, h);
  return make(kind && sourcePhrase(ctx, first, end), null, first, kind ? end : last, genderOfWords(ctx, first, last), kind);
}

/**
 * "A spokesman for the Casino Association said the plan … He said … "…," he said": a spokesperson
 * of that gender written (not quoted) within the last two paragraphs, no person of that gender named
 * outside quotes since; resolved as a source of its own ("a spokesman for X" speaks for X).
 */
function spokespersonNamed(ctx: Ctx, at: number, gender: "m" | "f"): Speaker | null {
  const { doc } = ctx;
  const { tokens } = doc;
  const para = tokens[at].paragraph ?? 0;
  const floor = Math.max(doc.paragraphs[Math.max(0, para - 2)].first, at - 300);
  for (let k = at - 1; k >= floor; k--) {
    const t = tokens[k];
    if (t.inQuote) continue;
    const m = doc.mentionAt[k];
    if (m && m.entity.type === "person") {
      const g = genderOf(ctx, m.entity);
      if (!g || g === gender) return null;
    }
    if (!SPOKESPERSON_GENDER.has(t.lower)) {
      const u = unnamedSpeaker(ctx, k);
      if (!u) continue;
      if ((ROLE_GENDER.get(t.lower) ?? gender) !== gender) return null;
      const s = resolveSource(ctx, { first: u[0], last: k + 1, cue: null, at: u[1] });
      return s.name ? s : null;
    }
    const g = SPOKESPERSON_GENDER.get(t.lower) ?? gender;
    if (g !== gender) return null;
    const a = k > 0 && DETERMINERS.has(tokens[k - 1].lower) ? k - 1 : k;
    let b = k + 1;
    if (/^(?:for|at|of)$/.test(tokens[b]?.lower ?? "")) {
      const p = phraseAfter(doc, b + 1, Math.min(doc.paragraphs[tokens[k].paragraph ?? para].last, b + 12));
      if (p) b = p[1];
    }
    const s = resolveSource(ctx, { first: a, last: b, cue: null, at: k });
    return s.name ? s : null;
  }
  return null;
}

/**
 * Where the phrase of a person introduced without a name starts, when the role noun at k heads one
 * that speaks: "A senior official said …", "one trader told …" (an indefinite determiner at most
 * three lower-case words before it, a reporting verb within six words after it), and where that verb is; else null.
 */
function unnamedSpeaker(ctx: Ctx, k: number): [number, number] | null {
  const { tokens, cues } = ctx.doc;
  if (!ROLE_NOUNS.has(tokens[k].lower) || tokens[k].cap) return null;
  let a = k - 1;
  while (a >= 0 && a >= k - 3 && !INDEFINITE.has(tokens[a].lower) && /^[\p{Ll}-]+$/u.test(tokens[a].text)) a--;
  // (the phrase opens its sentence: not "Joshua Osagie, a cocoa farmer, told", "to become a candidate.")
  if (a < 0 || !INDEFINITE.has(tokens[a].lower) || !tokens[a].sentenceStart) return null;
  for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
    if (tokens[j].norm === "," || tokens[j].kind === "quote" || tokens[j].inQuote || tokens[j].sentence !== tokens[k].sentence) return null;
    if (cues[j] === 1) return [a, j];
  }
  return null;
}

/** A spokesperson with that role word written before token `first` (outside quotes, within three paragraphs), in more words than "the spokesman": resolved. */
function earlierSpokesperson(ctx: Ctx, role: string, first: number): Speaker | null {
  const { doc } = ctx;
  const { tokens } = doc;
  const para = tokens[first].paragraph ?? 0;
  const floor = Math.max(doc.paragraphs[Math.max(0, para - 3)].first, first - 400);
  for (let k = first - 1; k >= floor; k--) {
    if (tokens[k].inQuote || tokens[k].lower !== role) continue;
    const p = phraseBefore(doc, k + 1, doc.sentences[tokens[k].sentence].first);
    if (!p || p[1] - p[0] <= 2) return null;
    const s = resolveSource(ctx, { first: p[0], last: p[1], cue: null, at: k + 1 });
    return s.name ? s : null;
  }
  return null;
}

/** The organisation (or person) named in "for X" / "at X" / "of X" right after a spokesperson's word at `k`, before the verb. */
function spokespersonFor(ctx: Ctx, k: number, at: number): Entity | null {
  const { tokens } = ctx.doc;
  if (!/^(?:for|at|of)$/.test(tokens[k]?.lower ?? "")) return null;
  const end = Math.min(at > k ? at : k + 10, k + 10, tokens.length);
  for (let j = k + 1; j < end; j++) {
    if (tokens[j].norm === "," || tokens[j].kind === "quote") break;
    const m = ctx.doc.mentionAt[j];
    if (m && (speaksAsBody(m.entity) || m.entity.type === "person")) return m.entity;
  }
  return null;
}

/** "Downing Street defended the decision, with a spokesperson saying": the organisation that is the subject of the spokesperson's sentence. */
function spokespersonOfSubject(ctx: Ctx, first: number): Entity | null {
  const { doc } = ctx;
  const s = doc.sentences[doc.tokens[first].sentence];
  if (!s || s.first >= first) return null;
  const p = mainSubject(doc, s.first, first);
  const m = p ? doc.mentionAt[p[1] - 1] : undefined;
  return m && speaksAsBody(m.entity) && p && p[1] <= first ? m.entity : null;
}

/** The first role word of the phrase [first, last) ("spokesman", "lawyer"), or null. */
function roleIn(tokens: Ctx["doc"]["tokens"], first: number, last: number): string | null {
  for (let k = first; k < last && k < first + 8; k++) if (ROLE_NOUNS.has(tokens[k].lower)) return tokens[k].lower;
  return null;
}

const INDEFINITE = new Set(["a", "an", "another", "one", "some"]);
const AGE = /^\d+-year-old$/;
/** A word for someone of a nation: "American", "Irishman", "Dutchwoman". */
function isNationality(ctx: Ctx, w: string): boolean {
  return ctx.doc.vocab.lexicon.demonym.has(w) || /^(?:irish|french|dutch|scots|welsh|english|scot|swiss|dane|swede|spaniard|briton|pole|finn|turk|greek|czech|slovak|kiwi|aussie)(?:wo)?(?:man)?$/.test(w);
}
/** Words for a share of a group: "half of voters". */
const QUANTITIES = new Set("half most many some several all none each both majority minority percent share third quarter fraction lot number dozens hundreds thousands millions few one two three four five six seven eight nine ten".split(" "));
/** Role nouns of public bodies, which stand for an organisation named before only if its name says so. */
const BODY_ROLES = new Set("government administration ministry department committee council commission board bureau office".split(" "));
/** Role nouns of sources the text keeps unnamed on purpose. */
const ANONYMOUS = new Set(["source", "insider", "witness", "official", "aide", "adviser", "advisor"]);

// (a work or a law that speaks, "the Patriot Act says", is a document)
const KIND_OF: Record<Entity["type"], SpeakerKind> = { person: "person", organization: "organization", country: "country", place: "other", other: "document" };

/** A source's phrase as the speaker's name: its words on one line, a determiner that opens the sentence in lower case ("The report" → "the report"). */
function sourcePhrase(ctx: Ctx, first: number, last: number): string | null {
  const { tokens, text } = ctx.doc;
  if (last - first === 1 && (SUBJECT_PRONOUNS[tokens[first].lower] || DETERMINERS.has(tokens[first].lower))) return null;
  if (tokens[first].lower === "to") return null; // "To study …": a verb, no source
  let name = text.slice(tokens[first].start, tokens[last - 1].end).replace(/\s+/g, " ");
  if (DETERMINERS.has(tokens[first].lower) && tokens[first].cap) name = tokens[first].lower + name.slice(tokens[first].text.length);
  return name;
}

/** What a phrase with no entity names, by its head word: a document, a group, an unnamed person, or nothing known (null). */
function nounKind(ctx: Ctx, head: number): SpeakerKind | null {
  const w = ctx.doc.tokens[head].lower;
  if (DOCUMENT_NOUNS.has(w)) return "document";
  if (GROUP_NOUNS.has(w)) return "group";
  if (ROLE_NOUNS.has(w)) return "other";
  // "the committee", "the company", "the newspaper" that no organisation named before stands for
  if (ORG_ROLES.has(w)) return MEDIA_ROLES.has(w) ? "other" : "group";
  if (/s$/.test(w) && (ORG_ROLES.has(w.slice(0, -1)) || ORG_ROLES.has(w.replace(/ies$/, "y")))) return "group"; // "the two firms", "the companies"
  return null;
}

/** Who issued the document whose phrase starts at `first`: "The Security Council issued a statement calling …". */
function issuer(ctx: Ctx, first: number): Entity | null {
  const { doc } = ctx;
  let v = first - 1;
  if (doc.tokens[v]?.norm.toLowerCase() === "out") v--; // "put out a statement"
  if (v < 0 || !ISSUING.test(doc.tokens[v].norm.toLowerCase())) return null;
  const p = phraseBefore(ctx.doc, v, doc.sentences[doc.tokens[v].sentence].first);
  const m = p ? ctx.doc.mentionAt[p[1] - 1] : undefined;
  return m && (m.entity.type === "organization" || m.entity.type === "person") ? m.entity : null;
}
