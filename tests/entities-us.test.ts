// Entities in US political news (the keys in tests/fixtures/keys/unread-us), read as its readers
// key them: parties by their adjectives, states as places, conventions as events, and a tweet's
// handles and links as nobody.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, describeShared, SHARED } from "./helpers";

const names = (list: Array<{ name: string }>) => list.map((e) => e.name);

describe("US parties named by their adjectives and members' nouns", () => {
  it("is the party in US political news", () => {
    const r = analyze("Iowa winner Ted Cruz said the Republican nominee Donald Trump was wrong. Democrat Hillary Clinton won the Democratic nomination, and Republicans in the Senate agreed.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Republican Party", "Democratic Party"]));
    const gop = r.organizations.find((e) => e.name === "Republican Party")!;
    expect(gop.mentions.map((m) => m.text)).toEqual(["Republican", "Republicans"]);
    expect(names(r.people)).toEqual(expect.arrayContaining(["Ted Cruz", "Donald Trump", "Hillary Clinton"]));
  });

  it("names none outside it, nor inside another name", () => {
    const r = analyze("His Democratic challenger lost the race for mayor of the town. The Democratic Unionist Party leader Ian Paisley spoke in Belfast.");
    expect(names(r.organizations)).toEqual(["Democratic Unionist Party"]);
  });
});

describe("a US state the tagger read as a body", () => {
  describeShared("in a PolNeAR article's opening", () => {
    it("is the state outside sport, at every mention", () => {
      // (the tagger reads the headline's "Missouri" as a body once the text lists the states Clinton won)
      const text = readFileSync(join(SHARED, "corpora", "polnear-train", "text", "huff-post_2016-03-16_hillary-clinton-wins-missouri-de.txt"), "utf8").slice(0, 1500);
      const r = analyze(text);
      expect(names(r.organizations)).not.toContain("Missouri");
      expect(r.places.find((p) => p.name === "Missouri")?.mentions[0].start).toBe(text.indexOf("Missouri"));
    });
  });
});

describe("a convention a party holds", () => {
  it("is an event, a treaty's convention a law", () => {
    const r = analyze("The Democratic National Convention opened in Philadelphia, and the State GOP Convention met in Casper. The Geneva Convention applies.");
    const kind = (n: string) => r.other.find((o) => o.name === n)?.kind;
    expect(kind("Democratic National Convention")).toBe("event");
    expect(kind("State GOP Convention")).toBe("event");
    expect(kind("Geneva Convention")).toBe("law");
  });
});

describe("a tweet's handles, hashtags and links", () => {
  it("name nobody", () => {
    const r = analyze("Ann Coulter wrote: “Trump wins.” pic.twitter.com/abc123 — Follow @InvokeTruth and #SuperTuesday. He shops at Amazon.com.");
    const all = [...r.people, ...r.organizations, ...r.places, ...r.other].map((e) => e.name);
    expect(all.filter((n) => /InvokeTruth|SuperTuesday|twitter/i.test(n))).toEqual([]);
    expect(names(r.organizations)).toContain("Amazon.com");
  });
});

describe("the US as its news writes it", () => {
  const r = analyze("Sen. Tim Scott (R-S.C.) and Sen. Harry Reid (D-Nev.) spoke, and Sen. Bernie Sanders, I-Vt., agreed. Hillary Clinton spoke in Portsmouth, N.H., and in Arlington, Mass., before she won New Hampshire. The suit was filed in Washington, D.C., on Monday.");
  const all = [...r.people, ...r.organizations, ...r.countries, ...r.places, ...r.other].map((e) => e.name);

  it("reads a member's party-and-state tag as no one's name", () => {
    expect(all.filter((n) => /^(?:[RDI]-|C\.?$|S\.C)/.test(n))).toEqual([]);
    expect(names(r.people)).toEqual(expect.arrayContaining(["Tim Scott", "Harry Reid", "Bernie Sanders"]));
  });

  it("places a town before a state's abbreviation in the US, the abbreviation folded into the state the article names", () => {
    const place = (n: string) => r.places.find((p) => p.name === n);
    expect(place("Portsmouth")?.country).toBe("US");
    expect(place("New Hampshire")?.aliases).toContain("N.H.");
    expect(place("N.H.")).toBeUndefined();
  });

  it("reads Washington, D.C. as one place in the US", () => {
    const dc = r.places.find((p) => p.name === "Washington, D.C.");
    expect(dc?.country).toBe("US");
    expect(all).not.toContain("D.C.");
  });
});

