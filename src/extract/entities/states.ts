// The US as its news writes it: a state abbreviated after a town ("Portsmouth, N.H."), a member of
// Congress's party-and-state tag ("Sen. Tim Scott (R-S.C.)"), "Washington, D.C." as one place, and a
// state before its party's member ("the Nevada Democrat").
// The abbreviations are in ../../words/places.ts.

import type { Doc } from "../../text/document";
import type { Token } from "../../text/tokenize";
import { PARTY_AND_STATE, PARTY_FORMS, US_PARTY_WORDS } from "../../words/parties";
import { US_STATE_ABBREVIATIONS, US_STATE_DEMONYMS, US_STATE_NICKNAMES } from "../../words/places";
import type { OtherKind } from "../../types";
import { keepOnly, nameOf, type Found } from "./found";
import { aboutTheArts } from "./topic";

/** Token k lies in a member's party-and-state tag, which names no one: the "R-S", "." and "C." of "(R-S.C.)", the "I-Vt" of ", I-Vt.,". */
export function inPartyStateTag(t: readonly Token[], k: number): boolean {
  for (let s = k; s >= 0 && s >= k - 3; s--) {
    if (!PARTY_AND_STATE.test(t[s].text)) continue;
    // (the tag runs over its dots and a second letter: "R-S" "." "C." of "R-S.C.")
    let end = s + 1;
    while (end < t.length && end - s <= 3 && !t[end].space && (t[end].text === "." || /^\p{Lu}\.$/u.test(t[end].text))) end++;
    return k < end;
  }
  return false;
}

/** A state's abbreviation after a town and a comma, and the state it stands for: "N.H." of "Portsmouth, N.H." → New Hampshire. */
function stateAfterTown(t: readonly Token[], first: number, last: number): string | undefined {
  if (last - first !== 1 || t[first - 1]?.norm !== "," || !t[first - 2]?.cap) return undefined;
  return US_STATE_ABBREVIATIONS.get(t[first].lower);
}

/** The state a people's word names, in the singular or the plural: "Iowans" → Iowa, "a fellow Kentuckian" → Kentucky. */
export const stateOfPeople = (lower: string): string | undefined => US_STATE_DEMONYMS.get(lower.replace(/s$/, ""));

/** Whether the article writes a state's name ("New Hampshire"): the text searched once per state and document. */
const statesWritten = new WeakMap<Doc, Map<string, boolean>>();
function writesState(doc: Doc, state: string): boolean {
  const written = statesWritten.get(doc) ?? statesWritten.set(doc, new Map()).get(doc)!;
  let is = written.get(state);
  if (is === undefined) written.set(state, (is = doc.text.includes(state)));
  return is;
}

/**
 * A name at [first, last) that stands for a US state without being its name, and the extras of its place's span: an
 * abbreviation after a town ("Portsmouth, N.H.") and a nickname ("the Granite State") are named after the state where the article
 * writes it; its people ("Iowans", "New Yorkers") always. Not a film's title in an article about the arts ("Garden State"), nor a
 * magazine's own "The" ("The New Yorker").
 */
export function stateWrittenOtherwise(doc: Doc, first: number, last: number, lower: string, kind?: OtherKind): { canonical?: string } | undefined {
  const t = doc.tokens;
  const state = stateAfterTown(t, first, last) ?? (kind === "work" && aboutTheArts(doc) ? undefined : US_STATE_NICKNAMES.get(lower));
  if (state) return writesState(doc, state) ? { canonical: state } : {};
  const people = kind === "work" || t[first - 1]?.text === "The" ? undefined : stateOfPeople(lower);
  return people ? { canonical: people } : undefined;
}

/** The US capital's name with its district: "Washington, D.C.", "Washington DC" (lower-cased). */
export const US_CAPITAL = /^washington,? d\.?c\.?$/;

/** "Washington, D.C." is one place, the capital, where the tagger read two: "Washington" and "D.C.". */
export function joinCapital(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  let dropped: Set<Found> | undefined;
  let at: Map<number, Found> | undefined;
  for (const f of found) {
    if (f.key !== "washington" || f.last - f.first !== 1 || t[f.last]?.norm !== "," || !/^D\.?C\.?$/.test(t[f.last + 1]?.text ?? "")) continue;
    at ??= new Map(found.map((g) => [g.first, g]));
    const dc = at.get(f.last + 1);
    if (dc) (dropped ??= new Set()).add(dc);
    f.last += 2;
    f.type = "LOC";
    f.key = nameOf(doc, f.first, f.last).toLowerCase();
  }
  if (dropped) keepOnly(found, found.filter((f) => !dropped!.has(f)));
}

/** A US party's member's nouns. */
const PARTY_MEMBERS = new Set(["democrat", "democrats", "republican", "republicans"]);

/** A state and its party's member read as one name are the state and the party: "the Nevada Democrat" (Harry Reid), "Florida Republicans". */
export function splitStateParty(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const added: Found[] = [];
  for (const f of found) {
    const member = t[f.last - 1].lower;
    // (its members, not its branch there: "the Wyoming GOP" is a body of its own)
    if (f.kind || f.type === "PER" || f.last - f.first < 2 || !PARTY_MEMBERS.has(member)) continue;
    const state = nameOf(doc, f.first, f.last - 1).toLowerCase();
    if (lex.regionCountry.get(state) !== "US") continue;
    added.push({ first: f.last - 1, last: f.last, floor: f.floor, type: "ORG", key: member, partOfPerson: false, canonical: US_PARTY_WORDS.get(member) ?? PARTY_FORMS.get(member) });
    [f.last, f.type, f.key] = [f.last - 1, "LOC", state];
  }
  found.push(...added);
}
