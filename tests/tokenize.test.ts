import { tokenize } from "../src/text/tokenize";

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  test("splits possessives and negations the way news taggers expect", () => {
    expect(texts("Russia’s army didn't move.")).toEqual(["Russia", "’s", "army", "did", "n't", "move", "."]);
  });
  test("keeps hyphenated names, dotted abbreviations and initial-dot names whole", () => {
    expect(texts("Kassym-Jomart Tokayev met U.S. and U.S.S.R. envoys at R.Politik.")).toEqual([
      "Kassym-Jomart", "Tokayev", "met", "U.S.", "and", "U.S.S.R.", "envoys", "at", "R.Politik", ".",
    ]);
  });
  test("keeps numbers with separators and glued units whole", () => {
    expect(texts("3,000 troops, 4.5m people, a 5-point lead, 10-15 dead")).toEqual([
      "3,000", "troops", ",", "4.5m", "people", ",", "a", "5-point", "lead", ",", "10-15", "dead",
    ]);
  });
  test("reads two apostrophes as one quote mark", () => {
    const t = tokenize("the only option,'' he added");
    expect(t.map((x) => x.text)).toEqual(["the", "only", "option", ",", "''", "he", "added"]);
    expect(t[4].kind).toBe("quote");
  });
  test("offsets slice the original text exactly, across line breaks", () => {
    const s = "The Moscow\nTimes said Kassym-\nJomart left.";
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
    const hy = tokenize(s).find((t) => t.text.startsWith("Kassym"))!;
    expect(hy.norm).toBe("Kassym-Jomart");
    expect(tokenize(s)[2].newline).toBe(true);
  });
  test("keeps titles' dots and initials with the word", () => {
    expect(texts("Mr. Putin and J. Smith")).toEqual(["Mr.", "Putin", "and", "J.", "Smith"]);
  });
  test("keeps a site's name whole, and stays linear on a long run of dotted words", () => {
    expect(texts("Shares in Amazon.com, eBay.co.uk and gamesindustry.biz rose.")).toEqual(["Shares", "in", "Amazon.com", ",", "eBay.co.uk", "and", "gamesindustry.biz", "rose", "."]);
    const run = "ab.".repeat(100_000);
    const started = Date.now();
    expect(tokenize(run).length).toBeGreaterThan(100_000);
    // (a quadratic rescan of this run takes minutes)
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
