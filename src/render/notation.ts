// The signs tables and pages use for a figure's qualifier ("at least 12" → "≥12"), as render-local
// data: renderers read only the contract and their own modules. tests/render.test.ts keeps this
// table in step with the qualifiers the figure stage knows.

/** The bound a qualifier sets, as a sign; the approximate qualifiers show "~" instead. */
export const QUALIFIER_SIGNS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  "at least": "≥", "no fewer than": "≥", "no less than": "≥",
  "more than": ">", "over": ">", "well over": ">", "well above": ">", "above": ">", "upwards of": ">", "in excess of": ">", "just over": ">",
  "at most": "≤", "up to": "≤", "as many as": "≤", "as much as": "≤", "no more than": "≤",
  "fewer than": "<", "less than": "<", "under": "<", "below": "<", "just under": "<",
});

/** What each sign means, for the legend under a table that uses it. */
export const SIGN_MEANINGS: Readonly<Record<string, string>> = { "≥": "at least", ">": "more than", "≤": "at most", "<": "less than", "~": "about" };

/** Sections in the order a reader wants them: who, what they said, the numbers, then the rest. */
export const READER_ORDER = ["people", "quotes", "figures", "organizations", "countries", "places", "other"] as const;

const NOUNS: Record<string, [string, string]> = {
  people: ["person", "people"],
  organizations: ["organization", "organizations"],
  countries: ["country", "countries"],
  places: ["place", "places"],
  other: ["other name", "other names"],
  quotes: ["quote", "quotes"],
  figures: ["figure", "figures"],
  articles: ["article", "articles"],
  paragraphs: ["paragraph", "paragraphs"],
  sentences: ["sentence", "sentences"],
  words: ["word", "words"],
  failed: ["failed", "failed"],
  years: ["year", "years"],
};

/** "1 quote", "7 people", "1,068 words": a count with its noun, singular or plural. */
export function counted(n: number, what: keyof typeof NOUNS | string): string {
  const [one, many] = NOUNS[what] ?? [what, what];
  return `${thousands(n)} ${n === 1 ? one : many}`;
}

/** 1068 → "1,068" (Intl's formatter made once: toLocaleString builds one per call). */
const FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
export const thousands = (n: number): string => FORMAT.format(n);

/**
 * "3,000", "~1.2bn USD", "≥12", "10–15%": a big amount is shortened so a column stays narrow, where
 * two decimals say it exactly ("1.2bn", but "1,234,567"). "" for a figure without a value.
 */
export function formatValue(v: number | null, unit: string | null, approximate: boolean, range: [number, number] | null, qualifier: string | null): string {
  const num = (x: number) => {
    const abs = Math.abs(x);
    for (const [scale, word] of [[1e12, "tn"], [1e9, "bn"], [1e6, "m"]] as const) {
      const hundredths = (x / scale) * 100;
      if (abs >= scale && Math.abs(hundredths - Math.round(hundredths)) < 1e-6) return `${FORMAT.format(x / scale)}${word}`;
    }
    return FORMAT.format(x);
  };
  if (v === null) return approximate ? "many" : "";
  const body = range ? `${num(range[0])}–${num(range[1])}` : num(v);
  const withUnit = unit === "%" ? `${body}%` : unit === "points" ? `${body} pts` : unit ? `${body} ${unit}` : body;
  const sign = qualifier ? QUALIFIER_SIGNS[qualifier] : undefined;
  return sign ? `${sign}${withUnit}` : approximate ? `~${withUnit}` : withUnit;
}

/** The words of a vague amount, shown as its value ("tens of thousands", "dozens"). */
export const VAGUE = /(?:tens|hundreds) of (?:thousands|millions)|(?:several|a few) (?:dozen|hundred|thousand|million)|dozens|hundreds|thousands|millions|billions|scores/i;

/** What a table's values use, in a legend: only the notations that appear. */
export function figureLegend(values: string[], hasYears: boolean): string {
  const seen = new Set<string>();
  for (const v of values) {
    const first = v[0];
    if (first && SIGN_MEANINGS[first]) seen.add(`${first} ${SIGN_MEANINGS[first]}`);
    if (/\d(m|bn|tn)\b/.test(v)) seen.add("m, bn, tn: million, billion, trillion");
    if (/\d–/.test(v)) seen.add("a–b: a range");
    if (/ pts\b/.test(v)) seen.add("pts: percentage points");
  }
  const parts = [...seen].sort((a, b) => order(a) - order(b));
  if (hasYears) parts.push("year: how many years the text names, and which (×2: named twice)");
  return parts.join(" · ");
}
const order = (s: string) => ["≥", ">", "≤", "<", "~", "a", "m", "p"].indexOf(s[0]);
