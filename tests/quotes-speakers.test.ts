// Who a quote is attributed to, in the cases review found wrong: the speaker phrase's own words
// (sentence openers, titles, places), the sentence a partial quote stands in, possessors, labels.
// Names are marked by hand (quotes-helpers.ts) unless a test runs the whole analysis.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Doc } from "../src/text/document";
import type { Result } from "../src/types";
import { analyze, describeShared, SHARED } from "./helpers";
import { oneQuote as one, quotesOf } from "./quotes-helpers";

describe("the speaker phrase", () => {
  test("a surname ending in -ly is a name, not an adverb between subject and verb", () => {
    const q = one('Talks resumed. Mr {Kelly=Ruth Kelly} said: "There are hundreds of cases."');
    expect(q.speaker).toBe("Ruth Kelly");
    expect(q.speakerMention?.text).toBe("Kelly");
  });

  test("a participle after the closing mark does not invert: the name after it is its object, not the speaker", () => {
    const q = one('{Trump=Donald Trump} openly admires {Vladimir Putin} as a “strong leader,” comparing him favorably to President {Obama=Barack Obama}.');
    expect(q.speaker).not.toBe("Barack Obama");
  });

  test("“X said:” hands the verb to the quote after the colon, not to the statement before it", () => {
    const q = quotesOf('{Ann Lee} spoke first. "We began a year ago." Mr {Holt=Dan Holt} said: "There are hundreds of cases."').quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Ann Lee", "Dan Holt"]);
  });
});

describe("a speaker is a person's or organisation's name, never a stray capitalised word", () => {
  test("a word that only opens the sentence is no name: “The 67-year-old also said”, “But Age Concern said”, “Among them”", () => {
    const q = quotesOf('The actor left early. The 54-year-old also said he had lost his "spark" for acting.').quotes;
    expect(q[0]).toMatchObject({ speaker: null, speakerMention: { text: "The 54-year-old" } });
    expect(one('But {Age Concern|org} said the plan was "cowardly".').speaker).toBe("Age Concern");
    const among = one('Among them were blogs carrying messages saying "we are sorry" for the result.');
    expect(among.speaker).toBeNull();
  });

  test("“Said the report:” — a reporting verb opening the sentence is not part of a name", () => {
    const q = one('Said the {Pew|org} report: "Nearly half of users would stop."');
    expect(q).toMatchObject({ speaker: "Pew", speakerMention: { text: "the Pew report" }, cue: "said" });
  });

  test("a title set off before the name gives way to the name after the comma", () => {
    const q = one('{Argentina|country}’s President, {Nestor Kirchner}, said on Friday: "A year ago they told us we were crazy."');
    expect(q.speaker).toBe("Nestor Kirchner");
    expect(q.speakerMention?.text).toBe("Nestor Kirchner");
    const r = one('"We are sure of it," said the {Kazakhs|country}’ envoy, {Erlan Idrissov}.');
    expect(r.speaker).toBe("Erlan Idrissov");
  });

  test("a title alone is a role, not a name: an unnamed person, speaker as written", () => {
    const q = one('"The effects are limited," the Lord Chancellor said.');
    expect(q).toMatchObject({ speaker: "the Lord Chancellor", speakerKind: "other" });
    expect(q.speakerMention?.text).toBe("the Lord Chancellor");
  });

  test("a place after the name does not speak: “Ambassador Stefan Johannesson of Iceland”, “Lloyds of London”", () => {
    expect(one('The chairman, Ambassador {Stefan Johannesson} of {Iceland|country}, warned there was "still a lot of work".').speaker).toBe("Stefan Johannesson");
    const q = one('Lloyds of {London|place} told the paper its exposure was limited to "holiday resorts".');
    expect(q.speaker).toBeNull();
    expect(q.speakerMention?.text).toBe("Lloyds");
  });

  test("a country speaks by its name, its peoples never; the mention stays (an organisation the text names does)", () => {
    const q = one('"The meeting was efficient," the {US|country} said.');
    expect(q).toMatchObject({ speaker: "US", speakerKind: "country", speakerMention: { text: "US" }, cue: "said" });
    expect(one('{Norway|country} said it would "think again" about the deal.')).toMatchObject({ speaker: "Norway", speakerKind: "country" });
    expect(one('"I have acted correctly," the 27-year-old Austrian said.').speaker).toBeNull();
    expect(one('"It was my first final," said the German.').speaker).toBeNull();
    expect(one('"The meeting was efficient," the {US State Department|org} said.').speaker).toBe("US State Department");
  });

  test("letters after a name are not part of it: Guy Mansfield QC is Guy Mansfield", () => {
    expect(one('The chairman of the Bar Council, {Guy Mansfield} QC, warned of the "margins of society".').speaker).toBe("Guy Mansfield");
  });

  test("a name set off by a description is a person's even when its words are ordinary ones", () => {
    expect(one('"It is a whole new franchise," said Gill Champion, president of the studio.').speaker).toBe("Gill Champion");
    expect(one('"It is a whole new franchise," said Jupiter Research, a consultancy.').speaker).toBeNull();
  });
});

