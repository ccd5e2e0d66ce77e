// Quote marks as they appear in real text. Names are marked by hand (see quotes-helpers.ts).

import { findCues } from "../src/extract/cues";
import { attributeQuotes } from "../src/extract/quotes";
import { findSources } from "../src/extract/quotes/sources";
import type { Doc } from "../src/text/document";
import { docOf } from "./helpers";
import { quotesOf, who } from "./quotes-helpers";

const texts = (marked: string) => quotesOf(marked).quotes.map((q) => q.text);

describe("quote marks", () => {
  test("curly and straight double marks; text excludes the marks and offsets are exact", () => {
    const { text, quotes } = quotesOf('“Curly works,” said {Ann Lee}. "Straight works too," said {Bob Stone}.');
    expect(quotes.map((q) => q.text)).toEqual(["Curly works,", "Straight works too,"]);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(text.slice(quotes[0].start - 1, quotes[0].start)).toBe("“");
    expect(text.slice(quotes[1].end, quotes[1].end + 1)).toBe('"');
  });

  test("two apostrophes close a curly quote, and serve as both marks", () => {
    expect(texts("“It was the only option,'' he added.")).toEqual(["It was the only option,"]);
    expect(texts("''This isn't reform,'' said {Dan Holt}. ''It's tinkering.''")).toEqual(["This isn't reform,", "It's tinkering."]);
    expect(texts("``Backquotes open,'' said {Dan Holt}.")).toEqual(["Backquotes open,"]);
  });

  test("single marks inside double ones stay inside the quote", () => {
    const q = quotesOf("“He told me ‘no way’ and left,” said {Ann Lee}.").quotes;
    expect(q).toHaveLength(1);
    expect(q[0].text).toBe("He told me ‘no way’ and left,");
    // and straight double marks nested inside curly ones
    expect(texts('“They called it "a plan" then,” said {Ann Lee}.')).toEqual(['They called it "a plan" then,']);
  });

  test("apostrophes inside and after words are never quote marks", () => {
    const q = quotesOf("“We don’t know what the Kazakhs’ leaders want,” said {Ann Lee}. Officials' notes, it's said, don't help.").quotes;
    expect(q.map((x) => x.text)).toEqual(["We don’t know what the Kazakhs’ leaders want,"]);
  });

  test("a quote across hard-wrapped lines keeps its line break and exact offsets", () => {
    const { text, quotes } = quotesOf("“The first line runs on\nto the second line,” said {Ann Lee}.");
    expect(quotes[0].text).toBe("The first line runs on\nto the second line,");
    expect(text.slice(quotes[0].start, quotes[0].end)).toBe(quotes[0].text);
  });

  test("several sentences inside one quote are one quote", () => {
    expect(texts("“One. Two? Three!” said {Ann Lee}.")).toEqual(["One. Two? Three!"]);
  });

  test("an unclosed quote ends at its paragraph's end", () => {
    const q = quotesOf("“First,” said {Ann Lee}. “Second never closes.\n\nThe writer goes on.").quotes;
    expect(q.map((x) => x.text)).toEqual(["First,", "Second never closes."]);
    expect(q[1].speaker).toBe("Ann Lee");
  });

  test("a quote carried over paragraphs, each reopened without closing, is attributed throughout", () => {
    const q = quotesOf("“The first paragraph of it.\n\n“The second paragraph of it.\n\n“The end of it,” said {Ann Lee}.").quotes;
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ["The first paragraph of it.", "Ann Lee"],
      ["The second paragraph of it.", "Ann Lee"],
      ["The end of it,", "Ann Lee"],
    ]);
    // the same with straight marks
    expect(who('"Opening part.\n\n"Closing part," said {Ann Lee}.')).toEqual([
      ["Opening part.", "Ann Lee"],
      ["Closing part,", "Ann Lee"],
    ]);
  });

  test("a closing curly mark standing before a word opens a quote", () => {
    expect(texts("Photo credit. ”Sloppy opener here.” ― {Ana Cruz}")).toEqual(["Sloppy opener here."]);
  });

  test("excerpt paragraphs opened by a lone straight mark in a curly-quoted text are not quotes; quotes inside are", () => {
    const q = quotesOf('{Jo Reed} reports:\n\n"The excerpt starts here and runs on.\n\n"It goes on, and “this part” is quoted inside.\n\nThe writer resumes with “curly” marks.').quotes;
    expect(q.map((x) => x.text)).toEqual(["this part", "curly"]);
  });
});

describe("quote marks: linear time on hostile input", () => {
  // The quote stage alone is timed (the document is built before the clock starts). Alone on a
  // core these take a few hundred milliseconds; the bound leaves room for a shared, loaded machine
  // while still catching anything quadratic, which takes minutes here.
  const attributed = (doc: Doc) => {
    const t0 = performance.now();
    findCues(doc);
    findSources(doc);
    attributeQuotes(doc);
    return { ms: performance.now() - t0, quotes: doc.attributions };
  };
  const timed = (text: string) => attributed(docOf(text));
  test("100,000 unmatched quote marks", () => {
    for (const mark of ['"', "“", "”", "''"]) expect(timed(`x ${mark}`.repeat(100_000)).ms).toBeLessThan(8000);
  });
  test("a 1 MB line of quotes, pronouns and reporting verbs", () => {
    const text = "“Yes,” he said, and she said “no” to it, according to the officials, ".repeat(15_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const { ms, quotes } = timed(text);
    expect(ms).toBeLessThan(8000);
    expect(quotes.length).toBe(30_000);
  });
  test("a 1 MB paragraph of named speakers and sentences", () => {
    const marked = "“We agree,” said {Ann Lee|f}. {Bob Stone|m} met her. “No,” he said. The {Kremlin|org} said “maybe.” ".repeat(12_000);
    const m = quotesOf.prepare(marked);
    expect(m.text.length).toBeGreaterThan(1_000_000);
    const { ms, quotes } = attributed(m.doc);
    expect(ms).toBeLessThan(8000);
    expect(quotes.length).toBe(36_000);
  });
});
