import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../src/analyze";
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

  test.each([40, 60, 80, 120])("table at %i columns: no line wider, no word lost", (width) => {
    const out = FORMATS.table({ pretty: false, color: false, width, sections: SECTIONS }).record(result);
    for (const line of out.split("\n")) expect([...line].length).toBeLessThanOrEqual(width);
    // the Quote column, read back line by line, holds the whole quote: wrapped, never cut
    const lines = out.split("\n");
    const from = lines.findIndex((l) => l.startsWith("Quotes ("));
    const column = lines
      .slice(from + 4)
      .filter((l) => l.startsWith("│"))
      .map((l) => l.split("│")[2].trim())
      .join("");
    expect(column.replace(/[“”\s]/g, "")).toBe(result.quotes[0].text.replace(/\s/g, ""));
  });

  test("table: error records leave stdout to results (their message goes to stderr)", () => {
    const err: ErrorRecord = { schema: "kz-analyze/1", source: { path: "x" }, error: { code: "ENOENT", message: "x: no such file" } };
    expect(FORMATS.table({ pretty: false, color: false, width: 80, sections: SECTIONS }).record(err)).toBe("");
  });
});

describe("render-local notation", () => {
  test("the table's qualifier signs are the figure stage's, sign for sign", () => {
    // the renderers keep their own copy (they import only the contract); this keeps the two in step
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { QUALIFIER_SIGNS: stage, QUALIFIERS } = require("../src/extract/figures/vocab") as typeof import("../src/extract/figures/vocab");
    expect({ ...QUALIFIER_SIGNS }).toEqual({ ...stage });
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