describe("every speaker is listed in people or organizations (analysis core)", () => {
  // the entity stage's second look at speakers' names runs in quotesOf, as in the pipeline
  const people = (doc: Doc) => doc.entities.filter((e) => e.type === "person");

  test("a person's name the entity stage missed joins people, with every occurrence as a mention", () => {
    const { quotes, doc } = quotesOf('Zebulon Quartermaine farms here. "We are ready," said Zebulon Quartermaine, a local farmer.');
    expect(quotes[0].speaker).toBe("Zebulon Quartermaine");
    const person = doc.entities.find((e) => e.name === "Zebulon Quartermaine");
    expect(person?.type).toBe("person");
    expect(person?.mentions.map((m) => m.start)).toEqual([0, 54]);
    expect(doc.mentions.filter((m) => m.entity === person)).toHaveLength(2);
  });

  test("a short form is the person already listed, not a new one", () => {
    const { quotes, doc } = quotesOf('{Ruth Kelly} spoke. "We agree," said Mr Kelly.');
    expect(quotes[0].speaker).toBe("Ruth Kelly");
    expect(doc.entities).toHaveLength(1);
  });

  test("a name that is no person's leaves the quote with a null speaker and its mention", () => {
    const { quotes, doc } = quotesOf('Iceland said it was "fine".');
    expect(quotes[0]).toMatchObject({ speaker: null, speakerMention: { text: "Iceland" }, cue: "said" });
    expect(doc.entities).toHaveLength(0);
  });

  test("transcript labels: the person the article names, else a person in a readable form", () => {
    expect(quotesOf('{Chris Wallace} hosted.\n\n"WALLACE: Will she be there?').quotes[0].speaker).toBe("Chris Wallace");
    const { quotes, doc } = quotesOf('Partial transcript:\n\n"WALLACE: Will she be there?\n\n"PENCE: She will not.');
    expect(quotes.map((q) => q.speaker)).toEqual(["Wallace", "Pence"]);
    expect(people(doc).map((e) => [e.name, e.mentions.map((m) => m.name)])).toEqual([
      ["Wallace", ["WALLACE"]],
      ["Pence", ["PENCE"]],
    ]);
  });

  test("a person the entity stage took for a place, named with a title, is listed as a person", () => {
    const { quotes, doc } = quotesOf('"We will respond," President {Obama|place} said.');
    expect(quotes[0].speaker).toBe("Obama");
    expect(doc.entities.find((e) => e.name === "Obama")?.type).toBe("person");
  });

  test("the people listed are the same whether or not quotes are asked for", () => {
    const text = 'Talks ended. "We are ready," said Zebulon Quartermaine, a local farmer. Gill Champion, president of the studio, said it was "a new franchise".';
    const all = analyze(text);
    const only = analyze(text, { sections: ["people"] });
    expect(only.people).toEqual(all.people);
    expect(only.quotes).toEqual([]);
    expect(all.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Zebulon Quartermaine", "Gill Champion"]));
  });

  const ARTICLES = [
    'The talks in Astana ended on Monday. "We will not retreat," said the Kazakhs’ envoy, Erlan Idrissov.\n\n"It is a start," said Marta Oyelaran, a diplomat. Time will tell.',
    'Argentina’s President, Nestor Kirchner, said on Friday: "A year ago they told us we were crazy." But he added that "the swap" worked.',
    'Ambassador Stefan Johannesson of Iceland warned there was "still a lot of work". The US said the meeting was "efficient". And Australia said it was "one of the best".',
    'The 67-year-old also said he had lost his "spark". Said the Pew report: "Nearly half of users would stop." Among them were blogs saying "we are sorry".',
    'Lloyds of London told the Financial Times its exposure was limited to "holiday resorts". "It was tough," the Dutchman said. "Yes," said the American.',
    'Partial transcript:\n\n"WALLACE: Will she be there?\n\n"PENCE: She will not.',
  ];

  test("over articles of our own: every speaker is a name in people or organizations, or a source no entity names as written", () => {
    for (const text of ARTICLES) {
      const r = analyze(text);
      expect(speakersNotListed(r)).toEqual([]);
    }
    // and the speakers these articles name are found
    expect(analyze(ARTICLES[0]).quotes.map((q) => q.speaker)).toContain("Erlan Idrissov");
    expect(analyze(ARTICLES[1]).quotes[0].speaker).toBe("Nestor Kirchner");
  });
});

describeShared("every speaker is listed, over a sample of the BBC corpus", () => {
  let results: Result[] = [];
  beforeAll(() => {
    const root = join(SHARED, "corpora", "bbc");
    const files: string[] = [];
    for (const topic of readdirSync(root).sort()) {
      const dir = join(root, topic);
      if (!statSync(dir).isDirectory()) continue;
      const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
      for (let i = 0; i < names.length; i += 25) files.push(join(dir, names[i]));
    }
    results = files.map((f) => analyze(readFileSync(f, "utf8"), { source: { path: f } }));
  });

  test("every non-null speaker is a name in people ∪ organizations or a document, group or unnamed person as written, and none is a country or a place", () => {
    expect(results.length).toBeGreaterThan(50);
    expect(results.reduce((n, r) => n + r.quotes.filter((q) => q.speaker !== null).length, 0)).toBeGreaterThan(100);
    const wrong = results.flatMap((r) => speakersNotListed(r).map((s) => `${r.source.path}: ${s}`));
    expect(wrong).toEqual([]);
  });
});

/**
 * Speakers that break the contract: a person or organisation not listed as one, a country or place,
 * or a source no entity names (document, group, other) whose name is not its mention as written.
 */
function speakersNotListed(r: Result): string[] {
  const names = new Set([...r.people, ...r.organizations].map((e) => e.name));
  const places = new Set(r.places.map((e) => e.name));
  // a country speaks by its name, as the contract's speakerKind "country" says ("Russia said")
  const countries = new Set(r.countries.map((e) => e.name));
  // (or a pronoun standing for such a source: "A spokesman said … “…,” he added")
  const asWritten = (q: Result["quotes"][number]) =>
    q.speakerMention !== null && (q.speaker?.toLowerCase() === q.speakerMention.text.replace(/\s+/g, " ").toLowerCase() || /^(?:he|she|it|they)$/i.test(q.speakerMention.text));
  return r.quotes
    .filter((q) => {
      if (q.speaker === null) return q.speakerKind !== null;
      if (q.speakerKind === "country") return !countries.has(q.speaker);
      if (places.has(q.speaker)) return true;
      if (q.speakerKind === "person" || q.speakerKind === "organization") return !names.has(q.speaker);
      return !(q.speakerKind === "document" || q.speakerKind === "group" || q.speakerKind === "other") || !asWritten(q);
    })
    .map((q) => String(q.speaker));
}

describe("possessors, titles with prepositions, news outlets", () => {
  test("the owner named right before an office, campaign or spokesman speaks, not an organisation from the dateline", () => {
    const q = one('PARIS ({AP|org}) — Mr. {Macron=Emmanuel Macron}’s office said the talks were "useful".');
    expect(q.speaker).toBe("Emmanuel Macron");
    expect(q.speakerMention?.text).toBe("Mr. Macron’s office");
    expect(one('WASHINGTON ({AP|org}) — "We disagree," the {Clinton=Hillary Clinton} campaign said.').speaker).toBe("Hillary Clinton");
    expect(one('"We disagree," a {Clinton=Hillary Clinton} spokesman said.').speaker).toBe("Hillary Clinton");
  });

  test("a title with a preposition before a person's name: UN High Commissioner for Refugees Filippo Grandi", () => {
    const q = one('UN High Commissioner for Refugees {Filippo Grandi} said the crisis was "catastrophic".');
    expect(q.speaker).toBe("Filippo Grandi");
    const r = one('{Nigel McCune} from the {Musicians’ Union|org} said players are "disadvantaged".');
    expect(r.speaker).toBe("Nigel McCune");
  });

  test("“the newspaper” is the outlet the text says is one, not the organisation named last", () => {
    const ctxNoun = one('The story ran in the {Fontanka|org} newspaper. {Gazprom|org} declined to comment. "The deal is done," the newspaper wrote.');
    expect(ctxNoun.speaker).toBe("Fontanka");
    const told = one('Officials told {Meduza|org} about it. {Gazprom|org} declined to comment. "The deal is done," the paper wrote.');
    expect(told.speaker).toBe("Meduza");
    const reported = one('{Ekho|org} reported the talks. {Gazprom|org} declined to comment. "The deal is done," the outlet said.');
    expect(reported.speaker).toBe("Ekho");
    // (no outlet named: the newspaper as written, not Gazprom)
    const none = one('{Gazprom|org} declined to comment. "The deal is done," the newspaper wrote.');
    expect(none).toMatchObject({ speaker: "the newspaper", speakerKind: "other" });
    expect(none.speakerMention?.text).toBe("the newspaper");
  });
});

describe("a quoted phrase takes the speaker of its own sentence", () => {
  test("the verb before it in its sentence, never one in the next sentence", () => {
    const q = quotesOf('Sen. {Mitch McConnell} called the plan "a disaster." {McConnell=Mitch McConnell}’s spokesman, {Doug Andres}, said the senator would vote no.').quotes;
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ kind: "partial", speaker: "Mitch McConnell", cue: "called" });
  });

  test("a relative clause's verb does not govern the sentence: “X, the leader, who spoke on Monday, said …”", () => {
    const q = one('{Mitch McConnell}, the Senate majority leader, who spoke to reporters on Monday, said the bill was "dead on arrival."');
    expect(q).toMatchObject({ kind: "partial", speaker: "Mitch McConnell", cue: "said" });
    // the outer verb still governs when no relative clause intervenes
    const outer = one('{Ann Lee} said that critics who spoke on Monday called it "a farce."');
    expect(outer.speaker).toBe("Ann Lee");
  });

  test("a time phrase between the speaker and the verb: “X on Monday said”, “who in 2010 said”, “late on Friday”", () => {
    expect(one('{Mitch McConnell} on Monday said the bill was "dead on arrival."')).toMatchObject({ speaker: "Mitch McConnell", cue: "said" });
    expect(one('{Michael Howard} last week said his team had reached a "collective view" on the cards.').speaker).toBe("Michael Howard");
    const who = one('Obama met {Mitch McConnell}, now the Senate majority leader, who in 2010 said the goal was a "one-term president."');
    expect(who).toMatchObject({ speaker: "Mitch McConnell", cue: "said", speakerMention: { text: "Mitch McConnell" } });
    const late = one('Mr {Magnier=John Magnier} issued a statement late on Friday saying they remained "long-term investors" in the club.');
    expect(late).toMatchObject({ speaker: "John Magnier", speakerMention: { text: "a statement" } });
  });

  test("comparing and referencing put a phrase in the speaker's mouth, but make no statement of their own", () => {
    const q = one('{Aaron Kall}, the director of debate at the university, compared Trump to a coach who is "working the referees" in a close game.');
    expect(q).toMatchObject({ kind: "partial", speaker: "Aaron Kall", cue: "compared" });
    expect(one('The {IMF|org} referenced "political tensions" in advanced economies.')).toMatchObject({ speaker: "IMF", cue: "referenced" });
  });

  test("a statement speaks for whoever issued it: “the Security Council issued a statement calling it “…””", () => {
    const q = one('After a meeting, the {Security Council|org} issued a statement calling the test "a clear violation" of the resolutions.');
    expect(q).toMatchObject({ kind: "partial", speaker: "Security Council", cue: "calling", speakerMention: { text: "a statement" } });
    // a statement no one is said to have issued is its own source, a document
    expect(one('A statement calling the test "a clear violation" was read out.')).toMatchObject({ speaker: "a statement", speakerKind: "document" });
  });

  test("with no verb before it, the attribution after it in the same sentence", () => {
    expect(one('The rules were "weighted overwhelmingly" toward owners, {Carla Diaz} said.').speaker).toBe("Carla Diaz");
    const q = quotesOf('Turnout was "historic." Her deputy, {Carla Diaz}, said the count would take days.').quotes;
    expect(q[0]).toMatchObject({ kind: "partial", speaker: null, speakerMention: null });
  });
});

