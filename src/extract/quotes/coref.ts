// Coreference for speakers: who "he" or "she" is (the person of that gender the text is about),
// who "it" or "they" is (the organisation that spoke last), what organisation "the newspaper" is,
// which of several people sharing a surname a bare surname means, whom a description ("the lawyer")
// stands for, and a person's gender.

import type { Entity, Gender, Speaker } from "../../text/layers";
import { namePart } from "../../text/names";
import { mainSubject } from "../../text/phrases";
import { SUBJECT_PRONOUNS } from "../../words/grammar";
import { FEMALE_TITLES, MALE_TITLES, SPOKESPERSON_GENDER } from "../../words/names";
import { ROLE_GENDER, ROLE_NOUNS } from "../../words/sources";
import { ORG_ROLES } from "../../words/reporting";
import { LANDMARKS } from "../../words/places";
import type { Ctx } from "./context";
import { isMedia } from "./media";

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

export function genderOfWords(ctx: Ctx, first: number, last: number): Gender {
  const { tokens } = ctx.doc;
  for (let k = first; k < last; k++) {
    const w = tokens[k].norm.toLowerCase();
    if (MALE_TITLES.has(w)) return "m";
    if (FEMALE_TITLES.has(w)) return "f";
  }
  const [a] = namePart(ctx.doc, first, last);
  const f = ctx.doc.vocab.lexicon.firstName.get(tokens[a].norm.toLowerCase());
  return f === "m" || f === "f" ? f : null;
}

/** An entity named by the words [a, b) of a name the entity stage did not mark: by full name or last word. */
export function lookup(ctx: Ctx, a: number, b: number, at: number, accept: (e: Entity) => boolean = () => true): Entity | null {
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
export function lastBefore<T extends { first: number }>(mentions: readonly T[], at: number): T | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].first < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? mentions[lo - 1] : null;
}

export function recentNonPerson(ctx: Ctx, at: number): Speaker | null {
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

export function recentOrganization(ctx: Ctx, at: number, media: boolean, named: string | null = null): Entity | null {
  const paragraph = ctx.doc.sentences[ctx.doc.tokens[at].sentence]?.paragraph ?? 0;
  const floor = Math.max(ctx.doc.paragraphs[Math.max(0, paragraph - 6)].first, at - 400);
  for (let k = at - 1; k >= floor; k--) {
    const m = ctx.doc.mentionAt[k];
    if (!m) continue;
    if (m.entity.type === "organization" && (!media || isMedia(ctx, m.entity)) && (!named || m.entity.name.toLowerCase().split(/\s+/).includes(named))) return m.entity;
    k = m.span.first;
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
      if (ctx.doc.tokens[k]?.inQuote) continue;
      const m = ctx.doc.mentionAt[k];
      if (!m && !ctx.doc.tokens[k]?.cap) continue;
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
        if ((g === "m" || g === "f") && nextTok && nextTok.cap && nextTok.kind === "word" && !ctx.doc.mentionAt[k + 1] && k + 1 < end) {
          if (g !== gender) continue;
          let b = k + 1;
          while (b + 1 < end && doc.tokens[b + 1].cap && doc.tokens[b + 1].kind === "word" && !ctx.doc.mentionAt[b + 1]) b++;
          found = { name: doc.tokens.slice(k, b + 1).map((x) => x.norm).join(" "), entity: null, pos: k };
          break;
        }
        // a surname the entity stage did not mark here: "Clinton says …"
        if (!ctx.byWord.has(t.norm.toLowerCase())) continue;
        if (nextTok && nextTok.cap && nextTok.kind === "word") continue;
        entity = lookup(ctx, k, k + 1, k, compatible);
      }
      if (!entity || !compatible(entity)) continue;
      found = { name: entity.name, entity, pos: k };
      break;
    }
    // a speaker named in this sentence (a name the entity stage missed) may come first; so may a
    // pronoun of the same gender already resolved here, which carries its person on ("… ,” she said.
    // ¶ She added that …")
    for (let i = ctx.speakers.length - 1, n = 0; i >= 0 && n < RECENT; i--, n++) {
      const sp = ctx.speakers[i];
      if (sp.first < begin || sp.first >= end || !sp.name || sp.kind !== "person") continue;
      const pronoun = SUBJECT_PRONOUNS[doc.tokens[sp.first].norm.toLowerCase()];
      if (pronoun && (pronoun !== gender || !sp.entity || !compatible(sp.entity) || found)) continue;
      if (sp.gender && sp.gender !== gender) continue;
      if ((pronoun || (sp.entity === null && ctx.doc.mentionAt[sp.first] === undefined)) && (!found || sp.first < found.pos)) found = { name: sp.name, entity: sp.entity, pos: sp.first };
    }
    if (found) return { name: found.name, entity: found.entity };
  }
  return null;
}

