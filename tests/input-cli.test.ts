// End to end: bad and odd inputs through the built command, each made here in a temp folder.
// Every input must give one JSON line (a result or an error record) in order, a one-line message
// on stderr for each failure, no stack trace, and never a hang.
import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, jsonLines, run, SAMPLE, schemaErrors } from "./helpers";

const NO_STACK = /\n\s+at |Error:.*\n.*node:/;
const made: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), "kz-input-"));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Every mention, quote and figure of a result slices `text` to exactly its own text. */
function expectExactOffsets(text: string, res: any): void {
  for (const k of ["people", "organizations", "countries", "places"]) for (const e of res[k]) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const q of res.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  for (const f of res.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
}

const STORY = "François Hollande met Angela Merkel in Berlin on Monday.\n\n“We agree on Ukraine,” said Hollande. Officials said 3,000 troops stayed.\n";

describe("encodings", () => {
  const dir = tmp();
  const files: Record<string, Buffer> = {
    "1-utf8.txt": Buffer.from(STORY, "utf8"),
    "2-utf8-bom.txt": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STORY, "utf8")]),
    "3-utf16le.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, "utf16le")]),
    "4-utf16be.txt": Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(STORY, "utf16le").swap16()]),
    // “ and ” are 0x93 and 0x94 in Windows-1252; Latin-1 has no curly quotes
    "5-cp1252.txt": Buffer.from(STORY.replace("“", "\u0093").replace("”", "\u0094"), "latin1"),
    "6-mojibake.txt": Buffer.from(Buffer.from(STORY, "utf8").toString("latin1").replace("\u00e2\u0080\u009c", "â€œ").replace("\u00e2\u0080\u009d", "â€\u009d"), "utf8"),
    "7-bad-bytes.txt": Buffer.concat([Buffer.from(STORY, "utf8"), Buffer.from([0xff, 0x0a]), Buffer.from("Ça va — «oui».", "utf8"), Buffer.from([0xe2, 0x80])]),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  const r = run([dir, "--json"]);
  const lines = jsonLines(r.stdout);
  const byName = (n: string) => lines.find((l) => l.source.path.endsWith(n));

  test("each file is one valid result, in sorted order, exit 0", () => {
    expect(r.status).toBe(0);
    expect(lines.map((l) => l.source.path)).toEqual(Object.keys(files).sort().map((n) => join(dir, n)));
    for (const l of lines) expect(schemaErrors(l)).toEqual([]);
  });

  test.each([
    ["1-utf8.txt", "utf-8"],
    ["2-utf8-bom.txt", "utf-8-bom"],
    ["3-utf16le.txt", "utf-16le"],
    ["4-utf16be.txt", "utf-16be"],
    ["5-cp1252.txt", "windows-1252"],
    ["6-mojibake.txt", "utf-8"],
  ])("%s: read as %s, names and quotes found, offsets index the decoded text", (name, encoding) => {
    const res = byName(name);
    expect(res.source.encoding).toBe(encoding);
    expect(res.people.map((p: any) => p.name)).toEqual(expect.arrayContaining(["François Hollande", "Angela Merkel"]));
    expect(res.quotes[0]).toMatchObject({ text: "We agree on Ukraine,", speaker: "François Hollande" });
    expectExactOffsets(STORY, res); // after the BOM, after repair: the story as written
  });

  test("a guessed encoding and a repair are said in source and on stderr", () => {
    expect(byName("5-cp1252.txt").source.warnings.join(" ")).toMatch(/Windows-1252/);
    expect(byName("6-mojibake.txt").source).toMatchObject({ offsets: "repaired-text", text: STORY });
    // plainly decoded inputs do not repeat their text
    expect(byName("5-cp1252.txt").source.text).toBeUndefined();
    expect(r.stderr).toMatch(/note: .*5-cp1252\.txt: not valid UTF-8/);
    expect(r.stderr).toMatch(/note: .*6-mojibake\.txt: repaired 3 mojibake sequences/);
  });

  test("invalid bytes in UTF-8 text are replaced, the rest analysed", () => {
    const res = byName("7-bad-bytes.txt");
    expect(res.source.encoding).toBe("utf-8");
    expect(res.source.warnings.join(" ")).toMatch(/2 invalid UTF-8 byte sequences replaced/);
    expectExactOffsets(`${STORY}\ufffd\nÇa va — «oui».\ufffd`, res);
    expect(res.people.map((p: any) => p.name)).toContain("Angela Merkel");
  });
});

