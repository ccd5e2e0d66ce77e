// Music acts in articles about music: owners of albums and singles, acts a work is by, acts a band's
// noun or a member's role names, typed band (an organisation) or person by the cues around any
// mention. Each text is written here and its expected reading decided by hand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, describeShared, SHARED } from "./helpers";

const names = (list: Array<{ name: string }>) => list.map((e) => e.name);

describe("music acts", () => {
  it("reads the bands the lists know as bands wherever music is named, over the tagger's other readings of their words", () => {
    const text =
      "Festival sells out\n\nTickets for the music festival sold out in days. Green Day, the Foo Fighters and Keane are among the acts, and Scots favourites Travis will also appear. Dance act The Prodigy and The Killers are on the bill, as are goth favourites the Jesus and Mary Chain. No doubt about it, fans said.";
    const r = analyze(text);
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Green Day", "Foo Fighters", "Keane", "Travis", "Prodigy", "Killers", "Jesus and Mary Chain"]));
    expect(names(r.organizations).filter((n) => / and |No /.test(n) && n !== "Jesus and Mary Chain")).toEqual([]);
    for (const n of ["Travis", "Jesus", "Mary Chain"]) expect(names(r.people)).not.toContain(n);
    expect(r.other).toEqual([]);
    for (const e of r.organizations) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    // (and not in an article that names no music: "Oasis" is the word there)
    const away = analyze("Desert report\n\nThe road runs to an Oasis near Siwa, where Travis Smith farms dates.");
    expect(names(away.organizations)).not.toContain("Oasis");
    expect(names(away.people)).toContain("Travis Smith");
  });

  it("reads the owner of a single or an album, and the act a work is by, as an act, every mention of it", () => {
    const r = analyze(
      "Chart news\n\nThe band's album moved up the album chart. Zorblax's latest single Falling Down Again took the top spot in the singles chart. Last week's number one album Tourist, by Athlete, fell to number three. Fans say Zorblax will tour in May.",
    );
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Zorblax", "Athlete"]));
    expect(r.organizations.find((o) => o.name === "Zorblax")?.count).toBe(2);
    expect(names(r.people)).not.toContain("Zorblax");
  });

  it("makes an act a band by a band's noun or a plural verb, a person by a first name or 'his', whatever the tagger read", () => {
    const r = analyze(
      "Brit nominations\n\nGlasgow group Belle Harper lead the nominations for the album awards. Franz Ferdinand's self-titled album sold well. Franz Ferdinand, who were shortlisted in five categories, played on. Elvis' Wooden Heart entered the singles chart at number two. Quorvin's new album came out in March, and his single followed.",
    );
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Franz Ferdinand", "Belle Harper"]));
    expect(names(r.people)).toEqual(expect.arrayContaining(["Elvis", "Quorvin"]));
    for (const n of ["Franz Ferdinand", "Belle Harper"]) expect(names(r.people)).not.toContain(n);
    expect(names(r.organizations)).not.toContain("Quorvin");
  });


  it("names the band whose member's role follows it, and leaves a person with a title, a place and a work alone", () => {
    const r = analyze(
      "Gig season\n\nThe singer joined U2 frontman Bono on stage at the gig, and the band's album went to number one. U2 will play the stadium in June. Mr Kennedy's tour of the country took in Brighton's gigs, and Britain's biggest-selling single stayed at number one.",
    );
    expect(names(r.organizations)).toContain("U2");
    expect(r.organizations.find((o) => o.name === "U2")?.count).toBe(2);
    expect(names(r.people)).toContain("Bono");
    for (const n of ["Mr Kennedy", "Brighton", "Britain"]) expect(names(r.organizations)).not.toContain(n);
  });

  it("reads a plural name after a small 'the' as a band and a star's act as an act, not a family, a place, a genre or the Brits", () => {
    const r = analyze(
      "Chart news\n\nThe Brits helped the album chart. Also capitalising on the Brits were the Zeppo Sisters, whose album moved to number two. The ceremony saw the induction of the Quellers and Percy Sledge. Almost Here, the duet from former Mornlife star Brian McFadden, fell to number five. Fans of Reggae star Sizzla were pleased. Singer Sharon Quimby played the album's songs. On Sunday the Quimbys had a party in the West Midlands.",
    );
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Zeppo Sisters", "Quellers", "Mornlife"]));
    for (const n of ["Brits", "Quimbys", "West Midlands", "Reggae", "Brian McFadden"]) expect(names(r.organizations)).not.toContain(n);
    expect(names(r.people)).toEqual(expect.arrayContaining(["Brian McFadden", "Sharon Quimby"]));
  });

  it("splits a work read with its owner before the possessive, where the owner is written alone elsewhere or with a title", () => {
    const r = analyze(
      "Christmas chart\n\nBig festive hits include Band Aid's Do They Know It's Christmas?, Wham's Last Christmas and Sir Cliff Richards' Mistletoe and Wine. Band Aid 20's remake is set to top the singles chart. Elvis' It's Now or Never is at number 27, and the album chart is out.",
    );
    const other = names(r.other);
    expect(other).toEqual(expect.arrayContaining(["Do They Know It's Christmas?", "It's Now or Never"]));
    expect(other.some((n) => /^Band Aid|^Sir Cliff|^Now or Never$/.test(n))).toBe(false);
    // (the list's next owner's work is an owner's too, and two acts against each other are two)
    expect(other).toContain("Last Christmas");
    const versus = analyze("Chart prank\n\nThe song is called Gonna Have a No 1 This Christmas by Moped Vs Santa, and the single chart and the album chart are out.");
    expect(names(versus.people)).not.toContain("Moped Vs Santa");
    expect(names(r.people)).toContain("Cliff Richards");
  });

  it("finds no act outside an article about music", () => {
    // (a quarter's "record profits", not an act's record)
    const r = analyze("The party said Q4's record profits were a scandal, and the minister agreed on Monday.");
    expect(names(r.organizations)).not.toContain("Q4");
  });
});

