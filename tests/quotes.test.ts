import { analyze } from "./helpers";

const quotes = (text: string) => analyze(text).quotes;

describe("quotes", () => {
  test("“…,” said X — and the next unattributed quote in the paragraph is the same speaker's", () => {
    const q = quotes("“The plan is sound,” said Jane Porter, an adviser. “It will hold.”\n\nNothing else.");
    expect(q.map((x) => [x.text, x.speaker, x.kind, x.cue])).toEqual([
      ["The plan is sound,", "Jane Porter", "direct", "said"],
      ["It will hold.", "Jane Porter", "direct", "said"],
    ]);
    // the continuation rests on the same attribution
    expect(q[1].speakerMention).toEqual(q[0].speakerMention);
    expect(q[0].speakerMention?.text).toBe("Jane Porter");
  });
  test("“…,” X, a …, wrote and pronouns resolving to the last person", () => {
    const text = "“Prices will rise,” Peter Hall, a banker at Acme Bank, wrote on Twitter. “Soon,'' he added.";
    const q = quotes(text);
    expect(q.map((x) => x.speaker)).toEqual(["Peter Hall", "Peter Hall"]);
    expect(q[1].speakerMention?.text).toBe("he");
    expect(q[1].text).toBe("Soon,");
  });
  test("X said: “…” and straight quotes", () => {
    const q = quotes('Anna Berg said: "We will not give up." Then she left.');
    expect(q[0]).toMatchObject({ text: "We will not give up.", speaker: "Anna Berg", kind: "direct" });
  });
  test("a quoted phrase inside the writer's sentence is partial, with that sentence's speaker", () => {
    const q = quotes("Governor Tom Reed claimed the state faced an “unprecedented threat” from floods.");
    expect(q[0]).toMatchObject({ text: "unprecedented threat", kind: "partial", speaker: "Tom Reed" });
  });
  test("an unclosed quote ends at its paragraph's end", () => {
    const text = "“First part,” said Lena Ortiz. “Second part never closes.\n\nA new paragraph.";
    const q = quotes(text);
    expect(q[1].text).toBe("Second part never closes.");
    expect(q[1].speaker).toBe("Lena Ortiz");
  });
  test("offsets cover exactly the words inside the marks", () => {
    const text = "“One,” said Sam Lee. “Two\nlines.”";
    for (const q of quotes(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

test("words that are names of built-in properties are not pronouns or cues", () => {
  const q = quotes("“It works,” constructor said. “It still works,” toString went on.");
  expect(q.map((x) => [x.text, x.speakerMention])).toEqual([
    ["It works,", null],
    ["It still works,", null],
  ]);
});
