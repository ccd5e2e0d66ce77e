// Team sheets, whose players the tagger of running prose reads badly: players by an initial and a
// surname with their club in brackets ("- M Blair (Edinburgh), A Craig (Glasgow)"), and line-ups of
// surnames alone, positions split by semicolons ("Delport; Pieters, Rasmussen, Lombard; ...").

import type { Doc } from "../../text/document";
import type { Token } from "../../text/tokenize";
import { isTown, listsPlace } from "./places";
import { UK_NATIONS } from "../../words/places";
import { CLUB_CLOSERS, CLUB_JOINTS, VERSUS } from "../../words/sport";
import { coveredBy, isCapital, keepOnly, nameOf, type Found, addInOrder } from "./found";

/**
 * Team sheets: players listed by one initial and a surname keep the initial ("- M Blair
 * (Edinburgh), A Craig (Glasgow)"), those the tagger passed over are found, and the town in
 * brackets after a player is the player's club.
 */
export function readTeamSheets(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  addLineUps(doc, found);
  markFixtureSides(doc, found);
  const taken = coveredBy(doc, found);
  addSheetNames(doc, found, taken);
  for (const f of found) {
    const k = f.first - 1;
    if (f.type === "PER" && f.last - f.first <= 2 && k >= 0 && !taken[k] && onSheet(t, k, f.last)) {
      f.first = k;
      f.key = nameOf(doc, k, f.last).toLowerCase();
    }
  }
  markSheetClubs(doc, found);
}

/** One capital letter at k, a list's item opening before it and its club in brackets or the list's next item after the name ending at `last`: a team sheet's player. */
function onSheet(t: readonly Token[], k: number, last: number): boolean {
  const w = t[k];
  if (!/^\p{Lu}$/u.test(w.text) || !t[k + 1]?.space) return false;
  const before = t[k - 1];
  const opens = !before || before.sentence !== w.sentence || /^(?:,|-|–|;|:)$/.test(before.norm);
  return opens && /^(?:\(|,|\.|;)$/.test(t[last]?.norm ?? "") && t[last].sentence === w.sentence;
}

/** Players a team sheet lists by one initial and a surname, with their club in brackets, that the tagger passed over: "- M Blair (Edinburgh)", "D Parks (Glasgow)". */
function addSheetNames(doc: Doc, found: Found[], taken: Uint8Array): void {
  const t = doc.tokens;
  const added: Found[] = [];
  for (let k = 0; k + 2 < t.length; k++) {
    if (taken[k] || !/^\p{Lu}$/u.test(t[k].text)) continue;
    let last = k + 1;
    while (last < k + 3 && isCapital(t[last]) && !taken[last] && t[last].sentence === t[k].sentence) last++;
    if (last === k + 1 || t[last]?.norm !== "(" || !isCapital(t[last + 1]) || !onSheet(t, k, last)) continue;
    let floor = k;
    while (floor > 0 && t[floor - 1].sentence === t[k].sentence) floor--;
    added.push({ first: k, last, floor, type: "PER", key: nameOf(doc, k, last).toLowerCase(), partOfPerson: false });
  }
  if (!added.length) return;
  for (const a of added) taken.fill(1, a.first, a.last);
  addInOrder(found, added);
}

/**
 * The name in brackets after a team sheet's player is the player's club, whatever the tagger read: "A Craig (Glasgow)", "R Russell (London Irish)";
 * whole, where club words close it or join its words: "N Buckfield (Harrow AC)", "M Lewis (Windsor, Slough, Eton and Hounslow AC)".
 */
function markSheetClubs(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const whole: Found[] = [];
  for (const f of found) {
    if (f.type !== "PER" || t[f.last]?.norm !== "(" || !onSheet(t, f.first, f.last)) continue;
    let close = f.last + 1;
    while (close < f.last + 10 && t[close] && t[close].sentence === t[f.first].sentence && ((t[close].cap && t[close].kind === "word") || CLUB_JOINTS.has(t[close].lower))) close++;
    const joined = t.slice(f.last + 1, close).some((w) => CLUB_JOINTS.has(w.lower));
    if (t[close]?.norm === ")" && close - f.last > 2 && t[close - 1].cap && (joined || CLUB_CLOSERS.has(t[close - 1].lower))) whole.push({ first: f.last + 1, last: close, floor: f.floor, type: "ORG", key: nameOf(doc, f.last + 1, close).toLowerCase(), partOfPerson: false });
  }
  if (whole.length) {
    const covered = coveredBy(doc, whole);
    keepOnly(found, found.filter((f) => !covered.subarray(f.first, f.last).includes(1)));
    addInOrder(found, whole);
  }
  const starting = new Map(found.map((f) => [f.first, f]));
  for (const f of found) {
    if (f.type !== "PER" || t[f.last]?.norm !== "(" || !onSheet(t, f.first, f.last)) continue;
    const club = starting.get(f.last + 1);
    // (the referee's line after a report's team sheets is a name alone, its county in brackets: "P Dowd (Staffordshire).")
    if (club && refereeLine(doc, f.first, club.last)) {
      if (listsPlace(doc, club.key)) club.type = "LOC";
      continue;
    }
    // (a town's club, not a country's side in a select team: "O Smith (England)")
    if (club && !club.kind && /^(?:\)|,)$/.test(t[club.last]?.norm ?? "") && (club.type === "ORG" || isTown(doc, club.key))) club.type = "ORG";
  }
}

