// File lists: --files-from FILE|- (one path a line, -0 for NUL-separated), and standard input
// that is only a list of existing paths is refused with a message saying what to do.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { looksLikePathList, parseFileList } from "../src/input/filelist";
import { jsonLines, run } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "kz-list-"));
const a = join(dir, "a.txt");
const b = join(dir, "with space.txt");
writeFileSync(a, "“We will win,” said Maria Lopez.");
writeFileSync(b, "Andrei Kortunov said it would be short.");

describe("--files-from", () => {
  test("from a file and from standard input, one path a line (CRLF too, blank lines skipped), in order", () => {
    const list = join(dir, "list.txt");
    writeFileSync(list, `${a}\r\n\r\n${b}\r\n`);
    const fromFile = jsonLines(run(["--files-from", list, "--json"]).stdout);
    expect(fromFile.map((r) => r.source.path)).toEqual([a, b]);
    const fromStdin = jsonLines(run(["--files-from", "-", "--json"], `${a}\n${b}\n`).stdout);
    expect(fromStdin.map((r) => r.source.path)).toEqual([a, b]);
    expect(fromStdin[0].people[0].name).toBe("Maria Lopez");
  });

  test("-0 reads NUL-separated paths (find -print0), a name with a line break too", () => {
    const odd = join(dir, "line\nbreak.txt");
    writeFileSync(odd, "Tom Lee said so.");
    const r = run(["--files-from", "-", "-0", "--json"], `${a}\0${odd}\0`);
    expect(jsonLines(r.stdout).map((x) => x.source.path)).toEqual([a, odd]);
    expect(parseFileList("x\0\0y\0", true)).toEqual(["x", "y"]);
  });

  test("a missing listed file is an error record like any missing path; an unreadable list is a usage error", () => {
    const r = run(["--files-from", "-", "--json"], `${a}\n${join(dir, "nope.txt")}\n`);
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout).map((x) => x.error?.code ?? "ok")).toEqual(["ok", "ENOENT"]);
    const bad = run(["--files-from", join(dir, "no-list.txt")]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^kz-analyze: --files-from: cannot read .*no-list\.txt: ENOENT\n/);
    expect(run(["-0", a]).stderr).toMatch(/-0 \(--null\) goes with --files-from/);
  });
});

describe("standard input that is a list of file names", () => {
  test("is not analysed silently: an error record, and a line on stderr saying to use --files-from -", () => {
    const r = run(["--json"], `${a}\n${b}\n`);
    expect(r.status).toBe(1);
    const [rec] = jsonLines(r.stdout);
    expect(rec.error.code).toBe("EFILELIST");
    expect(r.stderr).toMatch(/standard input: looks like a list of 2 file names, not an article; to analyse those files, use --files-from -/);
  });

  test("text is still text: an article, a path that does not exist, one bare word", () => {
    expect(looksLikePathList("Maria Lopez said the talks would go on.\n")).toBeNull();
    expect(looksLikePathList(`${a}\n/no/such/file.txt\n`)).toBeNull();
    expect(looksLikePathList("README\n")).toBeNull();
    expect(looksLikePathList(`${a}\n`)).toBe(1);
  });
});
