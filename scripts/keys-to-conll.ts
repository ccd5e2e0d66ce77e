// Writes the hand-made entity keys as CoNLL-2003 training data: each key's article, tokenized and
// cut into sentences as the tool does, with every way the key names an entity tagged where the
// text writes it (people PER, organisations ORG, countries and places LOC, a country's people's
// word and the other names MISC, as CoNLL tags them). The tagger then learns from news of the
// years and the paper the tool reads, besides CoNLL's 1996 Reuters.
// Read by the trainer: npm run train -- ../shared/corpora/conll/conllpp_train.txt --keys tests/fixtures/keys/full
// A sentence holding a name the key marks optional, or a name it gives two types, is left out:
// its tags would be a guess. Titles before a person's name are not the name's ("Mr", "Prince"), as
// in CoNLL.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createDoc, CONTENT_KINDS } from "../src/text/document";
import { tokenize } from "../src/text/tokenize";
import { createVocab, type Vocab } from "../src/vocab";
import { loadModels } from "../src/models";
import { HONORIFIC, ROYAL_TITLES } from "../src/words/names";

interface KeyEntity {
  name: string;
  aliases?: string[];
  optional?: boolean;
}
type Key = { document: string } & Partial<Record<"people" | "organizations" | "countries" | "places" | "other", KeyEntity[]>>;

const TYPE_OF = { people: "PER", organizations: "ORG", countries: "LOC", places: "LOC", other: "MISC" } as const;
const UNSURE = "?";

/** The word as the tagger reads it (recognize.ts's tagWord). */
const wordOf = (t: { kind: string; norm: string }) => (t.kind === "quote" && t.norm !== "'" ? '"' : t.norm);

export function keyToConll(key: Key, text: string, vocab: Vocab): string {
  const lex = vocab.lexicon;
  // every way the key names an entity, by its words, with the type it tags
  const surfaces = new Map<string, Set<string>>();
  const add = (form: string, type: string) => {
    let words = tokenize(form).map(wordOf);
    if (type === "PER") while (words.length > 1 && (HONORIFIC.test(words[0]) || ROYAL_TITLES.has(words[0].toLowerCase()))) words = words.slice(1);
    if (!words.length) return;
    const k = words.join(" ");
    surfaces.set(k, (surfaces.get(k) ?? new Set()).add(type));
  };
  for (const part of Object.keys(TYPE_OF) as Array<keyof typeof TYPE_OF>) {
    for (const e of key[part] ?? []) {
      // (a person's surname alone, which keys often leave out of the aliases: "Howard" for "Michael Howard")
      const surname = part === "people" && / \p{Lu}\p{Ll}+$/u.test(e.name) ? [e.name.slice(e.name.lastIndexOf(" ") + 1)] : [];
      for (const form of [e.name, ...(e.aliases ?? []), ...surname]) {
        const type = e.optional ? UNSURE : part === "countries" && lex.demonym.has(form.toLowerCase()) ? "MISC" : TYPE_OF[part];
        add(form, type);
      }
    }
  }
  const longest = Math.max(0, ...[...surfaces.keys()].map((k) => k.split(" ").length));
  const doc = createDoc(text, vocab);
  const out: string[] = ["-DOCSTART- -X- -X- O", ""];
  for (const p of doc.paragraphs) {
    if (!CONTENT_KINDS.has(p.kind) && p.kind !== "header") continue;
    for (let s = p.firstSentence; s < p.lastSentence; s++) {
      const { first, last } = doc.sentences[s];
      const words = doc.tokens.slice(first, last).map(wordOf);
      const tags = words.map(() => "O");
      let unsure = false;
      for (let i = 0; i < words.length; i++) {
        for (let n = Math.min(longest, words.length - i); n > 0; n--) {
          const types = surfaces.get(words.slice(i, i + n).join(" "));
          if (!types) continue;
          const sure = [...types].filter((t) => t !== UNSURE);
          if (sure.length !== 1) unsure = true;
          else for (let k = 0; k < n; k++) tags[i + k] = (k === 0 ? "B-" : "I-") + sure[0];
          i += n - 1;
          break;
        }
      }
      if (unsure || !words.length) continue;
      for (let i = 0; i < words.length; i++) out.push(`${words[i]} -X- -X- ${tags[i]}`);
      out.push("");
    }
  }
  return out.join("\n") + "\n";
}

/** Every key's article in `dirs` (documents named from `shared`, the ../shared folder) as CoNLL text. */
export function keysToConll(dirs: readonly string[], shared: string): string {
  if (!dirs.length) return "";
  const vocab = createVocab(loadModels());
  const out: string[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".gold.json")).sort()) {
      const key = JSON.parse(readFileSync(join(dir, f), "utf8")) as Key;
      out.push(keyToConll(key, readFileSync(join(shared, key.document), "utf8"), vocab));
    }
  }
  return out.join("");
}