describe("labels are not speech", () => {
  test("so-called, dubbed, known as, nicknamed, the term: partial, with no speaker", () => {
    const cases = [
      '{Anna Berg} criticised the so-called "peace plan" on Monday.',
      'The site, originally dubbed "the guide to the web", was renamed.',
      '{Anna Berg} backed what is known as the "fairness rule" in May.',
      'The striker, nicknamed "the flying bus", scored twice.',
      '{Anna Berg} avoided the term "stimulus" all week.',
    ];
    for (const text of cases) {
      const q = one(text);
      expect([text, q.kind, q.speaker, q.speakerMention]).toEqual([text, "partial", null, null]);
    }
  });

  test("a phrase the speaker used is still theirs", () => {
    expect(one('{Anna Berg} criticised the "peace plan" as a sham.').speaker).toBe("Anna Berg");
    expect(one('{Anna Berg} said the plan was "a sham".').speaker).toBe("Anna Berg");
  });
});

describe("unnamed sources: spokespeople of named organisations, groups, organisations as “it”", () => {
  test("“a spokesman for X”, with an apposition after X, speaks for X", () => {
    expect(one('A spokesman for {Unison|org}, the biggest union, said after the meeting: "At least we are still talking."').speaker).toBe("Unison");
    expect(one('"We will not go," a spokeswoman for the {Home Office|org} said.').speaker).toBe("Home Office");
  });

  test("“X defended the plan, with a spokesperson saying” is X's", () => {
    const q = one('{Downing Street|org} defended the honours, with a spokesperson saying: "You have to look at their whole career."');
    expect(q).toMatchObject({ speaker: "Downing Street", speakerKind: "organization" });
  });

  test("a number inside an organisation's name stays in the speaker phrase: “A Number 10 spokeswoman”", () => {
    expect(one('A {Number 10|org} spokeswoman would only say: "He will announce an election when he wants to."').speaker).toBe("Number 10");
  });

  test("“chairman” tells no gender: she is the chairman named before", () => {
    const q = quotesOf('Party chairman {Petrina Holdsworth} wrote to the two men.\n\nShe said: "We have taken legal advice."').quotes;
    expect(q[0].speaker).toBe("Petrina Holdsworth");
  });

  test("“it said” with no speaker before: the organisation a sentence before is about", () => {
    const q = quotesOf('{Brannock Holdings|org} said it would take a charge. The claims could take two years. "Our claims are sound," it said.').quotes;
    expect(q[0]).toMatchObject({ speaker: "Brannock Holdings", speakerMention: { text: "it" } });
    // a person as the subject in between: no organisation to take
    const person = quotesOf('{Brannock Holdings|org} said it would take a charge. {Ann Lee} spoke next. "It is sound," it said.').quotes;
    expect(person[0].speaker).toBeNull();
  });

  test("plurals of people and nameless bodies speak as written, and “they” after them", () => {
    const q = quotesOf('"A template would harm children," the MPs said. "Delays are common," they said.\n\n"However, the rules must change," the committee added. "Prices will fall," said one trader.').quotes;
    expect(q.map((x) => [x.speaker, x.speakerKind])).toEqual([
      ["the MPs", "group"],
      ["the MPs", "group"],
      ["the committee", "group"],
      ["one trader", "other"],
    ]);
  });
});