describe("news outlets by name", () => {
  it("are bodies wherever written, the ambiguous ones only after their own 'The'", () => {
    const r = analyze("As The Hill reported, The Daily Beast and the Huffington Post agreed. George Zornick of The Nation wrote in The Atlantic. Melissa Cronin of Gawker said on MSNBC that the Boston Globe's editors disagree. He walked up the hill across the Atlantic.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Hill", "Daily Beast", "Huffington Post", "Nation", "Atlantic", "Gawker", "MSNBC", "Boston Globe"]));
    expect(r.other).toEqual([]);
    expect(r.organizations.find((o) => o.name === "Atlantic")?.mentions).toHaveLength(1);
    expect(r.places.find((p) => p.name === "Atlantic")?.mentions).toHaveLength(1);
  });
});

describe("a state's primary or caucuses", () => {
  it("is an event beside the state, 'primary' as an adjective none", () => {
    const r = analyze("Clinton won the Wisconsin primary and the Iowa caucuses before Super Tuesday, and Sanders took the New Hampshire Democratic primary. She visited an Iowa primary school.");
    const events = r.other.filter((o) => o.kind === "event").map((o) => o.name);
    expect(events).toEqual(expect.arrayContaining(["Wisconsin primary", "Iowa caucuses", "Super Tuesday", "New Hampshire Democratic primary"]));
    expect(events).not.toContain("Iowa primary");
    expect(r.places.find((p) => p.name === "Wisconsin")?.country).toBe("US");
  });
});

describe("news and talk shows by name", () => {
  it("are works, those that are common words too only beside their broadcaster or noun", () => {
    const r = analyze("He said on NBC's Meet the Press, on Good Morning America and on CNN's New Day, and laughed on Morning Joe. A new day dawned.");
    const works = r.other.filter((o) => o.kind === "work").map((o) => o.name);
    expect(works).toEqual(expect.arrayContaining(["Meet the Press", "Good Morning America", "New Day", "Morning Joe"]));
    expect(r.other.find((o) => o.name === "New Day")?.mentions).toHaveLength(1);
    expect(names(r.people)).toEqual([]);
  });
});

describe("a party's label before a person's name", () => {
  it("says the article is US political news, and names the party", () => {
    const r = analyze("Supporters of Republican Donald Trump and supporters of Democrat Hillary Clinton disagreed.");
    expect(names(r.organizations).sort()).toEqual(["Democratic Party", "Republican Party"]);
  });
});

describe("a surname several people of the article share", () => {
  it("goes to the one a pronoun after it fits, then to whoever was named last", () => {
    const r = analyze("Hillary Clinton spoke in Iowa on Monday. Her husband, former President Bill Clinton, campaigned in Ohio. Clinton said she would win the nomination. Clinton added that the economy mattered.");
    const mentions = (n: string) => r.people.find((p) => p.name === n)?.mentions.map((m) => m.text);
    expect(mentions("Hillary Clinton")).toEqual(["Hillary Clinton", "Clinton", "Clinton"]);
    expect(mentions("Bill Clinton")).toEqual(["Bill Clinton"]);
  });
});

describe("a body's acronyms that spell no initials of its name", () => {
  it("fold into the name the article gives it, and stand alone where it gives none", () => {
    const r = analyze("The Islamic State, also known as ISIS and ISIL, claimed the attack. ISIS fighters fled.");
    expect(r.organizations.map((o) => [o.name, o.aliases])).toEqual([["Islamic State", ["ISIS", "ISIL"]]]);
    expect(names(analyze("ISIS claimed the attack.").organizations)).toEqual(["ISIS"]);
  });
});

describe("a headline in title case", () => {
  it("splits its names at the words that say nothing there, keeping what the body names", () => {
    const r = analyze("Brutal: Ted Cruz Just Called Hillary A Name That'll Make Her Cringe As The FBI Just Made A Bombshell Announcement About Donald Trump Tweets.\n\nTed Cruz attacked Hillary Clinton on Monday in Iowa, and the FBI said nothing of the tweets Donald Trump posted. Barack Obama was silent.");
    const all = [...r.people, ...r.organizations, ...r.places, ...r.other].map((e) => e.name);
    expect(all.filter((n) => /Just|Brutal|Tweets|Cringe/.test(n))).toEqual([]);
    expect(names(r.people)).toEqual(expect.arrayContaining(["Ted Cruz", "Hillary Clinton", "Donald Trump"]));
    expect(r.people.find((p) => p.name === "Ted Cruz")?.mentions[0].start).toBe(8);
    expect(r.people.find((p) => p.name === "Ted Cruz")?.mentions).toHaveLength(2);
  });

  it("keeps a known title whole, as in BBC's headlines", () => {
    const r = analyze("DVD review: Harry Potter and the Prisoner of Azkaban\n\nThe third film in the series is out on DVD, and the film's stars shine.");
    expect(r.other.map((o) => o.name)).toContain("Harry Potter and the Prisoner of Azkaban");
  });
});

