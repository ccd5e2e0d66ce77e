// The Quotes part of the table renderer: who said it, how the text says so, and the quote.

import { tableRenderer } from "../src/render/table";
import { SCHEMA, type Quote, type Result } from "../src/types";

function render(quotes: Quote[]): string {
  const flat = quotes.map((q) => ({ ...q, flat: q.text.replace(/\s+/g, " ") }));
  const r: Result = {
    schema: SCHEMA,
    source: { path: "a.txt" },
    article: { title: "T", publication: null, date: null, authors: [], paragraphs: 1, sentences: 1, words: 1, body: { start: 0, end: 1 }, extras: [] },
    people: [],
    organizations: [],
    countries: [],
    places: [],
    other: [],
    quotes: flat,
    figures: [],
  };
  return tableRenderer({ pretty: false, color: false, width: 100, sections: ["quotes"] }).record(r);
}

const quote = (over: Partial<Quote>): Quote => ({ text: "It will hold.", start: 0, end: 13, kind: "direct", speaker: null, speakerKind: null, speakerMention: null, cue: null, ...over });

describe("quotes table", () => {
  test("speaker name, then the cue and the words the attribution rests on; the quote in marks on one line", () => {
    const out = render([
      quote({ text: "It will\nhold.", speaker: "Andrei Kortunov", speakerMention: { start: 20, end: 35, text: "RIAC’s Kortunov" }, cue: "said" }),
    ]);
    expect(out).toContain("Quotes (1)");
    expect(out).toContain("Andrei Kortunov");
    expect(out).toContain("said · RIAC’s Kortunov");
    expect(out).toContain("“It will hold.”");
  });
  test("a role the article does not name stands in for the speaker; no attribution reads unknown", () => {
    const out = render([
      quote({ speakerMention: { start: 20, end: 40, text: "a campaign spokesman" }, cue: "said" }),
      quote({ text: "Maidan", kind: "partial" }),
    ]);
    expect(out).toContain("(a campaign spokesman)");
    expect(out).toContain("unknown");
    expect(out).toContain("partial");
  });
});
