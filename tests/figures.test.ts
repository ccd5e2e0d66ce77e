import { analyze } from "../src/analyze";

const figures = (text: string) => analyze(text).figures;

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
  test("words, dozens, scales and ranges", () => {
    const f = figures("Forty-one people and two dozen others joined; half a million watched; 10 to 15 left; the firm earned £40bn.");
    expect(f.map((x) => x.value)).toEqual([41, 24, 500000, 10, 40e9]);
    expect(f[3].range).toEqual([10, 15]);
    expect(f[4].unit).toBe("GBP");
  });
  test("ordinals, dates, clock times and numbers inside names are not figures", () => {
    expect(figures("The second debate on March 5 at 10:30 featured the FTSE 100 and the first lady.")).toEqual([]);
  });
});
