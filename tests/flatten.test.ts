// Quotes on one line: `flat` joins hard wraps and undoes line-end hyphenation, and leaves a
// compound's own hyphen; `text` stays exact.
import { flatten, knownWords } from "../src/text/flatten";
import { analyze, vocab } from "./helpers";

describe("flatten", () => {
  test.each([
    ["For now, this is less an armed\nintervention than a police\r\noperation,", "For now, this is less an armed intervention than a police operation,"],
    ["the inter-\nvention was brief", "the intervention was brief"],
    ["govern-\n  ment", "government"],
    ["an 87-year-\nold man", "an 87-year-old man"],
    ["the 87-\nyear-old", "the 87-year-old"],
    ["a post-\nSoviet alliance", "a post-Soviet alliance"],
    ["a Kremlin-\nlinked think tank", "a Kremlin-linked think tank"],
    ["a well-\nknown face", "a well-known face"],
    ["he left -\nthen came back", "he left - then came back"],
    ["soft\u00adhyphen and  double\tspaces ", "softhyphen and double spaces"],
  ])("%j → %j", (text, flat) => expect(flatten(text, knownWords(vocab().lexicon))).toBe(flat));

  test("every quote of a result carries flat beside its exact text", () => {
    const text = "“We oppose inter-\nvention,” said Maria Lopez. “The well-\nknown plan\nstands.”";
    const r = analyze(text);
    expect(r.quotes.map((q) => [q.text, q.flat])).toEqual([
      ["We oppose inter-\nvention,", "We oppose intervention,"],
      ["The well-\nknown plan\nstands.", "The well-known plan stands."],
    ]);
    for (const q of r.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
