// CSV and TSV read back by a spreadsheet engine (SheetJS): the rows the JSON has, section by
// section, and no cell evaluated as a formula however the text begins.
import * as XLSX from "xlsx";
import { csvColumns, csvRenderer, guardCell, tsvRenderer } from "../src/render/csv";
import { SCHEMA, SECTIONS, type Result } from "../src/types";
import { jsonLines, run, SAMPLE } from "./helpers";

/** The sheet a spreadsheet makes of the text: rows of cells as SheetJS reads them (t: type, v: value, f: formula). */
function sheet(text: string, asFile = false): XLSX.CellObject[][] {
  // as text (an import that is told UTF-8), or as a file's bytes, the way a double-click opens it:
  // then only a byte-order mark says UTF-8 (--bom), as in Excel
  const wb = asFile ? XLSX.read(Buffer.from(text, "utf8"), { type: "buffer" }) : XLSX.read(text, { type: "string" });
  const ws = wb.Sheets[wb.SheetNames[0]];
  const range = XLSX.utils.decode_range(ws["!ref"]!);
  const rows: XLSX.CellObject[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: XLSX.CellObject[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) row.push(ws[XLSX.utils.encode_cell({ r, c })] ?? { t: "z" });
    rows.push(row);
  }
  return rows;
}

const hostile: Result = {
  schema: SCHEMA,
  source: { path: "hostile.txt" },
  article: { title: "=1+1", publication: null, date: null, authors: [], paragraphs: 1, sentences: 1, words: 9, body: { start: 0, end: 9 }, extras: [] },
  people: [{ name: "@SUM(A1:A9)", aliases: ["+cmd|' /C calc'!A0"], count: 1, mentions: [], description: "-2+3" }],
  organizations: [],
  countries: [],
  places: [],
  other: [],
  quotes: [{ text: '=HYPERLINK("http://evil.example","click")', flat: '=HYPERLINK("http://evil.example","click")', start: 0, end: 9, kind: "direct", speaker: "\tTab Start", speakerKind: "person", speakerMention: null, cue: "said" }],
  figures: [{ text: "-2.5%", start: 0, end: 5, value: -2.5, approximate: false, qualifier: null, unit: "%", subject: "＝cmd", category: "percentage", sentence: "Output fell\n-2.5%." }],
};

describe("CSV", () => {
  test("the sample: one row per item, the section column saying which, as many rows as the JSON has items", () => {
    const csv = run([SAMPLE, "--format", "csv"]);
    expect(csv.status).toBe(0);
    const [json] = jsonLines(run([SAMPLE, "--json"]).stdout);
    const rows = sheet(csv.stdout);
    const head = rows[0].map((c) => c.v);
    expect(head).toEqual(csvColumns(SECTIONS));
    const col = (name: string) => head.indexOf(name);
    const bySection = new Map<string, number>();
    for (const r of rows.slice(1)) bySection.set(String(r[col("section")].v), (bySection.get(String(r[col("section")].v)) ?? 0) + 1);
    for (const s of ["people", "organizations", "countries", "places", "quotes", "figures"]) expect([s, bySection.get(s) ?? 0]).toEqual([s, json[s].length]);
    // the quotes' text is the one-line form, the names are the JSON's, in order
    const quotes = rows.slice(1).filter((r) => r[col("section")].v === "quotes");
    expect(quotes.map((r) => r[col("text")].v)).toEqual(json.quotes.map((q: { flat: string }) => q.flat));
    const people = rows.slice(1).filter((r) => r[col("section")].v === "people");
    expect(people.map((r) => [r[col("name")].v, r[col("count")].v])).toEqual(json.people.map((p: { name: string; count: number }) => [p.name, p.count]));
    expect(rows.flat().filter((c) => c.f !== undefined)).toEqual([]);
  });

  test("no formula is evaluated: text starting = + - @ tab stays text; numbers stay numbers", () => {
    const text = csvRenderer({ pretty: false, color: false, width: 80, sections: SECTIONS }).record(hostile);
    const rows = sheet(csvRenderer({ pretty: false, color: false, width: 80, sections: SECTIONS }).begin!() + text);
    const cells = rows.flat();
    expect(cells.filter((c) => c.f !== undefined)).toEqual([]);
    const values = cells.map((c) => c.v);
    expect(values).toEqual(expect.arrayContaining(["'=1+1", "'@SUM(A1:A9)", "'-2+3", `'=HYPERLINK("http://evil.example","click")`, "'\tTab Start", "'＝cmd"]));
    const head = rows[0].map((c) => c.v);
    const fig = rows.find((r) => r[head.indexOf("section")].v === "figures")!;
    expect(fig[head.indexOf("value")]).toMatchObject({ t: "n", v: -2.5 });
    expect(fig[head.indexOf("sentence")].v).toBe("Output fell -2.5%.");
    expect(["=", "+x", "-", "-12.5", "1e5"].map(guardCell)).toEqual(["=", "'+x", "-", "-12.5", "1e5"]);
  });

  test("--only one section: its columns only, no section column; --bom starts with a byte-order mark", () => {
    const r = run([SAMPLE, "--format", "csv", "--only", "quotes", "--bom"]);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith("\ufeffpath,id,title,date,kind,speaker,speaker_kind,cue,text,start,end\r\n")).toBe(true);
    const rows = sheet(r.stdout, true);
    expect(rows[0][0].v).toBe("path");
    // read as a file, the byte-order mark keeps “curly quotes” and ’ whole
    expect(rows.slice(1).map((row) => row[8].v)).toContain("I don’t think Russia had any choice but to intervene,");
    expect(rows.length - 1).toBe(jsonLines(run([SAMPLE, "--json", "--only", "quotes"]).stdout)[0].quotes.length);
  });

  test("a folder: one header, then every article's rows; --summary as rows too", () => {
    const dir = require("node:path").join(__dirname, "fixtures", "figures");
    const r = run([dir, "--format", "csv", "--only", "figures", "-q"]);
    expect(r.status).toBe(0);
    expect(r.stdout.split("\r\n").filter((l) => l.startsWith("path,")).length).toBe(1);
    const paths = new Set(sheet(r.stdout).slice(1).map((row) => row[0].v));
    expect(paths.size).toBe(13);
    const s = run([dir, "--format", "csv", "--summary", "-q"]);
    expect(s.stdout.split("\r\n")[0]).toBe("section,name,detail,articles,mentions");
  });
});

describe("TSV", () => {
  test("tab-separated, one line per row: tabs and line breaks inside cells become spaces", () => {
    const o = { pretty: false, color: false, width: 80, sections: SECTIONS };
    const out = tsvRenderer(o).begin!() + tsvRenderer(o).record(hostile);
    const lines = out.split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(4); // header, a person, a quote, a figure
    for (const l of lines) expect(l.split("\t")).toHaveLength(csvColumns(SECTIONS).length);
    expect(out).toContain("\t Tab Start\t");
  });
});
