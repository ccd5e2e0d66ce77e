import { fold, tokenize } from "../src/text/tokenize";

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
  test("keeps capitals joined by '&' and a US state's abbreviation with its dot whole, not words joined by '&'", () => {
    expect(texts("S&P and AT&T, based in Paramount, Calif., met Marks & Spencer. Chris Penn.")).toEqual([
      "S&P", "and", "AT&T", ",", "based", "in", "Paramount", ",", "Calif.", ",", "met", "Marks", "&", "Spencer", ".", "Chris", "Penn", ".",
    ]);
  });
  test("splits a year's possessive like a word's", () => {
    expect(texts("1972's Virginia Plain")).toEqual(["1972", "'s", "Virginia", "Plain"]);
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
  test("folds curly quotes, dashes, invisible characters and a word's line break; leaves other tokens as they are", () => {
    expect(fold("don’t")).toBe("don't");
    expect(fold("“no”")).toBe('"no"');
    expect(fold("1990–2000")).toBe("1990-2000");
    expect(fold("a—b―c")).toBe("a-b-c");
    expect(fold("co­operate")).toBe("cooperate");
    expect(fold("zero​width⁠joined")).toBe("zerowidthjoined");
    expect(fold("Kassym-\n   Jomart")).toBe("Kassym-Jomart");
    expect(fold("Kassym-\r\nJomart")).toBe("Kassym-Jomart");
    // characters near the folded ones are kept: an en quad, a hyphen, a non-breaking hyphen, a bullet
    expect(fold("a b‐c‑d•e")).toBe("a b‐c‑d•e");
    expect(fold("Nazarbayev")).toBe("Nazarbayev");
    expect(tokenize("Kassym-\nJomart said").map((t) => t.norm)).toEqual(["Kassym-Jomart", "said"]);
  });
  test("reads an HTML character reference a web page left in the text as the character, in the norm only", () => {
    const t = tokenize("Jos&#233; Barroso's communiqu&#xE9; on a &#163;1.8m fine, AT&T; &#0;");
    expect(t.map((x) => x.text).slice(0, 4)).toEqual(["Jos&#233;", "Barroso", "'s", "communiqu&#xE9;"]);
    expect(t.map((x) => x.norm).slice(0, 4)).toEqual(["José", "Barroso", "'s", "communiqué"]);
    const pound = t.find((x) => x.text === "&#163;");
    expect(pound?.norm).toBe("£");
    expect(pound?.kind).toBe("symbol");
    // (an apostrophe written as a reference, or mangled into "¿", splits a possessive as "'" does)
    expect(tokenize("Mr Blair&#191;s plan, America&#146;s league").map((x) => x.norm)).toEqual(["Mr", "Blair", "'s", "plan", ",", "America", "'s", "league"]);
    // (a control character's reference stays as written)
    expect(fold("&#0;")).toBe("&#0;");
    expect(fold("AT&T")).toBe("AT&T");
  });
  test("tells whitespace between tokens, ASCII or not, and where a line breaks", () => {
    const t = tokenize("a\tb\u00A0c\u2003d\u200Be\r\nf\u000Bg");
    expect(t.map((x) => x.text)).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
    expect(t.map((x) => x.space)).toEqual([false, true, true, true, true, true, true]);
    expect(t.map((x) => x.newline)).toEqual([false, false, false, false, false, true, false]);
  });
});

describe("a letter UTF-8 encoded and read as Latin-1", () => {
  it("stays inside its word, precomposed or not, so a name is not cut at it", () => {
    const words = (s: string) => tokenize(s).map((t) => t.text);
    expect(words("Enrique PeÃ±a Nieto met CuÃ©llar.")).toEqual(["Enrique", "PeÃ±a", "Nieto", "met", "CuÃ©llar", "."]);
    expect(words("Enrique PeA\u0303\u00b1a Nieto")).toEqual(["Enrique", "PeA\u0303\u00b1a", "Nieto"]);
    expect(words("It rose 5 ± 2 points.")).toEqual(["It", "rose", "5", "±", "2", "points", "."]);
  });
});
