// Names the tagger passed over, found by the lists or by the words around them: a landmark written
// whole ("Broadway", "Whitehall"), the firm a firm's staff works at ("an analyst at Troika Dialog"),
// the body a founder founded ("founder of R.Politik").

import type { Doc } from "../../text/document";
import { LANDMARKS, MADE_OF_PLACE } from "../../words/places";
import { FIRM_STAFF, FOUNDER_NOUNS } from "../../words/sources";
import { isCapital, keepOnly, nameOf, type Found } from "./found";
import { listsPlace } from "./places";

/** The first words of the landmarks' names, asked before any name is built (a name has up to three words: "Pennsylvania Avenue", "Quai d'Orsay"). */
const LANDMARK_FIRST = new Set([...LANDMARKS.keys()].map((n) => n.split(" ")[0]));

/** Landmarks the tagger passed over, written as names outside any name found: '"Broadway, and now London …', "in Whitehall". */
export function landmarks(doc: Doc, found: readonly Found[], readable: Uint8Array): Found[] {
  const t = doc.tokens;
  const out: Found[] = [];
  let covered: Uint8Array | undefined;
  for (let i = 0; i < t.length; i++) {
    if (!t[i].cap || t[i].kind !== "word" || !LANDMARK_FIRST.has(t[i].lower) || !readable[i]) continue;
    if (!covered) {
      covered = new Uint8Array(t.length);
      for (const f of found) covered.fill(1, f.first, f.last);
    }
    for (let n = 3; n >= 1; n--) {
      const last = i + n;
      // (its last word capitalised, or a number: "Number 10")
      if (last > t.length || covered.subarray(i, last).includes(1) || t[last - 1].sentence !== t[i].sentence || !(t[last - 1].cap || (n > 1 && t[last - 1].kind === "number"))) continue;
      // (the whole name: no capitalised word runs on from either side, "Broadway Books")
      if ((isCapital(t[last]) && t[last].sentence === t[i].sentence) || (isCapital(t[i - 1]) && !t[i - 1].sentenceStart && t[i - 1].sentence === t[i].sentence)) continue;
      if (!LANDMARKS.has(nameOf(doc, i, last).toLowerCase())) continue;
      out.push({ first: i, last, floor: doc.sentences[t[i].sentence].first, type: "LOC", key: nameOf(doc, i, last).toLowerCase(), partOfPerson: false });
      i = last - 1;
      break;
    }
  }
  return out;
}

/**
 * The firm a firm's staff works at, written as a name after "at" or "with", or the body a founder
 * founded, after "of", read whole whatever the tagger made of its words: "an analyst at Troika
 * Dialog", "chief analyst at Brunswick UBS" (not a town "Brunswick" and "UBS"), "an economist at
 * Global Insight", "founder of R.Politik". Not a place the lists know: "a trader in London".
 */
export function staffFirms(doc: Doc, found: Found[], readable: Uint8Array): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const added: Found[] = [];
  const gone = new Set<Found>();
  let at: Int32Array | undefined;
  for (let i = 2; i < t.length; i++) {
    const staff = /^(?:at|with)$/.test(t[i - 1].text) && FIRM_STAFF.has(t[i - 2].lower);
    const founded = t[i - 1].text === "of" && FOUNDER_NOUNS.has(t[i - 2].lower);
    if (!(staff || founded) || t[i - 2].cap || !isCapital(t[i]) || !readable[i]) continue;
    // (not a people's word or a place's compound before the name: "founder of Jewish human rights group …", "of Amsterdam-based OneStat.com")
    if (lex.demonym.has(t[i].lower) || lex.peoples.has(t[i].lower) || MADE_OF_PLACE.test(t[i].text)) continue;
    let last = i;
    // (over a small word between capitalised ones: "Fact and Opinion Economics", "Ernst & Young")
    const joins = (k: number) => /^(?:and|&|of)$/.test(t[k]?.norm ?? "") && isCapital(t[k + 1]);
    while (last < t.length && last - i < 6 && (isCapital(t[last]) || (last > i && joins(last))) && t[last].sentence === t[i].sentence) last++;
    // (nor one word describing a noun after it: "founder of Jewish human rights group")
    const after = t[last];
    if (last === i + 1 && after?.kind === "word" && !after.cap && after.sentence === t[i].sentence && !lex.functionWords.has(after.lower) && !lex.verbs.has(after.lower)) continue;
    const key = nameOf(doc, i, last).toLowerCase();
    if (listsPlace(doc, key) || (last - i === 1 && lex.common.has(key))) continue;
    if (!at) {
      at = new Int32Array(t.length).fill(-1);
      found.forEach((f, k) => at!.fill(k, f.first, f.last));
    }
    // (the names found there must lie inside the run: not a person's, a work's or one running on past it)
    const inside = new Set<Found>();
    for (let k = i; k < last; k++) if (at[k] >= 0) inside.add(found[at[k]]);
    if ([...inside].some((f) => f.first < i || f.last > last || f.kind || (f.type === "PER" && f.last - f.first > 1))) continue;
    const [only] = inside.size === 1 ? inside : [];
    if (only && only.first === i && only.last === last) {
      only.type = "ORG";
      continue;
    }
    for (const f of inside) gone.add(f);
    added.push({ first: i, last, floor: doc.sentences[t[i].sentence].first, type: "ORG", key, partOfPerson: false });
  }
  if (!added.length && !gone.size) return;
  keepOnly(found, [...found.filter((f) => !gone.has(f)), ...added].sort((a, b) => a.first - b.first));
}
