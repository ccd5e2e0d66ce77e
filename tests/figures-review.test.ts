// Constructions from a review of the figure stage on the BBC corpus: each test states the reading
// we decided on (see README, "Figures: the numbers that matter"), not what the code happened to print.
import { analyze } from "../src/analyze";
import type { Figure } from "../src/types";

const figures = (text: string): Figure[] => analyze(text, { sections: ["figures"] }).figures;
const one = (text: string): Figure => {
  const f = figures(text);
  expect(f.map((x) => x.text)).toHaveLength(1);
  return f[0];
};

describe("-ly words in a subject", () => {
  test("-ly adjectives before the noun stay in the subject; -ly nouns can head it", () => {
    expect(one("The paper prints three daily editions.").subject).toBe("daily editions");
    expect(one("There were two deadly attacks.").subject).toBe("deadly attacks");
    expect(one("The survey of 900 likely voters was done online.").subject).toBe("likely voters");
    expect(one("Police said 40 families were left homeless.").subject).toBe("families");
  });
  test("an -ly word that is not followed by a noun ends the subject", () => {
    expect(one("Shares topped 400 early in the day.").subject).toBeNull();
    expect(one("Officials said 30 people reportedly fled.").subject).toBe("people");
  });
});

describe("ages are not deaths (finding 1)", () => {
  test.each([
    ["Ossie Davis died in Miami at the age of 87 on 4 February.", 87],
    ["US actor Ossie Davis has been found dead at the age of 87.", 87],
    ["Conductor Marcello Viotti has died in Germany at 50.", 50],
    ["The singer died aged 91 at his home.", 91],
    ["She retired at 65, her family said.", 65],
    ["He died at the age of eighty-seven.", 87],
  ])("%s → age %p", (text, value) => {
    const f = one(text);
    expect([f.value, f.category]).toEqual([value, "age"]);
  });
  test("'at N' is an age only after a life event, and only when no noun follows", () => {
    expect(one("Shares closed at 50.").category).not.toBe("age");
    expect(one("Voting began at 50 polling stations.").category).toBe("count");
  });
});

describe("'over' before a span of time (finding 7)", () => {
  test("after an amount or an event it means 'during': no qualifier, the text starts at the number", () => {
    const f = figures("The firm will invest $3.2 billion over two years.");
    expect(f.map((x) => [x.text, x.category, x.qualifier])).toEqual([
      ["$3.2 billion", "money", null],
      ["two years", "duration", null],
    ]);
    expect(one("Doom 3 was developed over four years.").qualifier).toBeNull();
  });
  test("after 'for', 'took', 'waited' and the like it means 'more than'", () => {
    expect(one("She has taught ballet for over 48 years.").qualifier).toBe("over");
    expect(one("It took over 10 hours.").qualifier).toBe("over");
    expect(one("I've been waiting over six years.").qualifier).toBe("over");
  });
  test("'over' before a count keeps its qualifier", () => {
    expect(one("Officials said over 40 people were arrested.").qualifier).toBe("over");
  });
});

describe("scores are not figures, never ranges (finding 2)", () => {
  test.each([
    "Roddick rallied to beat Sweden's Thomas Enqvist 3-6 7-6 (8-6) 7-5.",
    "Result: Nadal 6-7 (6/8) 6-2 7-6 (8/6) 6-2 Roddick",
    "Mirza lost to Williams 1-6,4-6 in the third round.",
    "Chelsea won 2-1 on Saturday.",
    "Chelsea lost 1-2 on Saturday.",
    "It was a 3-0 win for Arsenal.",
    "It was a 1-3 defeat for Arsenal.",
    "The closing list gave Scott odds of 6-9.",
  ])("%s", (text) => {
    expect(figures(text).map((x) => x.text)).toEqual([]);
  });
  test("a range that counts a noun stays a range, even after a verb of winning", () => {
    expect(one("Labour won 10-15 seats.").range).toEqual([10, 15]);
    expect(one("Officials expect 10-15 deaths.").range).toEqual([10, 15]);
    expect(one("Sales won 8-9% of the market.").range).toEqual([8, 9]);
  });
});