describe("more of US news's forms", () => {
  it("reads a party's word before a race's noun as US political news, whatever else the article names", () => {
    expect(names(analyze("Republican presidential front-runner Donald Trump spoke on Monday.").organizations)).toEqual(["Republican Party"]);
  });

  it("folds a state's nickname into the state, but not a film's title in an article about the arts", () => {
    const r = analyze("Trump has led in New Hampshire since September, and the Granite State votes on Tuesday.");
    expect(r.places.map((p) => [p.name, p.aliases])).toEqual([["New Hampshire", ["Granite State"]]]);
    const film = analyze("Zach Braff wrote, directed and starred in the film Garden State, a comedy whose soundtrack won a Grammy. The film's director and its cast were praised.");
    expect(film.other.find((o) => o.name === "Garden State")?.kind).toBe("work");
    expect(film.places).toEqual([]);
  });

  it("lists no people of no country, no generation and no title in the plural", () => {
    const r = analyze("Sens. John McCain and Lindsey Graham agreed, and Govs. Chris Christie and John Kasich too. Millennials, Baby Boomers and Latinos voted, and the Latino vote matters.");
    expect([...r.organizations, ...r.places, ...r.other, ...r.countries]).toEqual([]);
    expect(names(r.people)).toEqual(["John McCain", "Lindsey Graham", "Chris Christie", "John Kasich"]);
  });

  it("reads a show after its broadcaster's possessive over its quote marks, the Oval Office as a place and Brexit as an event", () => {
    const r = analyze("He told ABC's 'This Week' in the Oval Office that voters backed Brexit.");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual([["This Week", "work"], ["Brexit", "event"]]);
    expect(r.places.map((p) => [p.name, p.country])).toEqual([["Oval Office", "US"]]);
  });
});

describe("a state before its party's member", () => {
  it("is the state, and the member names the party", () => {
    const r = analyze("Harry Reid, the Nevada Democrat, spoke to reporters on Capitol Hill.");
    expect(names(r.organizations)).toEqual(["Democratic Party"]);
    expect(r.places.map((p) => [p.name, p.country])).toEqual(expect.arrayContaining([["Nevada", "US"]]));
  });
});

describe("a paper's or a body's last word alone", () => {
  it("is the one body its name ends with; a British paper's word stays its own paper outside US news", () => {
    const r = analyze("The Washington Post reported it on Capitol Hill, where the Senate met. The Post said the senator lied. The State Department said no, and the Department agreed.");
    expect(r.organizations.map((o) => [o.name, o.aliases])).toEqual(expect.arrayContaining([["Washington Post", ["Post"]], ["State Department", ["Department"]]]));
    const uk = analyze("The Financial Times and The Times both reported the merger.");
    expect(names(uk.organizations).sort()).toEqual(["Financial Times", "Times"]);
  });
});

describe("a British party's adjective in US political news", () => {
  it("says what someone thinks, no party", () => {
    const r = analyze("Conservative radio host Rush Limbaugh attacked the Republican nominee Donald Trump, the Associated Press reported.");
    expect(names(r.organizations).sort()).toEqual(["Associated Press", "Republican Party"]);
    expect(names(analyze("The Conservative leader Michael Howard attacked Labour.").organizations).sort()).toEqual(["Conservative Party", "Labour Party"]);
  });
});

describe("a US party's member's noun opening a person's full name", () => {
  it("is the party, and the person is the name after it", () => {
    const r = analyze("Democrat Zephyr Teachout lost to John Faso in the race for the seat, and Teachout conceded.");
    expect(names(r.people)).toEqual(expect.arrayContaining(["Zephyr Teachout", "John Faso"]));
    expect(r.people.find((p) => p.name === "Zephyr Teachout")?.mentions).toHaveLength(2);
    expect(names(r.organizations)).toEqual(["Democratic Party"]);
  });
});