describe("pronouns for people the text names far back, or introduced without a name", () => {
  test("a pronoun resolved before carries its person on, past the two paragraphs a name is looked for", () => {
    const text =
      'Minister {Ruth Gale|f} spoke in Leeds.\n\nThe talks went on.\n\n"We are looking at the costs," she said.\n\n"It will take time," she told the BBC.\n\nShe added that progress had been made. "The gap is still wide."';
    const q = quotesOf(text).quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Ruth Gale", "Ruth Gale", "Ruth Gale"]);
  });

  test("he or she after a person introduced with “a” or “one” and no name is that person", () => {
    expect(quotesOf('A senior official said the sale was not decided. "Timing is the main thing," he said.').quotes[0].speaker).toBe("a senior official");
    expect(quotesOf('A woman in the audience shouted at the minister. "You lied to us," she said.').quotes[0].speaker).toBe("a woman in the audience");
    // (a woman is no "he")
    expect(quotesOf('A woman in the audience shouted at the minister. "You lied to us," he said.').quotes[0].speaker).toBeNull();
    expect(quotesOf('"Prices will fall," said one trader. "I would buy now," he added.').quotes[1].speaker).toBe("one trader");
  });

  test("firms and companies with no name speak as a group", () => {
    expect(one('"They are the best," the two firms said in a statement.')).toMatchObject({ speaker: "the two firms", speakerKind: "group" });
  });
});

