// The corpus summary (`--summary`, schema kz-analyze-summary/1): each result is boiled down to a
// small digest where it is analysed (a worker), and the digests are folded into running totals in
// input order. No full result is kept: memory grows with the number of distinct names in the
// corpus and a fixed number of figure examples, never with the number of articles.

import { SUMMARY_SCHEMA, type FigureExample, type Summary } from "../summary-types";
import { FIGURE_CATEGORIES, isError, type FigureCategory, type OutputRecord } from "../types";
import { VariantIndex } from "../text/variants";

export { SUMMARY_SCHEMA, type EntityTotal, type FigureExample, type Summary } from "../summary-types";

/** Largest figures kept per category. */
export const FIGURE_EXAMPLES = 5;
/** People per article whose pairs count for "who appears with whom" (the most mentioned): bounds the pairs an article adds to 66. */
export const PAIR_PEOPLE = 12;

/** What the summary needs from one result (or error record). */
export interface Digest {
  path: string;
  id?: string | number;
  failed: boolean;
  bytes: number;
  words: number;
  title: string | null;
  /** [name, mentions] */
  people: Array<[string, number]>;
  /** [name, acronym, mentions] */
  organizations: Array<[string, string | null, number]>;
  /** [name, code, mentions] */
  countries: Array<[string, string, number]>;
  /** [name, country code, mentions] */
  places: Array<[string, string | null, number]>;
  /** [name, kind, mentions] */
  other: Array<[string, string, number]>;
  /** [speaker, quotes, a person's name (else an organization's or a country's)]: named sources only */
  speakers: Array<[string, number, boolean]>;
  /** Quotes with a source, named or not ("a spokesman", "the report"). */
  attributed: number;
  quotes: number;
  figures: Array<{ text: string; value: number | null; unit: string | null; qualifier: string | null; subject: string | null; category: FigureCategory; start: number }>;
}

export function digest(r: OutputRecord): Digest {
  const base = { path: r.source.path, ...(r.source.id !== undefined ? { id: r.source.id as string | number } : {}) };
  const bytes = typeof r.source.bytes === "number" ? r.source.bytes : 0;
  if (isError(r))
    return { ...base, failed: true, bytes, words: 0, title: null, people: [], organizations: [], countries: [], places: [], other: [], speakers: [], attributed: 0, quotes: 0, figures: [] };
  // across a corpus the speakers counted are the named ones: "a spokesman" in one article is not the one in the next
  const speakers = new Map<string, [string, number, boolean]>();
  let attributed = 0;
  for (const q of r.quotes) {
    if (!q.speaker) continue;
    attributed++;
    if (q.speakerKind !== "person" && q.speakerKind !== "organization" && q.speakerKind !== "country") continue;
    const t = speakers.get(q.speaker) ?? speakers.set(q.speaker, [q.speaker, 0, q.speakerKind === "person"]).get(q.speaker)!;
    t[1]++;
  }
  return {
    ...base,
    failed: false,
    bytes,
    words: r.article.words,
    title: r.article.title,
    people: r.people.map((e) => [e.name, e.count]),
    organizations: r.organizations.map((e) => [e.name, e.acronym, e.count]),
    countries: r.countries.map((e) => [e.name, e.code, e.count]),
    places: r.places.map((e) => [e.name, e.country, e.count]),
    other: r.other.map((e) => [e.name, e.kind, e.count]),
    speakers: [...speakers.values()],
    attributed,
    quotes: r.quotes.length,
    figures: r.figures.map((f) => ({
      text: f.text.replace(/\s+/g, " "),
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      subject: f.subject,
      category: f.category,
      start: f.start,
    })),
  };
}

interface Tally<X> {
  articles: number;
  mentions: number;
  extra: X;
}