describeShared("music acts in a list of owners' works (BBC entertainment 136)", () => {
  it("splits each owner's work in the list after one whose owner is proven, and reads two acts against each other as two", () => {
    const r = analyze(readFileSync(join(SHARED, "corpora", "bbc", "entertainment", "136.txt"), "utf8"));
    expect(names(r.other)).toEqual(expect.arrayContaining(["Last Christmas", "Do They Know It's Christmas?"]));
    expect(names(r.other)).not.toContain("Wham's Last Christmas");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Wham", "Moped"]));
    expect(names(r.people)).not.toContain("Moped Vs Santa");
  });

  it("reads no family after a small 'the' as a band (entertainment 141: 'the Osbournes' beside Ozzy Osbourne)", () => {
    const r = analyze(readFileSync(join(SHARED, "corpora", "bbc", "entertainment", "141.txt"), "utf8"));
    expect(names(r.people)).toContain("Ozzy Osbourne");
    expect(names(r.organizations).filter((n) => /Osbourne/.test(n))).toEqual([]);
  });

  it("reads the solo acts the lists know as people wherever music is named, a number or 'The' opening the name too", () => {
    const r = analyze("Def Jam's artists include LL Cool J, DMX, Ludacris and Ashanti. U2 went straight into the singles chart at number one, knocking Eminem off the top spot. 50 Cent's album sold well, and Bono and The Edge sang.");
    expect(names(r.people)).toEqual(expect.arrayContaining(["LL Cool J", "DMX", "Ludacris", "Ashanti", "Eminem", "50 Cent", "Bono", "Edge"]));
    expect(names(r.organizations)).toContain("U2");
    for (const n of ["Eminem", "Edge", "Ludacris"]) expect(names(r.organizations)).not.toContain(n);
    // (a solo act named like a small place: "Bono", a region of Ghana)
    expect(r.places).toEqual([]);
  });

  it("keeps an honorific that is part of a known act's name, and the act's short form as the act", () => {
    const r = analyze("Rapper Dr Dre produced the album. Dre said it was his best. Eminem joined Dr Dre on stage, and Dr Rowan Williams watched.");
    expect(r.people.map((p) => [p.name, p.count])).toEqual([["Dr Dre", 3], ["Eminem", 1], ["Rowan Williams", 1]]);
  });

  it("reads an act's noun opening a sentence as a cue for the act after it, not a name's first word (entertainment 151: 'Rapper Eminem is to play')", () => {
    const r = analyze(readFileSync(join(SHARED, "corpora", "bbc", "entertainment", "151.txt"), "utf8"));
    expect(names(r.people)).toContain("Eminem");
    expect(names(r.organizations)).not.toContain("Eminem");
  });

  it("reads an act's noun that opens the sentence as a cue too (entertainment 144: 'Rapper Eminem has denied Elvis …')", () => {
    const r = analyze(readFileSync(join(SHARED, "corpora", "bbc", "entertainment", "144.txt"), "utf8"));
    expect(names(r.people)).toContain("Eminem");
    expect(names(r.organizations)).not.toContain("Eminem");
  });
});