describe("the person before an apposition, an organisation at its end", () => {
  test("an apposition the writer did not close with a comma: the person before it speaks", () => {
    expect(one('{Colin Asplin}, {Blackpool Hotel Association|org} said: "We have tried very hard."').speaker).toBe("Colin Asplin");
    expect(one('{Mark Serwotka}, the leader of the {Public and Commercial Services Union|org} said: "We had the day of the long knives."').speaker).toBe("Mark Serwotka");
  });

  test("a clause's first piece may open with words of its own: “After the ruling X, …, said”, “But X, …, said”", () => {
    expect(one('After the ruling {Carla Ferstman}, legal director of {Redress|org}, said: "It is not enough."').speaker).toBe("Carla Ferstman");
    expect(one('But {Steve Radley}, chief economist at the {EEF|org}, said: "These figures remain at odds."').speaker).toBe("Steve Radley");
    expect(one('And the company, which makes cars, said: "We are fine."').speaker).toBe("the company");
  });

  test("of a title naming an organisation and the name after it, the person speaks", () => {
    expect(one('The chairman of {Migration Watch UK|org}, Sir {Andrew Green}, said the ruling was a "step in the wrong direction".').speaker).toBe("Andrew Green");
  });

  test("a statement after ““…,” X, title, told Reuters.” is X's, not the organisation in the title", () => {
    const q = quotesOf('"Ireland ticks all the boxes," {Roy Asher}, chief investment officer of {Hibernian Investment Managers|org}, told Reuters. "Conditions are set to continue."').quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Roy Asher", "Roy Asher"]);
  });
});

