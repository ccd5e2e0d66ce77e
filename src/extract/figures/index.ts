// Figure stage: every number that counts something, with its qualifier ("at least"), the noun
// phrase it counts and a category read from the words around it.

import { CONTENT_KINDS, flat, type Doc } from "../../text/document";
import { getLexicon } from "../../text/lexicon";
import { stem, stemSet } from "../../text/stem";
import type { Figure, FigureCategory } from "../../types";
import { readNumbers, type NumberExpr } from "./numbers";

const QUALIFIERS = [
  "at least", "at most", "more than", "less than", "fewer than", "up to", "as many as", "as few as", "nearly",
  "almost", "about", "around", "roughly", "approximately", "some", "over", "under", "just over", "just under",
  "an estimated", "estimated", "close to", "no fewer than", "no more than", "upwards of", "in excess of",
];
const QUALIFIER_WORDS = QUALIFIERS.map((q) => q.split(" ")).sort((a, b) => b.length - a.length);
const APPROXIMATE = new Set(["about", "around", "roughly", "approximately", "some", "nearly", "almost", "an estimated", "estimated", "close to"]);

const MONTHS = new Set("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(" "));
const DURATION = stemSet("second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries");
const DEATHS = stemSet("killed kill dead died die deaths death fatalities fatality lives bodies toll massacred executed murdered");
const INJURIES = stemSet("injured injuries wounded wounds hurt hospitalized hospitalised casualties");
const ARRESTS = stemSet("arrested arrests detained detentions detainees jailed imprisoned custody apprehended");
const TROOPS = stemSet("troops soldiers paratroopers peacekeepers servicemen servicemembers marines forces personnel officers police policemen guards militia reservists contingent battalions");
const PROTESTERS = stemSet("protesters protestors demonstrators marchers rioters protest protests rally rallies");
const POLL = stemSet("poll polls polling survey surveys rating ratings approval voters vote votes respondents lead margin ballot support electorate pollster percentage");

export function extractFigures(doc: Doc): Figure[] {
  const lex = getLexicon();
  const out: Figure[] = [];
  const { tokens } = doc;
  for (const p of doc.paragraphs) {
    if (!CONTENT_KINDS.has(p.kind) || p.kind === "title") continue;
    for (let s = p.firstSentence; s < p.lastSentence; s++) {
      const sentence = doc.sentences[s];
      for (const n of readNumbers(doc, sentence.first, sentence.last)) {
        if (notAFigure(doc, n, sentence.first)) continue;
        let first = n.first;
        let qualifier: string | null = null;
        for (const q of QUALIFIER_WORDS) {
          const a = first - q.length;
          if (a >= sentence.first && q.every((w, k) => tokens[a + k].norm.toLowerCase() === w)) {
            qualifier = q.join(" ");
            first = a;
            break;
          }
        }
        const subj = subject(doc, n, sentence.last, lex.functionWords, lex.verbs);
        const category = categorize(doc, n, sentence, subj);
        const last = subj ? subj.last : n.last;
        const start = tokens[first].start;
        const end = tokens[last - 1].end;
        out.push({
          text: doc.text.slice(start, end),
          start,
          end,
          value: n.value,
          range: n.range,
          approximate: n.approximate || (qualifier !== null && APPROXIMATE.has(qualifier)),
          qualifier,
          unit: n.unit,
          subject: subj ? flat(doc, { start: tokens[subj.first].start, end: tokens[subj.last - 1].end }) : null,
          category,
          sentence: sentenceText(doc, sentence, start, end),
        });
      }
    }
  }
  return out;
}

// A figure quotes its sentence; past this many characters only the part around the figure, so a
// text with no sentence ends (thousands of figures in one "sentence") is not quadratic in output.
const SENTENCE_MAX = 1000;

function sentenceText(doc: Doc, sentence: { start: number; end: number }, start: number, end: number): string {
  if (sentence.end - sentence.start <= SENTENCE_MAX) return flat(doc, sentence);
  const half = SENTENCE_MAX / 2;
  const from = Math.max(sentence.start, start - half);
  const to = Math.min(sentence.end, end + half);
  return (from > sentence.start ? "…" : "") + flat(doc, { start: from, end: to }).trim() + (to < sentence.end ? "…" : "");
}

/** Ordinals, days of a date, clock times, list markers and numbers inside names are not figures. */
function notAFigure(doc: Doc, n: NumberExpr, sentenceFirst: number): boolean {
  const { tokens } = doc;
  const t = tokens[n.first];
  const prev = tokens[n.first - 1];
  const next = tokens[n.last];
  if (n.shape === "words" && n.value === 1 && !n.unit) return true; // "one of", "the only one"
  if (t.kind === "number" && /^\d+(?:st|nd|rd|th)$/i.test(t.norm)) return true;
  if (/:/.test(t.norm)) return true;
  // a day next to a month name
  if (prev && MONTHS.has(prev.norm.toLowerCase().replace(/\.$/, "")) && n.value !== null && n.value <= 31 && n.shape === "digits") return true;
  if (next && MONTHS.has(next.norm.toLowerCase()) && n.value !== null && n.value <= 31 && n.shape === "digits") return true;
  // "FTSE 100", "Fox 5": a number glued to a capitalised name mid-sentence
  if (prev && n.first > sentenceFirst && prev.kind === "word" && /^\p{Lu}/u.test(prev.text) && n.shape === "digits" && !n.unit && !MONTHS.has(prev.norm.toLowerCase())) {
    return true;
  }
  // list markers: "1." or "2)" opening a paragraph
  if (n.first === sentenceFirst && next && (next.norm === "." || next.norm === ")") && n.value !== null && n.value < 100) return true;
  return false;
}

/** The noun phrase right after the number ("3,000 Russian paratroopers", "dozens more fatalities"). */
function subject(doc: Doc, n: NumberExpr, limit: number, fw: Set<string>, verbs: Set<string>): { first: number; last: number } | null {
  const { tokens } = doc;
  if (n.unit === "%" || n.shape === "year" || n.shape === "age" || n.shape === "decade") return null;
  let k = n.last;
  if (tokens[k]?.kind === "quote") k++;
  if (tokens[k]?.norm.toLowerCase() === "of" && (n.shape === "vague" || n.unit)) k++;
  if (/^(?:more|other|additional|further|new)$/i.test(tokens[k]?.norm ?? "")) k++;
  const from = k;
  while (k < limit && k < from + 4) {
    const t = tokens[k];
    const w = t.norm.toLowerCase();
    if (t.kind !== "word" || fw.has(w) || verbs.has(w) || /ly$/.test(w)) break;
    k++;
  }
  return k > from ? { first: from, last: k } : null;
}

function categorize(doc: Doc, n: NumberExpr, sentence: { first: number; last: number }, subj: { first: number; last: number } | null): FigureCategory {
  const { tokens } = doc;
  if (n.shape === "age") return "age";
  if (n.shape === "year" || n.shape === "decade") return "year";
  if (n.unit && n.unit !== "%" && n.unit !== "points") return "money";
  const near = (a: number, b: number) => {
    const out: string[] = [];
    for (let k = Math.max(sentence.first, a); k < Math.min(sentence.last, b); k++) if (tokens[k].kind === "word") out.push(stem(tokens[k].norm));
    return out;
  };
  const around = near(n.first - 8, n.last + 10);
  const has = (set: Set<string>, words: string[]) => words.some((w) => set.has(w));
  if (n.unit === "%" || n.unit === "points") return has(POLL, around) ? "poll" : n.unit === "%" ? "percentage" : "other";
  const subjWords = subj ? near(subj.first, subj.last) : near(n.last, n.last + 2);
  if (has(DURATION, subjWords.slice(0, 1))) return "duration";
  if (has(DEATHS, around)) return "deaths";
  if (has(INJURIES, around)) return "injuries";
  if (has(ARRESTS, around)) return "arrests";
  if (has(PROTESTERS, subjWords)) return "protesters";
  if (has(TROOPS, subjWords)) return "troops";
  return "count";
}
