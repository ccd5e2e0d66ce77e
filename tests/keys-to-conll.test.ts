// The hand-made keys as the tagger's training data (scripts/keys-to-conll.ts): each name the key
// lists is tagged where the article writes it, as CoNLL tags it, and a sentence the key leaves in
// doubt is left out.

import { keyToConll } from "../scripts/keys-to-conll";
import { parseConll } from "../scripts/train-tagger";
import { vocab } from "./helpers";

const TEXT = [
  "Tory row over tax",
  "",
  "Conservative leader Michael Howard told the BBC that Mr Howard's party would cut taxes.",
  "French farmers protested in Paris, and Howard met them at the Louvre.",
  "The Oscar went to Million Dollar Baby, starring Clint Eastwood.",
  "France beat Wales 18-17 in Cardiff.",
  "Italian police arrested two men in Rome.",
].join("\n");

const KEY = {
  document: "corpora/bbc/politics/000.txt",
  people: [{ name: "Michael Howard", aliases: ["Mr Howard"] }, { name: "Clint Eastwood", aliases: [] }],
  organizations: [{ name: "Conservative Party", aliases: ["Tory", "Conservative"] }, { name: "BBC", aliases: [] }, { name: "France", optional: true }],
  countries: [{ name: "France", code: "FR", aliases: ["French"], optional: true }, { name: "Italy", code: "IT", aliases: ["Italian"] }],
  places: [{ name: "Paris", country: "FR" }, { name: "Louvre", country: "FR" }, { name: "Cardiff", country: "GB" }, { name: "Wales", country: "GB" }, { name: "Rome", country: "IT" }],
  other: [{ name: "Oscar", kind: "award" }, { name: "Million Dollar Baby", kind: "work" }],
};

describe("a key's article as training data", () => {
  const docs = parseConll(keyToConll(KEY, TEXT, vocab()));
  const sentences = docs[0].sentences.map((words, s) => words.map((w, i) => `${w}/${docs[0].iob[s][i]}`).join(" "));

  it("is one document", () => {
    expect(docs).toHaveLength(1);
  });

  it("tags people, bodies, places and other names as CoNLL does, a title outside the name", () => {
    expect(sentences).toContain("Tory/B-ORG row/O over/O tax/O");
    expect(sentences).toContain("Conservative/B-ORG leader/O Michael/B-PER Howard/I-PER told/O the/O BBC/B-ORG that/O Mr/O Howard/B-PER 's/O party/O would/O cut/O taxes/O ./O");
    expect(sentences).toContain("Italian/B-MISC police/O arrested/O two/O men/O in/O Rome/B-LOC ./O");
    expect(sentences).toContain("The/O Oscar/B-MISC went/O to/O Million/B-MISC Dollar/I-MISC Baby/I-MISC ,/O starring/O Clint/B-PER Eastwood/I-PER ./O");
  });

  it("leaves out a sentence naming what the key marks optional", () => {
    // "French" (an optional country's people's word) and "France" (an optional side) leave their sentences in doubt
    expect(sentences.some((s) => s.startsWith("French/"))).toBe(false);
    expect(sentences.some((s) => s.startsWith("France/"))).toBe(false);
    expect(sentences).toHaveLength(4);
  });
});