describe("files that are not text", () => {
  test("PDF, PNG, ZIP, ELF: error records saying what they look like; the text beside them is analysed", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.txt"), Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "latin1"));
    writeFileSync(join(dir, "b.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(dir, "c.txt"), STORY);
    writeFileSync(join(dir, "d.md"), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), Buffer.alloc(22), Buffer.from("notes.txt")]));
    writeFileSync(join(dir, "e.txt"), Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(64)]));
    const r = run([dir, "--json"]);
    expect(r.status).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(5);
    for (const l of lines) expect(schemaErrors(l)).toEqual([]);
    expect(lines.map((l) => l.error?.code ?? "ok")).toEqual(["ENOTTEXT", "ENOTTEXT", "ok", "ENOTTEXT", "ENOTTEXT"]);
    expect(lines[0].error.message).toMatch(/a\.txt: not text: looks like a PDF document/);
    expect(lines[1].error.message).toMatch(/looks like a PNG image/);
    expect(lines[3].error.message).toMatch(/looks like a ZIP archive/);
    expect(lines[4].error.message).toMatch(/looks like an ELF executable/);
    expect(lines[2].people.length).toBeGreaterThan(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(4);
    expect(r.stderr).not.toMatch(NO_STACK);
  });
});

describe("HTML", () => {
  const page =
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Hollande and Merkel meet in Berlin</title></head><body>" +
    "<header><a href='/'>News</a> <a href='/world'>World</a></header><main><article><h1>Hollande and Merkel meet in Berlin</h1>" +
    "<p>François Hollande met Angela Merkel in Berlin on Monday for talks on the war in Ukraine and the sanctions on Russia.</p>" +
    "<p>“We agree on Ukraine,” said Hollande after the meeting, which lasted three hours. Officials said 3,000 troops stayed in the region.</p>" +
    "<p>Merkel said the two countries would keep working together &amp; would meet again in Paris next month.</p>" +
    "</article></main><footer>© 2024 Example News. All rights reserved.</footer><script>var tracking = 'Vladimir Putin';</script></body></html>";

  test("main text extracted, title from the page, source says offsets index the extracted text", () => {
    const dir = tmp();
    writeFileSync(join(dir, "story.html"), page);
    writeFileSync(join(dir, "saved.txt"), page); // sniffed from the content
    const r = run([join(dir, "story.html"), join(dir, "saved.txt"), "--json"]);
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(2);
    for (const res of lines) {
      expect(schemaErrors(res)).toEqual([]);
      expect(res.source).toMatchObject({ format: "html", offsets: "extracted-text" });
      // the extracted text comes with the result, and every offset slices it exactly
      expect(typeof res.source.text).toBe("string");
      expectExactOffsets(res.source.text, res);
      expect(res.article.title).toBe("Hollande and Merkel meet in Berlin");
      expect(res.people.map((p: any) => p.name)).toEqual(expect.arrayContaining(["François Hollande", "Angela Merkel"]));
      expect(res.people.map((p: any) => p.name)).not.toContain("Vladimir Putin"); // scripts are not text
      expect(res.quotes[0]).toMatchObject({ text: "We agree on Ukraine,", speaker: "François Hollande" });
      expect(res.figures.map((f: any) => f.value)).toContain(3000);
      expect(res.organizations.map((o: any) => o.name).join(" ")).not.toMatch(/Example News/); // the footer is not the article
    }
  });

  test("folders pick up .html and .htm by default", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.htm"), page);
    writeFileSync(join(dir, "b.html"), page);
    expect(jsonLines(run([dir, "--json"]).stdout).map((l) => l.source.format)).toEqual(["html", "html"]);
  });
});