describe("which verb a quoted phrase belongs to", () => {
  test("a reporting verb in a clause of time of its own governs the phrase in it", () => {
    const q = one('Tory co-chairman {Liam Fox} was speaking after Mr {Blair=Tony Blair} told Labour members the Tories offered a "hard right agenda".');
    expect(q.speaker).toBe("Tony Blair");
  });

  test("an attribution right at the statement overrules the speaker of the statement before", () => {
    const q = quotesOf('"We will win," Mr {Carter=Matt Carter} said. Lord {Sainsbury=David Sainsbury} added: "I am pleased to give."').quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Matt Carter", "David Sainsbury"]);
  });
});

describe("descriptions that single out the person the text is about", () => {
  test("“the Salford MP told” after “Hazel Blears said” is Hazel Blears; a bare “the lawyer” stays as written", () => {
    const q = quotesOf('{Hazel Blears|f} said searches would rise. Her words were criticised.\n\n"The threat is real," the Salford MP told the committee.').quotes;
    expect(q[0]).toMatchObject({ speaker: "Hazel Blears", speakerMention: { text: "the Salford MP" } });
    // another person named in between: no guess
    const other = quotesOf('{Hazel Blears|f} said searches would rise. Her words were criticised by {Tom Reed}.\n\n"The threat is real," the Salford MP told the committee.').quotes;
    expect(other[0].speaker).toBe("the Salford MP");
    // a role the article gives the person otherwise: no guess
    const role = quotesOf('Home secretary {Hazel Blears|f} said searches would rise.\n\n"The threat is real," the Tory leader told the committee.').quotes;
    expect(role[0].speaker).toBe("the Tory leader");
  });

  test("“the spokesman” is the spokesperson written of before in fuller words, and “he” after him", () => {
    const q = quotesOf('Later, the prime minister\'s official spokesman urged calm. It was not aimed at anyone, the spokesman said.\n\n"It is not police policy," he added.').quotes;
    expect(q[0].speaker).toBe("the prime minister's official spokesman");
  });

  test("a quoted phrase joined to the one before by “and” shares its source", () => {
    const q = quotesOf('Her comments were described as "irresponsible" and "outrageous" by the {Islamic Human Rights Commission|org}.').quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Islamic Human Rights Commission", "Islamic Human Rights Commission"]);
  });
});

