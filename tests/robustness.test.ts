// Robustness of the analysis core: for any text it never throws, its result validates against the
// schema and every offset slices the text to exactly the span's own text (property-based, with
// fast-check); and inputs built to trip superlinear code finish in seconds.
import fc from "fast-check";
import { join } from "node:path";
import { createAnalyzer } from "../src/analyze";
import { loadModels } from "../src/models";
import type { Result } from "../src/types";
import { analyze, ROOT, schemaErrors } from "./helpers";

/** Every span in a result, checked against the text it claims to index. */
function offsetProblems(text: string, r: Result): string[] {
  const bad: string[] = [];
  const check = (what: string, s: { start: number; end: number; text?: string } | null) => {
    if (!s) return;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length)) {
      bad.push(`${what}: [${s.start}, ${s.end}) outside the text (${text.length})`);
    } else if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) {
      bad.push(`${what}: ${JSON.stringify(text.slice(s.start, s.end))} ≠ ${JSON.stringify(s.text)}`);
    }
  };
  for (const kind of ["people", "organizations", "countries", "places"] as const) {
    for (const e of r[kind]) for (const m of e.mentions) check(`${kind} ${e.name}`, m);
  }
  for (const q of r.quotes) {
    check("quote", q);
    check("speakerMention", q.speakerMention);
  }
  for (const f of r.figures) check("figure", f);
  check("article.body", r.article.body);
  for (const x of r.article.extras) check(`extra ${x.kind}`, x);
  return bad;
}

function expectSound(text: string): void {
  let r: Result | undefined;
  expect(() => {
    r = analyze(text);
  }).not.toThrow();
  expect(schemaErrors(r)).toEqual([]);
  expect(offsetProblems(text, r as Result)).toEqual([]);
  expect(contractProblems(r as Result)).toEqual([]);
}

/** The contract's rules beyond the schema: list order, counts, speakers from the lists (or of a non-entity kind), one entry per name. */
function contractProblems(r: Result): string[] {
  const bad: string[] = [];
  for (const kind of ["people", "organizations", "countries", "places"] as const) {
    const list = r[kind];
    list.forEach((e, i) => {
      if (e.count !== e.mentions.length) bad.push(`${kind} ${e.name}: count ${e.count} but ${e.mentions.length} mentions`);
      for (const m of e.mentions) if (/['’]s$/.test(m.text)) bad.push(`${kind} ${e.name}: possessive in mention "${m.text}"`);
      const prev = list[i - 1];
      if (prev && (prev.count < e.count || (prev.count === e.count && prev.mentions[0].start > e.mentions[0].start))) bad.push(`${kind}: ${e.name} out of order`);
    });
  }
  const names = new Set([...r.people, ...r.organizations].map((e) => e.name));
  const countries = new Set(r.countries.map((e) => e.name));
  // a person's, organisation's or country's name is listed; a source no entity names (document, group, other) is its own words
  for (const q of r.quotes) {
    if (q.speaker === null) {
      if (q.speakerKind !== null) bad.push(`no speaker but speakerKind ${q.speakerKind}`);
    } else if (q.speakerKind === "person" || q.speakerKind === "organization") {
      if (!names.has(q.speaker)) bad.push(`speaker ${q.speaker} is in neither people nor organizations`);
    } else if (q.speakerKind === "country") {
      if (!countries.has(q.speaker)) bad.push(`speaker ${q.speaker} is not in countries`);
    } else if (q.speakerKind !== "document" && q.speakerKind !== "group" && q.speakerKind !== "other") bad.push(`speaker ${q.speaker} of kind ${q.speakerKind}`);
  }
  // one entry per real-world entity: a person is never also anything else, a country never a place;
  // an organisation may share its place's name (a club named after its city is another entity)
  const seen = new Map<string, string>();
  for (const kind of ["people", "organizations", "countries", "places"] as const) {
    for (const e of r[kind]) {
      const k = e.name.toLowerCase();
      const before = seen.get(k);
      if (before && !(before === "organizations" && kind === "places")) bad.push(`${e.name} listed as ${before} and ${kind}`);
      if (!before) seen.set(k, kind);
    }
  }
  return bad;
}

// Pieces of news text and of what goes wrong with it: names, titles, quote marks of every kind,
// reporting verbs, numbers, odd whitespace (CRLF, lone CR, tabs, NBSP, zero-width space, soft
// hyphen), stray control characters and replacement characters.
const PIECES = [
  "Kassym-Jomart Tokayev", "President", "Andrei Kortunov", "Kortunov", "Russia", "Russian", "Kazakh", "the CSTO",
  "Collective Security Treaty Organization (CSTO)", "Almaty", "Mr.", "U.S.", "he", "she", "they", "said", "told",
  "according to", "“", "”", "\"", "'", "‘", "’", "«", "»", "``", "''", "(", ")", ",", ".", ":", "!", "?", "…", "—",
  "-", "3,000", "twelve", "32%", "$1.2 billion", "at least", "dozens of", "10 to 15", "1990s", "81-year-old", "troops",
  "killed", "protesters", "poll", "the", "of", "and", "in", "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\u200b",
  "Kor\u00adtunov", "\ufeff", "\u0000", "\ufffd", "😀", "Ж", "François", "From MT:", "^", "Posted by admin",
];
const newsy = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).chain((pieces) =>
  fc.array(fc.constantFrom(" ", "", " ", "  "), { minLength: pieces.length, maxLength: pieces.length }).map((gaps) => pieces.map((p, i) => p + gaps[i]).join("")),
);

describe("analysis of arbitrary text", () => {
  test("any string: never throws, validates, offsets exact", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), expectSound), { numRuns: 300 });
  });

  test("any string of ASCII and common punctuation", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."Aa Bb.,;:\"'“”‘’()-\n\r\t0123456789$%"), maxLength: 400 }), expectSound), {
      numRuns: 300,
    });
  });

  test("news-like text built from tricky pieces", () => {
    fc.assert(fc.property(newsy, expectSound), { numRuns: 400 });
  });

  test("found cases stay fixed: unbalanced marks around a name; a name after a comma opening the text; a site's prefix ending the text", () => {
    expectSound("“(“(Andrei Kortunov ” said « he \r\n“");
    expectSound(", AlmatyKazakh ' \r and Ж ");
    expectSound("Jets flew from RAF");
    expectSound("RAF Fairford");
  });
});

