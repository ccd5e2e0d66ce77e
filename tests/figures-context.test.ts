// Issue 13: figures that mean what the article means. Each rule on sentences written for it.
import { digest, SummaryBuilder } from "../src/batch/summary";
import { renderSummary } from "../src/render/summary";
import { SECTIONS } from "../src/types";
import { tokenize } from "../src/text/tokenize";
import { figures, oneFigure as one } from "./figures-helpers";
import { analyze } from "./helpers";

describe("money in every currency named (ISO 4217)", () => {
  test.each([
    ["Novartis shares closed at 57.85 Swiss francs.", 57.85, "CHF"],
    ["Its debt reached 22.3bn rand last year.", 22.3e9, "ZAR"],
    ["Japan's surplus grew to 189 trillion yen.", 189e12, "JPY"],
    ["Subsidies cost 59.2 trillion rupiah.", 59.2e12, "IDR"],
    ["The deal was worth 261bn roubles.", 261e9, "RUB"],
    ["The bank lent 40bn tenge to farmers.", 40e9, "KZT"],
    ["Exports earned 3bn Kenyan shillings.", 3e9, "KES"],
    ["The fund holds 12 trillion Colombian pesos.", 12e12, "COP"],
    ["She paid 400 Hong Kong dollars for it.", 400, "HKD"],
    ["The fine was 20,000 zlotys.", 20000, "PLN"],
    ["It has earmarked 100 trillion won for the budget.", 100e12, "KRW"],
  ])("%s", (text, value, unit) => {
    const f = one(text);
    expect([f.value, f.unit, f.category]).toEqual([value, unit, "money"]);
  });
  test("a name several currencies share is read from the article's country; the news default otherwise", () => {
    const lk = figures("Sri Lanka's central bank set aside 5bn rupees. Sri Lanka asked the IMF for help.");
    expect(lk.map((f) => f.unit)).toEqual(["LKR"]);
    expect(figures("Cameroon says corruption cost it 1bn CFA francs a month.")[0].unit).toBe("XAF");
    expect(one("The ticket cost 500 rupees.").unit).toBe("INR");
    // "$" stays the US dollar, whatever country the article is about
    expect(figures("Sri Lanka faces a $1.3bn bill.").map((f) => f.unit)).toEqual(["USD"]);
  });
  test("everyday words are no currency without a qualifier; subunits either way", () => {
    expect(figures("Kentucky Sen. Rand Paul and 4 Republicans spoke.").map((f) => f.unit)).toEqual([null]);
    expect(one("It weighs 5 pound.").category).not.toBe("money");
    const k = one("Bread costs 50 kopecks.");
    expect([k.unit, k.category]).toEqual(["RUB", "money"]);
    expect([0.5, 50]).toContain(k.value);
  });
  test("a scale glued to the amount and shared by a range", () => {
    expect(one("Sanders raised $33million in the quarter.").value).toBe(33e6);
    const r = one("Creditors may freeze 20-30bn rupiah in payments.");
    expect([r.value, r.range, r.unit]).toEqual([20e9, [20e9, 30e9], "IDR"]);
    const b = one("He spent between $45 million and $50 million on it.");
    expect([b.value, b.range]).toEqual([45e6, [45e6, 50e6]]);
  });
  test("an amount before 'in' a year is no ratio: the year stays", () => {
    expect(figures("Clinton collected $112million in 2015 for her battle.").map((f) => f.category)).toEqual(["money", "year"]);
    expect(figures("One in five voters is undecided.")).toEqual([]);
  });
});

