// The person a part of a name belongs to, for ./link.ts: every run of words of each person's name
// indexed once, so a lookup is one key however many people the text names.

import type { Doc } from "../../text/document";
import type { Entity, NameSpan } from "../../text/layers";
import { nameWords } from "../../text/variants";
import { FAMILIAR_NAMES, FEMALE_PRONOUNS, MALE_PRONOUNS } from "../../words/names";

/** Most namesakes weighed by recency when a part of a name fits several people ("Smith" among many Smiths). */
const MAX_NAMESAKES = 32;

/** A person's name as words for its parts, a hyphen's too ("Kilroy-Silk" is a part of "Robert Kilroy Silk"). */
const partWords = (name: string) => nameWords(name.replace(/(?<=\p{L})-(?=\p{Lu})/gu, " "));

/**
 * The person a partial or variant name belongs to: a run of words of one full name ("Tom" of Tom
 * James, "De Niro" of Robert De Niro, "George Bush" of George W. Bush). When several people share
 * it ("Clinton" after Hillary and Bill Clinton) it is the one of them a pronoun after it in its
 * sentence says ("Clinton said she would win"), else the one the text named last before it.
 */
export function personParts(doc: Doc, list: Entity[], startsOf: Map<Entity, Starts>): (s: NameSpan) => Entity | undefined {
  // people indexed by every run of words in their names ("james", "smith", "james smith") as the
  // list grows: a lookup is one key, so a list of thousands of names stays linear
  const byRun = new Map<string, Array<{ e: Entity; size: number }>>();
  let indexed = 0;
  return (s) => {
    for (; indexed < list.length; indexed++) {
      const e = list[indexed];
      if (e.type !== "person") continue;
      const full = partWords(e.name);
      const runs = new Set<string>();
      for (let i = 0; i < full.length; i++) for (let j = i + 1; j <= full.length; j++) runs.add(full.slice(i, j).join(" "));
      for (const run of runs) (byRun.get(run) ?? byRun.set(run, []).get(run))?.push({ e, size: full.length });
    }
    const words = partWords(s.name);
    if (!words.length) return undefined;
    // (an initial names someone else where the full name opens with another letter: "S Lamont" is not "R Lamont")
    const initial = /^(\p{Lu})\.?\s/u.exec(s.name)?.[1];
    const fits = (byRun.get(words.join(" ")) ?? []).filter(({ e, size }) => !(size === words.length && e.name === s.name) && (!initial || e.name[0] === initial)).map(({ e }) => e);
    if (fits.length < 2) return fits[0];
    // (of those a pronoun after it fits, if any does)
    const said = pronounAfter(doc, s.last);
    const same = said ? fits.filter((e) => doc.vocab.lexicon.firstName.get(nameWords(e.name)[0]?.toLowerCase() ?? "") === said) : [];
    // several people fit: the one named last before this mention
    let best: Entity | undefined;
    let at = -1;
    for (const e of (same.length ? same : fits).slice(-MAX_NAMESAKES)) {
      const before = startsOf.get(e)?.lastBelow(s.start) ?? -1;
      if (before > at) [best, at] = [e, before];
    }
    return best ?? (same.length ? same : fits)[0];
  };
}

/** The familiar forms of each formal given name: "david" → ["dave", "davey"]. */
const FORMAL_OF = new Map<string, string[]>();
for (const [pet, formal] of FAMILIAR_NAMES) for (const f of formal) (FORMAL_OF.get(f) ?? FORMAL_OF.set(f, []).get(f))?.push(pet);

/** Letters a pet form shares with the given name it comes from: "Stevie" and "Steven", "Rafa" and "Rafael", "Chris" and "Christopher". */
const PET_FORM_PREFIX = 4;

