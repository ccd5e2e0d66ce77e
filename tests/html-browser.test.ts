// The HTML pages in a real browser (Debian's chromium, driven by playwright-core): the sample's page
// and a corpus dashboard load without console errors, show the JSON's counts, mark exactly a chosen
// person's mentions, can be worked by keyboard alone, read with JavaScript off, and a fixed page
// looks like its checked-in screenshot.
//
// The pixel baseline is a fixed, hand-made result (tests/fixtures/html/synthetic.json) rendered to
// HTML, so it does not move when the analysis improves; the semantic checks use the live sample.
// When the page's design changes on purpose, refresh the baseline and look at it before committing:
//   KZ_UPDATE_BASELINE=1 npx jest tests/html-browser.test.ts
//   (then open tests/fixtures/html/baseline.png)
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import pixelmatch from "pixelmatch";
import { htmlRenderer } from "../src/render/html";
import { SECTIONS, type Result } from "../src/types";
import { HAS_CHROMIUM, launch, type Session } from "./browser";
import { BIN, jsonLines, ROOT, run, SAMPLE, skipNote } from "./helpers";

// what the page's own code sees, in the functions run inside it (the project compiles without DOM types)
declare const document: { activeElement: { getAttribute(name: string): string | null } | null };
declare function getComputedStyle(el: unknown): { display: string; visibility: string };
type HTMLElement = { cloneNode(deep: boolean): HTMLElement; querySelectorAll(s: string): Array<{ remove(): void }>; textContent: string | null; getBoundingClientRect(): { width: number; height: number } };

const FIXTURES = join(ROOT, "tests", "fixtures", "html");
const BASELINE = join(FIXTURES, "baseline.png");
/** Share of pixels that may differ (anti-aliasing) before the screenshot fails: 0.2%, about 1,500 pixels; recolouring one kind of name changes more. */
const TOLERANCE = 0.002;

const suite = HAS_CHROMIUM ? describe : describe.skip;
if (!HAS_CHROMIUM) skipNote("the browser tests", "no /usr/bin/chromium (apt-get install chromium; .ci/run does)");