describe("the corpus summary ranks money within one currency", () => {
  test("yen and rupiah are never ranked as one currency", () => {
    const s = new SummaryBuilder();
    s.add(digest(analyze("Japan's surplus grew to 189 trillion yen. Tokyo spent 2 trillion yen.", { source: { path: "jp.txt", bytes: 1 } })));
    s.add(digest(analyze("Indonesia spent 59.2 trillion rupiah on fuel.", { source: { path: "id.txt", bytes: 1 } })));
    const money = s.result(0).figures.find((f) => f.category === "money")!;
    expect(money.currencies!.map((c) => [c.unit, c.count, c.largest.map((x) => x.value)])).toEqual([
      ["JPY", 2, [189e12, 2e12]],
      ["IDR", 1, [59.2e12]],
    ]);
    // `largest` holds one currency's amounts: the one the corpus gives most
    expect(money.largest.map((x) => x.unit)).toEqual(["JPY", "JPY"]);
    // the summary's table lists each currency under money, with its own count and largest amounts
    const lines = renderSummary(s.result(0), "table", { pretty: false, color: false, width: 100, sections: SECTIONS }).split("\n");
    const at = lines.findIndex((l) => /^\s+money\s+3\s+2\s*$/.test(l));
    expect(at).toBeGreaterThan(-1);
    expect(lines.slice(at + 1, at + 4).map((l) => l.trim().split(/\s{2,}/).slice(0, 3))).toEqual([
      ["JPY", "2", "189 trillion yen"],
      ["2 trillion yen", "jp.txt"],
      ["IDR", "1", "59.2 trillion rupiah"],
    ]);
  });
});

describe("a number in an organisation's name is no figure", () => {
  test("a capitalised head word, 'of' and digits name the organisation; a lower-case group and a name of its own count", () => {
    const g20 = analyze("Leaders of the Group of 20 met in London on Monday.");
    expect(g20.figures).toEqual([]);
    expect(g20.organizations.map((o) => o.name)).toEqual(["Group of 20"]);
    expect(figures("A group of 20 students marched.").map((f) => f.value)).toEqual([20]);
    expect(figures("The Paris Club of 19 creditor nations met.").map((f) => f.value)).toEqual([19]);
  });
});

describe("displaced: refugees, evacuated, made homeless (as GDELT counts them)", () => {
  test.each([
    ["Some 5,000 residents were evacuated.", 5000],
    ["Five million were left homeless by the tsunami.", 5e6],
    ["About 2,000 refugees crossed the border.", 2000],
    ["More than 11,000 have been forced from their homes.", 11000],
    ["The floods displaced 40,000 people.", 40000],
  ])("%s", (text, value) => {
    const f = one(text);
    expect([f.value, f.category]).toEqual([value, "displaced"]);
  });
  test("abducted, missing and rescued people stay a count", () => {
    expect(one("Gunmen abducted 30 students.").category).toBe("count");
    expect(one("Divers rescued 14 people.").category).toBe("count");
  });
});

describe("markup never reaches the analysis as text", () => {
  const text = 'He said so.\n\n<tweet id="750366792434978816" author="@SpeakerRyan" datetime="2016-07-05">No one should be above the law, 12 aides said.</tweet>\n\n<a href="https://example.com/2019/05/id=42">Read 3 reports</a>';
  test("tags and their attributes give no tokens; offsets still index the original text", () => {
    const toks = tokenize(text);
    expect(toks.some((t) => /750366792434978816|SpeakerRyan|href|tweet/.test(t.text))).toBe(false);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    const f = figures(text);
    expect(f.map((x) => [x.value, text.slice(x.start, x.end)])).toEqual([
      [12, "12 aides"],
      [3, "3 reports"],
    ]);
  });
  test("a '<' that opens no tag is text", () => {
    expect(tokenize("a <b and c> d").map((t) => t.text)).toEqual(["a", "<", "b", "and", "c", ">", "d"]);
  });
});

describe("categories from the article's frame and the sentence's", () => {
  test("head-to-head results are poll results, in any story", () => {
    expect(figures("Clinton leads Trump 46 percent to 41 percent in Ohio.").map((f) => f.category)).toEqual(["poll", "poll"]);
    expect(figures("Democrats favored Clinton, 72 percent to 8 percent.").map((f) => f.category)).toEqual(["poll", "poll"]);
  });
  test("in a poll story, the share a named candidate gets is a poll result; elsewhere a percentage", () => {
    const story = "A new poll of voters is out. The survey was taken online.\n\nDonald Trump received 37 percent, Hillary Clinton had 36 percent.";
    expect(figures(story).map((f) => f.category)).toEqual(["poll", "poll"]);
    expect(figures("Apple's shares rose 3 percent, Tim Cook said.").map((f) => f.category)).toEqual(["percentage"]);
  });
  test("an index level after a change, or in a story about an index", () => {
    expect(figures("The Jakarta Stock Exchange was down 2.1% at 1,011.15.").map((f) => f.category)).toEqual(["percentage", "other"]);
    expect(figures("The Nikkei index gained 7.6%. It will rise toward 13,000, he said.").map((f) => f.category)).toEqual(["percentage", "other"]);
  });
});