/**
 * The person a lone pet form of a given name belongs to, where one person of the article has a
 * given name opening with the same four letters and the word names no one else: "Stevie" of Steven
 * Gerrard, "Rafa" of Rafael Benitez, "Chris" of Christopher (not "Andy" of Andrew, whose forms part
 * sooner; nor a surname, `surname`, nor a longer word, "Stevens"); or a familiar form of it the
 * lists know, or its formal name, opening alike: "Steve" of Stephen Jones, "David" of Dave Hodges
 * (not before a capitalised word, another's surname: `nameAfter`). Indexed as the list grows.
 */
export function petForms(list: Entity[], surname: (w: string) => boolean, nameAfter: (s: NameSpan) => boolean): (s: NameSpan) => Entity | undefined {
  // people by their given name's first letters, with their name's words; and by the given name, for its familiar forms
  const byPrefix = new Map<string, Array<{ e: Entity; words: string[] }>>();
  const byGiven = new Map<string, Entity[]>();
  let indexed = 0;
  return (s) => {
    for (; indexed < list.length; indexed++) {
      const e = list[indexed];
      const words = e.type === "person" ? partWords(e.name) : [];
      if (words.length < 2) continue;
      (byGiven.get(words[0]) ?? byGiven.set(words[0], []).get(words[0]))?.push(e);
      if (words[0].length < PET_FORM_PREFIX) continue;
      const k = words[0].slice(0, PET_FORM_PREFIX);
      (byPrefix.get(k) ?? byPrefix.set(k, []).get(k))?.push({ e, words });
    }
    const words = partWords(s.name);
    if (words.length !== 1) return undefined;
    const w = words[0];
    // (or a familiar form and its formal name, either written alone, where they open alike: "Steve" of Stephen Jones, "David" of Dave Hodges; not "Jack" of John)
    const forms = [...(FAMILIAR_NAMES.get(w) ?? []), ...(FORMAL_OF.get(w) ?? [])].filter((f) => f.slice(0, 3) === w.slice(0, 3));
    const familiar = new Set(forms.flatMap((f) => byGiven.get(f) ?? []));
    // (not a given name before another's surname the tagger read apart: "Andy Ram" beside Andrew Murray)
    if (familiar.size === 1 && !byGiven.has(w) && !nameAfter(s)) return [...familiar][0];
    if (w.length < PET_FORM_PREFIX || surname(w)) return undefined;
    // (a pet form is no longer than the name: "Stevens" is no form of Steven)
    const fits = (byPrefix.get(w.slice(0, PET_FORM_PREFIX)) ?? []).filter((p) => w.length <= p.words[0].length && !p.words.includes(w));
    return fits.length === 1 ? fits[0].e : undefined;
  };
}

/**
 * Where one entity's mentions start, added in any order. Mentions are linked longest first, each
 * length in text order, so the starts come as a few ascending runs: kept as those runs, an add is
 * a push (inserting into one sorted array moved all later starts each time: quadratic when a name
 * recurs thousands of times) and a lookup one binary search per run.
 */
export class Starts {
  private readonly runs: number[][] = [];
  size = 0;

  add(x: number): void {
    const run = this.runs[this.runs.length - 1];
    if (run && run[run.length - 1] <= x) run.push(x);
    else this.runs.push([x]);
    this.size++;
  }

  /** The greatest start below `x`, or -1. */
  lastBelow(x: number): number {
    let best = -1;
    for (const run of this.runs) {
      const k = countBelow(run, x);
      if (k > 0 && run[k - 1] > best) best = run[k - 1];
    }
    return best;
  }
}

/** How many of the sorted numbers are below `x` (binary search). */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sex a personal pronoun after token `from` in its sentence gives, the first one there: "Clinton said she would win" → "f". */
function pronounAfter(doc: Doc, from: number): "m" | "f" | undefined {
  const t = doc.tokens;
  for (let k = from; k < t.length && k < from + 12 && t[k].sentence === t[from - 1].sentence; k++) {
    if (MALE_PRONOUNS.has(t[k].lower)) return "m";
    if (FEMALE_PRONOUNS.has(t[k].lower)) return "f";
  }
  return undefined;
}