suite("HTML pages in chromium", () => {
  let session: Session;
  const dir = mkdtempSync(join(tmpdir(), "kz-html-"));
  const samplePage = join(dir, "sample.html");
  let json: Result;

  beforeAll(async () => {
    const r = run([SAMPLE, "--format", "html"]);
    expect(r.status).toBe(0);
    writeFileSync(samplePage, r.stdout);
    json = jsonLines(run([SAMPLE, "--json"]).stdout)[0];
    session = await launch();
  }, 60000);
  afterAll(async () => {
    await session?.close();
  });

  /** Opens a page, collecting what its console says at error level and any uncaught error. */
  async function open(file: string, options: { width?: number; height?: number } = {}): Promise<{ page: Page; errors: string[] }> {
    const page = await session.context.newPage();
    if (options.width) await page.setViewportSize({ width: options.width, height: options.height ?? 900 });
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("requestfailed", (req) => errors.push(`request failed: ${req.url()}`));
    // nothing but the file itself may load: no network, no other file
    page.on("request", (req) => {
      if (req.url() !== pathToFileURL(file).href) errors.push(`request: ${req.url()}`);
    });
    await page.goto(pathToFileURL(file).href);
    return { page, errors };
  }

  test("the sample's page: no console errors, nothing loaded, the JSON's counts in the lists, the text and the tables", async () => {
    const { page, errors } = await open(samplePage);
    const lists = await page.$$eval("aside.names h2", (hs) => hs.map((h) => h.textContent!.trim()));
    expect(lists).toEqual([`People (${json.people.length})`, `Organizations (${json.organizations.length})`, `Countries (${json.countries.length})`, `Places (${json.places.length})`, `Other names (${json.other.length})`]);
    const prefixes = { people: "p", organizations: "o", countries: "c", places: "l", other: "x" } as const;
    for (const [key, prefix] of Object.entries(prefixes) as Array<[keyof typeof prefixes, string]>) {
      const shown = await page.$$eval(`a.ent[data-e^="${prefix}"]`, (as) => as.map((a) => [a.querySelector(".n")!.textContent, Number(a.querySelector(".c")!.textContent!.replace(/,/g, ""))]));
      expect(shown).toEqual(json[key].map((e) => [e.name, e.count]));
      // every mention is marked in the text, once
      for (let i = 0; i < json[key].length; i++) {
        const marked = await page.$$eval(`#text .m[data-e="${prefix}${i}"][id]`, (els) => els.length);
        expect([json[key][i].name, marked]).toEqual([json[key][i].name, json[key][i].count]);
      }
    }
    expect(await page.$$eval("#text .q[id]", (els) => els.length)).toBe(json.quotes.length);
    expect(await page.$$eval("#text .f[id]", (els) => els.length)).toBe(json.figures.length);
    expect(await page.$$eval("#quotes + .scroll table tbody tr", (rows) => rows.length)).toBe(json.quotes.length);
    expect(await page.$$eval("#figures + .scroll table tbody tr", (rows) => rows.length)).toBe(json.figures.length);
    const counts = await page.$eval(".counts", (p) => p.textContent);
    expect(counts).toContain(`${json.quotes.length} quotes`);
    expect(counts).toContain(`${json.figures.length} figures`);
    // the text shown is the text analysed, character for character
    const shownText = await page.$eval("#text", (el) => {
      const clone = el.cloneNode(true) as HTMLElement;
      clone.querySelectorAll(".who, .tip, .tag, .extra-label").forEach((x: { remove(): void }) => x.remove());
      return clone.textContent;
    });
    expect(shownText).toBe(readFileSync(SAMPLE, "utf8"));
    expect(errors).toEqual([]);
    await page.close();
  });

  test("choosing a person marks exactly their mentions; choosing again, Clear or Escape unmarks", async () => {
    const { page, errors } = await open(samplePage);
    for (const i of [0, json.people.length - 1]) {
      const person = json.people[i];
      await page.click(`a.ent[data-e="p${i}"]`);
      // the pieces marked, grouped by mention, read back as the mentions' text
      const marked = await page.$$eval("#text .m.on", (els) => {
        const by = new Map<string, string>();
        for (const el of els) {
          const key = `${el.getAttribute("data-e")}-${el.getAttribute("data-k")}`;
          by.set(key, (by.get(key) ?? "") + el.textContent);
        }
        return [...by];
      });
      expect(marked.map(([key]) => key.split("-")[0])).toEqual(Array(person.count).fill(`p${i}`));
      expect(marked.map(([, text]) => text)).toEqual(person.mentions.map((m) => m.text));
      expect(await page.$eval("#status", (s) => s.textContent)).toContain(`${person.count} mention${person.count === 1 ? "" : "s"} of ${person.name} marked`);
      expect(await page.$eval(`a.ent[data-e="p${i}"]`, (a) => a.getAttribute("aria-current"))).toBe("true");
      await page.keyboard.press("Escape");
      expect(await page.$$eval("#text .m.on", (els) => els.length)).toBe(0);
    }
    await page.click('a.ent[data-e="p0"]');
    await page.click('a.ent[data-e="p0"]');
    expect(await page.$$eval("#text .m.on", (els) => els.length)).toBe(0);
    await page.click('a.ent[data-e="p0"]');
    await page.click('#status button[data-act="clear"]');
    expect(await page.$$eval("#text .m.on", (els) => els.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  /** Tabs through the page from the top and reports which controls were never focused. */
  async function unreached(page: Page): Promise<string[]> {
    const total = await page.$$eval("a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex='-1'])", (els) => {
      const visible = els.filter((el) => {
        const r = (el as HTMLElement).getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
      });
      // skip links and tooltips' anchors hide until focused: they count too
      const all = els.filter((el) => visible.includes(el) || el.classList.contains("skip"));
      all.forEach((el, i) => el.setAttribute("data-kz-control", String(i)));
      return all.length;
    });
    const seen = new Set<string>();
    for (let i = 0; i < total + 5; i++) {
      await page.keyboard.press("Tab");
      const at = await page.evaluate(() => document.activeElement?.getAttribute("data-kz-control") ?? null);
      if (at !== null) seen.add(at);
    }
    const missing: string[] = [];
    for (let i = 0; i < total; i++) if (!seen.has(String(i))) missing.push(await page.$eval(`[data-kz-control="${i}"]`, (el) => el.outerHTML.slice(0, 120)));
    expect(total).toBeGreaterThan(10);
    return missing;
  }

  test("keyboard: Tab reaches every control of the sample's page; a focused speaker label shows its cue and kind", async () => {
    const { page } = await open(samplePage);
    expect(await unreached(page)).toEqual([]);
    await page.focus("#text .who");
    const tip = await page.$eval("#text .who + .tip", (t) => [getComputedStyle(t).display, t.textContent]);
    expect(tip[0]).toBe("block");
    expect(tip[1]).toMatch(/^Andrei Kortunov: “said” · a direct quote/);
    // Enter on a name marks it, as a click does
    await page.focus('a.ent[data-e="p0"]');
    await page.keyboard.press("Enter");
    expect(await page.$$eval("#text .m.on", (els) => els.length)).toBe(json.people[0].count);
    await page.close();
  });

  test("with JavaScript off the page still reads: the text, the lists, the tables; a name links to its first mention", async () => {
    const browser = session.context.browser()!;
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(samplePage).href);
    expect(await page.$eval("#text", (t) => t.textContent!.length)).toBeGreaterThan(5000);
    expect(await page.$$eval("a.ent", (as) => as.length)).toBe(json.people.length + json.organizations.length + json.countries.length + json.places.length + json.other.length);
    expect(await page.$eval('a.ent[data-e="p0"]', (a) => a.getAttribute("href"))).toBe("#p0-0");
    expect(await page.$eval("#p0-0", (el) => el.textContent)).toBe(json.people[0].mentions[0].text);
    await page.emulateMedia({ media: "print" });
    expect(await page.$eval("#status", (s) => getComputedStyle(s).display)).toBe("none");
    expect(await page.$eval("aside.names", (s) => getComputedStyle(s).display)).not.toBe("none");
    await context.close();
  });

  test("a corpus dashboard and index (-o DIR --summary): no console errors, the summary's numbers, every control by keyboard", async () => {
    const out = join(dir, "report");
    const corpus = join(ROOT, "tests", "fixtures", "figures");
    const made = run([corpus, "--format", "html", "--summary", "-o", out, "--top", "8"]);
    expect(made.status).toBe(0);
    expect(made.stderr).toMatch(/wrote 13 article pages and the dashboard to .*index\.html/);
    const summary = JSON.parse(run([corpus, "--summary", "--json", "--top", "8", "-q"]).stdout);
    const { page, errors } = await open(join(out, "index.html"));
    const card = async (what: string) => Number((await page.$eval(`.card[data-count="${what}"] b`, (b) => b.textContent))!.replace(/,/g, ""));
    expect([await card("articles"), await card("words"), await card("quotes"), await card("figures")]).toEqual([summary.corpus.articles, summary.corpus.words, summary.corpus.quotes, summary.corpus.figures]);
    const table = (id: string) => page.$$eval(`#${id} tbody tr`, (rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent!.replace(/,/g, ""))));
    expect(await table("people-data")).toEqual(summary.people.map((p: { name: string; articles: number; mentions: number }) => [p.name, String(p.articles), String(p.mentions)]));
    expect(await table("speakers-data")).toEqual(summary.speakers.map((p: { name: string; quotes: number; articles: number }) => [p.name, String(p.quotes), String(p.articles)]));
    // a category's row, then for money one row per currency (ranked within it)
    type Fig = { category: string; count: number; currencies?: Array<{ unit: string | null; count: number }> };
    expect((await table("figures-data")).map((r) => [r[0], r[1]])).toEqual(
      summary.figures.flatMap((f: Fig) => [[f.category, String(f.count)], ...(f.currencies ?? []).map((c) => [`${f.category} in ${c.unit ?? "no unit"}`, String(c.count)])]),
    );
    expect(summary.figures.some((f: Fig) => (f.currencies ?? []).length > 1)).toBe(true);
    expect((await table("together-data")).length).toBe(summary.together.length);
    // one bar per row of each chart
    expect(await page.$$eval('section[aria-labelledby="people"] svg g', (g) => g.length)).toBe(summary.people.length);
    // the article list links each page, and the pages are there
    const links = await page.$$eval("table.articles a", (as) => as.map((a) => a.getAttribute("href")!));
    expect(links).toHaveLength(13);
    for (const l of links) expect(existsSync(join(out, decodeURI(l)))).toBe(true);
    expect(await unreached(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("looks like the checked-in screenshot (a fixed result, so analysis changes do not move it)", async () => {
    const result = JSON.parse(readFileSync(join(FIXTURES, "synthetic.json"), "utf8")) as Result;
    const text = readFileSync(join(FIXTURES, "synthetic.txt"), "utf8");
    const file = join(dir, "synthetic.html");
    writeFileSync(file, htmlRenderer({ pretty: false, color: false, width: 80, sections: SECTIONS }).record(result, text));
    const { page, errors } = await open(file, { width: 1000, height: 760 });
    await page.click('a.ent[data-e="p0"]');
    await page.mouse.move(0, 0);
    const shot = PNG.sync.read(await page.screenshot());
    await page.close();
    expect(errors).toEqual([]);
    if (process.env.KZ_UPDATE_BASELINE === "1" || !existsSync(BASELINE)) {
      writeFileSync(BASELINE, PNG.sync.write(shot));
      if (process.env.KZ_UPDATE_BASELINE !== "1") throw new Error(`no baseline: wrote ${BASELINE}; look at it, commit it, and run again`);
      return;
    }
    const base = PNG.sync.read(readFileSync(BASELINE));
    expect([shot.width, shot.height]).toEqual([base.width, base.height]);
    const diff = new PNG({ width: base.width, height: base.height });
    const differing = pixelmatch(base.data, shot.data, diff.data, base.width, base.height, { threshold: 0.1 });
    if (differing / (base.width * base.height) > TOLERANCE) {
      writeFileSync(join(dir, "actual.png"), PNG.sync.write(shot));
      writeFileSync(join(dir, "diff.png"), PNG.sync.write(diff));
    }
    expect({ share: differing / (base.width * base.height) < TOLERANCE, where: dir }).toEqual({ share: true, where: dir });
  });

  test("the command writes a page to stdout for one input and refuses several without -o", () => {
    expect(existsSync(BIN)).toBe(true);
    const one = run([SAMPLE, "--format", "html"]);
    expect(one.stdout.startsWith("<!doctype html>")).toBe(true);
    expect(one.stdout).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
    const many = run([SAMPLE, SAMPLE, "--format", "html"]);
    expect(many.status).toBe(2);
    expect(many.stderr).toMatch(/--format html makes one page per article: for several inputs give -o DIR/);
    const wrong = run([SAMPLE, "-o", dir]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/-o\/--output writes HTML pages: use it with --format html/);
  });
});
