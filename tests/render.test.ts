import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "./helpers";
import { FORMATS } from "../src/render";
import { QUALIFIER_SIGNS, SIGN_MEANINGS } from "../src/render/notation";
import { SECTIONS, type ErrorRecord } from "../src/types";

const text =
  "“This is a deliberately long quotation that cannot possibly fit inside one narrow table cell and must wrap over lines,” said Margaret Thornbury-Castellanos, chief economist at the Northern Agricultural Development Cooperative.";
const result = analyze(text, { source: { path: "long.txt" } });

describe("renderers", () => {
  test("json: one line per record, parseable, identical to the result", () => {
    const out = FORMATS.json({ pretty: false, color: false, width: 80, sections: SECTIONS }).record(result);
    expect(out.endsWith("\n")).toBe(true);
    expect(out.trimEnd().includes("\n")).toBe(false);
    expect(JSON.parse(out)).toEqual(result);
  });

  test.each([40, 60, 80, 120])("table at %i columns: no line wider, no word lost or split", (width) => {
    const out = FORMATS.table({ pretty: false, color: false, width, sections: SECTIONS }).record(result);
    for (const line of out.split("\n")) expect([...line].length).toBeLessThanOrEqual(width);
    // the quote, read back from its entry's lines, is whole: wrapped at spaces, never cut
    const lines = out.split("\n");
    const from = lines.findIndex((l) => l.startsWith("Quotes ("));
    const entry = lines.slice(from + 1).filter((l) => l.startsWith("  ") && !/^  \(|^  \[/.test(l));
    const joined = entry.map((l) => l.trim()).join(" ");
    expect(joined).toContain(`“${result.quotes[0].flat}”`);
    // every word of the description is on some line whole
    for (const word of result.people[0].description!.split(" ")) expect(out).toMatch(new RegExp(`(^|\\s)${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s|$)`, "m"));
  });

  test("at 60 columns a hyphenated word stays whole ('87-year-old'), and so does every word that fits a column", () => {
    const r = analyze("Margaret Thornbury-Castellanos, an 87-year-old grandmother of twelve, said the government had failed pensioners again.", { source: { path: "a.txt" } });
    const out = FORMATS.table({ pretty: false, color: false, width: 60, sections: ["people", "figures"] }).record(r);
    expect(out).toContain("87-year-old");
    expect(out).toContain("Thornbury-Castellanos");
    for (const line of out.split("\n")) expect([...line].length).toBeLessThanOrEqual(60);
  });

  test("compact: no rules, the counts line right under the title, sections in reader order, singular and plural right", () => {
    const r = analyze("“We will hold,” said Maria Lopez in Almaty, Kazakhstan.", { source: { path: "a.txt" } });
    const out = FORMATS.table({ pretty: false, color: false, width: 80, sections: SECTIONS }).record(r);
    expect(out).not.toMatch(/[─│┌┐└┘├┤┼]/);
    const lines = out.split("\n");
    expect(lines[1]).toBe("1 person, 1 quote, 1 country, 1 place");
    const titles = lines.filter((l) => /^[A-Z][a-z ]+( \(|:)/.test(l)).map((l) => l.replace(/ \(.*$/, ""));
    // the empty sections named together, in the same order, at the end
    expect(titles).toEqual(["People", "Quotes", "Countries", "Places", "None found: figures, organizations, other names"]);
  });

  test("the sample article fits in about 70 lines at 80 columns", () => {
    const sample = readFileSync(join(__dirname, "..", "samples", "mt-kazakhstan-crisis.txt"), "utf8");
    const out = FORMATS.table({ pretty: false, color: false, width: 80, sections: SECTIONS }).record(analyze(sample, { source: { path: "s.txt" } }));
    const lines = out.trimEnd().split("\n").length;
    // 205 lines with a rule under every row; the sample's contents may change as the analysis improves
    expect(lines).toBeLessThanOrEqual(85);
    for (const line of out.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
  });

  test("table: error records leave stdout to results (their message goes to stderr)", () => {
    const err: ErrorRecord = { schema: "kz-analyze/1", source: { path: "x" }, error: { code: "ENOENT", message: "x: no such file" } };
    expect(FORMATS.table({ pretty: false, color: false, width: 80, sections: SECTIONS }).record(err)).toBe("");
  });
});

describe("render-local notation", () => {
  test("the table's qualifier signs are for qualifiers the figure stage reads, each sign explained", () => {
    // the renderers keep the signs (they import only the contract); the qualifiers are the stage's
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { QUALIFIERS } = require("../src/words/numbers") as typeof import("../src/words/numbers");
    for (const sign of Object.values(QUALIFIER_SIGNS)) expect(SIGN_MEANINGS[sign]).toBeDefined();
    const known = new Set(QUALIFIERS.map((q) => q.join(" ")));
    for (const q of Object.keys(QUALIFIER_SIGNS)) expect(known.has(q)).toBe(true);
  });

  test("renderers import only the contract's types and render-local modules", () => {
    const dir = join(__dirname, "..", "src", "render");
    for (const file of readdirSync(dir)) {
      const src = readFileSync(join(dir, file), "utf8");
      const imports = [...src.matchAll(/from "(\.[^"]+)"/g)].map((m) => m[1]);
      const outside = imports.filter((i) => !i.startsWith("./") && i !== "../types" && i !== "../summary-types");
      expect({ file, outside }).toEqual({ file, outside: [] });
    }
  });
});
