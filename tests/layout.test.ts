import { flat } from "../src/text/document";
import { docOf } from "./helpers";

const wrapped = [
  "From XYZ:",
  "“A Headline About Things",
  "That Wraps”",
  "(A caption under the photo.)",
  "The first paragraph starts",
  "here and runs on over several lines that are wrapped at a fixed width of about",
  "eighty columns, the way a blog repost keeps them. Its lines run close to that",
  "width, so a reader sees one paragraph, and so should the tool that reads it for",
  "them. It ends with a full stop.",
  "The second paragraph",
  "begins after that and also runs over more than one line of text that is wrapped",
  "at the same width as the first one before it ends. A line that ends a sentence",
  "in the middle of a paragraph does not end the paragraph.",
  "^ A comment from the reposter. ^",
  "No comments:",
  "Post a Comment",
].join("\n");

describe("layout", () => {
  const doc = docOf(wrapped);
  const kinds = doc.paragraphs.map((p) => p.kind);

  test("tells header, title, caption, body, comment and boilerplate apart", () => {
    expect(kinds).toEqual(["header", "title", "caption", "body", "body", "comment", "boilerplate", "boilerplate"]);
    expect(doc.publication).toBe("XYZ");
  });
  test("reads page furniture by every way it starts, in any case, and only that as boilerplate", () => {
    const body = "The article itself is this paragraph, which runs over one line and ends with a full stop.";
    for (const line of ["12 comments:", "Posted by   Jane Roe at 10:15", "© 2005 Some Paper", "ADVERTISEMENT", "Labels: politics", "Read more", "Copyright © Someone", "older post"]) {
      const d = docOf(`${body}\n\n${line}`);
      expect([line, d.paragraphs.map((p) => p.kind)]).toEqual([line, ["body", "boilerplate"]]);
    }
    // (the same words inside a sentence, or after other words, are text)
    for (const line of ["Readers posted by the hundreds.", "Nobody posted a comment on it.", "The advertisement ran twice."]) {
      const d = docOf(`${body}\n\n${line}`);
      expect([line, d.paragraphs.map((p) => p.kind)]).toEqual([line, ["body", "body"]]);
    }
  });
  test("joins hard-wrapped lines into paragraphs", () => {
    const body = doc.paragraphs.filter((p) => p.kind === "body").map((p) => flat(doc, p));
    expect(body[0]).toMatch(/^The first paragraph starts here and runs on .* It ends with a full stop\.$/);
    expect(body[1]).toMatch(/^The second paragraph begins after that .* does not end the paragraph\.$/);
  });
  test("keeps paragraphs of unwrapped text apart", () => {
    const d = docOf("One paragraph on one long line. It has two sentences.\n\nAnother one.\nA third one on the next line.");
    expect(d.paragraphs.map((p) => flat(d, p))).toEqual([
      "One paragraph on one long line. It has two sentences.",
      "Another one.",
      "A third one on the next line.",
    ]);
    expect(d.sentences.length).toBe(4);
  });
  test("splits sentences but not after abbreviations", () => {
    const d = docOf("Mr. Smith met Gen. Jones in the U.S. capital. Then the end of the U.S.S.R. With that, he left.");
    expect(d.sentences.map((s) => flat(d, s))).toEqual([
      "Mr. Smith met Gen. Jones in the U.S. capital.",
      "Then the end of the U.S.S.R.",
      "With that, he left.",
    ]);
  });
  test("paragraph and sentence spans point into the original text", () => {
    for (const s of doc.sentences) {
      expect(wrapped.slice(s.start, s.end)).toBe(wrapped.slice(doc.tokens[s.first].start, doc.tokens[s.last - 1].end));
    }
  });
});

describe("layout of text that is not hard-wrapped", () => {
  test("a line break inside a sentence does not end the paragraph", () => {
    const text = "Talks resumed on Monday.\nThe deal was announced on Tuesday by Prime Minister Boris\nJohnson, who said it would hold, and the\nopposition agreed.\n\nA new paragraph.";
    const d = docOf(text);
    expect(d.paragraphs.map((p) => flat(d, p))).toEqual([
      "Talks resumed on Monday.",
      "The deal was announced on Tuesday by Prime Minister Boris Johnson, who said it would hold, and the opposition agreed.",
      "A new paragraph.",
    ]);
  });
  test("a headline on the first line never runs into the body", () => {
    const d = docOf("Minister Resigns Over Budget Row With The Prime Minister\nThe minister left on Friday.");
    expect(d.paragraphs.map((p) => p.kind)).toEqual(["title", "body"]);
  });
  test("a reposter's aside set off by markers or introduced as a comment is kept apart", () => {
    for (const aside of ["*** My own view: this will end badly. ***", "My comment: this will end badly.", "Editor's note: names were changed."]) {
      const d = docOf(`A headline\n\nThe article body is here. It has two sentences.\n\n${aside}`);
      expect(d.paragraphs.map((p) => p.kind)).toEqual(["title", "body", "comment"]);
    }
  });
});