describe("participles and datelines", () => {
  test("“said X, adding that “…”” and “said X, urging … to “…””: the speaker after the inverted verb", () => {
    const q = quotesOf('"It is not new here," said Rep. {Bobby Scott} (D-Va.) at the time, adding that "we have done this for years."').quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Bobby Scott", "Bobby Scott"]);
    const u = quotesOf('"Let him decide," said Vice President {Joe Biden}, urging his critics to "give him time."').quotes;
    expect(u[1].speaker).toBe("Joe Biden");
  });

  test("a dateline before the sentence is not its subject", () => {
    const q = one('{Washington|place} (AFP) – Democrat {Hillary Clinton|f} has taken a swipe at her rival, saying that "bombastic comments" do harm.');
    expect(q.speaker).toBe("Hillary Clinton");
  });
});

describe("titles of works are no quotes", () => {
  test("a title-case phrase with a word for its host, star or a hat right after it, or after a work's noun and a comma", () => {
    expect(quotesOf('"Broad City" star Arturo Castro spoke at length.').quotes).toEqual([]);
    expect(quotesOf('In his new book, "Doomed to Succeed," the author looks back.').quotes).toEqual([]);
    expect(quotesOf('He is now host of "The Nightly Show with Larry Wilmore."').quotes).toEqual([]);
    expect(quotesOf('Fans burned their "Make America Great Again" hats.').quotes).toEqual([]);
    // a statement in lower case is a quote all the same, and so is a title-case one with no such word
    expect(quotesOf('In his new book, "we lost our way," the author writes.').quotes).toHaveLength(1);
  });
});

describe("public bodies named by their role", () => {
  test("“the government” or “the committee” is an organisation named before only if its name says so", () => {
    const q = quotesOf('A spokesman for the {Home Office|org} said it would not comment. The government said it was addressing "the difficult issue" of returns.').quotes;
    expect(q[0]).toMatchObject({ speaker: "the government", speakerKind: "group" });
    const c = quotesOf('The {Commons Science Committee|org} met. The committee said there was an "absolute crisis" in recruitment.').quotes;
    expect(c[0].speaker).toBe("Commons Science Committee");
  });
});

describe("the sentence's subject after a connective", () => {
  test("“Then he …”, “Then X cut into Bush, saying …”: the connective is not the subject, the word after a name not part of it", () => {
    const q = quotesOf('{Donald Trump} spoke first. Then {Donald Trump=Donald Trump} cut into {Jeb Bush}, saying he was a "stiff" and a fool. Then he turned to "little" {Marco Rubio}.').quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Donald Trump", "Donald Trump"]);
  });
});

describe("a share of a group speaks as the group", () => {
  test("“Half of voters say …” is a group, named by its words", () => {
    expect(one('Half of voters say the positions are "about right," though others disagree.')).toMatchObject({ speaker: "Half of voters", speakerKind: "group" });
    // (a share of something that is no group of people names no source)
    expect(one('Half of the budget went on roads, which the mayor called "a disgrace" in a letter.').speaker).not.toBe("Half of the budget");
  });
});

