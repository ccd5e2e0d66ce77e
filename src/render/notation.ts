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
