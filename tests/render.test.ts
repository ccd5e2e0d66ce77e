import { analyze } from "../src";
import { FORMATS } from "../src/render";
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