describe("edge sizes", () => {
  test("empty and whitespace-only files give valid empty results", () => {
    const dir = tmp();
    const blanks = ["", " ", "\n\n\n", "\r\n\r\n", "\t \u00a0\u200b\n\u3000", "\ufeff"];
    blanks.forEach((t, i) => writeFileSync(join(dir, `${i}.txt`), t));
    const r = run([dir, "--json"]);
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(blanks.length);
    for (const res of lines) {
      expect(schemaErrors(res)).toEqual([]);
      expect(res.error).toBeUndefined();
      expect(res.article.words).toBe(0);
      for (const k of ["people", "organizations", "countries", "places", "quotes", "figures"]) expect(res[k]).toEqual([]);
    }
  });

  test("a file over --max-bytes is refused without being read, with a message naming the limit", () => {
    const dir = tmp();
    writeFileSync(join(dir, "big.txt"), STORY.repeat(100)); // 12 KB
    writeFileSync(join(dir, "small.txt"), STORY);
    const r = run([join(dir, "big.txt"), join(dir, "small.txt"), "--json", "--max-bytes", "4K"]);
    expect(r.status).toBe(1);
    const [big, sample] = jsonLines(r.stdout);
    expect(big.error.code).toBe("ETOOBIG");
    expect(big.error.message).toMatch(/big\.txt: \d+\.\d KB, over the 4 KB limit of --max-bytes/);
    expect(sample.people.length).toBeGreaterThan(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("standard input over --max-bytes: refused once the limit is passed", () => {
    const r = run(["--json", "--max-bytes", "1K"], STORY.repeat(20));
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout)[0].error).toMatchObject({ code: "ETOOBIG", message: expect.stringMatching(/^standard input: over the 1 KB limit of --max-bytes/) });
  });

  test("the default limit is 10 MB", () => {
    const dir = tmp();
    writeFileSync(join(dir, "huge.txt"), Buffer.alloc(11 * 1024 * 1024, "word "));
    const r = run([join(dir, "huge.txt"), "--json"]);
    expect(jsonLines(r.stdout)[0].error.message).toMatch(/11 MB, over the 10 MB limit of --max-bytes/);
  });

  test("a bad --max-bytes is a usage error", () => {
    const r = run([SAMPLE, "--max-bytes", "lots"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--max-bytes: 'lots' is not a size/);
  });
});

describe("file system", () => {
  test("links, names and folders: one record per input, nothing dropped, messages on one line", () => {
    const dir = tmp();
    const sub = join(dir, "sub");
    mkdirSync(sub);
    writeFileSync(join(sub, "with space.txt"), STORY);
    writeFileSync(join(sub, "new\nline.txt"), STORY);
    writeFileSync(join(sub, "Москва.txt"), "Владимир Путин встретился с Ангелой Меркель.");
    symlinkSync("nowhere.txt", join(sub, "broken.txt"));
    symlinkSync("loop.txt", join(sub, "loop.txt"));
    symlinkSync("..", join(sub, "up")); // a folder loop: walked once
    mkdirSync(join(dir, "empty"));
    const r = run([dir, join(dir, "empty"), join(dir, "missing.txt"), "--json"]);
    expect(r.status).toBe(1);
    const lines = jsonLines(r.stdout);
    for (const l of lines) expect(schemaErrors(l)).toEqual([]);
    const got = lines.map((l) => [l.source.path, l.error?.code ?? "ok"]);
    expect(got).toEqual([
      [join(sub, "broken.txt"), "ENOENT"],
      [join(sub, "loop.txt"), "ELOOP"],
      [join(sub, "new\nline.txt"), "ok"],
      [join(sub, "with space.txt"), "ok"],
      [join(sub, "Москва.txt"), "ok"],
      [join(dir, "empty"), "ENOMATCH"],
      [join(dir, "missing.txt"), "ENOENT"],
    ]);
    expect(lines[0].error.message).toMatch(/broken symbolic link \(points to nowhere\.txt/);
    expect(lines[1].error.message).toMatch(/loop of symbolic links/);
    expect(lines[2].people.map((p: any) => p.name)).toContain("Angela Merkel");
    // one line per failure on stderr, whatever the names hold
    expect(r.stderr.trim().split("\n")).toHaveLength(4);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  test("a name that is not valid UTF-8 gets an error record, not silence", () => {
    const dir = tmp();
    writeFileSync(Buffer.from(`${dir}/caf\xe9.txt`, "latin1"), STORY);
    const r = run([dir, "--json"]);
    const [res] = jsonLines(r.stdout);
    expect(res.error.code).toBe("EBADNAME");
    expect(res.error.message).toMatch(/name is not valid UTF-8/);
  });

  test("devices are refused, never read", () => {
    const r = run(["/dev/zero", "/dev/null", SAMPLE, "--json"]);
    expect(r.status).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.error?.code ?? "ok")).toEqual(["ENOTREG", "ENOTREG", "ok"]);
    expect(lines[0].error.message).toBe("/dev/zero: not a regular file (a character device)");
  });

  test("a named pipe: read when someone writes to it, given up after a short wait when nobody does, skipped in folders", () => {
    const dir = tmp();
    const fifo = join(dir, "pipe.txt");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const t0 = Date.now();
    const idle = run([fifo, "--json"]);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(jsonLines(idle.stdout)[0].error).toMatchObject({ code: "ENODATA", message: expect.stringMatching(/named pipe with nothing written to it/) });
    // a writer that comes along after the reader started
    const fed = spawnSync("bash", ["-c", `(sleep 0.3; printf '%s' "$STORY" > "$FIFO") & "$NODE" "$BIN" "$FIFO" --json; wait`], {
      encoding: "utf8",
      env: { ...process.env, STORY, FIFO: fifo, NODE: process.execPath, BIN },
    });
    const [res] = jsonLines(fed.stdout);
    expect(res.people.map((p: any) => p.name)).toContain("Angela Merkel");
    // in a folder, a pipe is never opened (it could block): an error record says it was skipped
    writeFileSync(join(dir, "real.txt"), STORY);
    const walked = jsonLines(run([dir, "--json"]).stdout);
    expect(walked.map((l) => l.error?.code ?? "ok")).toEqual(["ENOTREG", "ok"]);
  });

  test("an unreadable file: permission denied, the others still analysed", () => {
    const dir = tmp();
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, "locked.txt"), STORY);
    chmodSync(join(dir, "locked.txt"), 0o000);
    writeFileSync(join(dir, "open.txt"), STORY);
    chmodSync(join(dir, "open.txt"), 0o644);
    // root reads everything: run as nobody then
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [BIN, dir, "--json"], { encoding: "utf8", ...asUser });
    expect(r.status).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.error?.code ?? "ok")).toEqual(["EACCES", "ok"]);
    expect(lines[0].error.message).toBe(`${join(dir, "locked.txt")}: permission denied`);
  });
});