/**
 * "the Tory co-chairman", "the lawyer": the person the article has described with that role word
 * (in a title before the name, "Tory co-chairman Liam Fox", or an apposition, "Gregory Ioannidis, a
 * lawyer") and named last before token `at`; null when no one was.
 */
export function describedPerson(ctx: Ctx, role: string, at: number): Entity | null {
  ctx.byRole ??= rolesIndex(ctx);
  const list = ctx.byRole.get(role);
  if (!list) return null;
  // the mentions of everyone so described, in text order: the last before `at`
  return lastBefore(list, at)?.entity ?? null;
}

/** For each role word, the mentions of the people it describes, in text order. */
function rolesIndex(ctx: Ctx): Map<string, Array<{ first: number; entity: Entity }>> {
  const described = new Map<string, Set<Entity>>();
  const add = (words: string | null | undefined, e: Entity) => {
    if (!words) return;
    for (const w of words.toLowerCase().split(/[^\p{L}]+/u)) {
      if (!ROLE_NOUNS.has(w)) continue;
      (described.get(w) ?? described.set(w, new Set()).get(w))?.add(e);
    }
  };
  for (const e of ctx.doc.entities) {
    if (e.type !== "person") continue;
    add(e.description, e);
    for (const m of e.mentions) {
      add(m.title, e);
      // role words right before the name that the title does not hold: "Tory co-chairman Liam Fox"
      const { tokens } = ctx.doc;
      for (let k = m.first - 1; k >= 0 && k >= m.first - 4 && (tokens[k].kind === "word" || tokens[k].norm === "-") && !tokens[k].inQuote; k--) add(tokens[k].lower, e);
    }
  }
  const out = new Map<string, Array<{ first: number; entity: Entity }>>();
  for (const [role, people] of described) {
    const mentions: Array<{ first: number; entity: Entity }> = [];
    for (const entity of people) for (const m of entity.mentions) mentions.push({ first: m.first, entity });
    out.set(role, mentions.sort((a, b) => a.first - b.first));
  }
  return out;
}

/** The entity of the last speaker before token `at` whose phrase had this role word ("a spokesman for the Home Office"), within the recent speakers. */
export function sameRole(ctx: Ctx, role: string, at: number): Entity | null {
  for (let i = ctx.speakers.length - 1, n = 0; i >= 0 && n < RECENT; i--, n++) {
    const s = ctx.speakers[i];
    if (s.at < at && s.role === role && s.entity) return s.entity;
  }
  return null;
}


/**
 * "A spokesman for the Casino Association said … "…," he said": he or she is the spokesperson quoted
 * last (within two paragraphs) when no person of that gender is named outside quotes since.
 */
export function spokesperson(ctx: Ctx, at: number, gender: "m" | "f"): Speaker | null {
  const { doc } = ctx;
  let s: Speaker | null = null;
  for (let i = ctx.speakers.length - 1, n = 0; i >= 0 && n < RECENT && !s; i--, n++) if (ctx.speakers[i].at < at) s = ctx.speakers[i];
  if (!s || !s.role || !s.name) return null;
  // a spokesperson, or a person the text introduced without a name: "one trader", "a senior official"
  // (a definite one, "the minister", is more often someone named before)
  const unnamed = s.entity === null && s.kind === "other" && /^(?:a|an|one|another)$/.test(doc.tokens[s.first].lower);
  if (!SPOKESPERSON_GENDER.has(s.role) && !unnamed) return null;
  const g = SPOKESPERSON_GENDER.get(s.role) ?? ROLE_GENDER.get(s.role) ?? null;
  if (g && g !== gender) return null;
  const para = doc.tokens[at].paragraph ?? 0;
  if (para - (doc.tokens[s.at].paragraph ?? 0) > 2 || at - s.at > 300) return null;
  for (let k = s.at + 1; k < at; k++) {
    const m = doc.mentionAt[k];
    if (!m || doc.tokens[k].inQuote || m.entity.type !== "person") continue;
    const mg = genderOf(ctx, m.entity);
    if (!mg || mg === gender) return null;
  }
  return s;
}

