// Finds names in the text and types them: runs of capitalised tokens, typed by gazetteers (countries,
// demonyms, first names, cities), organisation head words, titles before names and the words
// around them ("the city of X", "X, a think tank", "X (Georgia)").

import { CONTENT_KINDS, type Doc } from "../../text/document";
import type { Token } from "../../text/tokenize";
import { getLexicon, type Lexicon } from "../../text/lexicon";
import type { EntityType, NameSpan } from "./types";

const CONNECTORS = new Set(["of", "for", "de", "du", "da", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "del", "&"]);
const ORG_HEADS = new Set(
  (
    "council center centre union organization organisation party times post gazeta news agency ministry bank fund " +
    "institute university college committee commission corporation corp. inc. ltd. plc group association federation " +
    "league club army forces navy police service services court parliament congress senate assembly department office " +
    "foundation company co. airlines airways authority board bureau network channel television radio press journal herald " +
    "tribune telegraph guardian review magazine exchange alliance coalition movement front brigade brigades school academy " +
    "society trust partners holdings industries motors bancorp capital securities church cabinet command government " +
    "administration guard unit regiment division team stadium hospital commission cooperation community"
  ).split(" "),
);
// Role words written before a name; they make the name a person's and become its description.
const TITLES = new Set(
  (
    "president vice prime minister foreign defence defense interior finance deputy secretary general gen. senator sen. " +
    "rep. representative gov. governor mayor chancellor king queen prince princess pope sheikh chairman chairwoman chair " +
    "chief executive ceo director judge justice ambassador commander colonel col. lt. capt. sgt. maj. mr. mrs. ms. dr. prof. " +
    "professor former acting speaker leader premier emir ayatollah rev. bishop archbishop cardinal coach manager captain " +
    "inspector officer minister lawmaker spokesman spokeswoman spokesperson editor founder analyst economist president-elect " +
    "sir lord lady dame crown first lady mp attorney sergeant lieutenant major admiral marshal field state opposition"
  ).split(" "),
);
const PLACE_CUES = new Set(["city", "town", "village", "province", "region", "district", "county", "state", "port", "capital", "island", "republic", "oblast"]);
const ORG_CUES = new Set(["newspaper", "daily", "weekly", "magazine", "agency", "firm", "company", "group", "party", "think", "tank", "organization", "organisation", "broadcaster", "network", "channel", "website", "bank", "movement", "alliance", "union", "consultancy", "pollster", "institute", "network"]);
const NOT_NAMES = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december i"
  ).split(" "),
);

function isCapWord(t: Token): boolean {
  if (t.kind !== "word") return false;
  const c = t.text.codePointAt(0) ?? 0;
  if (!(c >= 65 && c <= 90) && !/^\p{Lu}/u.test(t.text)) return false;
  // hyphenated adjectives ("Kremlin-linked") are not names; "Kassym-Jomart" is
  const parts = t.norm.split("-");
  return parts.length === 1 || /^\p{Lu}/u.test(parts[parts.length - 1]);
}

function isSentenceStart(doc: Doc, i: number): boolean {
  const s = doc.sentences[doc.sentenceOf[i]];
  if (!s) return true;
  let k = s.first;
  while (k < i && (doc.tokens[k].kind === "quote" || doc.tokens[k].text === "(" || doc.tokens[k].text === "^")) k++;
  return k === i;
}

function isCommon(lex: Lexicon, t: Token): boolean {
  const w = t.norm.toLowerCase();
  return (lex.common.has(w) || NOT_NAMES.has(w)) && !lex.firstName.has(w) && !lex.country.has(w) && !lex.demonym.has(w) && !lex.city.has(w);
}

