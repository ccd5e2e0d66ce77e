// Works and products named in lists ("films include A, B and C", "brands such as X and Y") and
// right after a work's noun ("her single Be With You"), where the tagger finds only some of the
// titles or none: the list's noun says what each name in it is.

import type { Doc } from "../../text/document";
import type { Token } from "../../text/tokenize";
import type { OtherKind } from "../../types";
import { POSSESSIVE } from "../../text/phrases";
import { AUXILIARIES } from "../../words/grammar";
import { isDateWord, isHoliday } from "../../words/time";
import { COMMON_INITIALISMS, HONORIFIC, PUBLICATION_NOUNS } from "../../words/names";
import { awardOfAdjective, LISTED_PRODUCT_NOUNS, LISTED_WORK_NOUNS, MALWARE_NOUNS, SHOW_NOUNS_AFTER, TITLE_JOINERS, WORK_LIST_VERBS, WORK_NOUNS, WORK_NOUNS_ALSO_VERBS, WORK_COMPOUNDS, WORK_PEOPLE_OF } from "../../words/other";
import { artistOwns, chartCue, datedAfter, datedBefore, lowerWord, ownsTitle, thirdPersonVerb, titleAfterComma, titleStart, workApposition, workEnd } from "./other";
import { aboutComputing, aboutTheArts } from "./topic";


/**
 * Names in a list of works: "whose films include Schindler's List, Michael Collins and Star Wars",
 * "films such as My Beautiful Laundrette, Billy Elliot …", and of products: "free programs such as
 * Spybot and Ad-Aware". `spans` in text order; returns the indexes of those that stand in such a
 * list, with the kind the list gives.
 */
export function worksListed(doc: Doc, spans: ReadonlyArray<{ first: number; last: number; type?: string }>): Map<number, OtherKind> {
  const t = doc.tokens;
  const out = new Map<number, OtherKind>();
  let kind: OtherKind = "work";
  let next = -1; // the token where the next listed work would start
  let loose = false; // the list opened after a comma: "games, like"
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // (an award's adjective before the first title is the award's, no title: "films include Oscar-winning Fame")
    if (s.last - s.first === 1 && awardAdjective(t[s.first]) && spans[i + 1]?.first === s.last) continue;
    // a title the tagger did not find still carries the list on: "About A Boy, Shaun of the Dead"
    if (next >= 0 && s.first > next && t[next].cap) next = separated(t, kind === "product" ? describedEnd(doc, next + 1) : workEnd(doc, next + 1));
    // (a name inside the title skipped over is that title's: "Boy" of "About A Boy")
    if (s.first < next && s.last <= next) continue;
    if (s.first !== next) {
      const start = titleStart(t, s.first);
      const opened = listStart(doc, start);
      if (opened) kind = opened;
      loose = t[start - 2]?.norm === ",";
      next = opened ? s.first : -1;
    }
    if (s.first !== next) continue;
    // (a name of two words owning a listed product is its maker, whatever the tagger read: "software, like Wave Systems' Embassy"; not "Jacob's Creek wine")
    if (ownsTitle(t, kind === "product" && s.last - s.first > 1 ? { ...s, type: "ORG" } : s)) {
      next = s.last + 1;
      continue;
    }
    // (a firm the lists know in a list after a comma makes it one of firms, "like" going with an
    // earlier noun: "sites which offer games, like AOL, Yahoo, and RealArcade")
    if (loose && s.type === "ORG" && doc.vocab.lexicon.organization.has(t.slice(s.first, s.last).map((w) => w.lower).join(" "))) {
      next = -1;
      continue;
    }
    out.set(i, kind);
    const end = kind === "product" ? describedEnd(doc, s.last) : workEnd(doc, s.last);
    const k = separated(t, end);
    while (i + 1 < spans.length && spans[i + 1].first < k) i++;
    next = k > end ? k : -1;
  }
  return out;
}

