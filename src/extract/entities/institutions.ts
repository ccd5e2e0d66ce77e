// Institutions named head first: "Office of the Deputy Prime Minister", "Department for Work and
// Pensions", "Court of Appeal". The tagger, trained on 1996 wire news, misses those whose words are
// offices or common nouns; their head word and "of"/"for" say they are one organisation.

import type { Doc } from "../../text/document";
import { INSTITUTIONS_HEAD_FIRST, isTitleWord } from "../../words/names";
import { listsPlace } from "./places";
import { G_CITY, G_CITY_MORE, G_COUNTRY, G_DEMONYM, G_FIRST, G_FIRST_MORE, G_LAST, G_LAST_MORE, G_ORG, G_REGION } from "../../tagger/gazetteer";
import { coveredBy, keepOnly, nameOf, type Found } from "./found";

/** Adds each institution named head first that no name found reaches beyond, in place of the names found inside it. */
export function addInstitutions(doc: Doc, found: Found[], readable: Uint8Array): void {
  const t = doc.tokens;
  const added: Found[] = [];
  for (let i = 0; i + 2 < t.length; i++) {
    if (!readable[i] || !t[i].cap || !INSTITUTIONS_HEAD_FIRST.has(t[i].lower) || !/^(?:of|for)$/.test(t[i + 1].text)) continue;
    let k = i + 2;
    if (t[k].text === "the") k++;
    const sentence = t[i].sentence;
    // capitalised words, joined by "and", "&" or a comma to common nouns written with capitals
    // ("Culture, Media and Sport", "Work and Pensions"; not a list of names: "Bank of America, UBS and Citigroup")
    let last = -1;
    for (; k < t.length && t[k].sentence === sentence; k++) {
      if (t[k].cap && t[k].kind === "word") last = k + 1;
      else if (!(/^(?:and|&|,)$/.test(t[k].norm) && t[k + 1]?.cap && commonNouns(doc, k + 1))) break;
    }
    // (an office's holder after the name is not part of it: "Church of Scotland minister"; "Office of the Deputy Prime Minister" is all office)
    while (last > i + 3 && isTitleWord(t[last - 1].lower, true) && !isTitleWord(t[last - 2].lower, true) && t[last - 2].cap) last--;
    if (last < 0) continue;
    added.push({ first: i, last, floor: doc.sentences[sentence].first, type: "ORG", key: nameOf(doc, i, last).toLowerCase(), partOfPerson: false });
    i = last - 1;
  }
  if (!added.length) return;
  // (a name found across its edges is left as found: "Bank of England chief Mervyn King" read whole)
  const from = new Int32Array(t.length).fill(-1);
  const to = new Int32Array(t.length).fill(-1);
  for (const f of found) for (let k = f.first; k < f.last; k++) [from[k], to[k]] = [from[k] < 0 ? f.first : Math.min(from[k], f.first), Math.max(to[k], f.last)];
  const crosses = (a: Found) => {
    for (let k = a.first; k < a.last; k++) if (from[k] >= 0 && (from[k] < a.first || to[k] > a.last)) return true;
    return false;
  };
  const kept = added.filter((a) => !crosses(a));
  const covered = coveredBy(doc, kept);
  keepOnly(found, found.filter((f) => !covered.subarray(f.first, f.last).includes(1)));
  found.push(...kept);
  found.sort((a, b) => a.first - b.first);
}

/** Gazetteer classes of a name's word: a person's, a place's, a people's or a firm's. */
const NAME_CLASSES = G_FIRST | G_LAST | G_COUNTRY | G_DEMONYM | G_CITY | G_REGION | G_ORG | G_FIRST_MORE | G_LAST_MORE | G_CITY_MORE;

/** The capitalised words from k on, up to the next joiner, name nothing the lists know: "Rural Affairs", not "Southampton", "Dan Gillmor", "UBS". */
function commonNouns(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  const gaz = doc.vocab.gazetteer;
  for (; k < t.length && t[k].cap && t[k].kind === "word"; k++) {
    if (t[k].upper || /\p{Ll}\p{Lu}/u.test(t[k].text) || gaz.classes(t[k].lower) & NAME_CLASSES || listsPlace(doc, t[k].lower)) return false;
  }
  return true;
}
