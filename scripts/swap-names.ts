// Training data with its names swapped (mention replacement): copies of the documents where each
// name is replaced, with a chance, by another name of the same type drawn from the whole data, so
// the tagger learns a name's type from the words around it as well as from the name itself ("a
// former employee of General Mills", "Tim Daly of Michael Foods" are bodies by their context).
// Within one copy a name keeps one stand-in, and a person's surname alone takes the stand-in's
// surname, so the document-level features still see one person.

import { goldSpans } from "./train-tagger";
import { random } from "./random";

interface Doc {
  sentences: string[][];
  iob: string[][];
}

const upper = (w: string[]) => w.every((x) => x === x.toUpperCase() && /\p{Lu}/u.test(x));

export function swapNames(docs: readonly Doc[], copies: number, chance: number, seed: number, types: ReadonlySet<string> = new Set(["PER", "ORG", "LOC", "MISC"])): Doc[] {
  const rnd = random(seed);
  // every distinct name of each type, as written (in capitals only where the text is)
  const pools = new Map<string, string[][]>();
  const seen = new Set<string>();
  for (const d of docs)
    d.sentences.forEach((s, i) => {
      for (const [a, b, type] of goldSpans(d.iob[i])) {
        const words = s.slice(a, b);
        const key = `${type} ${words.join(" ")}`;
        if (upper(words) || seen.has(key)) continue;
        seen.add(key);
        (pools.get(type) ?? pools.set(type, []).get(type))?.push(words);
      }
    });
  const out: Doc[] = [];
  for (let c = 0; c < copies; c++)
    for (const d of docs) {
      const stand = new Map<string, string[] | null>();
      const surnames = new Map<string, string>();
      const sentences: string[][] = [];
      const iob: string[][] = [];
      d.sentences.forEach((s, i) => {
        const words: string[] = [];
        const tags: string[] = [];
        let at = 0;
        for (const [a, b, type] of goldSpans(d.iob[i])) {
          for (; at < a; at++) [words.push(s[at]), tags.push("O")];
          const name = s.slice(a, b);
          const key = `${type} ${name.join(" ")}`;
          if (!stand.has(key)) {
            const pool = pools.get(type) ?? [];
            const alone = type === "PER" && name.length === 1 ? surnames.get(name[0]) : undefined;
            stand.set(key, alone ? [alone] : types.has(type) && rnd() < chance && pool.length ? pool[Math.floor(rnd() * pool.length)] : null);
            const got = stand.get(key);
            if (type === "PER" && name.length > 1 && got && got.length > 1) surnames.set(name[name.length - 1], got[got.length - 1]);
          }
          let put = stand.get(key) ?? name;
          if (upper(name)) put = put.map((w) => w.toUpperCase());
          put.forEach((w, k) => [words.push(w), tags.push(`${k ? "I" : "B"}-${type}`)]);
          at = b;
        }
        for (; at < s.length; at++) [words.push(s[at]), tags.push("O")];
        sentences.push(words);
        iob.push(tags);
      });
      out.push({ sentences, iob });
    }
  return out;
}
