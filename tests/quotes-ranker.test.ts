// Issue 12: the attribution ranker and the rules that propose its candidates, each tested by name on
// sentences written for it; sources no entity names (the contract's speakerKind). Names are marked
// by hand (see quotes-helpers.ts).

import { RULES } from "../src/extract/quotes/rules";
import { vocab } from "./helpers";
import { oneQuote as one, quotesOf } from "./quotes-helpers";

describe("the ranker", () => {
  test("ships in models/ and comes in through the vocabulary", () => {
    expect(vocab().speakerRanker).not.toBeNull();
    expect(vocab().speakerRanker?.weights.size).toBeGreaterThan(50);
  });

  test("every rule is in the registry with a description and an example", () => {
    for (const name of ["sentence-subject", "nearest-verb-before", "earlier-speaker", "said-after", "closing-clause", "coordinated", "possessive-saying", "only-person"]) {
      const r = RULES.get(name);
      expect(r?.description.length).toBeGreaterThan(20);
      expect(r?.example.length).toBeGreaterThan(10);
    }
  });
});

describe("rules", () => {
  test("only-person: statements with no attribution in an article that names one person alone are that person's", () => {
    const q = quotesOf("{Ruth Adler|f} built her name as a plain speaker.\n\n“I fell out with the party years ago.”\n\n“I never went back.”").quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Ruth Adler", "Ruth Adler"]);
    // a second person named before: no guess from this rule
    const two = quotesOf("{Ruth Adler|f} met {Omar Haddad} in May.\n\n“I fell out with the party years ago.”").doc;
    expect(two.attributions[0].rule).not.toBe("only-person");
  });

  test("possessive-saying: a possessive's word for a saying gives the quoted phrase its source", () => {
    expect(one("{Vera Holm|f}’s catch phrase in that race was that her rival “would say anything to win.”").speaker).toBe("Vera Holm");
    expect(one("{Ian Pratt}’s “47 percent” comment was nearly as dismissive.").speaker).toBe("Ian Pratt");
    expect(one("But {Ian Pratt}’s broadside against “printing money” leaves room for doubt.").speaker).toBe("Ian Pratt");
    // a possessive that owns no saying gives nothing: the car is not a source
    expect(one("{Ian Pratt}’s car was parked near the “safe zone” all day.").speaker).not.toBe("Ian Pratt");
  });

  test("coordinated: quoted phrases joined by “and”, “or” or commas share the source of the first", () => {
    const q = quotesOf("Her plan has been described as “reckless”, “cruel” or “wrong” by {Dana Kerr}.").quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Dana Kerr", "Dana Kerr", "Dana Kerr"]);
    // words between the phrases: each has its own source
    const apart = quotesOf("{Dana Kerr} called it “reckless”, and {Omar Haddad} said it was “wise”.").quotes;
    expect(apart.map((x) => x.speaker)).toEqual(["Dana Kerr", "Omar Haddad"]);
  });

  test("sentence-subject: a quoted phrase after a verb that reports nothing takes the sentence's subject", () => {
    expect(one("{Maria Lopez} blamed the “fog of war” for the failure of the mission.")).toMatchObject({ speaker: "Maria Lopez", kind: "partial" });
    // a capitalised word that only opens the sentence is no source
    expect(one("Turnout was “historic” in the north.").speaker).toBeNull();
  });

  test("nearest-verb-before: the verb next to the quoted phrase, where the sentence joins two speakers", () => {
    const q = quotesOf("{Omar Haddad} said the plan was “deeply flawed,” and {Lena Fisher} called it “a disgrace.”").quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Omar Haddad", "Lena Fisher"]);
  });

  test("earlier-speaker: a statement opening its paragraph continues the speaker quoted a paragraph before", () => {
    const q = quotesOf("“We will rebuild the bridge,” said {Ruth Adler}.\n\nThe council meets on Monday.\n\n“It will take two years.”").quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Ruth Adler", "Ruth Adler"]);
  });

  test("closing-clause: the attribution after an earlier comma when an apposition ends the sentence", () => {
    const q = one("“It is extremely unlikely” that the bill passes, said {Steve Orton}, deputy manager of the 2004 campaign.");
    expect(q).toMatchObject({ speaker: "Steve Orton", cue: "said" });
  });

  test("said-after: a role too long for a phrase, the name at its end", () => {
    const q = one("“The first line of defence is the community,” said former secretary of state {Hillary Clinton}, who spoke in Iowa.");
    expect(q).toMatchObject({ speaker: "Hillary Clinton", speakerMention: { text: "Hillary Clinton" } });
  });

  test("verb-before with a verb of calling: “referred to X as”, “described X as”", () => {
    expect(one("{Jeb Bush} referred to {Marco Rubio} as “a bright, charismatic leader”.")).toMatchObject({ speaker: "Jeb Bush", cue: "referred" });
    expect(one("{Anna Berg|f} described the deal as “a betrayal”.")).toMatchObject({ speaker: "Anna Berg", cue: "described" });
  });
});