describe("subjects through anaphora, modifiers and appositions", () => {
  test("'of them' takes the subject of the figure it points back to", () => {
    const f = figures("The army flew 1,000 commandos to the border. About 300 of them stayed in the capital.");
    expect(f.map((x) => [x.value, x.subject, x.category])).toEqual([
      [1000, "commandos", "troops"],
      [300, "commandos", "troops"],
    ]);
    expect(figures("The army sent 1,000 commandos in. Nearly 300 of those were wounded.")[1].category).toBe("injuries");
  });
  test("modifiers do not hide troops: elite, additional, fresh", () => {
    expect(figures("It is sending 7,500 elite troops, an additional 2,000 soldiers and 3,000 fresh troops.").map((f) => f.category)).toEqual(["troops", "troops", "troops"]);
  });
  test("an apposition after a person noun is an age", () => {
    expect(one("The prince, 20, apologised on Friday.").category).toBe("age");
    expect(one("A mother, 34, was arrested.").category).toBe("age");
    expect(one("She will be 33 next month.").category).toBe("age");
  });
  test("'100,000 or so' is approximate, and its noun still the subject", () => {
    const f = one("There are 100,000 or so net cafes in China.");
    expect([f.approximate, f.subject, f.value]).toEqual([true, "net cafes", 100000]);
  });
  test("a time adverbial after a number is not its subject: '189,000 last year' is no duration", () => {
    const f = one("Employers added 189,000 last year, the agency said.");
    expect([f.category, f.subject]).toEqual(["count", null]);
    expect(one("It grew 3,000 a month.").category).not.toBe("duration");
  });
  test("a race distance is no duration and no money", () => {
    const f = one("She won the 10,000m in Helsinki.");
    expect([f.category, f.unit]).toEqual(["other", "m"]);
    expect(figures("She will start her 3,000m season in Boston.").map((x) => [x.value, x.category])).toEqual([[3000, "other"]]);
  });
  test("task forces are no troops, a lone 'one' near troops is no figure, bodies that are institutions no deaths", () => {
    expect(one("Two task forces were set up by the ministry.").category).toBe("count");
    expect(figures("One is a Jamaican who joined British troops.")).toEqual([]);
    expect(one("The two bodies generating private income were closed.").category).toBe("count");
    expect(one("Rescuers recovered 22 bodies from the rubble.").category).toBe("deaths");
  });
  test("in a jobs report, a bare number hired or cut counts jobs; elsewhere it has no subject", () => {
    const story = "Jobs growth slowed in November.\n\nThe economy added 155,000 in November, the Labor Department said. Payrolls at factories fell by between 7,000 and 8,000.";
    expect(figures(story).map((f) => [f.value, f.subject, f.category])).toEqual([
      [155000, "jobs", "count"],
      [7000, "jobs", "count"],
    ]);
    expect(one("The team added 155,000 in November.").subject).toBeNull();
  });
  test("people lost are the dead; workers and seats lost are not", () => {
    expect(figures("We lost 3,000 people on 9/11. We lost 250 Americans in Beirut.").map((f) => f.category)).toEqual(["deaths", "deaths"]);
    expect(one("I feel for the four brave Americans that we lost at Benghazi.").category).toBe("deaths");
    expect(one("The firm lost 300 workers to rivals.").category).toBe("count");
    expect(one("Labour lost 40 seats.").category).toBe("count");
  });
  test("'seven or eight' is one approximate range; a number word inside a name is no ratio", () => {
    const f = one("There had been seven or eight congressional investigations.");
    expect([f.value, f.range, f.approximate]).toEqual([7, [7, 8], true]);
    expect(figures("Exams drop after the age of 10 or 11.").map((x) => [x.value, x.category])).toEqual([[10, "age"]]);
    expect(one("Russians took control of Uranium One in three separate transactions.").value).toBe(3);
  });
  test("'lost their lives' are deaths", () => {
    expect(one("Twenty-one thousand people lost their lives in the catastrophes.").category).toBe("deaths");
  });
});