/** A paragraph of one initial, a surname and a bracket, from `first` to the bracket's word ending at `last`: the referee's line, "S Bennett (Kent)." */
function refereeLine(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const p = doc.paragraphs[t[first].paragraph];
  return t[first].paragraphStart && !!p && t[last]?.norm === ")" && (p.last === last + 1 || (p.last === last + 2 && t[last + 1].norm === "."));
}

/** Words that open a list of substitutes on a team sheet: "Replacements:", "Subs (from):". */
const BENCH_LABELS = new Set(["replacements", "subs", "substitutes", "sub", "replacement"]);

/**
 * Line-ups of surnames alone, one paragraph each, whatever the tagger read of their words (a
 * player called Windo, Lombard or Day): items of one to three capitalised words split by commas
 * and at least two semicolons ("Hanley; Mayor, Payne, Rhys Jones, Wigglesworth; Hercus, Redpath
 * (capt); ..."), or after a bench's label ("Replacements: Fortey, Murphy, Daly.").
 */
function addLineUps(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const added: Found[] = [];
  // (a side's eleven and its bench's label may share a paragraph: "…, Stansfield (Green 102). Subs Not Used: Warrington, Maloney.")
  const segments: Array<{ first: number; last: number }> = [];
  for (const p of doc.paragraphs) {
    let start = p.first;
    for (let k = p.first + 1; k < p.last; k++) {
      if (t[k - 1].norm !== "." || !BENCH_LABELS.has(t[k].lower)) continue;
      segments.push({ first: start, last: k });
      start = k;
    }
    segments.push({ first: start, last: p.last });
  }
  for (const p of segments) {
    let k = p.first;
    const bench = BENCH_LABELS.has(t[k]?.lower ?? "");
    if (bench) {
      k++;
      if (t[k]?.norm === "(" && t[k + 2]?.norm === ")") k += 3;
      // (over the label's words: "Subs Not Used:")
      while (k < p.first + 3 && t[k]?.cap && t[k].kind === "word") k++;
      if (t[k]?.norm !== ":") continue;
      k++;
    }
    const items: Array<[number, number]> = [];
    let semicolons = 0;
    let subs = 0;
    let ok = true;
    while (k < p.last && ok) {
      const first = k;
      // (a double-barrelled name split at its hyphen stays one: "MacLeod- Henderson")
      while (k < p.last && k - first < 4 && t[k].kind === "word" && /^\p{Lu}/u.test(t[k].text)) k += t[k + 1]?.norm === "-" && /^\p{Lu}/u.test(t[k + 2]?.text ?? "") ? 2 : 1;
      if (k === first) {
        ok = false;
        break;
      }
      items.push([first, k]);
      // (the captain's mark: "Redpath (capt)")
      if (t[k]?.norm === "(" && /^capt(?:ain)?\.?$/i.test(t[k + 1]?.text ?? "") && t[k + 2]?.norm === ")") k += 3;
      // (a substitute and the minute he came on: "Reiziger (Graham 82)")
      else if (t[k]?.norm === "(" && isCapital(t[k + 1]) && t[k + 2]?.kind === "number" && /^\d{1,3}$/.test(t[k + 2].text) && t[k + 3]?.norm === ")") {
        items.push([k + 1, k + 2]);
        subs++;
        k += 4;
      }
      const sep = t[k]?.norm;
      if (k >= p.last || sep === ".") break;
      if (sep === ";") semicolons++;
      // (or a slash between a bench's two players for one place: "Buckland/Cockerill, Morris")
      else if (sep !== "," && !(sep === "/" && bench)) ok = false;
      k++;
    }
    const done = ok && (k >= p.last || (t[k].norm === "." && k + 1 >= p.last));
    // (or a side's eleven by commas, a substitute among them, most no place's name: a football report's line-up)
    const eleven = () => subs > 0 && items.length >= 11 && items.filter(([a, b]) => listsPlace(doc, nameOf(doc, a, b).toLowerCase())).length * 2 < items.length;
    if (!done || !(semicolons >= 2 ? items.length >= 6 : (bench && items.length >= 2) || eleven())) continue;
    for (const [first, last] of items) added.push({ first, last, floor: p.first, type: "PER", key: nameOf(doc, first, last).toLowerCase(), partOfPerson: false, sure: true });
  }
  if (!added.length) return;
  const covered = coveredBy(doc, added);
  keepOnly(found, found.filter((f) => !covered.subarray(f.first, f.last).includes(1)));
  addInOrder(found, added);
}

/** A town on either side of a fixture's "v" is its club, whatever the tagger read or if it read nothing: "Worcester v Sale" (not a country's or a nation's side: "France v Wales"). */
function markFixtureSides(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const versus = (k: number) => k >= 0 && k < t.length && VERSUS.test(t[k].norm);
  const side = (key: string) => !lex.country.has(key) && !UK_NATIONS.has(key) && isTown(doc, key);
  for (const f of found) {
    if (f.type !== "LOC" || f.kind || !(versus(f.last) || versus(f.first - 1)) || !side(f.key)) continue;
    f.type = "ORG";
  }
  // (a lone town the tagger passed over, facing a capitalised side)
  const covered = coveredBy(doc, found);
  const added: Found[] = [];
  for (let k = 1; k + 1 < t.length; k++) {
    if (!versus(k) || !isCapital(t[k - 1]) || !isCapital(t[k + 1])) continue;
    for (const i of [k - 1, k + 1]) {
      if (covered[i] || t[i].kind !== "word" || isCapital(t[i === k - 1 ? i - 1 : i + 1]) || !side(t[i].lower)) continue;
      added.push({ first: i, last: i + 1, floor: doc.sentences[t[i].sentence].first, type: "ORG", key: t[i].lower, partOfPerson: false });
    }
  }
  addInOrder(found, added);
}
