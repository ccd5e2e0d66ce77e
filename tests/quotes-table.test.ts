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

const quote = (over: Partial<Quote>): Quote => ({ text: "It will hold.", flat: over.text?.replace(/\s+/g, " ") ?? "It will hold.", start: 0, end: 13, kind: "direct", speaker: null, speakerKind: null, speakerMention: null, cue: null, ...over });

describe("quotes table", () => {
  test("speaker name, the cue and the words the attribution rests on; the quote in marks on one line", () => {
    const out = render([
      quote({ text: "It will\nhold.", speaker: "Andrei Kortunov", speakerMention: { start: 20, end: 35, text: "RIAC’s Kortunov" }, cue: "said" }),
      quote({ text: "Yes.", speaker: "Andrei Kortunov", speakerMention: { start: 40, end: 48, text: "Kortunov" }, cue: "added" }),
    ]);
    expect(out).toContain("Quotes (2)");
    // the words the attribution rests on are shown when they are not the name or a form of it
    expect(out).toContain("Andrei Kortunov said: “It will hold.”");
    expect(out).toContain("Andrei Kortunov added: “Yes.”");
    expect(out).not.toContain("[he]");
    const he = render([quote({ speaker: "Andrei Kortunov", speakerMention: { start: 20, end: 22, text: "he" }, cue: "added" })]);
    expect(he).toContain("Andrei Kortunov added [he]: “It will hold.”");
    expect(he).toContain("[he] the attribution");
  });
  test("a speaker that is no person or organization says what it is", () => {
    const out = render([quote({ speaker: "the report", speakerKind: "document", cue: "said" })]);
    expect(out).toContain("the report said (document): “It will hold.”");
  });
  test("a role the article does not name stands in for the speaker; no attribution reads unknown", () => {
    const out = render([
      quote({ speakerMention: { start: 20, end: 40, text: "a campaign spokesman" }, cue: "said" }),
      quote({ text: "Maidan", kind: "partial" }),
    ]);
    expect(out).toContain("Quotes (2)");
    expect(out).toContain("(a campaign spokesman) said: “It will hold.”");
    expect(out).toContain("unknown: “Maidan” (partial)");
    expect(out).toContain("(a spokesman) unnamed");
    expect(out).toContain("(partial) a quoted phrase");
  });
});
