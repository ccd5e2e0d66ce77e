// Who said it: attribution patterns, speakers, pronouns, partial quotes. Names are marked by hand
// (see quotes-helpers.ts) so these tests hold whatever the entity stage recognises.

import { oneQuote as one, quotesOf } from "./quotes-helpers";

describe("attribution patterns", () => {
  test("“…,” said X — with an apposition after the name", () => {
    const q = one("“The plan is sound,” said {Jane Porter}, an adviser to the mayor.");
    expect(q).toMatchObject({ speaker: "Jane Porter", cue: "said", kind: "direct", speakerMention: { text: "Jane Porter" } });
  });

  test("“…,” X said — with a title, a party tag and a time after the verb", () => {
    expect(one("“It is a disgrace,” Rep. {Gwen Moore} (D-Wis.) said Friday.").speaker).toBe("Gwen Moore");
    expect(one("“It is over,” {Mr. Holt=Dan Holt} later said.").speaker).toBe("Dan Holt");
  });

  test("X said: “…” and X said, “…”", () => {
    expect(one("{Anna Berg} said: “We will not give up.”")).toMatchObject({ speaker: "Anna Berg", kind: "direct", cue: "said" });
    expect(one("{Anna Berg} said on Tuesday, “We will not give up.”")).toMatchObject({ speaker: "Anna Berg", kind: "direct" });
  });

  test("“…,” X, a …, wrote on Twitter — several appositions", () => {
    expect(one("“Prices will rise,” {Peter Hall}, a banker at {Acme Bank|org}, wrote on Twitter.")).toMatchObject({ speaker: "Peter Hall", cue: "wrote" });
    expect(one("“It is an invasion,” {Scott Pruitt}, the attorney general of Oklahoma, one of the states suing, said.").speaker).toBe("Scott Pruitt");
  });

  test("an apposition that is a phrase of place or time: X, at a later press gaggle, said, “…”", () => {
    expect(one("Democratic nominee {Hillary Clinton}, at a later press gaggle, said, “I’ve been briefed.”").speaker).toBe("Hillary Clinton");
  });

  test("“…,” X told Y", () => {
    expect(one("“We must not overreact,” {Luis Rubio} told reporters.")).toMatchObject({ speaker: "Luis Rubio", cue: "told" });
  });

  test("according to X, before or after the quote", () => {
    expect(one("Turnout was “historic,” according to {Mark Dunn}.")).toMatchObject({ speaker: "Mark Dunn", cue: "according to", kind: "partial" });
    expect(one("According to {Mark Dunn}, “turnout was historic.”")).toMatchObject({ speaker: "Mark Dunn", cue: "according to" });
  });

  test("X: “…” — a label and a colon", () => {
    expect(one("{Trump} on Twitter: “Great crowd tonight!”").speaker).toBe("Trump");
  });

  test("transcript lines: the label is the speaker and is not part of the quote; a label in capitals reads as a name", () => {
    const q = quotesOf('"WALLACE: Will she be there?\n\n"PENCE: She will not.').quotes;
    expect(q.map((x) => [x.text, x.speaker, x.speakerMention?.text])).toEqual([
      ["Will she be there?", "Wallace", "WALLACE"],
      ["She will not.", "Pence", "PENCE"],
    ]);
  });

  test("a transcript label is the person the article names", () => {
    const q = quotesOf('{Chris Wallace} asked the questions.\n\n"WALLACE: Will she be there?\n\n"{PENCE=Mike Pence}: She will not.').quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Chris Wallace", "Mike Pence"]);
  });

  test("reporting verbs beyond said", () => {
    for (const verb of ["added", "noted", "argued", "warned", "insisted", "tweeted", "asked", "claimed", "explained", "conceded", "wrote"]) {
      expect([verb, one(`“This will not last,” {Kim Hale} ${verb}.`).speaker]).toEqual([verb, "Kim Hale"]);
    }
    expect(one("“Why now?” {Kim Hale} asks.").cue).toBe("asks");
  });

  test("a name followed by a noun is not a speaker: “a Donald Trump tweet” is not “Trump tweets”", () => {
    const q = quotesOf("{Hillary Clinton} is describing as “unhinged” a {Donald Trump} tweet about it.").quotes;
    expect(q[0].speaker).toBe("Hillary Clinton");
  });

  test("a quote signed with a dash", () => {
    expect(one("“Build a wall around him.” ― {Steve Quinlan}").speaker).toBe("Steve Quinlan");
  });
});

describe("speakers", () => {
  test("a possessive before the name: RIAC’s Kortunov is Andrei Kortunov, and the mention covers both", () => {
    const q = quotesOf("{Andrei Kortunov} of {RIAC|org} spoke first. Later, “It is a police operation,” wrote {RIAC|org}’s {Kortunov=Andrei Kortunov}.").quotes;
    expect(q[0].speaker).toBe("Andrei Kortunov");
    expect(q[0].speakerMention?.text).toBe("RIAC’s Kortunov");
  });

  test("organisations speak: the Kremlin said; the newspaper wrote (the one named before)", () => {
    expect(one("“No comment,” the {Kremlin|org} said.").speaker).toBe("Kremlin");
    const q = one("The {Moscow Times|org} interviewed officials. “The crisis is over,” the newspaper wrote.");
    expect(q.speaker).toBe("Moscow Times");
    expect(q.speakerMention?.text).toBe("the newspaper");
  });

  test("a capitalised name the entity stage missed is still the speaker", () => {
    const q = one("“We are ready,” said Zebulon Quartermaine, a local farmer.");
    expect(q.speaker).toBe("Zebulon Quartermaine");
    expect(q.speakerMention?.text).toBe("Zebulon Quartermaine");
  });

  test("a surname alone finds the full name; two people share it: the one named last", () => {
    expect(one("{Pat Caddell} joined the show. “Health matters,” Caddell said.").speaker).toBe("Pat Caddell");
  });

  test("a role noun phrase names an unnamed person, as written", () => {
    const q = one("“We expect a close race,” a campaign spokesman said.");
    expect(q).toMatchObject({ speaker: "a campaign spokesman", speakerKind: "other" });
    expect(q.speakerMention?.text).toBe("a campaign spokesman");
    expect(q.cue).toBe("said");
    const r = one("“It is broken,” said the ruling.");
    expect(r.speakerMention?.text).toBe("the ruling");
  });
});