// Each of these took from 20 s to minutes (quadratic or cubic time) before their fix; linear code
// does each in well under 2 s. The bound is generous for a busy machine.
const LIMIT_MS = 15_000; // superlinear work took 20 s to minutes; linear takes at most 6 s here on a loaded machine
const timed = (make: () => string) => () => {
  const text = make();
  const t0 = Date.now();
  const r = analyze(text);
  const ms = Date.now() - t0;
  expect(schemaErrors(r)).toEqual([]);
  expect(ms).toBeLessThan(LIMIT_MS);
};
const repeat = (s: string, size: number) => s.repeat(Math.ceil(size / s.length));
let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const name = () => String.fromCharCode(65 + Math.floor(rnd() * 26)) + Array.from({ length: 5 }, () => "aeioubdfgklmnprstvz"[Math.floor(rnd() * 19)]).join("");

describe("pathological inputs finish in seconds", () => {
  test("a 1 MB line with no punctuation", timed(() => repeat("alpha beta gamma delta omega ", 1_000_000)));
  test("100,000 unmatched quote marks", timed(() => "“".repeat(50_000) + "\"".repeat(25_000) + "« ‘ ".repeat(6_250)));
  test(
    "600 KB of capitalised tokens, all different names",
    timed(() => {
      let s = "";
      while (s.length < 600_000) s += `${name()} ${name()} met ${name()} of the ${name()} Council (${name().slice(0, 3).toUpperCase()}) in ${name()}. `;
      return s;
    }),
  );
  test("quote marks and reporting verbs with no sentence end", timed(() => repeat("“ said \"", 200_000)));
  test("opening marks and brackets in one run", timed(() => repeat("“(", 200_000) + "a”"));
  test("a run of dots (rescanned for an e-mail address)", timed(() => ".".repeat(300_000)));
  test("thousands of figures in one sentence", timed(() => repeat("10 to 12 and 3,000 troops and ", 200_000)));
  test("lines that each open a bracket", timed(() => repeat("(\n", 300_000)));
  test("pronouns and quotes with no person", timed(() => repeat("“Yes,” he said. ", 200_000)));
  test("acronyms separated by words", timed(() => Array.from({ length: 25_000 }, () => `the ${name().slice(0, 3).toUpperCase()} and`).join(" ")));
});

describe("the core is pure", () => {
  const text = "ALMATY — Kazakh President Kassym-Jomart Tokayev said 3,000 Russian troops would leave. “It is over,” he said.";

  test("the analysis core (src/analyze.ts and everything it imports) imports no Node module: no file, process or network access", async () => {
    const { build } = await import("esbuild");
    const out = await build({ entryPoints: [join(ROOT, "src", "analyze.ts")], bundle: true, platform: "node", write: false, metafile: true, logLevel: "silent" });
    const imports = Object.entries(out.metafile.inputs).flatMap(([file, i]) => i.imports.filter((x) => x.external).map((x) => `${file} → ${x.path}`));
    expect(imports).toEqual([]);
    // and models/ is read only by loadModels, which the core does not import
    expect(Object.keys(out.metafile.inputs)).not.toContain("src/models.ts");
  });

  test("createAnalyzer() builds from the models it is given, and the analysis then reads no file", () => {
    const models = loadModels();
    const fs = require("node:fs") as typeof import("node:fs");
    // a country no lexicon knows, added to a copy of the lexicon: only these models know it
    const lexicon = JSON.parse(JSON.stringify(models.lexicon));
    lexicon.countries.push({ name: "Freedonia", code: "XF", aliases: [], capital: [] });
    const spies = (["readFileSync", "openSync", "existsSync", "statSync", "readdirSync"] as const).map((f) => jest.spyOn(fs, f));
    try {
      const analyze = createAnalyzer({ ...models, lexicon });
      const r = analyze(`${text} Freedonia sent envoys.`);
      expect(r.people.map((p) => p.name)).toContain("Kassym-Jomart Tokayev");
      expect(r.countries.map((c) => c.code)).toContain("XF");
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(createAnalyzer(models)(`Freedonia sent envoys.`).countries.map((c) => c.code)).not.toContain("XF");
  });
});