/** The end of the run of capitalised words from `first` in its sentence that no name found covers. */
export function capitalRunEnd(t: readonly Token[], covered: Uint8Array, first: number): number {
  let last = first + 1;
  while (last < t.length && !covered[last] && t[last].cap && t[last].kind === "word" && t[last].sentence === t[first].sentence) last++;
  return last;
}

/**
 * The first title of a list of works or products that the tagger did not find ("programmes such
 * as EastEnders and Top Gear"), a title after a work's noun ("her single Be With You") or before
 * an apposition headed by one ("Critics loved Ray, the biopic of"): its tokens, and the kind the
 * list gives. `covered`: tokens of names found.
 */
export function unfoundListOpeners(doc: Doc, covered: Uint8Array): Array<{ first: number; last: number; kind: OtherKind }> {
  const t = doc.tokens;
  const out: Array<{ first: number; last: number; kind: OtherKind }> = [];
  let runEnd = 0; // where the run of capitalised words at i ends, the same for every i inside it (kept, so a long run is scanned once)
  for (let i = 2; i < t.length; i++) {
    // a programme named by a number after its noun: "the hit TV series 24", "US drama 24" (not "the series 24 episodes", nor a model's: "Psion Organiser series 3")
    if (!covered[i] && t[i].kind === "number" && /^\d{1,3}$/.test(t[i].text) && lowerWord(t[i - 1]) && (SHOW_NOUNS_AFTER.has(t[i - 1].lower) || t[i - 1].lower === "drama") && !(t[i - 2]?.cap && !t[i - 2].upper) && !(lowerWord(t[i + 1]) && !doc.vocab.lexicon.verbs.has(t[i + 1].lower) && !doc.vocab.lexicon.functionWords.has(t[i + 1].lower))) {
      out.push({ first: i, last: i + 1, kind: "work" });
      continue;
    }
    if (covered[i] || !t[i].cap || t[i].kind !== "word") continue;
    // a title dated, in an article about the arts: "Airport (1968) remains his best-loved work", "1972's Virginia Plain"
    if (i >= runEnd) runEnd = capitalRunEnd(t, covered, i);
    const run = runEnd;
    if ((datedAfter(t, run) || datedBefore(t, i)) && !isDateWord(t[i].norm) && aboutTheArts(doc)) {
      out.push({ first: i, last: run, kind: "work" });
      i = run - 1;
      continue;
    }
    // a chart's place or its artist after it, in an article about music: "Jailhouse Rock at number 37", "Soldier, by Destiny's Child"
    // (a sentence's first word only before ", by": not "Produced by", "Inspired by"; not a holiday or a word in capitals)
    const opens = t[i].sentenceStart && t[run]?.norm !== ",";
    // (an owned title runs over its small words: "U2's How to Dismantle a Bomb")
    const owned = POSSESSIVE.test(t[i - 1].norm) ? ownedTitleEnd(doc, i) : run;
    // (a title an artist owns may open with a small word: "How", "The")
    const cue = chartCue(doc, run) && !doc.vocab.lexicon.functionWords.has(t[i].lower) ? run : artistOwns(doc, i, owned) ? owned : 0;
    if (!opens && cue && !isDateWord(t[i].norm) && !isHoliday(t[i].text) && !t[i].upper) {
      const end = cue;
      out.push({ first: i, last: end, kind: "work" });
      i = end - 1;
      continue;
    }
    // (after a word of the sentence, not a name's possessive or a small word a title may start with: "Ocean's Twelve, the", "Gone Are the Days - a film")
    if (lowerWord(t[i - 1]) && t[i - 1].sentence === t[i].sentence && !(POSSESSIVE.test(t[i - 1].norm) && t[i - 2]?.cap) && !doc.vocab.lexicon.functionWords.has(t[i - 1].lower)) {
      if (workApposition(t, run)) {
        out.push({ first: i, last: run, kind: "work" });
        i = run - 1;
        continue;
      }
    }
    // (in the same sentence: not a headline's last word, "TV station refuses adoption show" over "A TV station in the US …")
    const within = t[i - 1].sentence === t[i].sentence;
    const o = awardAdjective(t[i - 1]) && t[i - 2]?.sentence === t[i].sentence ? i - 2 : i - 1;
    const opener = within && (t[o].lower === "as" || WORK_LIST_VERBS.has(t[o].lower));
    // (or a title after a work's noun, written with capitalised small words: "her single Be With You";
    // or after a singular work noun and a comma: "his first novel, Runaway Zero-Eight")
    // (not the noun's spelling as a verb after its subject: "Floods hit KwaZulu-Natal")
    const noun = within && lowerWord(t[i - 1]) && WORK_NOUNS.has(t[i - 1].lower) && !thirdPersonVerb(doc, i - 1);
    if (!opener && !noun && t[i - 1].norm === "," && titleAfterComma(doc, i)) {
      const last = titleRunEnd(doc, covered, i);
      out.push({ first: i, last, kind: "work" });
      i = last - 1;
      continue;
    }
    // (or after its maker's or audience's noun and "of": "viewers of Strictly Come Dancing")
    // (not a channel's, whose programme follows: "viewers of BBC One's Film 2005")
    // (nor a publication's name: "the cover of Time magazine")
    if (!opener && !noun && t[i - 1].text === "of" && t[i - 2].kind === "word" && WORK_PEOPLE_OF.has(t[i - 2].lower)) {
      if (!t.slice(i, run + 1).some((x) => POSSESSIVE.test(x.norm)) && !PUBLICATION_NOUNS.has(t[run]?.text ?? "")) out.push({ first: i, last: run, kind: "work" });
      continue;
    }
    if (!opener && !noun) continue;
    const kind = opener ? listStart(doc, i) : "work";
    if (!kind) continue;
    // (after a work's noun the title runs over small words between capitalised ones: "the television screenplay Flight into Danger",
    // and may be one word not a date's: "the 1997 novel Detective")
    const last = opener ? run : titleRunEnd(doc, covered, i);
    // (not a small word, a format's letters or a holiday: "the film I saw", "the show TV", "the film Christmas")
    if (!opener && last - i === 1 && (t[i].text.length < 2 || isDateWord(t[i].norm) || isHoliday(t[i].text) || t[i].sentenceStart || doc.vocab.lexicon.functionWords.has(t[i].lower) || COMMON_INITIALISMS.has(t[i].lower) || AUXILIARIES.has(t[i].lower))) continue;
    // (nor a person by title: "the album Dr Dre produced")
    if (!opener && HONORIFIC.test(t[i].norm)) continue;
    out.push({ first: i, last, kind });
  }
  return out;
}
/**
 * The end of a title after a work's noun: its capitalised words and the small words between them
 * (over a name found after an article inside the title: "How to Dismantle an [Atomic Bomb]").
 */