describe("pronouns", () => {
  test("he/she resolve to the most recent person of that gender", () => {
    const q = quotesOf("{Tom Reed|m} met {Anna Berg|f} on Monday. “We agreed,” she said. “Mostly,” he added.").quotes;
    expect(q.map((x) => [x.speaker, x.speakerMention?.text])).toEqual([
      ["Anna Berg", "she"],
      ["Tom Reed", "he"],
    ]);
  });

  test("a pronoun never reaches back past the person the text has moved on to", () => {
    const q = quotesOf("“First,” said {Tom Reed|m}.\n\nLater {Sam Ortiz|m} took the stage. “Second,” he said.").quotes;
    expect(q[1].speaker).toBe("Sam Ortiz");
  });

  test("gender from a first name or a title when the entity stage gives none", () => {
    const q = quotesOf("{Mary Hill} and {Mr. Gold=Adam Gold} spoke. “Yes,” she said. “No,” he said.").quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Mary Hill", "Adam Gold"]);
  });

  test("it / they take the organisation that spoke just before", () => {
    const q = quotesOf("“Rates stay,” the {Central Bank|org} said. “Growth is slow,” it added.").quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Central Bank", "Central Bank"]);
    expect(q[1].speakerMention?.text).toBe("it");
  });
});

describe("continuations", () => {
  test("an unattributed quoted sentence after an attributed one in the same paragraph is the same speaker's", () => {
    const q = quotesOf("“The plan is sound,” said {Jane Porter}. “But if it drags on, costs could mount.”\n\nA new paragraph. “Unrelated.”").quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Jane Porter", "Jane Porter", null]);
    expect(q[1].speakerMention).toEqual(q[0].speakerMention);
  });

  test("a quote right after the writer's sentence naming a speaker is theirs", () => {
    expect(one("{Larry Cummings} called him a master of deals. “He showed again and again an ability to close.”").speaker).toBe("Larry Cummings");
  });

  test("a paragraph ending in a colon hands the quote in the next paragraph to its speaker", () => {
    expect(one("{Pat Caddell} continued:\n\n“The health issue is partisan.”").speaker).toBe("Pat Caddell");
  });

  test("a statement that ended its sentence is not claimed by the next sentence’s verb", () => {
    const q = quotesOf("{Tom Reed|m} spoke. “It is unhinged.” {Anna Berg|f} says it underscores the point.").quotes;
    expect(q.map((x) => x.speaker)).toEqual(["Tom Reed"]);
  });
});

describe("partial quotes", () => {
  test("a quoted phrase in the writer's sentence is partial, with the speaker of the sentence's verb", () => {
    const q = quotesOf("{Kassym-Jomart Tokayev} claimed that his country was under “external attack” from “bands of terrorists.”").quotes;
    expect(q.map((x) => [x.text, x.kind, x.speaker, x.cue])).toEqual([
      ["external attack", "partial", "Kassym-Jomart Tokayev", "claimed"],
      ["bands of terrorists.", "partial", "Kassym-Jomart Tokayev", "claimed"],
    ]);
  });

  test("the verb that governs the sentence, not one inside its clause", () => {
    expect(one("{Hillary Clinton|f} says she admired what she calls a “war of unpleasant words.”").speaker).toBe("Hillary Clinton");
  });

  test("', saying' and 'to accuse' take the subject of the clause", () => {
    expect(one("{Bill Clinton} spoke in Flint, arguing that the law is “crazy.”").speaker).toBe("Bill Clinton");
    expect(one("{Trump} took to Twitter to accuse the campaign of being “duped.”").speaker).toBe("Trump");
  });

  test("the object of a preposition is not a speaker; a phrase before it that opens the clause is", () => {
    expect(one("{PolitiFact|org} rated 32% of Republican claims as “false” last year.").speaker).toBe("PolitiFact");
    expect(one("A document on the campaign’s website states that couples must be “recognized under state law.”").speakerMention?.text).toBe(
      "A document on the campaign’s website",
    );
  });

  test("a noun ending in -ly is not an adverb, and an opening clause hands over to the subject after it", () => {
    expect(one("Scott’s family has called on police to release the videos “as a matter of good” and left.").speakerMention?.text).toBe("Scott’s family");
    expect(one("After saying her foot was “so swollen,” {Hillary Clinton|f} was taken to hospital.").speaker).toBe("Hillary Clinton");
    expect(one("House Speaker {Paul Ryan}, despite admitting he had “concerns,” backed the bill.").speaker).toBe("Paul Ryan");
  });

  test("', X said.' closing the sentence", () => {
    expect(one("A cashier who “steals a handful of bills” is held accountable, {Warren} said.").speaker).toBe("Warren");
  });

  test("titles of works and nicknames are never direct quotes", () => {
    const q = quotesOf(
      "{Pence} said on {CNN|org}’s “State of the Union” that Rep. Robert C. “Bobby” Scott was right. The “Maidan” was invoked. {Pence} added: “We will win.”",
    ).quotes;
    // the title, the nickname and the name are left out; the statement is found
    expect(q.map((x) => [x.text, x.kind, x.speaker])).toEqual([["We will win.", "direct", "Pence"]]);
  });
});
