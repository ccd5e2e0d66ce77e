import { analyze } from "./helpers";

const names = (list: Array<{ name: string }>) => list.map((e) => e.name);

describe("entities", () => {
  const text = [
    "Chilean President Gabriel Boric met Canadian Prime Minister Justin Trudeau in Ottawa on Monday.",
    "Boric’s visit came after the Organization of American States (OAS) warned of unrest.",
    "“We are watching closely,” said Maria Lopez, head of the Andean Policy Institute (APIN), a think tank.",
    "APIN’s Lopez added that the OAS would meet in Lima. The U.S. and the UK backed the talks, and French",
    "diplomats said the Soviet Union had never faced such a crisis.",
  ].join("\n\n");
  const r = analyze(text);

  test("names after titles and nationalities, with the title as description", () => {
    expect(names(r.people)).toEqual(expect.arrayContaining(["Gabriel Boric", "Justin Trudeau", "Maria Lopez"]));
    const boric = r.people.find((p) => p.name === "Gabriel Boric")!;
    expect(boric.description).toBe("Chilean President");
    expect(boric.count).toBe(2); // "Boric’s" folds in, without the possessive
    expect(boric.mentions.map((m) => m.text)).toEqual(["Gabriel Boric", "Boric"]);
  });
  test("descriptions from appositions", () => {
    expect(r.people.find((p) => p.name === "Maria Lopez")!.description).toBe("head of the Andean Policy Institute (APIN)");
  });
  test("acronyms tie to their expansion", () => {
    const inst = r.organizations.find((o) => o.name === "Andean Policy Institute")!;
    expect(inst.acronym).toBe("APIN");
    expect(inst.count).toBe(3);
    const oas = r.organizations.find((o) => o.acronym === "OAS")!;
    expect(oas.name).toBe("Organization of American States");
    expect(r.organizations.filter((o) => o.name === "OAS")).toHaveLength(0);
  });
  test("countries from names, abbreviations and demonyms, with ISO codes", () => {
    const byCode = Object.fromEntries(r.countries.map((c) => [c.code, c]));
    expect(byCode.CL.name).toBe("Chile");
    expect(byCode.CA.name).toBe("Canada");
    expect(byCode.US.name).toBe("United States");
    expect(byCode.GB.name).toBe("United Kingdom");
    expect(byCode.FR.aliases).toContain("French");
    expect(byCode.SU.name).toBe("Soviet Union");
    // an official name without its article, as news writes it, is the country and no body
    const official = analyze("The firm holds contracts in Turkmenistan and the Republic of Congo.");
    expect(official.countries.map((c) => c.code)).toEqual(expect.arrayContaining(["TM", "CG"]));
    expect(official.organizations).toEqual([]);
  });
  test("places with the country of a capital", () => {
    const ottawa = r.places.find((p) => p.name === "Ottawa")!;
    expect(ottawa.country).toBe("CA");
    expect(names(r.places)).toContain("Lima");
    // a person never doubles as a place
    expect(names(r.places)).not.toContain("Boric");
  });
  test("every mention slices the text to its own text, with no punctuation inside", () => {
    for (const e of [...r.people, ...r.organizations, ...r.countries, ...r.places]) {
      expect(e.count).toBe(e.mentions.length);
      for (const m of e.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.text).not.toMatch(/^[\s,.;:’'"]|[\s,;:’'"]$|’s$/);
        // a final dot belongs only to an abbreviation ("U.S.")
        if (m.text.endsWith(".")) expect(m.text).toMatch(/^(?:\p{L}\.)+$/u);
      }
    }
  });
});

describe("one entry per person, however the article writes the name", () => {
  const text = [
    "Michael Jordan scored 40 points on Sunday. Jordan said the team played well.",
    "Mr Barroso said the plan was sound. Mr Barroso's team agreed.",
    "Hillary Clinton met Bill Clinton in Washington. Later, Clinton said the talks went well. Tom James arrived late; Tom said he was sorry.",
    "Robert De Niro won the award. De Niro thanked the jury. George W. Bush spoke; George Bush later left.",
  ].join("\n\n");
  let r: ReturnType<typeof analyze>;
  beforeAll(() => {
    r = analyze(text);
  });
  const person = (name: string) => r.people.find((p) => p.name === name);

  test("a surname that is also a country stays the person's", () => {
    expect(person("Michael Jordan")?.count).toBe(2);
    expect(r.countries.map((c) => c.code)).not.toContain("JO");
  });
  test("an honorific makes a person, and is no part of the name or the description", () => {
    const b = r.people.find((p) => p.name.endsWith("Barroso"));
    expect(b?.name).toBe("Barroso");
    expect(b?.count).toBe(2);
    expect(b?.description).toBeNull();
    expect(r.organizations.map((o) => o.name)).not.toContain("Barroso");
  });
  test("first names, multi-word surnames and initials fold into the full name", () => {
    expect(person("Tom James")?.count).toBe(2);
    expect(person("Robert De Niro")?.count).toBe(2);
    expect(person("George W. Bush")?.aliases).toContain("George Bush");
    expect(r.people.map((p) => p.name)).not.toEqual(expect.arrayContaining(["Tom"]));
  });
  test("a surname two people share goes to the one named last", () => {
    expect(person("Bill Clinton")?.count).toBe(2);
    expect(person("Hillary Clinton")?.count).toBe(1);
    expect(r.people.filter((p) => p.name === "Clinton")).toEqual([]);
  });
});

describe("roles before a name and after it", () => {
  const r = analyze(
    "And Home Secretary Charles Clarke told reporters the plan would work. Former President Donald Trump disagreed, as did Tim Cook, Apple's chief executive. Prices rose at the Royal Mail's postal arm. The Jackson Five's hits were played.",
  );
  const description = (name: string) => r.people.find((p) => p.name === name)?.description;
  test("the office's name and modifiers stay with the title", () => {
    expect(description("Charles Clarke")).toBe("Home Secretary");
    expect(description("Donald Trump")).toBe("Former President");
  });
  test("an apposition opened by a possessive name", () => {
    expect(description("Tim Cook")).toBe("Apple's chief executive");
  });
  test("no mention ends in a possessive", () => {
    expect([...r.people, ...r.organizations, ...r.places].length).toBeGreaterThan(3);
    for (const e of [...r.people, ...r.organizations, ...r.places]) for (const m of e.mentions) expect(m.text).not.toMatch(/['’]s$/);
  });
});

describe("a royal known by a given name", () => {
  it("is named with the title where no fuller name is given, and the name alone folds into it", () => {
    const r = analyze(
      "The Queen's grandson, Prince Harry, sparked outrage.\nPrince Edward will join the delegation with Crown Prince Frederik and Queen Elizabeth II. Harry later left. Foreign minister Prince Saud Al-Faisal said Prince Saud would go.",
    );
    const people = r.people.map((p) => p.name);
    expect(people).toEqual(expect.arrayContaining(["Prince Harry", "Prince Edward", "Crown Prince Frederik", "Queen Elizabeth II", "Saud Al-Faisal"]));
    expect(r.people.find((p) => p.name === "Prince Harry")?.count).toBe(2);
    for (const n of ["Harry", "Edward", "Prince Saud"]) expect(people).not.toContain(n);
    // (the mention is the name, as CoNLL mostly reads it)
    expect(r.people.find((p) => p.name === "Prince Edward")?.mentions[0].text).toBe("Edward");
  });
});

describe("the words right after a person's name", () => {
  it("run a name on over a middle initial to the surname", () => {
    const r = analyze("US District Court Judge Robert W Sweet ruled Lee should get a tenth of the profits.");
    expect(names(r.people)).toContain("Robert W Sweet");
    expect(names(r.people)).not.toContain("Robert W");
  });

  it("make a name before ', who' a person's, not a work's", () => {
    const r = analyze(
      "The Producers won best musical at the theatre awards, and the award for best performance in a supporting role went to Conleth Hill, who plays director Roger DeBris. The film studio Focus Features, who made it, was pleased.",
    );
    expect(names(r.people)).toContain("Conleth Hill");
    expect(r.other.map((o) => o.name)).not.toContain("Conleth Hill");
    expect(names(r.people)).not.toContain("Focus Features");
  });
});

describe("a maker read as a place", () => {
  it("reads two words owning a work as its maker when the first is no place's, though the second names a town", () => {
    const r = analyze("The film is expected to match the record of Hayao Miyazaki's previous film Spirited Away. New York's latest film opens too.");
    expect(names(r.people)).toContain("Hayao Miyazaki");
    expect(names(r.places)).toEqual(["New York"]);
  });

  it("reads one word no list knows owning a work before its title as the maker, and not a town owning a house", () => {
    const r = analyze("A film version of Bizet's opera Carmen was shown at the festival. Zwolle's opera house was full.");
    expect(names(r.people)).toEqual(["Bizet"]);
    expect(names(r.places)).not.toContain("Bizet");
  });
});
