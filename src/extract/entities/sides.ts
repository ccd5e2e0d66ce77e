// A nation's side in a sports report: "Wales beat Italy", "the defeat by Wales", "This England team".
// The name is the country's (or the UK nation's) and stays listed as such, as CoNLL and readers take
// it; the side is listed beside it as an organisation, with the mentions that are the side's.

import type { Doc } from "../../text/document";
import type { Entity, NameSpan } from "../../text/layers";
import { POSSESSIVE } from "../../text/phrases";
import { PLACE_PREPOSITIONS, UK_NATIONS } from "../../words/places";
import { RESULT_BEFORE, SIDE_AFTER, SIDE_AFTER_IN_MATCH, SIDE_AFTER_POSSESSIVE, SIDE_BEFORE, SIDE_BEFORE_PAIRS, SIDE_ROLES, SPORT_NOUNS, VERSUS } from "../../words/sport";
import { aboutSport } from "./topic";

const NATION_REGIONS = new Set(UK_NATIONS.values());

/**
 * The nations' sides a sports report names, as organisations. Where the words around nations'
 * names say twice that sides play ("Wales beat", "against Wales"), each nation named so once is a
 * side; then a verb of play after its name is enough too ("Italy hit back"). A nation only ever named beside its athletes
 * ("Britain's Kelly Holmes") or as where something happens is no side.
 */
export function nationalSides(doc: Doc, entities: readonly Entity[]): Entity[] {
  if (!aboutSport(doc)) return [];
  const nations = entities.filter((e) => e.type === "country" || (e.type === "place" && e.region && NATION_REGIONS.has(e.region)));
  // (a fixture's "v" says two sides by itself: "France v Scotland"; a player's role once is the player's nationality too: "the Holland international")
  let plays = 0;
  for (const e of nations) for (const s of e.mentions) if (!s.demonym && sideAround(doc, s, false)) plays += fixture(doc, s) ? 2 : 1;
  if (plays < 2) return [];
  const cued = new Map<Entity, NameSpan[]>();
  // (in text order, where each side's name ends, so a list after it is read in one pass)
  const sideEnds = new Set<number>();
  const byStart = nations.flatMap((e) => e.mentions.filter((s) => !s.demonym).map((s) => ({ e, s }))).sort((a, b) => a.s.first - b.s.first);
  for (const { e, s } of byStart) {
    if (!sideAround(doc, s, true) && !listedWithSide(doc, s, sideEnds)) continue;
    sideEnds.add(s.last);
    (cued.get(e) ?? cued.set(e, []).get(e))?.push(s);
  }
  const sides: Entity[] = [];
  for (const [e, spans] of cued) {
    const name = mostWritten(spans);
    const mentions = e.mentions.filter((s) => !s.demonym && s.name === name && (spans.includes(s) || !placeOrAthlete(doc, s)));
    sides.push({ ...e, id: entities.length + sides.length, type: "organization", name, aliases: [], mentions, description: null, acronym: null, code: null, country: null, region: null, kind: null, gender: null });
  }
  return sides;
}

/**
 * The words right around a name make it a team's: a result's verb, a team's noun or a player's role
 * after it, a result's word before it; `inMatch`, once sides are playing, a verb of play after it ("Italy hit back").
 */
function sideAround(doc: Doc, s: NameSpan, inMatch: boolean): boolean {
  const t = doc.tokens;
  const lower = (i: number) => (t[i] && t[i].kind === "word" && !t[i].cap ? t[i].lower : "");
  // (over a possessive to a team's noun, "England's squad", but not to a person: "beat Canada's Nate Brannen")
  const possessive = POSSESSIVE.test(t[s.last]?.norm ?? "");
  if (possessive ? SIDE_AFTER_POSSESSIVE.has(lower(s.last + 1)) : SIDE_AFTER.has(lower(s.last)) || (inMatch && SIDE_AFTER_IN_MATCH.has(lower(s.last)))) return true;
  // (or a player's or the staff's role, over a sport's words: "France captain Fabien Pelous", "Great Britain rugby league captain", "England's coach"; or a fixture's "v")
  let k = possessive ? s.last + 1 : s.last;
  while (k < s.last + 3 && SPORT_NOUNS.has(lower(k))) k++;
  if (SIDE_ROLES.has(lower(k)) || fixture(doc, s)) return true;
  // (or a score beside it: "Scotland 18-10 Italy"; not a player's country before the player's score: "beating Elene Likhotseva of Russia 7-5 6-4")
  if ((SCORE.test(t[s.last]?.text ?? "") || SCORE.test(t[s.first - 1]?.text ?? "")) && !placeOrAthlete(doc, s) && t[s.first - 1]?.lower !== "of") return true;
  if (possessive && t[s.last + 1]?.cap) return false;
  const before = lower(s.first - 1);
  // (over the "the" some nations' names take: "a 3-2 success over the USA")
  if (SIDE_BEFORE.has(before) || (before === "the" && RESULT_BEFORE.has(lower(s.first - 2)))) return true;
  // (a pair's word over the "the" too: "a loss to the Netherlands")
  return SIDE_BEFORE_PAIRS.get(before)?.has(lower(s.first - 2)) || (before === "the" && !!SIDE_BEFORE_PAIRS.get(lower(s.first - 2))?.has(lower(s.first - 3)));
}

/** Listed right after a side's name (`sideEnds`: where sides' names end), the list's words saying the same of both: "against Wales, France and Ireland". */
function listedWithSide(doc: Doc, s: NameSpan, sideEnds: ReadonlySet<number>): boolean {
  const t = doc.tokens;
  const joint = t[s.first - 1];
  return !!joint && (joint.norm === "," || joint.lower === "and" || joint.lower === "or") && sideEnds.has(s.first - 1) && joint.sentence === t[s.first].sentence;
}

/** A fixture's "v" on either side of a nation's name: "France v Scotland". */
function fixture(doc: Doc, s: NameSpan): boolean {
  const t = doc.tokens;
  return VERSUS.test(t[s.last]?.norm ?? "") || VERSUS.test(t[s.first - 1]?.norm ?? "");
}

const SCORE = /^\d{1,3}-\d{1,3}$/;

/** A mention as a place ("in Wales", "to Dublin") or beside an athlete ("Britain's Jason Gardener"): not the side's. */
function placeOrAthlete(doc: Doc, s: NameSpan): boolean {
  const t = doc.tokens;
  if (POSSESSIVE.test(t[s.last]?.norm ?? "") && t[s.last + 1]?.cap) return true;
  const before = t[s.first - 1];
  return !!before && before.kind === "word" && PLACE_PREPOSITIONS.has(before.lower);
}

/** The form the spans write most, the first on a tie. */
function mostWritten(spans: readonly NameSpan[]): string {
  const counts = new Map<string, number>();
  for (const s of spans) counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  let best = spans[0].name;
  for (const [name, n] of counts) if (n > (counts.get(best) ?? 0)) best = name;
  return best;
}
