import { QUALIFIER_SIGNS } from "../src/render/notation";
import { APPROXIMATE, QUALIFIERS } from "../src/words/numbers";
import { figures, oneFigure as one } from "./figures-helpers";
const values = (text: string) => figures(text).map((x) => x.value);

describe("figures", () => {
  test("troops, deaths with a qualifier, vague amounts", () => {
    const f = figures("The deployment of 3,000 Russian paratroopers followed. At least twelve police officers were killed, with dozens more fatalities reported.");
    expect(f.map((x) => [x.value, x.category, x.qualifier, x.approximate])).toEqual([
      [3000, "troops", null, false],
      [12, "deaths", "at least", false],
      [null, "deaths", null, true],
    ]);
    expect(f[0].subject).toBe("Russian paratroopers");
    expect(f[1].subject).toBe("police officers");
  });

  test("polls, money, percentages, ages, years, durations", () => {
    const f = figures("A poll put his rating at 32%. The firm lost $1.2 billion in 2020, or 4.9 percent of sales, over three months. The 81-year-old resigned.");
    expect(f.map((x) => [x.value, x.unit, x.category])).toEqual([
      [32, "%", "poll"],
      [1.2e9, "USD", "money"],
      [2020, null, "year"],
      [4.9, "%", "percentage"],
      [3, null, "duration"],
      [81, null, "age"],
    ]);
  });

  describe("numbers in digits and words", () => {
    test.each([
      ["Police counted 3,000 marchers.", 3000],
      ["The index rose 3.5 points.", 3.5],
      ["Officials said twelve villagers drowned.", 12],
      ["Forty-one states reported gains.", 41],
      ["They arrested a dozen men.", 12],
      ["They arrested two dozen men.", 24],
      ["They held half a dozen talks.", 6],
      ["The city has half a million residents.", 500000],
      ["The city has 5,500 residents.", 5500],
      ["The city has one hundred and twenty residents.", 120],
      ["The city has three hundred thousand residents.", 300000],
      ["The city has two and a half million residents.", 2500000],
      ["The plan cuts almost a quarter of a million jobs.", 250000],
    ])("%s → %p", (text, value) => {
      expect(one(text).value).toBe(value);
    });
  });

  describe("scales and currencies", () => {
    test.each([
      ["The deal is worth $1.2 billion.", 1.2e9, "USD"],
      ["The deal is worth $40bn.", 40e9, "USD"],
      ["The deal is worth £3.5m.", 3.5e6, "GBP"],
      ["The deal is worth €300 million.", 300e6, "EUR"],
      ["Toyota will spend 1.3 trillion yen.", 1.3e12, "JPY"],
      ["The protests cost 40 million lari.", 40e6, "GEL"],
      ["The deal is worth US$5 million.", 5e6, "USD"],
      ["Pay rose 8 cents an hour.", 0.08, "USD"],
      ["Shares rose to 151p.", 1.51, "GBP"],
      ["The dividend is 55 euro cents.", 0.55, "EUR"],
    ])("%s → %p %s", (text, value, unit) => {
      const f = one(text);
      expect([f.value, f.unit, f.category]).toEqual([value, unit, "money"]);
    });
    test("a scale glued to digits without a currency: 4.5m people", () => {
      const f = one("Some 4.5m people voted early.");
      expect([f.value, f.qualifier, f.subject]).toEqual([4.5e6, "some", "people"]);
    });
    test("'tens of thousands' is vague, not a value", () => {
      const f = one("Tens of thousands of protesters marched.");
      expect([f.value, f.approximate, f.category, f.subject]).toEqual([null, true, "protesters", "protesters"]);
    });
  });

  describe("percentages and points", () => {
    test.each([
      ["Sales fell 32% last year.", 32],
      ["Sales fell 46 percent last year.", 46],
      ["Sales fell 46 per cent last year.", 46],
      ["Sales fell 4.9 percent last year.", 4.9],
      ["Sales fell 12pc last year.", 12],
    ])("%s → %p %%", (text, value) => {
      const f = one(text);
      expect([f.value, f.unit, f.category]).toEqual([value, "%", "percentage"]);
    });
    test("a 5-point lead and by 11 points are poll margins", () => {
      const f = figures("Harris holds a 5-point lead. Becker trails by 11 points.");
      expect(f.map((x) => [x.value, x.unit, x.category])).toEqual([
        [5, "points", "poll"],
        [11, "points", "poll"],
      ]);
      expect(f[0].subject).toBe("lead");
    });
    test("shares of voters are poll results; index points are not", () => {
      const f = figures("Harris is backed by 46 percent of likely voters. The Dow fell 312 points, or 1.2%, to 33,010.");
      expect(f.map((x) => [x.value, x.category])).toEqual([
        [46, "poll"],
        [312, "other"],
        [1.2, "percentage"],
        [33010, "other"],
      ]);
      expect(f[0].subject).toBe("likely voters");
    });
  });

  describe("ranges are one figure: value is the low end, range [low, high]", () => {
    test.each([
      ["Officials expect 10 to 15 deaths.", "10 to 15 deaths"],
      ["Officials expect between 10 and 15 deaths.", "between 10 and 15 deaths"],
      ["Officials expect 10-15 deaths.", "10-15 deaths"],
    ])("%s", (text, span) => {
      const f = one(text);
      expect([f.text, f.value, f.range, f.category]).toEqual([span, 10, [10, 15], "deaths"]);
    });
    test("a range takes the unit and scale of its high end", () => {
      expect(one("Between 10 and 15 percent of voters are undecided, a poll says.").range).toEqual([10, 15]);
      expect(one("The bill could cost 1.2 to 1.5 billion dollars.").range).toEqual([1.2e9, 1.5e9]);
    });
    test("a change from one figure to another is two figures", () => {
      expect(figures("The rate rose from 3.5% to 3.9%.").map((x) => [x.value, x.range])).toEqual([
        [3.5, null],
        [3.9, null],
      ]);
      expect(values("Brent rose $3.20 to $87.45 a barrel.")).toEqual([3.2, 87.45]);
      expect(values("The firm's shares fell 96 points to 18,310.")).toEqual([96, 18310]);
    });
  });

  test("signs: a net rating of -38, minus 12; 'plus or minus' is a qualifier", () => {
    expect(figures("His net approval rating fell to -38. It was minus 12 in May.").map((x) => [x.value, x.category])).toEqual([
      [-38, "poll"],
      [-12, "count"],
    ]);
    const f = one("The survey's margin of error is plus or minus 3 points.");
    expect([f.value, f.qualifier, f.category]).toEqual([3, "plus or minus", "poll"]);
  });

  test("South Asian scales: Rs 500 crore", () => {
    const f = one("The firm paid Rs 500 crore.");
    expect([f.value, f.unit, f.category]).toEqual([5e9, "INR", "money"]);
  });

  test("vague amounts: value null, approximate", () => {
    const f = figures("Dozens were hurt. Hundreds of people fled, thousands of homes burned and scores of buildings fell.");
    expect(f.map((x) => [x.value, x.approximate])).toEqual([
      [null, true],
      [null, true],
      [null, true],
      [null, true],
    ]);
    expect(f.map((x) => x.text)).toEqual(["Dozens", "Hundreds of people", "thousands of homes", "scores of buildings"]);
    expect(figures("Test scores rose.")).toEqual([]);
    expect(figures("The scores were level.")).toEqual([]);
    expect(one("Scores were hurt in the crush.").category).toBe("injuries");
  });

  describe("qualifiers just before the number", () => {
    test.each(["at least", "about", "around", "nearly", "almost", "more than", "over", "up to", "roughly", "some", "fewer than", "less than"])("%s", (q) => {
      const f = one(`Officials said ${q} 40 people were arrested.`);
      expect([f.qualifier, f.value, f.category, f.text]).toEqual([q, 40, "arrests", `${q} 40 people`]);
      expect(f.approximate).toBe(["about", "around", "nearly", "almost", "roughly", "some"].includes(q));
    });
  });

  describe("subjects", () => {
    test("after the number", () => {
      expect(one("The survey of 1,204 registered voters was done online.").subject).toBe("registered voters");
      expect(one("Three men suspected of helping were held.").subject).toBe("men");
      expect(one("As many as 30,000 Russian and Belarusian soldiers took part.").subject).toBe("Russian and Belarusian soldiers");
    });
    test("before the number: troops numbering 2,000", () => {
      const f = one("Riot police numbering 2,000 used tear gas.");
      expect([f.subject, f.category, f.text]).toEqual(["Riot police", "troops", "2,000"]);
    });
    test("elided: the 50 that Mr. Obama sent", () => {
      const f = figures("The Pentagon will send 250 more Special Operations troops to Syria. That is on top of the 50 that Mr. Obama sent last fall.");
      expect(f.map((x) => [x.value, x.category, x.subject])).toEqual([
        [250, "troops", "Special Operations troops"],
        [50, "troops", "Special Operations troops"],
      ]);
    });
    test("a part of the figure before it takes its category: 'among them', 'including'", () => {
      const f = figures("Police said 1,000 people were arrested, including 320 in the capital. In all, 27 people were taken to hospital, among them eight police officers.");
      expect(f.map((x) => [x.value, x.category])).toEqual([
        [1000, "arrests"],
        [320, "arrests"],
        [27, "injuries"],
        [8, "injuries"],
      ]);
    });
  });

  describe("categories from the words around the number", () => {
    test.each([
      ["Gunmen killed 22 people on Friday.", "deaths"],
      ["The blast left 22 dead.", "deaths"],
      ["The death toll rose to 22 on Friday.", "deaths"],
      ["There were 22 fatalities.", "deaths"],
      ["Among the dead were five children.", "deaths"],
      ["22 people were injured in the blast.", "injuries"],
      ["The attack wounded 22 people.", "injuries"],
      ["Police detained 22 people overnight.", "arrests"],
      ["22 people were arrested overnight.", "arrests"],
      ["The army deployed 2,000 soldiers.", "troops"],
      ["Britain sent 800 peacekeepers.", "troops"],
      ["About 5,000 demonstrators gathered.", "protesters"],
      ["A poll found 46% support the plan.", "poll"],
      ["His approval rating fell to 38%.", "poll"],
      ["Inflation hit 8.3% in August.", "percentage"],
      ["The company lost $40m.", "money"],
      ["It happened in 1992.", "year"],
      ["The talks lasted three months.", "duration"],
      ["The 81-year-old spoke.", "age"],
      ["Karim Shah, 34, saw it.", "age"],
      ["The firm has 7,500 employees.", "count"],
      ["The site is some 60 kilometres away.", "other"],
    ])("%s → %s", (text, category) => {
      expect(one(text).category).toBe(category);
    });
    test("the agent is not the victim: 'three gunmen killed 22'", () => {
      expect(figures("Three gunmen killed 22 people.").map((x) => x.category)).toEqual(["count", "deaths"]);
    });
    test("two figures in one clause each take their own verb", () => {
      expect(figures("At least 22 people were killed and 59 others wounded when the bomb went off.").map((x) => x.category)).toEqual(["deaths", "injuries"]);
      expect(figures("The bomb killed at least 22 people and injured 59 others.").map((x) => x.category)).toEqual(["deaths", "injuries"]);
    });
  });

  describe("not figures", () => {
    test.each([
      "The second debate featured the first lady.",
      "It was the worst since World War II.",
      "Leaders met at the G20 summit.",
      "The FTSE 100 and the S&P 500 fell.",
      "He told Fox 5 and BBC Radio Five Live.",
      "The blast went off at 10:30.",
      "The blast went off at 8 a.m. on Monday.",
      "Polls open at 7pm.",
      "The vote is on March 5.",
      "The vote is on 5 March.",
      "Voting ran Oct. 12-15.",
      "Call 0300 555 0142 for help.",
      "Call 1-877-767-6446 for help.",
      "Call (202) 555-0143 for help.",
      "He made a 911 call.",
      "One in five said no.",
      "One of the men said no.",
      "It was signed on 5/3/2020.",
      "See page 2 and Article 5.",
      "He lives at 10 Downing Street.",
      "3M and 7-Eleven rose.",
    ])("%s", (text) => {
      expect(figures(text).map((x) => x.text)).toEqual([]);
    });
    test("a date keeps its year, not its day", () => {
      expect(figures("It happened on March 5, 2020.").map((x) => [x.value, x.category])).toEqual([[2020, "year"]]);
    });
    test("list markers and page furniture", () => {
      const text = "Title\n\n1. Twelve soldiers were hurt.\n\n2. Officials said 30 people died.\n\nShare this article\n12 comments\n";
      expect(figures(text).map((x) => x.value)).toEqual([12, 30]);
    });
  });

  test("a number quoted on its own: the text takes both quote marks", () => {
    const text = "Media reported “dozens” more fatalities.";
    const f = one(text);
    expect([f.text, f.subject, f.category]).toEqual(["“dozens” more fatalities", "fatalities", "deaths"]);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    // a quotation that starts earlier is not crossed: the subject stays outside
    expect(one("“We counted dozens” of bodies, he said.").text).toBe("dozens");
  });

  test("stays linear: a sentence holding 10,000 numbers, or 40,000", () => {
    const text = (n: number) => "Shares " + Array.from({ length: n }, (_, i) => `${i % 90}%`).join(", ") + ".";
    const time = (n: number) => {
      const t0 = performance.now();
      expect(figures(text(n))).toHaveLength(n);
      return performance.now() - t0;
    };
    time(2000); // warm the JIT
    const small = time(10_000);
    // four times the numbers: about four times the time (quadratic work would take sixteen)
    expect(time(40_000) / small).toBeLessThan(8);
  });

  test("each occurrence is its own entry, in order, with its sentence", () => {
    const text = "Police counted 300 marchers. Later 300 marchers left.\nThe 300 marchers went home.";
    const f = figures(text);
    expect(f.map((x) => x.start)).toEqual([15, 35, 58]);
    expect(f.map((x) => x.sentence)).toEqual(["Police counted 300 marchers.", "Later 300 marchers left.", "The 300 marchers went home."]);
    for (const x of f) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe("figures: words that are also names of built-in properties", () => {
  test("constructor, toString and valueOf are words, not numbers", () => {
    expect(figures("A constructor said so. He paid 5 constructor fees.").map((f) => [f.text, f.value])).toEqual([["5 constructor fees", 5]]);
    expect(figures("The constructor hired toString staff; valueOf and hasOwnProperty rose by 4 percent.")).toEqual([
      expect.objectContaining({ value: 4, unit: "%" }),
    ]);
  });
});

describe("qualifiers in tables", () => {
  test("every qualifier the reader knows is shown as a bound sign, as approximate, or on purpose as neither", () => {
    // "as few as 10", "as little as": low, not a bound either way; "plus or minus 3": a margin
    const neither = new Set(["as few as", "as little as", "plus or minus"]);
    const unshown = QUALIFIERS.map((q) => q.join(" ")).filter((q) => !(q in QUALIFIER_SIGNS) && !APPROXIMATE.has(q) && !neither.has(q));
    expect(unshown).toEqual([]);
  });
});
