// Article metadata: date and authors from a page's metadata (JSON-LD, meta tags), from a JSON Lines
// record's fields, from a byline or date line in the text; titles keep their quote marks.
import { analyze } from "./helpers";
import { recordMetadata } from "../src/input/metadata";
import { fromBytes } from "../src/input/read";
import { findByline, isoDate, splitAuthors } from "../src/text/byline";
import { jsonLines, run } from "./helpers";

const page = (head: string) =>
  `<!doctype html><html><head><title>Tokayev asks for help</title>${head}</head><body><article><h1>Tokayev asks for help</h1>` +
  `<p>${"Kazakh President Kassym-Jomart Tokayev asked the alliance for help on Wednesday, officials said. ".repeat(6)}</p>` +
  `<p>${"Russian paratroopers arrived in Almaty the next morning, the ministry said in a statement. ".repeat(6)}</p></article></body></html>`;

describe("page metadata", () => {
  test("JSON-LD NewsArticle gives the date (as written, local date) and the authors", () => {
    const ld = { "@context": "https://schema.org", "@graph": [{ "@type": "WebSite" }, { "@type": "NewsArticle", datePublished: "2022-01-07T01:30:00+06:00", author: [{ "@type": "Person", name: "Jane Smith" }, { name: "Tom Lee" }] }] };
    const r = fromBytes("a.html", Buffer.from(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)));
    expect(r.ok && [r.date, r.authors]).toEqual(["2022-01-07", ["Jane Smith", "Tom Lee"]]);
  });

  test("meta tags: article:published_time and author; a profile URL is no author", () => {
    const r = fromBytes("a.html", Buffer.from(page('<meta property="article:published_time" content="2021-12-30T09:00:00Z"><meta property="article:author" content="https://example.com/jane"><meta name="author" content="Jane Smith">')));
    expect(r.ok && [r.date, r.authors]).toEqual(["2021-12-30", ["Jane Smith"]]);
  });

  test("a page without metadata has none; the command reports the page's date in article.date", () => {
    const r = fromBytes("a.html", Buffer.from(page("")));
    expect(r.ok && [r.date, r.authors]).toEqual([null, []]);
    const out = run(["-", "--json"], page('<meta property="article:published_time" content="2022-01-07">'));
    const [rec] = jsonLines(out.stdout);
    expect([rec.article.date, rec.article.authors, rec.article.title]).toEqual(["2022-01-07", [], "Tokayev asks for help"]);
  });
});

describe("JSON Lines fields", () => {
  test("date, published, author(s), headline under the names datasets use", () => {
    expect(recordMetadata({ date: "2022-01-07", authors: ["Jane Smith", "Tom Lee"], title: "A" })).toEqual({ title: "A", date: "2022-01-07", authors: ["Jane Smith", "Tom Lee"] });
    expect(recordMetadata({ published: "Fri, 07 Jan 2022 10:00:00 GMT", author: "By Jane Smith and Tom Lee" })).toEqual({ date: "2022-01-07", authors: ["Jane Smith", "Tom Lee"] });
    expect(recordMetadata({ timestamp: 1641513600 })).toEqual({ date: "2022-01-07" });
    expect(recordMetadata({ date: "soon", author: 42 })).toEqual({});
  });

  test("the command fills article.date and authors from a record, and keeps the fields in source.meta", () => {
    const line = JSON.stringify({ id: 1, text: "Andrei Kortunov said it would be short.", date: "2022-01-07", author: "Jane Smith" });
    const [rec] = jsonLines(run(["--input", "jsonl", "--json"], line + "\n").stdout);
    expect([rec.article.date, rec.article.authors, rec.source.meta]).toEqual(["2022-01-07", ["Jane Smith"], { date: "2022-01-07", author: "Jane Smith" }]);
  });
});

describe("bylines and date lines in the text", () => {
  test("a byline and a date standing alone near the top", () => {
    const text = "Kazakhstan asks Russia for help\nBy Jane Smith and Tom Lee, Reuters\nFriday, January 7, 2022 10:32 GMT\n\nKazakh President Kassym-Jomart Tokayev asked for help.";
    const r = analyze(text);
    expect([r.article.date, r.article.authors]).toEqual(["2022-01-07", ["Jane Smith", "Tom Lee"]]);
  });

  test("not a byline: a sentence starting with 'By', a dateline without a year, a name that is a month", () => {
    expect(findByline("By the time they arrived, it was over.\nMOSCOW, Jan 7 (Reuters) - Troops landed.\n")).toEqual({ date: null, authors: [] });
    expect(findByline("By Monday Smith\n")).toEqual({ date: null, authors: [] });
    expect(splitAuthors("Jane Smith, BBC News")).toEqual(["Jane Smith"]);
  });

  test("dates: machine and written forms; impossible dates refused", () => {
    expect(["2022-01-07T10:30:00+03:00", "20220107", "7 January 2022", "Jan. 7, 2022", "Updated 2022-01-07 10:00"].map(isoDate)).toEqual(Array(5).fill("2022-01-07"));
    expect(["2022-02-30", "yesterday", "7 January"].map(isoDate)).toEqual([null, null, null]);
  });
});

describe("titles", () => {
  test("keep their quote marks; only marks wrapping the whole title go", () => {
    expect(analyze("Labour targets 'hardcore truants'\n\nLabour said it would act.").article.title).toBe("Labour targets 'hardcore truants'");
    expect(analyze("“Russia’s Involvement in\nKazakhstan’s Crisis”\n\nRussia said it would act.").article.title).toBe("Russia’s Involvement in Kazakhstan’s Crisis");
    expect(analyze("'Hope' and 'fear' in Almaty\n\nPeople said it would end.").article.title).toBe("'Hope' and 'fear' in Almaty");
  });
});