function add<X>(map: Map<string, Tally<X>>, key: string, mentions: number, extra: X): void {
  const t = map.get(key);
  if (t) {
    t.articles++;
    t.mentions += mentions;
    // keep the first non-null detail seen (input order, so deterministic)
    if (t.extra === null && extra !== null) t.extra = extra;
  } else map.set(key, { articles: 1, mentions, extra });
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Most articles first, then most mentions, then by name: a total order, so output is deterministic. */
const byArticles = ([a, x]: [string, Tally<unknown>], [b, y]: [string, Tally<unknown>]) => y.articles - x.articles || y.mentions - x.mentions || byName(a, b);
/** Most mentions (for speakers: quotes) first, then most articles, then by name. */
const byMentions = ([a, x]: [string, Tally<unknown>], [b, y]: [string, Tally<unknown>]) => y.mentions - x.mentions || y.articles - x.articles || byName(a, b);

function ranked<X, Y>(map: Map<string, Tally<X>>, top: number, shape: (name: string, t: Tally<X>) => Y, order = byArticles): Y[] {
  const list = [...map].sort(order);
  return (top > 0 ? list.slice(0, top) : list).map(([name, t]) => shape(name, t));
}

type Example = FigureExample & { order: number; start: number };

/** Larger value first; ties in input order, then text position. */
const byValue = (a: Example, b: Example) => b.value - a.value || a.order - b.order || a.start - b.start;

/** Keeps the FIGURE_EXAMPLES largest, larger first. */
function keepLargest(l: Example[], ex: Example): void {
  if (l.length < FIGURE_EXAMPLES || byValue(ex, l[l.length - 1]) < 0) {
    l.push(ex);
    l.sort(byValue);
    if (l.length > FIGURE_EXAMPLES) l.pop();
  }
}

export class SummaryBuilder {
  private inputs = 0;
  private failed = 0;
  private bytes = 0;
  private words = 0;
  private quotes = 0;
  private attributed = 0;
  private people = new Map<string, Tally<null>>();
  private organizations = new Map<string, Tally<string | null>>();
  private countries = new Map<string, Tally<string>>();
  private places = new Map<string, Tally<string | null>>();
  private other = new Map<string, Tally<string>>();
  private speakers = new Map<string, Tally<null>>();
  private pairs = new Map<string, number>();
  private figures = new Map<FigureCategory, { count: number; articles: number; largest: Example[] }>();
  /** Money by currency (ISO 4217 code, or null when none is known): amounts are ranked within one currency only. */
  private money = new Map<string | null, { count: number; largest: Example[] }>();
  private spelt = new VariantIndex<string>();

  /** A person's name as the summary counts it: the spelling first seen of the same name. */
  private spelling(name: string): string {
    if (this.people.has(name)) return name;
    return this.spelt.findOrAdd(name, name) ?? name;
  }

  /** Folds one digest in; call in input order. */
  add(d: Digest): void {
    const order = this.inputs++;
    if (d.failed) {
      this.failed++;
      return;
    }
    this.bytes += d.bytes;
    this.words += d.words;
    this.quotes += d.quotes;
    // one person in two spellings across articles ("Tokayev", "Tokaev") is counted under the first seen
    const people = d.people.map(([name, n]): [string, number] => [this.spelling(name), n]);
    for (const [name, n] of people) add(this.people, name, n, null);
    for (const [name, acronym, n] of d.organizations) add(this.organizations, name, n, acronym);
    for (const [name, code, n] of d.countries) add(this.countries, name, n, code);
    for (const [name, country, n] of d.places) add(this.places, name, n, country);
    for (const [name, kind, n] of d.other ?? []) add(this.other, name, n, kind);
    // people lists come most-mentioned first: the article's first PAIR_PEOPLE, each pair once
    const named = [...new Set(people.slice(0, PAIR_PEOPLE).map(([name]) => name))].sort(byName);
    for (let i = 0; i < named.length; i++) for (let j = i + 1; j < named.length; j++) {
      const key = `${named[i]}\u0000${named[j]}`;
      this.pairs.set(key, (this.pairs.get(key) ?? 0) + 1);
    }
    // (only a person's name is folded with its other spellings: "a spokeswoman" and "a spokesman" sound alike)
    for (const [raw, n, person] of d.speakers) add(this.speakers, person && !this.people.has(raw) ? this.spelling(raw) : raw, n, null);
    this.attributed += d.attributed;
    const seen = new Set<FigureCategory>();
    const article = { path: d.path, ...(d.id !== undefined ? { id: d.id } : {}), title: d.title };
    for (const f of d.figures) {
      let c = this.figures.get(f.category);
      if (!c) this.figures.set(f.category, (c = { count: 0, articles: 0, largest: [] }));
      c.count++;
      if (!seen.has(f.category)) {
        seen.add(f.category);
        c.articles++;
      }
      let m = f.category === "money" ? this.money.get(f.unit) : undefined;
      if (f.category === "money" && !m) this.money.set(f.unit, (m = { count: 0, largest: [] }));
      if (m) m.count++;
      if (f.value === null) continue;
      const ex: Example = { text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier, subject: f.subject, article, order, start: f.start };
      keepLargest(m ? m.largest : c.largest, ex);
    }
  }

  /** The summary, with at most `top` entries per list (0: all). */
  result(top: number): Summary {
    const articles = this.inputs - this.failed;
    return {
      schema: SUMMARY_SCHEMA,
      corpus: {
        inputs: this.inputs,
        articles,
        failed: this.failed,
        bytes: this.bytes,
        words: this.words,
        quotes: this.quotes,
        attributedQuotes: this.attributed,
        figures: [...this.figures.values()].reduce((n, c) => n + c.count, 0),
      },
      people: ranked(this.people, top, (name, t) => ({ name, articles: t.articles, mentions: t.mentions })),
      organizations: ranked(this.organizations, top, (name, t) => ({ name, acronym: t.extra, articles: t.articles, mentions: t.mentions })),
      countries: ranked(this.countries, top, (name, t) => ({ name, code: t.extra, articles: t.articles, mentions: t.mentions })),
      places: ranked(this.places, top, (name, t) => ({ name, country: t.extra, articles: t.articles, mentions: t.mentions })),
      other: ranked(this.other, top, (name, t) => ({ name, kind: t.extra, articles: t.articles, mentions: t.mentions })),
      speakers: ranked(this.speakers, top, (name, t) => ({ name, quotes: t.mentions, articles: t.articles }), byMentions),
      together: [...this.pairs]
        .sort(([a, x], [b, y]) => y - x || byName(a, b))
        .slice(0, top > 0 ? top : undefined)
        .map(([key, articles]) => {
          const [a, b] = key.split("\u0000");
          return { a, b, articles };
        }),
      figures: FIGURE_CATEGORIES.filter((c) => this.figures.has(c)).map((category) => {
        const c = this.figures.get(category)!;
        const strip = (l: Example[]) => l.map(({ order: _o, start: _s, ...ex }) => ex);
        if (category !== "money") return { category, count: c.count, articles: c.articles, largest: strip(c.largest) };
        // most figures first; ties in the order the corpus first gave them (Map order)
        const currencies = [...this.money].sort(([, a], [, b]) => b.count - a.count).map(([unit, m]) => ({ unit, count: m.count, largest: strip(m.largest) }));
        return { category, count: c.count, articles: c.articles, largest: currencies[0]?.largest ?? [], currencies };
      }),
    };
  }
}
