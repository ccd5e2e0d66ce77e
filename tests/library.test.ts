// The library for Node programs: analyze() on a string or a Buffer reads as the command does
// (decoding, HTML extraction and metadata), says source.path as given, ships type declarations, and
// the ESM and CommonJS examples run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze, AnalyzeError, analyzeFile } from "../src/index";
import { jsonLines, ROOT, run, SAMPLE, schemaErrors } from "./helpers";

const page = (title: string) =>
  `<!doctype html><html><head><title>${title}</title><meta name="author" content="Jane Smith"><meta property="article:published_time" content="2022-01-07T09:00:00Z"></head>` +
  `<body><nav>Home | World</nav><article><h1>${title}</h1><p>${"Andrei Kortunov said the talks in Moscow had ended without a deal. ".repeat(5)}</p></article></body></html>`;

describe("analyze() for Node programs", () => {
  test("a Buffer of the sample gives the command's JSON result exactly, source.path as given", () => {
    const fromCli = jsonLines(run([SAMPLE, "--json"]).stdout)[0];
    const viaLibrary = analyze(readFileSync(SAMPLE), { path: SAMPLE });
    expect(JSON.parse(JSON.stringify(viaLibrary))).toEqual(fromCli);
    expect(schemaErrors(viaLibrary)).toEqual([]);
    expect(analyzeFile(SAMPLE).people).toEqual(fromCli.people);
  });

  test("a string is text already; without a path, source.path is '-'", () => {
    const r = analyze("“We will win,” said Maria Lopez.");
    expect(r.source.path).toBe("-");
    expect(r.quotes.map((q) => [q.speaker, q.flat])).toEqual([["Maria Lopez", "We will win,"]]);
    expect(analyze("Maria Lopez spoke.", { path: "notes/a.txt" }).source.path).toBe("notes/a.txt");
  });

  test("HTML: by extension or look (auto), or as told; the article's text, title, date and authors; offsets index source.text", () => {
    const html = page("Talks end in Moscow");
    for (const r of [analyze(Buffer.from(html), { path: "talks.html" }), analyze(html), analyze(Buffer.from(html), { path: "talks", html: true })]) {
      expect(r.source.format).toBe("html");
      expect([r.article.title, r.article.date, r.article.authors]).toEqual(["Talks end in Moscow", "2022-01-07", ["Jane Smith"]]);
      const text = r.source.text as string;
      expect(text).not.toContain("Home | World");
      for (const m of r.people[0].mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    const plain = analyze(html, { html: false });
    expect(plain.source.format).toBeUndefined();
    expect(plain.source.text).toBeUndefined();
  });

  test("the command's decoding: UTF-16 with a byte-order mark, Windows-1252", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("“Yes,” said Maria Lopez.", "utf16le")]);
    expect(analyze(utf16).source.encoding).toBe("utf-16le");
    expect(analyze(utf16).people[0].name).toBe("Maria Lopez");
    const cp1252 = Buffer.from([0x93, ...Buffer.from("Yes,", "latin1"), 0x94, ...Buffer.from(" said Jos\xe9 Garc\xeda.", "latin1")]);
    const r = analyze(cp1252);
    expect(r.source.encoding).toBe("windows-1252");
    expect(r.quotes[0].text).toBe("Yes,");
  });

  test("what is no text is refused with the command's code", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => analyze(png, { path: "a.png" })).toThrow(AnalyzeError);
    expect(() => analyze(png, { path: "a.png" })).toThrow(/a\.png: not text: looks like a PNG image/);
    expect(() => analyzeFile(join(ROOT, "no-such-file.txt"))).toThrow(expect.objectContaining({ code: "ENOENT" }));
    // @ts-expect-error a number is no article
    expect(() => analyze(42)).toThrow(TypeError);
  });
});

describe("the package", () => {
  test("ships type declarations (package.json types and exports) that type a program, and catch a wrong one", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(existsSync(join(ROOT, pkg.types))).toBe(true);
    expect(pkg.exports["."].types).toBe(`./${pkg.types}`);
    const tsc = require.resolve("typescript/bin/tsc");
    const flags = ["--noEmit", "--strict", "--module", "node16", "--moduleResolution", "node16", "--target", "es2022", "--types", "node", "--skipLibCheck"];
    // one compiler run over the typed example and a wrong program; a file inside the package, so
    // "kz-analyze" resolves to the package itself, as it would from node_modules
    const dir = mkdtempSync(join(ROOT, "examples", "library", ".tmp-"));
    const bad = join(dir, "bad.ts");
    writeFileSync(bad, 'import { analyze } from "kz-analyze";\nconst n: number = analyze("x").article.title;\nconsole.log(n);\n');
    const r = spawnSync(process.execPath, [tsc, ...flags, join(ROOT, "examples", "library", "typed.ts"), bad], { encoding: "utf8", cwd: ROOT });
    rmSync(dir, { recursive: true, force: true });
    // the only error is the wrong program's (continuation lines of a message are indented)
    const errors = r.stdout.split("\n").filter((l) => /error TS\d+/.test(l));
    expect(errors).toEqual([expect.stringMatching(/bad\.ts\(2,7\): error TS2322: Type 'string \| null' is not assignable to type 'number'/)]);
    expect(r.stdout).not.toMatch(/TS7016/);
  });

  test.each([
    ["esm.mjs", /^example\.txt: 1 people, 1 quotes, 1 figures\nMaria Lopez: We will not stand by,\ntroops: 3000 \(3,000 troops\)\nTalks end \(2022-01-07\): Andrei Kortunov\n$/],
    ["cjs.cjs", /^Kassym-Jomart Tokayev \(Kazakh President\): 2 mentions at 17-38, 62-69\nENOTTEXT: photo\.png: not text: looks like a PNG image\n$/],
  ])("examples/library/%s runs", (file, expected) => {
    const r = spawnSync(process.execPath, [join(ROOT, "examples", "library", file)], { encoding: "utf8", cwd: tmpdir() });
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(expected);
    expect(r.status).toBe(0);
  });
});