/**
 * "Multiplex said it would take a charge. … "…," it said": for "it" or "they" with no speaker before,
 * the organisation that is the subject of the nearest sentence back (this one first, at most six,
 * within two paragraphs) whose subject is an organisation; a person as subject in between stops it.
 * With `phrases`, also the phrase of a body no entity names ("the company welcomed feedback. It said").
 */
export function subjectBody(ctx: Ctx, at: number, phrases: boolean): Entity | [number, number] | null {
  const { doc } = ctx;
  const si = doc.tokens[at].sentence;
  if (si < 0) return null;
  const floor = Math.max(doc.paragraphs[Math.max(0, doc.sentences[si].paragraph - 2)].firstSentence, si - 6);
  for (let s = si; s >= floor; s--) {
    const sent = doc.sentences[s];
    const end = s === si ? at : sent.last;
    if (end <= sent.first) continue;
    const p = mainSubject(doc, sent.first, end);
    const m = p ? doc.mentionAt[p[1] - 1] : undefined;
    if (!p || p[1] > end) continue;
    // "the company welcomed feedback. It said: …"
    if (!m && phrases && /^(?:the|this)$/.test(doc.tokens[p[0]].lower) && ORG_ROLES.has(doc.tokens[p[1] - 1].lower)) return p;
    if (!m) continue;
    if (speaksAsBody(m.entity)) return m.entity;
    if (m.entity.type === "person") return null;
  }
  return null;
}

/**
 * "Hazel Blears said … “…,” the Salford MP told the committee": a definite description no one was
 * described by stands for the person who is the subject of the nearest sentence back (this one
 * excepted, within two paragraphs) that has a person for subject, of a gender that fits, when no
 * other person is named outside quotes since and the article gives that person no other role
 * ("the prime minister" is not Charles Clarke, "home secretary").
 */
export function subjectPerson(ctx: Ctx, at: number, gender: Gender, role: string | null): Entity | null {
  const { doc } = ctx;
  const si = doc.tokens[at].sentence;
  if (si <= 0) return null;
  const floor = Math.max(doc.paragraphs[Math.max(0, doc.sentences[si].paragraph - 2)].firstSentence, si - 8);
  for (let s = si - 1; s >= floor; s--) {
    const sent = doc.sentences[s];
    const p = mainSubject(doc, sent.first, sent.last);
    let e: Entity | null = null;
    const m = p ? doc.mentionAt[p[1] - 1] : undefined;
    if (m && m.entity.type === "person") e = m.entity;
    else if (p && p[1] - p[0] === 1) {
      // "He conceded …": the person a he or she there stands for
      const pr = SUBJECT_PRONOUNS[doc.tokens[p[0]].lower];
      if ((pr === "m" || pr === "f") && (!gender || gender === pr)) e = resolvePronoun(ctx, p[0], pr)?.entity ?? null;
    }
    if (!e) continue;
    const g = genderOf(ctx, e);
    if (gender && g && g !== gender) return null;
    ctx.byRole ??= rolesIndex(ctx);
    ctx.rolesOf ??= rolesByEntity(ctx.byRole);
    const roles = ctx.rolesOf.get(e);
    if (role !== null && roles && !roles.has(role)) return null;
    for (let k = sent.last; k < at; k++) {
      const o = doc.mentionAt[k];
      if (o && !doc.tokens[k].inQuote && o.entity.type === "person" && o.entity !== e) return null;
    }
    return e;
  }
  return null;
}

/** The role words each person is described by (the inverse of the roles index). */
function rolesByEntity(byRole: Map<string, Array<{ first: number; entity: Entity }>>): Map<Entity, Set<string>> {
  const out = new Map<Entity, Set<string>>();
  for (const [role, list] of byRole) for (const { entity } of list) (out.get(entity) ?? out.set(entity, new Set()).get(entity))?.add(role);
  return out;
}

/** An organisation, or a street the news names for who works there ("Downing Street defended the decision, with a spokesperson saying"). */
export const speaksAsBody = (e: Entity): boolean => e.type === "organization" || (e.type === "place" && LANDMARKS.has(e.name.toLowerCase()));
