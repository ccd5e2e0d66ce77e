// Who a quote is attributed to, in the cases review found wrong: the speaker phrase's own words
// (sentence openers, titles, places), the sentence a partial quote stands in, possessors, labels.
// Names are marked by hand (quotes-helpers.ts) unless a test runs the whole analysis.

import { quotesOf } from "./quotes-helpers";

const one = (marked: string) => {
  const q = quotesOf(marked).quotes;
  expect(q).toHaveLength(1);
  return q[0];
};

describe("the speaker phrase", () => {
  test("a surname ending in -ly is a name, not an adverb between subject and verb", () => {
    const q = one('Talks resumed. Mr {Kelly=Ruth Kelly} said: "There are hundreds of cases."');
    expect(q.speaker).toBe("Ruth Kelly");
    expect(q.speakerMention?.text).toBe("Kelly");
  });

  test("“X said:” hands the verb to the quote after the colon, not to the statement before it", () => {
    const q = quotesOf('{Ann Lee} spoke first. "We began a year ago." Mr {Holt=Dan Holt} said: "There are hundreds of cases."').quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Ann Lee", "Dan Holt"]);
  });
});
