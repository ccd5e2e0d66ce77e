// Constructions from a review of the figure stage on the BBC corpus: each test states the reading
// we decided on (see README, "Figures: the numbers that matter"), not what the code happened to print.
import { figures, oneFigure as one } from "./figures-helpers";

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

describe("people categories need people (findings 3 and 5)", () => {
  test("'sent' makes troops only of people seen", () => {
    expect(one("The previous monthly record was in October, when 2.3 billion were sent.").category).toBe("count");
    expect(figures("It is to deploy a fleet of 35,000 test cars across 40 countries.")[0].category).toBe("count");
    // (a bare number that is deployed is a force: see "verbs of military deployment" below)
    // a troop noun in its clause, or an antecedent that counts people, still makes troops
    expect(figures("Germany pledged up to 1,000 soldiers, and Britain said it would double its contingent to 1,800.").map((x) => x.category)).toEqual(["troops", "troops"]);
    expect(one("Britain has offered to send a company of 120 Gurkhas.").category).toBe("troops");
    expect(one("Britain sent 800 peacekeepers.").category).toBe("troops");
  });
  test("the counted noun decides: troop words elsewhere never override a thing counted", () => {
    const f = one("He was stopped by trading standards officers, who uncovered 1,000 pirated DVDs.");
    expect([f.subject, f.category]).toEqual(["pirated DVDs", "count"]);
    // nor people of another kind: troop nouns speak only for a bare number
    expect(one("The allegations against British soldiers include the shooting of four Iraqi civilians.").category).toBe("count");
  });
  test("a verb of harm makes people of a bare number, not of things", () => {
    expect(one("The fire killed 25.").category).toBe("deaths");
    expect(one("One man also died of a heart attack.").category).toBe("deaths");
    expect(one("One anti-hunt protester was taken to hospital.").category).toBe("injuries");
    expect(figures("Trade was hurt by one-off factors.")).toEqual([]);
    expect(one("The fires were put out at 90 locations where nobody died.").category).toBe("count");
  });
  test("bodies are the dead only without another modifier", () => {
    expect(one("Rescuers recovered dozens of bodies.").category).toBe("deaths");
    expect(one("Rescuers found 12 charred bodies.").category).toBe("deaths");
    expect(one("The act covers about 100,000 public bodies.").category).toBe("count");
    expect(one("He said at least 111 of the appointed bodies had been set up.").category).toBe("count");
  });
  test("'condition' is an injury cue only as a patient's condition", () => {
    expect(one("Two patients were in critical condition.").category).toBe("injuries");
    expect(one("Some 85,000 people are suffering from the condition.").category).toBe("count");
  });
});

describe("cues stay in their clause (finding 4)", () => {
  test("a cue does not leak across 'and' to a number with a verb of its own", () => {
    const f = figures("At least 40 people have died and more than 11,000 have been forced from their homes.");
    expect(f.map((x) => [x.value, x.category])).toEqual([
      [40, "deaths"],
      [11000, "displaced"],
    ]);
    expect(f[1].subject).toBe("people"); // the elided noun still carries over
    expect(figures("Gunmen killed at least 12 villagers and abducted dozens more.").map((x) => x.category)).toEqual(["deaths", "count"]);
  });
  test("displaced and evacuated people are `displaced`; abducted, missing and rescued people are a count", () => {
    expect(figures("41 Britons are confirmed to have died, with 158 others missing.").map((x) => x.category)).toEqual(["deaths", "count"]);
    expect(one("Some 5,000 residents were evacuated.").category).toBe("displaced");
    expect(one("Gunmen abducted 30 students.").category).toBe("count");
    expect(one("Divers rescued 14 people.").category).toBe("count");
  });
  test("a number with no verb of its own still shares its antecedent's", () => {
    expect(figures("Police arrested 200 people on Friday and 300 on Saturday.").map((x) => x.category)).toEqual(["arrests", "arrests"]);
    expect(one("Police arrested and charged 12 people.").category).toBe("arrests");
  });
  test("a comma before a new subject and verb ends the clause; a report does not", () => {
    expect(figures("About 300 protesters gathered in the square, and police arrested 12.").map((x) => x.category)).toEqual(["protesters", "arrests"]);
    expect(one("Some 300 were, police said, killed in the raids.").category).toBe("deaths");
  });
  test("a verb across a preposition is not the number's: 'sent to two newspapers'", () => {
    expect(one("His views were sent to two Scottish newspapers.").category).toBe("count");
    expect(one("The death toll rose to 22 on Friday.").category).toBe("deaths");
  });
});