function titleRunEnd(doc: Doc, covered: Uint8Array, first: number): number {
  const t = doc.tokens;
  let last = capitalRunEnd(t, covered, first);
  for (;;) {
    const article = /^(?:a|an|the)$/.test(t[last]?.text ?? "") && last > first;
    if (!(last + 1 < t.length && TITLE_JOINERS.has(t[last].text) && t[last + 1].cap && t[last + 1].kind === "word" && (!covered[last + 1] || article) && t[last + 1].sentence === t[first].sentence)) break;
    last = capitalRunEnd(t, article ? NOTHING_COVERED : covered, last + 1);
  }
  return last;
}

/** The same over the names found inside it, for a title its artist's possessive opens: "U2's How to Dismantle a Bomb", whose "Bomb" the tagger read alone. */
const NOTHING_COVERED = new Uint8Array(0);
const ownedTitleEnd = (doc: Doc, first: number) => titleRunEnd(doc, NOTHING_COVERED, first);

/** Words of a span of time or of where they are sold between a list's noun and "such as": "games of the last 15 years such as", "games on the market, such as". */
const LIST_TIME = new Set(["of", "the", "last", "past", "recent", "few", "years", "decade", "decades", "century", "on", "in", "market", "shops", "shelves", "stores", "sale", "available"]);


