// A headline in title case capitalises every word ("Ted Cruz Just Called Hillary A Name"), so its
// capitals say nothing of where a name starts or ends: there a name is what the article's body
// names, and the words no body name holds that are common words, verbs or small words split it.
// BBC's headlines are written in sentence case; US outlets' in title case.

import type { Doc } from "../../text/document";
import type { Paragraph } from "../../text/document";
import { ORG_HEADS } from "../../words/names";
import { PARTY_FORMS, US_PARTY_WORDS } from "../../words/parties";
import { EVENT_NAMES } from "../../words/other";
import { keepOnly, nameOf, type Found } from "./found";
import { listsPlace } from "./places";
import { listsTitle } from "./other";

/** Share of a headline's longer words after its first that are capitalised for it to be in title case. */
const TITLE_CASE_SHARE = 0.8;

/** Longest opening paragraph read as a headline, though the layout read it as the body's (a headline with its stop: "Ben Carson Slams Hillary And The Media."). */
const HEADLINE_LENGTH = 200;

/** The headline, where the document opens with one in title case: "Trump Makes Campaign Announcement Every American Should Hear". */
function titleCaseHeadline(doc: Doc): Paragraph | undefined {
  const title = doc.paragraphs[0];
  if (!title || !(title.kind === "title" || (title.kind === "body" && title.lastSentence - title.firstSentence === 1 && title.end - title.start <= HEADLINE_LENGTH && doc.paragraphs.length > 1))) return undefined;
  const words = doc.tokens.slice(title.first + 1, title.last).filter((w) => w.kind === "word" && w.text.length > 3);
  // (not one in capitals, or opened by a desk's word in capitals, as wires write theirs, which the tagger learnt to read: "SOCCER - JAPAN GET
  // LUCKY WIN", "PRESALE - Bay Co Bldg Auth")
  if (doc.tokens[title.first].upper || words.filter((w) => w.upper).length * 2 >= words.length) return undefined;
  return words.length >= 3 && words.filter((w) => w.cap).length >= TITLE_CASE_SHARE * words.length ? title : undefined;
}

/**
 * Each name found in a title-case headline that the body does not name is cut at the words that say
 * nothing there (a word no name of the body holds that is a common word, a verb, a small word, or one
 * the body writes small): "FBI Just" → "FBI",
 * "Ted Cruz Just Called Hillary" → "Ted Cruz", "Hillary"; the pieces are kept where the body names
 * them or the lists know them, as the body reads them ("Brutal" and "Controversial Word At Rally" go).
 */
export function splitTitleCaseNames(doc: Doc, found: Found[], lowered: ReadonlySet<string>): void {
  const title = titleCaseHeadline(doc);
  if (!title) return;
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const bodyKeys = new Map<string, Found>();
  const bodyWords = new Map<string, Found>();
  for (const f of found) {
    if (f.first < title.last) continue;
    if (!bodyKeys.has(f.key)) bodyKeys.set(f.key, f);
    for (let k = f.first; k < f.last; k++) if (!bodyWords.has(t[k].lower)) bodyWords.set(t[k].lower, f);
  }
  const body = doc.text.slice(doc.tokens[title.last]?.start ?? doc.text.length);
  // (a name the body writes with the same capitals, or one the lists know whole, is kept whole: "Super Tuesday", "United States", "Republican")
  // (and a work's title the lists know, an event's name: "Harry Potter and the Prisoner of Azkaban", "Super Tuesday")
  const whole = (f: Found) => bodyKeys.has(f.key) || body.includes(nameOf(doc, f.first, f.last)) || (f.kind ? KNOWN_EVENTS.has(f.key) || listsTitle(doc, f.first, f.last) : known(f.key));
  const known = (key: string) => listsPlace(doc, key) || lex.organization.has(key) || lex.demonym.has(key) || PARTY_FORMS.has(key) || US_PARTY_WORDS.has(key);
  const loose = (k: number) => {
    const w = t[k].lower;
    if (lex.functionWords.has(w)) return true;
    if (bodyWords.has(w) || ORG_HEADS.has(w)) return false;
    // (a word no list knows says nothing where the article writes it small too: "Tweets" beside "his tweets"; "Barack" stays)
    const nameWord = lex.firstName.has(w) || lex.lastName.has(w) || lex.country.has(w) || lex.demonym.has(w) || lex.city.has(w) || lex.region.has(w) || lex.organization.has(w);
    return (!nameWord && lowered.has(t[k].lower)) || lex.common.has(w) || lex.verbs.has(w) || /^\p{L}+ly$/u.test(w) || /['’]/.test(w);
  };
  const dropped = new Set<Found>();
  const added: Found[] = [];
  for (const f of found) {
    if (f.first < title.first || f.last > title.last || whole(f)) continue;
    const runs: Array<[number, number]> = [];
    let from = f.first;
    for (let k = f.first; k <= f.last; k++) {
      if (k < f.last && !loose(k)) continue;
      if (k > from) runs.push([from, k]);
      from = k + 1;
    }
    if (runs.length === 1 && runs[0][0] === f.first && runs[0][1] === f.last) continue;
    dropped.add(f);
    for (const [a, b] of runs) {
      const key = nameOf(doc, a, b).toLowerCase();
      // (as the body reads the name, or a word of a person's name it gives that is no common word: "Hillary" of Hillary Clinton, not "Court" of the Supreme Court;
      // else a place or a body the lists know, as found)
      const part = b - a === 1 ? bodyWords.get(key) : undefined;
      const like = bodyKeys.get(key) ?? (part?.type === "PER" && !lex.common.has(key) ? part : undefined);
      if (like || (!f.kind && known(key))) added.push({ first: a, last: b, floor: f.floor, type: like?.type ?? f.type, key, partOfPerson: false, ...(like?.kind ? { kind: like.kind } : {}) });
    }
  }
  if (!dropped.size) return;
  keepOnly(found, found.filter((f) => !dropped.has(f)));
  found.push(...added);
}

/** Events' names the lists know, lower-cased. */
const KNOWN_EVENTS: ReadonlySet<string> = new Set(EVENT_NAMES.map((n) => n.toLowerCase()));
