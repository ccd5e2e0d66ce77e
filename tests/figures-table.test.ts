// The Figures table: grouped by category, values with their units and qualifiers, subjects, and
// each figure's sentence with --sentences; within 80 columns.
import { join } from "node:path";
import { ROOT, run } from "./helpers";

const ARTICLE = join(ROOT, "tests", "fixtures", "figures", "attack-market-bombing.txt");
const width = (s: string) => Math.max(...s.split("\n").map((l) => [...l].length));

describe("the Figures table", () => {
  test("groups figures by category, people's fates first, years folded into one row", () => {
    const r = run([ARTICLE, "--only", "figures"]);
    expect(r.status).toBe(0);
    // the count is what the table shows: 23 rows, and the 2 years folded into one
    expect(r.stdout).toMatch(/Figures \(23, and 2 years in one row\)/);
    const firstColumn = r.stdout
      .split("\n")
      .map((l) => /^ {2}([a-z]+) {2,}\S/.exec(l)?.[1])
      .filter((x): x is string => !!x);
    expect(firstColumn).toEqual(["troops", "deaths", "injuries", "arrests", "money", "count", "duration", "age", "other", "year"]);
    expect(r.stdout).toMatch(/^ {2}year\s+2 {2}calendar years\s+1980s, 2019$/m);
    expect(r.stdout).toContain("≥22"); // at least 22
    expect(r.stdout).toMatch(/ dozens {2}bodies/); // a vague amount shows its words as its value
    // the legend explains the notations the table uses
    expect(r.stdout).toMatch(/≥ at least .*year: how many years the text names/);
    expect(r.stdout).toContain("500,000 INR");
    expect(r.stdout).not.toContain("“At least 22 people were killed");
    expect(width(r.stdout)).toBeLessThanOrEqual(80);
  });

  test("--sentences adds each figure's sentence under it", () => {
    const r = run([ARTICLE, "--only", "figures", "--sentences"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("“At least 22 people were killed and 59 others wounded when a suicide");
    expect(width(r.stdout)).toBeLessThanOrEqual(80);
  });

  test("a big amount is shortened only where two decimals say it exactly", () => {
    const r = run(["-", "--only", "figures", "--no-color"], "The deal is worth $1.2 billion. The city has 1,234,567 residents. Sales reached 4.5m units.");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ 1\.2bn USD {2}/);
    expect(r.stdout).toMatch(/ 1,234,567 {2}/);
    expect(r.stdout).toMatch(/ 4\.5m {2}/);
    expect(r.stdout).toContain("m, bn, tn: million, billion, trillion");
  });

  test("--help documents --sentences", () => {
    expect(run(["--help"]).stdout).toMatch(/--sentences\s+tables: show the sentence each figure comes from/);
  });
});