/** After a product's name in a list, the small words that say what it is, up to the list's next comma or "and": "Syndol analgesic, Meltus cough medicine". */
function describedEnd(doc: Doc, last: number): number {
  const t = doc.tokens;
  let k = last;
  while (k < last + 4 && lowerWord(t[k]) && !doc.vocab.lexicon.functionWords.has(t[k].lower) && !doc.vocab.lexicon.verbs.has(t[k].lower)) k++;
  return k > last && (t[k]?.norm === "," || t[k]?.lower === "and") ? k : last;
}

/** The token after the commas, "and" and "or" at `k`. */
export function separated(t: readonly Token[], k: number): number {
  while (t[k] && (t[k].norm === "," || t[k].lower === "and" || t[k].lower === "or" || t[k].text === "plus")) k++;
  return k;
}

/** An award made an adjective, which may stand between a list's opening words and its first title: "films include Oscar-winning Fame". */
const awardAdjective = (w: Token | undefined): boolean => !!w && awardOfAdjective(w.text) !== undefined;

/** The kind of list "films include" / "films such as" / "programs like" right before `first` opens, or null. */
function listStart(doc: Doc, first: number): OtherKind | null {
  const t = doc.tokens;
  // (over an award's adjective before the first title: "films include Oscar-winning Fame")
  if (awardAdjective(t[first - 1])) first--;
  const p = t[first - 1];
  if (!lowerWord(p)) return null;
  let noun = first - 2;
  if (p.lower === "as" && t[first - 2]?.lower === "such") noun = first - 3;
  // (or the plural noun itself: "his thrillers Hotel, Airport and Wheels")
  // (a verb's spelling too, made a noun by the one before it: "box office hits Vera Drake, Calendar Girls and Enduring Love")
  else if (WORK_NOUNS.has(p.lower) && /s$/.test(p.lower) && (!WORK_NOUNS_ALSO_VERBS.has(p.lower) || WORK_COMPOUNDS.has(t[first - 2]?.lower ?? ""))) return "work";
  else if (!WORK_LIST_VERBS.has(p.lower)) return null;
  // (over a tense's auxiliary: "his hits have included")
  else if (/^(?:have|has|had)$/.test(t[noun]?.lower ?? "")) noun--;
  // (over a span of time or a market after the noun: "games of the last 15 years such as", "games on the market, such as")
  // (and a comma before "such as", "like" or "including": "browser software, like Opera")
  const such = p.lower === "as" || p.lower === "like" || p.lower === "including";
  while (noun > 0 && noun > first - 10 && (LIST_TIME.has(t[noun].lower) || (t[noun].kind === "number" && /^\d+$/.test(t[noun].text)) || (such && t[noun].norm === ","))) noun--;
  const n = t[noun];
  if (!lowerWord(n)) return null;
  if ((WORK_NOUNS.has(n.lower) && /s$/.test(n.lower)) || LISTED_WORK_NOUNS.has(n.lower)) return "work";
  // (malicious programs in an article about computers: "viruses such as Gaobot, Spybot and Randex"; not "viruses such as Sars")
  if (MALWARE_NOUNS.has(n.lower) && /s$/.test(n.lower) && aboutComputing(doc)) return "other";
  return LISTED_PRODUCT_NOUNS.has(n.lower) ? "product" : null;
}

/** Two names with only commas and "and" between them. */
export function listedPair(t: Token[], a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  let k = a.last;
  while (k < b.first && (t[k].norm === "," || t[k].lower === "and")) k++;
  return k === b.first && k > a.last;
}