describe("more rules", () => {
  test("passive-by: a quoted label in the passive belongs to whom “by” names", () => {
    const q = quotesOf("Her remarks were described as “irresponsible” by the {Rights Commission|org}.").quotes;
    expect(q[0]).toMatchObject({ speaker: "Rights Commission", cue: "by", kind: "partial" });
    // no "by": a label, no one's words
    const label = quotesOf("The plan was described as “bold” in the papers.").quotes;
    expect(label).toHaveLength(1);
    expect(label[0].speaker).toBeNull();
  });

  test("previous-paragraph: a statement opening its paragraph after a paragraph that reports someone", () => {
    const q = quotesOf("{Andy Richards|m}, of the local group, said the leaflet was what he had expected.\n\n“The people here will not put up with this.”").quotes;
    expect(q[0].speaker).toBe("Andy Richards");
  });
});

describe("nearest-person", () => {
  test("a statement with no attribution after a paragraph about one person is theirs", () => {
    const q = quotesOf("Rep. {Jane Porter|f} spoke to the crowd for an hour on Sunday.\n\n“We will not back down.”").quotes;
    expect(q[0].speaker).toBe("Jane Porter");
  });

  test("but a statement inside a later paragraph that names no one is no one's", () => {
    const q = quotesOf("Rep. {Jane Porter|f} spoke to the crowd.\n\nThe hall was full. “Unrelated.”").quotes;
    expect(q[0].speaker).toBeNull();
  });
});

describe("the sentence's subject after an opening phrase", () => {
  test("an adverb, “based on”, and a place or time set off after the opening phrase", () => {
    expect(one("Shortly after the call ended, {Rubio|m}’s campaign sent out a release saying {Murphy|m} owes “an explanation.”").speakerMention?.text).toMatch(/Rubio/);
    expect(one("At an event in Ames, {Iowa|place}, on Sunday, {Ann Clinton|f} tried to explain, saying the country should be “rallying our partners.”").speaker).toBe("Ann Clinton");
  });
});

describe("verb-before: a participle that hands over", () => {
  test("“X said, adding, “…”” is X's, not the sentence's subject", () => {
    expect(one("{Omar Mateen|m} did not mingle, {Nefzi} said, adding, “He was not very religious.”")).toMatchObject({ speaker: "Nefzi", cue: "adding" });
  });
});

describe("spokespeople", () => {
  test("“said the spokesman” is the one quoted before for an organisation", () => {
    const q = quotesOf("A spokesman for the {Home Office|org} said: “It is wrong.” “We are developing a programme,” said the spokesman.").quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Home Office", "Home Office"]);
  });

  test("“he said” after a spokesman written before (no person named since) is that spokesman's organisation", () => {
    const q = quotesOf("A spokesman for the {Casino Association|org} said the government was wrong. He said firms were at a disadvantage. “We are respected,” he said.").quotes;
    expect(q[0]).toMatchObject({ speaker: "Casino Association", speakerMention: { text: "he" } });
    // a man named since is the nearer referent
    const r = quotesOf("A spokesman for the {Casino Association|org} said the plan was wrong. {John Hart|m} disagreed. “We are respected,” he said.").quotes;
    expect(r[0].speaker).toBe("John Hart");
  });
});