describe("a subject stops at a verb (finding 6)", () => {
  test.each([
    ["Some 58% of Americans disapprove of his handling, the poll found.", "Americans"],
    ["Police detained 22 people overnight.", "people"],
    ["Police said 40 families lost everything.", "families"],
    ["About 50,000 children live in poverty.", "children"],
    ["US firms created 337,000 jobs last month.", "jobs"],
  ])("%s → %p", (text, subject) => {
    expect(one(text).subject).toBe(subject);
  });
  test("compound subjects hold together", () => {
    expect(one("At least twelve police officers were killed.").subject).toBe("police officers");
    expect(one("The survey of 1,204 registered voters was done online.").subject).toBe("registered voters");
    expect(one("It sold 30,000 sports utility vehicles.").subject).toBe("sports utility vehicles");
    expect(one("He has two Texas bank accounts.").subject).toBe("Texas bank accounts");
    expect(one("He met two African government leaders.").subject).toBe("African government leaders");
  });
  test("a word the article uses as a verb elsewhere ends the subject", () => {
    expect(figures("They disapprove of the plan. Some 58 senior staff disapprove too.")[0].subject).toBe("senior staff");
  });
  test("the number as a subject does not take a verb for an adjective: 'the two held talks'", () => {
    expect(figures("The two held talks on Friday.").map((x) => x.subject)).toEqual([null]);
  });
});

describe("found scanning BBC business and politics", () => {
  test("a bare scaled amount right after money is money in the amount's currency, not its conversions'", () => {
    expect(figures("Sales rose to $3.2bn from 2.9bn.").map((x) => [x.value, x.unit, x.category])).toEqual([
      [3.2e9, "USD", "money"],
      [2.9e9, "USD", "money"],
    ]);
    const f = figures("Net income was 4.3bn rupees ($98m; £52m), against 2.7bn a year earlier.");
    expect([f[3].value, f[3].unit, f[3].category]).toEqual([2.7e9, "INR", "money"]);
    // not after a count: "250,000 repossessed, one million in negative equity"
    expect(figures("He cited £3bn in lost reserves, 250,000 repossessed, one million in negative equity.").map((x) => x.category)).toEqual(["money", "count", "count"]);
  });
  test("'N year olds' are ages; 'N years old' too", () => {
    expect(one("Only 17% of 18 to 24 year olds vote.".replace("17% of ", "")).category).toBe("age");
    expect(one("He was just 36 years old.").category).toBe("age");
  });
  test("an exchange rate against the US dollar is money", () => {
    expect(one("The rupee climbed to 43.305 per US dollar.").category).toBe("money");
  });
  test("'until three or four in the morning' is a clock time", () => {
    expect(figures("Pubs could open until three or four in the morning.")).toEqual([]);
  });
  test("modifiers before a plural stay in the subject", () => {
    expect(one("India joins the meeting of seven leading industrialised nations.").subject).toBe("leading industrialised nations");
    expect(one("The scandal prompted three credit rating agencies to act.").subject).toBe("credit rating agencies");
    expect(one("Barclays employs 76,200 staff worldwide.").subject).toBe("staff");
  });
});

test("a conjunction opening the text does not look before it (found by the robustness property)", () => {
  expect(() => figures("and twelve ")).not.toThrow();
  expect(() => figures("but 12 were killed")).not.toThrow();
});

describe("verbs of military deployment make forces of a bare number", () => {
  const category = (text: string) => figures(text).map((f) => f.category);
  test("deployed, stationed: troops; sent alone: not", () => {
    expect(category("Russia deployed 3,000 to the border on Monday.")).toEqual(["troops"]);
    expect(category("NATO stationed about 4,000 in Poland.")).toEqual(["troops"]);
    expect(category("Officials said 2.3 billion were sent last year.")).toEqual(["count"]);
  });
});
