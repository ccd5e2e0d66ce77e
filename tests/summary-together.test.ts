// The summary's additions for the dashboard: other names by articles, and who appears with whom
// (pairs of people named in the same articles), in tables, CSV and JSON alike.
import { analyze } from "./helpers";
import { digest, PAIR_PEOPLE, SummaryBuilder } from "../src/batch/summary";
import { renderSummary } from "../src/render/summary";
import { SECTIONS, type Result } from "../src/types";

const withPeople = (names: string[], other: Result["other"] = []): Result => {
  const r = analyze("", { source: { path: `${names.join("-")}.txt` } });
  r.people = names.map((name, i) => ({ name, aliases: [], count: names.length - i, mentions: [], description: null }));
  r.other = other;
  return r;
};

describe("who appears with whom", () => {
  test("pairs count the articles naming both, most first, then by name; each pair once per article", () => {
    const s = new SummaryBuilder();
    s.add(digest(withPeople(["Tony Blair", "Michael Howard", "Gordon Brown"])));
    s.add(digest(withPeople(["Michael Howard", "Tony Blair"])));
    s.add(digest(withPeople(["Gordon Brown"])));
    expect(s.result(0).together).toEqual([
      { a: "Michael Howard", b: "Tony Blair", articles: 2 },
      { a: "Gordon Brown", b: "Michael Howard", articles: 1 },
      { a: "Gordon Brown", b: "Tony Blair", articles: 1 },
    ]);
    expect(s.result(1).together).toHaveLength(1);
  });

  test("only an article's most-mentioned people pair up, so an article adds a bounded number of pairs", () => {
    const s = new SummaryBuilder();
    s.add(digest(withPeople(Array.from({ length: 40 }, (_, i) => `Person ${String(i).padStart(2, "0")}`))));
    expect(s.result(0).together).toHaveLength((PAIR_PEOPLE * (PAIR_PEOPLE - 1)) / 2);
  });

  test("other names are totalled with their kind; tables and CSV show both lists", () => {
    const s = new SummaryBuilder();
    const oscar = { name: "Oscar", kind: "award" as const, aliases: [], count: 2, mentions: [] };
    s.add(digest(withPeople(["Tony Blair", "Gordon Brown"], [oscar])));
    s.add(digest(withPeople(["Tony Blair"], [{ ...oscar, count: 1 }])));
    const sum = s.result(0);
    expect(sum.other).toEqual([{ name: "Oscar", kind: "award", articles: 2, mentions: 3 }]);
    const o = { pretty: false, color: false, width: 80, sections: SECTIONS };
    const tables = renderSummary(sum, "table", o);
    expect(tables).toMatch(/Other names\n {2}Name +Kind +Articles +Mentions\n {2}Oscar +award +2 +3/);
    expect(tables).toMatch(/Who appears with whom\n {2}Person +Person +Articles\n {2}Gordon Brown +Tony Blair +1/);
    const csv = renderSummary(sum, "csv", o);
    expect(csv).toContain("other,Oscar,award,2,3\r\n");
    expect(csv).toContain("together,Gordon Brown & Tony Blair,,1,\r\n");
  });
});

describe("most-quoted speakers across a corpus", () => {
  test("named sources only, a person's spellings folded; unnamed sources count as attributed but are no one speaker", () => {
    const s = new SummaryBuilder();
    s.add(digest(analyze("“We will cut taxes,” said Kassym-Jomart Tokayev.\n\n“No comment,” a spokeswoman said.")));
    s.add(digest(analyze("“We stand firm,” said Kassym-Jomart Tokaev.\n\n“The plan is late,” a spokesman said.")));
    const sum = s.result(0);
    expect(sum.speakers).toEqual([{ name: "Kassym-Jomart Tokayev", quotes: 2, articles: 2 }]);
    expect(sum.corpus.attributedQuotes).toBe(4);
  });
});