describe("a noun that is also a verb, right before the reporting verb", () => {
  test("“A spokesman for the supporters club said” keeps “club” in the speaker's phrase", () => {
    expect(one('A spokesman for the supporters club said: "I can see no difference."').speaker).toBe("a spokesman for the supporters club");
  });
});

describe("a phrase of time set off before the subject", () => {
  test("“A month later, he …”: the subject after the time phrase", () => {
    const q = one('{Donald Trump} spoke in June. A month later, he paid a visit to the border and explained why "the Hispanics" love him.');
    expect(q.speaker).toBe("Donald Trump");
    expect(q.speakerMention?.text).toBe("he");
  });
});

describe("a quoted phrase's governing verb", () => {
  test("when the verb that governs the phrase and the nearest verb agree, neither the sentence's subject nor a participle after the phrase takes it", () => {
    expect(one('Prime Minister {Tony Blair} declared himself "delighted", saying Mr {Jackson=Robert Jackson} had made a brave choice.').speaker).toBe("Tony Blair");
    expect(one('The poll comes after Foreign Secretary {Jack Straw} predicted trust would be "the key choice" at the election.').speaker).toBe("Jack Straw");
    expect(one('Mr {Blair=Tony Blair} distanced himself from posters, which critics claimed were "anti-Semitic".').speaker).toBe("critics");
  });
});

describe("an age or a nationality stands for the person the text is about", () => {
  test("“the 36-year-old said”, “said the American”, “the Irishman said” after the person is named or he is the subject", () => {
    const q = quotesOf('Former captain {Marcel Desailly}, who now plays in Qatar, says the side is stronger. "Mentally they are much stronger," the 36-year-old said.').quotes;
    expect(q[0]).toMatchObject({ speaker: "Marcel Desailly", speakerMention: { text: "the 36-year-old" } });
    const a = quotesOf('{Andre Agassi} beat Massu in his first match. "I felt pretty good," said the American.').quotes;
    expect(a[0].speaker).toBe("Andre Agassi");
    const he = quotesOf('{Robbie Keane} scored twice. He conceded the win was not pretty. "It was not the best display," the Irishman said.').quotes;
    expect(he[0].speaker).toBe("Robbie Keane");
    // no one named before: the description as written, no name
    expect(one('"I have acted correctly," the 27-year-old Austrian said.').speaker).toBeNull();
  });
});

describe("“it said” after a body the text names by its role", () => {
  test("“The company welcomed feedback. It said: …” is the company (the organisation it stands for, where one is named)", () => {
    const q = quotesOf('{Brannock Holdings|org} launched the tool. The company welcomed feedback from users. It said: "Users can switch it off."').quotes;
    expect(q[0].speaker).toBe("Brannock Holdings");
    const n = quotesOf('The tool was launched on Monday. The committee welcomed the plan. It said: "Users can switch it off."').quotes;
    expect(n[0].speaker).toBe("the committee");
  });
});

describe("a participle after an object is the subject's", () => {
  test("“He warned his supporters against complacency, saying: “…”” is his, not the supporters'", () => {
    const q = quotesOf('Mr {Blair=Tony Blair} spoke in Gateshead. He warned his supporters against complacency, saying: "It is a fight for the future of our country."').quotes;
    expect(q[0].speaker).toBe("Tony Blair");
  });
});

describe("a number in a name the tagger missed", () => {
  test("“A Number 10 spokeswoman would only say:” keeps the number in the speaker's phrase", () => {
    expect(one('A Number 10 spokeswoman would only say: "He will announce an election when he wants to."').speaker).toBe("a Number 10 spokeswoman");
  });
});

describe("a street that speaks for who works there", () => {
  it("attributes to Downing Street, a place in the entity lists, as an organisation's voice", () => {
    const r = analyze('Downing Street defended the honours, with a spokesperson saying: "You have to look at their whole career." Reports of a snap election were described as "idle speculation" by Downing Street.');
    expect(r.places.map((p) => p.name)).toContain("Downing Street");
    expect(r.quotes.map((q) => [q.speaker, q.speakerKind])).toEqual([
      ["Downing Street", "organization"],
      ["Downing Street", "organization"],
    ]);
  });
});