/** Runs of capitalised tokens within a sentence, as [first, last) token ranges. */
function chunks(doc: Doc, lex: Lexicon): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const { tokens } = doc;
  for (const p of doc.paragraphs) {
    if (!CONTENT_KINDS.has(p.kind) && p.kind !== "header") continue;
    for (let s = p.firstSentence; s < p.lastSentence; s++) {
      const { first, last } = doc.sentences[s];
      // all-capital headlines carry no case signal; leave them to the words inside them
      let i = first;
      while (i < last) {
        if (!isCapWord(tokens[i]) || (isSentenceStart(doc, i) && isCommon(lex, tokens[i]))) {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < last) {
          const t = tokens[j];
          if (isCapWord(t) && !NOT_NAMES.has(t.norm.toLowerCase())) j++;
          else if (CONNECTORS.has(t.norm.toLowerCase()) && j + 1 < last && isCapWord(tokens[j + 1]) && !tokens[j + 1].text.includes("’")) j += 2;
          else break;
        }
        if (!NOT_NAMES.has(tokens[i].norm.toLowerCase()) || j - i > 1) out.push([i, j]);
        i = j;
      }
    }
  }
  return out;
}

const words = (doc: Doc, a: number, b: number) =>
  doc.tokens
    .slice(a, b)
    .map((t) => t.norm)
    .join(" ");

function span(doc: Doc, first: number, last: number, type: EntityType, extra: Partial<NameSpan> = {}): NameSpan {
  return {
    start: doc.tokens[first].start,
    end: doc.tokens[last - 1].end,
    first,
    last,
    type,
    name: words(doc, first, last),
    ...extra,
  };
}

function isAcronym(t: Token): boolean {
  return /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u.test(t.norm);
}

