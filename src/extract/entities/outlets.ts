// News outlets and their shows by name (../../words/reporting.ts's NEWS_OUTLETS and NEWS_SHOWS): a
// body or a work wherever the article writes one, whatever the tagger read ("The Hill" as a work,
// "The Atlantic" as the ocean, "Gawker" as nothing, "Meet the Press" as a body).

import type { Doc } from "../../text/document";
import { BROADCASTER_NAME, NEWS_OUTLETS, NEWS_SHOWS, OUTLETS_AFTER_THE, SHOWS_NAMED_BESIDE } from "../../words/reporting";
import { POSSESSIVE } from "../../text/phrases";
import { keepOnly, nameOf, type Found } from "./found";

/** The most tokens an outlet's name runs to ("new york daily news"). */
const MOST_WORDS = Math.max(...[...NEWS_OUTLETS, ...NEWS_SHOWS].map((n) => n.split(" ").length));
/** The words an outlet's or a show's name opens with ("the" of "The Hill" too, and "hill", which is read after it), asked before any name is built. */
const NAME_STARTS: ReadonlySet<string> = new Set([...[...NEWS_OUTLETS, ...NEWS_SHOWS].map((n) => n.split(" ")[0]), ...OUTLETS_AFTER_THE]);

export function addNewsOutlets(doc: Doc, found: Found[], readable: Uint8Array): void {
  const t = doc.tokens;
  let at: Map<number, Found[]> | undefined;
  const covered = () => {
    if (at) return at;
    at = new Map();
    for (const f of found) for (let k = f.first; k < f.last; k++) (at.get(k) ?? at.set(k, []).get(k)!).push(f);
    return at;
  };
  const added: Found[] = [];
  const dropped = new Set<Found>();
  for (let i = 0; i < t.length; i++) {
    if (!t[i].cap || t[i].kind !== "word" || !readable[i] || !NAME_STARTS.has(t[i].lower)) continue;
    for (let n = Math.min(MOST_WORDS, t.length - i); n >= 1; n--) {
      const last = i + n;
      if (!t[last - 1].cap || t[last - 1].sentence !== t[i].sentence) continue;
      const key = nameOf(doc, i, last).toLowerCase();
      // (one word that is a common word or a place too only after the outlet's own "The": "As The Hill reported")
      const after = n === 1 && OUTLETS_AFTER_THE.has(key);
      const outlet = NEWS_OUTLETS.has(key) || (after && t[i - 1]?.text === "The" && NEWS_OUTLETS.has(`the ${key}`));
      // (a show whose name is common words too, only beside a broadcaster's possessive or its noun: "CNN's New Day", "the New Day show")
      const show = !outlet && NEWS_SHOWS.has(key) && (!SHOWS_NAMED_BESIDE.has(key) || besideBroadcaster(doc, i, last));
      if (!outlet && !show) continue;
      // (not inside a longer name: "Fox News Sunday", "Salon Kitty"; nor a possessive's owner's word: "the Boston Globe's")
      if (t[last]?.cap && t[last].kind === "word" && t[last].space && t[last].sentence === t[i].sentence) break;
      const over = new Set<Found>();
      for (let k = i; k < last; k++) for (const f of covered().get(k) ?? []) over.add(f);
      for (const f of covered().get(i - 1) ?? []) if (t[i - 1].text === "The") over.add(f);
      // (the outlet's own "The" may open what was found: "The Daily Beast")
      const from = t[i - 1]?.text === "The" ? i - 1 : i;
      if ([...over].some((f) => f.first < from || f.last > last)) break;
      for (const f of over) dropped.add(f);
      added.push({ first: i, last, floor: doc.sentences[t[i].sentence].first, type: outlet ? "ORG" : "MISC", key, partOfPerson: false, ...(show ? { kind: "work" as const } : {}) });
      i = last - 1;
      break;
    }
  }
  if (!added.length) return;
  keepOnly(found, found.filter((f) => !dropped.has(f)));
  found.push(...added);
}

/** A show's name at [first, last) stands after a broadcaster's possessive or before the show's noun: "CNN's New Day", "the New Day show". */
function besideBroadcaster(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  if (/^(?:show|programme|program)$/.test(t[last]?.lower ?? "")) return true;
  // (over the title's quote mark: "ABC's 'This Week'")
  const at = t[first - 1]?.kind === "quote" ? first - 1 : first;
  return POSSESSIVE.test(t[at - 1]?.norm ?? "") && BROADCASTER_NAME.test(t[at - 2]?.lower ?? "");
}

/**
 * Two outlets joined by a hyphen into one name, as a poll's sponsors are, and where each starts and
 * ends in the text: "Washington Post-ABC News" → the Washington Post and ABC News; or null.
 */
export function outletsJoined(doc: Doc, first: number, last: number): Array<{ start: number; end: number; name: string }> | null {
  const t = doc.tokens;
  if (last - first < 2) return null;
  for (let k = first; k < last; k++) {
    const dash = t[k].text.indexOf("-");
    if (dash <= 0 || !/^\p{Lu}/u.test(t[k].text.slice(dash + 1))) continue;
    // (over a sentence's article the name was read with: "A Washington Post-ABC News poll")
    const from = /^(?:a|an|the)$/.test(t[first].lower) && k > first ? first + 1 : first;
    const start = t[from].start;
    const cut = t[k].start + dash;
    const left = doc.text.slice(start, cut).replace(/\s+/g, " ");
    const right = doc.text.slice(cut + 1, t[last - 1].end).replace(/\s+/g, " ");
    const known = (name: string) => NEWS_OUTLETS.has(name) || BROADCASTER_NAME.test(name) || doc.vocab.lexicon.organization.has(name);
    if (!known(left.toLowerCase().replace(/^the /, "")) || !known(right.toLowerCase())) return null;
    return [
      { start, end: cut, name: left },
      { start: cut + 1, end: t[last - 1].end, name: right },
    ];
  }
  return null;
}