describe("output", () => {
  const many = () => {
    const dir = tmp();
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `${String(i).padStart(2, "0")}.txt`), STORY.repeat(20));
    return dir;
  };

  test("stdout closed early (| head): stops at once, quietly, no stack trace", () => {
    const dir = many();
    const r = spawnSync("bash", ["-c", `"$NODE" "$BIN" "$DIR" --json 2>"$DIR/err" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"; cat "$DIR/err"`], {
      encoding: "utf8",
      env: { ...process.env, NODE: process.execPath, BIN, DIR: dir },
    });
    const [status, ...err] = r.stdout.trim().split("\n");
    expect(status).toBe("0");
    expect(err.join("\n")).toBe(""); // quiet, as Unix tools are when the reader goes away
  });

  test("a full disk (/dev/full): exit 1 with one line, no stack trace", () => {
    const full = openSync("/dev/full", "w");
    try {
      for (const args of [[many(), "--json"], [SAMPLE]]) {
        const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", stdio: ["ignore", full, "pipe"] });
        expect(r.status).toBe(1);
        expect(r.stderr).toBe("kz-analyze: cannot write output: no space left on device\n");
      }
    } finally {
      closeSync(full);
    }
  });
});

describe("line endings and odd characters", () => {
  const variants: Record<string, string> = {
    crlf: STORY.replace(/\n/g, "\r\n"),
    "lone CR": STORY.replace(/\n/g, "\r"),
    tabs: STORY.replace(/ /g, "\t"),
    "non-breaking spaces": STORY.replace(/ /g, "\u00a0"),
    "zero-width spaces": STORY.replace(/ /g, "\u200b ").replace(/\n\n/g, "\n\u200b\n"),
    "soft hyphens": STORY.replace(/Merkel/g, "Mer\u00adkel"),
    "hard-wrapped, a line of zero-width spaces between paragraphs":
      "François Hollande met Angela Merkel in Berlin on Monday for\ntalks on the war in Ukraine and on the sanctions against\nRussia, which both leaders want to keep in place for now.\n\u200b\u200b\n" +
      "“We agree on Ukraine,” said Hollande after the meeting, which\nlasted three hours. Officials said 3,000 troops stayed in the\nregion over the winter, as the talks went on in the city.\n",
  };
  test.each(Object.keys(variants))("%s: two paragraphs, the names, the quote, offsets exact", (name) => {
    const text = variants[name];
    const r = run(["--json"], text);
    expect(r.status).toBe(0);
    const [res] = jsonLines(r.stdout);
    expect(schemaErrors(res)).toEqual([]);
    expect(res.article.paragraphs).toBe(2);
    expect(res.people.map((p: any) => p.name)).toEqual(expect.arrayContaining(["François Hollande", "Angela Merkel"]));
    expect(res.quotes[0].speaker).toBe("François Hollande");
    expect(res.figures.map((f: any) => f.value)).toContain(3000);
    expectExactOffsets(text, res);
  });
});