describe("a full name and the same with a middle name", () => {
  it("are one person, named by the fuller", () => {
    const r = analyze("Hillary Clinton spoke on Monday. Hillary Rodham Clinton said later that she would win.");
    expect(r.people.map((p) => [p.name, p.aliases])).toEqual([["Hillary Rodham Clinton", ["Hillary Clinton"]]]);
  });
});

describe("a body's name, a title and a person's name read as one", () => {
  it("are the body and the person", () => {
    const r = analyze("Republican National Committee Chairman Reince Priebus said so on Monday.");
    expect(names(r.people)).toEqual(["Reince Priebus"]);
    expect(names(r.organizations)).toEqual(["Republican National Committee"]);
  });
});

describe("a poll's pollsters joined by a slash", () => {
  it("are two bodies, in capitals too; a band's initials stay one", () => {
    const r = analyze("A CNN/ORC poll and a YouGov/Economist survey showed it, and an AC/DC song played.");
    expect(names(r.organizations)).toEqual(["CNN", "ORC", "YouGov", "Economist", "AC/DC"]);
  });
});

describe("an office's title in the plural before names", () => {
  it("is no part of the first", () => {
    const r = analyze("Presidents Reagan and Obama both spoke, as did Senators Cruz and Rubio.");
    expect(names(r.people)).toEqual(["Reagan", "Obama", "Cruz", "Rubio"]);
  });
});

describe("a poll's sponsors joined by a hyphen", () => {
  it("are two bodies, each at its own characters", () => {
    const text = "A Washington Post-ABC News poll found it, and Post-Katrina aid went out.";
    const r = analyze(text);
    expect(r.organizations.map((o) => [o.name, text.slice(o.mentions[0].start, o.mentions[0].end)])).toEqual([["Washington Post", "Washington Post"], ["ABC News", "ABC News"]]);
  });
});

describe("a town the tagger read as a body in US political news", () => {
  it("is the town", () => {
    const r = analyze("PHILADELPHIA — Democratic delegates met on Monday, and Republican senators watched from Cleveland, where the Cleveland rally ended.");
    expect(r.organizations.map((o) => o.name).filter((n) => /PHILADELPHIA|Cleveland/i.test(n))).toEqual([]);
    expect(r.places.map((p) => [p.name, p.country])).toEqual(expect.arrayContaining([["Cleveland", "US"]]));
  });
});

describe("events, awards, laws and regions known by name", () => {
  it("are of their kind wherever the tagger read them", () => {
    const r = analyze("The Great Recession hit the Rust Belt hard. He won the Medal of Honor and a Purple Heart after the Arab Spring.");
    const kind = (n: string) => r.other.find((o) => o.name === n)?.kind;
    expect([kind("Great Recession"), kind("Arab Spring"), kind("Medal of Honor"), kind("Purple Heart")]).toEqual(["event", "event", "award", "award"]);
    expect(r.places.map((p) => [p.name, p.country])).toEqual([["Rust Belt", "US"]]);
    expect(r.people).toEqual([]);
  });
});

describe("a US state's people", () => {
  it("name the state, before a person's name too; a magazine's own 'The' keeps its name", () => {
    const r = analyze("Iowans voted, and Ohioans and New Yorkers and Texans followed, The New Yorker said, and fellow Kentuckian Rand Paul agreed.");
    expect(r.places.map((p) => [p.name, p.country])).toEqual(expect.arrayContaining([["Ohio", "US"], ["New York", "US"], ["Texas", "US"], ["Kentucky", "US"]]));
    expect(names(r.people)).toEqual(["Rand Paul"]);
    expect(names(r.organizations)).toEqual(["New Yorker"]);
  });
});

describe("devices of the 2010s", () => {
  it("are products", () => {
    const r = analyze("She checked her iPhone and her iPad, and read it on a Kindle.");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual([["iPhone", "product"], ["iPad", "product"], ["Kindle", "product"]]);
  });
});

describe("US bodies news names by initials", () => {
  it("are bodies where the tagger reads nothing", () => {
    const r = analyze("He worked at the IRS and the EPA, and the NRA and the DNC disagreed, as did Black Lives Matter.");
    expect(names(r.organizations)).toEqual(["IRS", "EPA", "NRA", "DNC", "Black Lives Matter"]);
  });
});