/** Types one chunk, splitting off titles and demonyms in front of a person's name. */
function typeChunk(doc: Doc, lex: Lexicon, first: number, last: number): NameSpan[] {
  const { tokens } = doc;
  const text = words(doc, first, last);
  const lower = text.toLowerCase();
  const next = tokens[last];
  const next2 = tokens[last + 1];
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];

  const country = lex.country.get(lower);
  if (country) return [span(doc, first, last, "country", { code: country.code, name: text })];
  if (last - first === 1) {
    const d = lex.demonym.get(lower);
    if (d) return [span(doc, first, last, "country", { code: d.code, demonym: true })];
  }
  const head = tokens[last - 1].norm.toLowerCase();
  if (ORG_HEADS.has(head) && last - first > 1) return [span(doc, first, last, "organization")];
  if (lex.organization.has(lower)) return [span(doc, first, last, "organization")];
  // "Organization of American States", "University of Chicago"
  if (ORG_HEADS.has(tokens[first].norm.toLowerCase()) && tokens[first + 1]?.norm === "of" && last - first > 2) {
    return [span(doc, first, last, "organization")];
  }
  // a multi-word name followed by an acronym in brackets: "Andean Policy Institute (APIN)"
  if (last - first > 1 && next?.norm === "(" && next2 && isAcronym(next2) && tokens[last + 2]?.norm === ")" && next2.norm[0] === tokens[first].norm[0]) {
    return [span(doc, first, last, "organization")];
  }
  if (next && ORG_CUES.has(next.norm.toLowerCase()) && next.space && /^\p{Ll}/u.test(next.text)) {
    return [span(doc, first, last, "organization")];
  }
  // "founder of R.Politik", "R.Politik, a political consultancy firm"
  if (prev?.norm === "of" && prev2 && /^(?:founder|head|member|members|editor|chairman|director|leader|spokesman|spokeswoman|chief)$/i.test(prev2.norm)) {
    if (!lex.country.has(lower) && !lex.city.has(lower)) return [span(doc, first, last, "organization")];
  }
  if (next?.norm === "," && next2 && /^(?:a|an|the)$/i.test(next2.norm)) {
    const tail = words(doc, last + 2, Math.min(tokens.length, last + 8)).toLowerCase();
    if (/\b(?:firm|company|think tank|newspaper|agency|group|party|organi[sz]ation|consultancy|broadcaster|website|pollster)\b/.test(tail)) {
      return [span(doc, first, last, "organization")];
    }
  }
  if (lex.city.has(lower) || lex.region.has(lower)) return [span(doc, first, last, "place")];
  // "the city of Taldykorgan", "Transnistria (Moldova)"
  if (prev?.norm === "of" && prev2 && PLACE_CUES.has(prev2.norm.toLowerCase())) return [span(doc, first, last, "place")];
  if (next?.norm === "(" && next2 && lex.country.has(next2.norm.toLowerCase()) && tokens[last + 2]?.norm === ")") {
    return [span(doc, first, last, "place")];
  }
  if (last - first === 1 && isAcronym(tokens[first])) return [span(doc, first, last, "organization")];

  // titles and nationalities in front of a name: "Kazakh President Kassym-Jomart Tokayev"
  let k = first;
  const lead: NameSpan[] = [];
  while (k < last - 1) {
    const w = tokens[k].norm.toLowerCase();
    if (TITLES.has(w)) k++;
    else if (lex.demonym.has(w) || lex.country.has(w)) {
      const d = lex.demonym.get(w) ?? lex.country.get(w);
      lead.push(span(doc, k, k + 1, "country", { code: d?.code, demonym: lex.demonym.has(w) }));
      k++;
    } else break;
  }
  const titled = k > first && tokens.slice(first, k).some((t) => TITLES.has(t.norm.toLowerCase()));
  const prevTitle = prev && TITLES.has(prev.norm.toLowerCase()) && /^\p{Ll}/u.test(prev.text);
  const firstWord = tokens[k].norm.toLowerCase().split("-")[0];
  const known = lex.firstName.has(firstWord) && last - k > 1;
  const surname = last - k > 1 && lex.lastName.has(tokens[last - 1].norm.toLowerCase());
  if (titled || prevTitle || known || surname) {
    const title = titled ? words(doc, first, k) : undefined;
    return [...lead, span(doc, k, last, "person", { title })];
  }
  if (lead.length) return k < last ? [...lead, span(doc, k, last, "person", { tentative: true })] : lead;
  // two or three capitalised words that are neither common words nor nationalities read as a name
  const plain = (t: Token) => !isCommon(lex, t) && !lex.demonym.has(t.norm.toLowerCase()) && !lex.peoples.has(t.norm.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(t.norm);
  if (last - first >= 2 && last - first <= 3 && tokens.slice(first, last).every(plain)) {
    return [span(doc, first, last, "person")];
  }
  // a single unknown capitalised word: decided later by the names around it (a surname, an alias)
  return [span(doc, first, last, "person", { tentative: true })];
}

export function recognize(doc: Doc): NameSpan[] {
  const lex = getLexicon();
  const out: NameSpan[] = [];
  for (const [a, b] of chunks(doc, lex)) out.push(...typeChunk(doc, lex, a, b));
  coordinate(doc, out);
  return out;
}

/** An unknown name joined by "and"/"or" to a place is a place too: "Siberia and the Urals". */
function coordinate(doc: Doc, spans: NameSpan[]): void {
  const at = new Map<number, NameSpan>();
  for (const s of spans) {
    at.set(s.first, s);
    at.set(s.last - 1, s);
  }
  const conj = (i: number) => /^(?:and|or)$/i.test(doc.tokens[i]?.norm ?? "");
  for (const s of spans) {
    if (!s.tentative) continue;
    let k = s.first - 1;
    if (doc.tokens[k]?.norm.toLowerCase() === "the") k--;
    const before = conj(k) ? at.get(k - 1) : undefined;
    const after = conj(s.last) ? at.get(doc.tokens[s.last + 1]?.norm.toLowerCase() === "the" ? s.last + 2 : s.last + 1) : undefined;
    const other = [before, after].find((o) => o && !o.tentative && o.type === "place");
    if (other) {
      s.type = "place";
      s.tentative = false;
    }
  }
}