describe("sources no entity names (speakerKind)", () => {
  test("a document: the phrase as written, its determiner in lower case at a sentence's start", () => {
    expect(one("The report said the plan was “deeply flawed.”")).toMatchObject({ speaker: "the report", speakerKind: "document", speakerMention: { text: "The report" } });
    expect(one("“Prices will rise,” the annual report said.")).toMatchObject({ speaker: "the annual report", speakerKind: "document" });
  });

  test("a group of people", () => {
    expect(one("“We want jobs,” protesters chanted.")).toMatchObject({ speaker: "protesters", speakerKind: "group" });
    expect(one("“It is unfair,” a student group said in a letter.")).toMatchObject({ speaker: "a student group", speakerKind: "group" });
  });

  test("a student group is a new group, not the organisation named before", () => {
    const q = quotesOf("{Acme Corp|org} opened a plant. “It is unfair,” a student group said.").quotes;
    expect(q[0]).toMatchObject({ speaker: "a student group", speakerKind: "group" });
  });

  test("an unnamed person", () => {
    expect(one("“I came for the music,” a woman in the audience said.")).toMatchObject({ speaker: "a woman in the audience", speakerKind: "other" });
  });

  test("a named person and an organisation keep their kinds; an unresolved pronoun names no one", () => {
    expect(one("“We are ready,” {Ann Lee|f} said.")).toMatchObject({ speaker: "Ann Lee", speakerKind: "person" });
    expect(one("“We are ready,” {Acme Corp|org} said.")).toMatchObject({ speaker: "Acme Corp", speakerKind: "organization" });
    expect(one("“We are ready,” he said.")).toMatchObject({ speaker: null, speakerKind: null, speakerMention: { text: "he" } });
  });
});

describe("descriptions that stand for a named person (coref)", () => {
  test("“the Tory co-chairman” is the person the article named with that title, across paragraphs", () => {
    const q = quotesOf("Tory co-chairman {Liam Fox|m} attacked the plans.\n\nMr {Blair=Tony Blair} told Labour members the Tories offered a “hard right agenda”.\n\nThe Tory co-chairman said voters were “tired of spin”.").quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Tony Blair", "Liam Fox"]);
    expect(q[1]).toMatchObject({ speakerKind: "person", speakerMention: { text: "The Tory co-chairman" } });
  });

  test("a description no one in the article bears stays the phrase as written", () => {
    expect(one("{Ann Lee|f} spoke first. “It is over,” the lawyer said.")).toMatchObject({ speaker: "the lawyer", speakerKind: "other" });
  });

  test("an indefinite description is someone new: “a lawyer” is not the lawyer named before", () => {
    const q = quotesOf("Lawyer {Greg Ioannou|m} filed the appeal. “It is over,” a lawyer said.").quotes;
    expect(q[0]).toMatchObject({ speaker: "a lawyer", speakerKind: "other" });
  });
});

describe("reopened quotes (a statement over paragraphs, each reopened, only the last closed)", () => {
  test("every paragraph is a quote of the speaker the first names", () => {
    const q = quotesOf("{Liam Fox|m} said: “This is a government that has lost its way.\n\n“It has raised taxes and the people know it.\n\n“We will offer a real choice.”").quotes;
    expect(q.map((x) => [x.text.slice(0, 12), x.speaker])).toEqual([
      ["This is a go", "Liam Fox"],
      ["It has raise", "Liam Fox"],
      ["We will offe", "Liam Fox"],
    ]);
  });

  test("reopened inside a paragraph after a sentence's stop (straight marks): two quotes, one speaker", () => {
    const q = quotesOf('{Taha Idris|m} spoke. "The party has tried before and this is another example. "I am in no doubt they are not wanted here," he said.').quotes;
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ["The party has tried before and this is another example.", "Taha Idris"],
      ["I am in no doubt they are not wanted here,", "Taha Idris"],
    ]);
  });

  test('a closing mark after a stop is still a closer: … example." He said', () => {
    const q = quotesOf('"This is another example." He said it twice.').quotes;
    expect(q.map((x) => x.text)).toEqual(["This is another example."]);
  });

  test("an attribution at the end covers the paragraphs before it", () => {
    const q = quotesOf("“The plan has failed.\n\n“We need a new one,” said {Ruth Adler}.").quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Ruth Adler", "Ruth Adler"]);
  });
});
