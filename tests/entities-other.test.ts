// Works, events, awards and laws kept apart from people, organisations and places; parties folded
// under one name; places in the right country; countries from demonyms inside phrases. Each text
// is written here (one BBC article is read from ../shared) and its expected reading decided by hand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, describeShared, SHARED } from "./helpers";
import { digest, SummaryBuilder } from "../src/batch/summary";

const names = (list: Array<{ name: string }>) => list.map((e) => e.name);

describe("the other list", () => {
  it("leaves a plural's possessive out of the event's name it opens, but keeps a sex's", () => {
    const r = analyze("Ronaldo was hurt during the Londoners' FA Cup defeat on Sunday. The Women's World Cup starts in June.");
    expect(r.other.map((o) => o.name)).toEqual(["FA Cup", "Women's World Cup"]);
  });

  it("reads a chart by its head word as other, with a short acronym inside a name, but no country before an award known alone", () => {
    const r = analyze("Vera Drake leads UK Oscar hopes\n\nDownloads now count in the Official UK Singles Chart. The film won the BBC Four World Cinema Award.");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual([
      ["Vera Drake", "other"],
      ["Oscar", "award"],
      ["Official UK Singles Chart", "other"],
      ["BBC Four World Cinema Award", "award"],
    ]);
  });

  it("reads storms and operations by their names as events, agreements as laws, lectures as events and reports as works", () => {
    const r = analyze("Hurricane Mitch hit Honduras in 1998. Operation Digital Gridlock targeted pirates. Unions backed the Warwick Agreement. The Gershon Report cut jobs. He gave the Adam Smith Lecture in Kirkcaldy.");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual([
      ["Hurricane Mitch", "event"],
      ["Operation Digital Gridlock", "event"],
      ["Warwick Agreement", "law"],
      ["Gershon Report", "work"],
      ["Adam Smith Lecture", "event"],
    ]);
    expect([...names(r.people), ...names(r.places), ...names(r.organizations)]).not.toEqual(expect.arrayContaining(["Mitch"]));
  });

  it("folds an event's first word alone into the one event of the article it opens: 'Eurovision' after the Eurovision Song Contest", () => {
    const r = analyze("The UK entry for the Eurovision Song Contest will be chosen by viewers in March. Eurovision fans will vote by phone, and the winner goes to Kiev in May.");
    expect(r.other.map((o) => [o.name, o.kind, o.count])).toEqual([["Eurovision Song Contest", "event", 2]]);
  });

  it("reads a name ending in 'Election' as an event, never a body: 'the run-up to the General Election'", () => {
    const r = analyze("A strike could embarrass the government in the run-up to the General Election. A stoppage involving civil servants would hit the Home Office hardest, the union said.");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual([["General Election", "event"]]);
    expect(names(r.organizations)).not.toContain("General Election");
  });

  it("runs a body's name cut inside its 'of' on over 'and', but not into a name of its own", () => {
    const r = analyze("He opened an exhibition in the atrium of Fife College of Further and Higher Education. The Institute of Physics and Cambridge signed a deal.");
    expect(names(r.organizations)).toEqual(["Fife College of Further and Higher Education", "Institute of Physics"]);
    expect(names(r.places)).toEqual(["Cambridge"]);
  });

  it("reads a name after a publication's noun as the publication, with its own 'The', and never as a work", () => {
    const r = analyze("Scottish magazine The List compiled a list of the top 50 bands. Basque newspaper Gara agreed, as did the trade journal Variety.");
    expect(names(r.organizations)).toEqual(["List", "Gara", "Variety"]);
    expect(r.other).toEqual([]);
  });

  it("reads a broadcaster's service for a nation, a region or a city as one name", () => {
    const r = analyze("A BBC Radio Scotland presenter said so. BBC Wales agreed, and BBC London reported it from Leeds.");
    expect(names(r.organizations)).toEqual(["BBC Radio Scotland", "BBC Wales", "BBC London"]);
    expect(names(r.places)).toEqual(["Leeds"]);
  });

  it("reads an award made an adjective as the award, at the award's own characters", () => {
    const text = "The Oscar-winning actress and a Bafta-nominated director met a Hollywood-based agent.";
    const r = analyze(text);
    expect(r.other.map((o) => [o.name, o.kind, o.mentions.map((m) => text.slice(m.start, m.end))])).toEqual([
      ["Oscar", "award", ["Oscar"]],
      ["Bafta", "award", ["Bafta"]],
    ]);
  });

  it("files films in a list of works as works, never as people", () => {
    const r = analyze("The actor, whose films include Schindler's List, Michael Collins and Star Wars: The Phantom Menace, spoke in Belfast on Monday.");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual(
      expect.arrayContaining([
        ["Schindler's List", "work"],
        ["Michael Collins", "work"],
        ["Star Wars: The Phantom Menace", "work"],
      ]),
    );
    expect(names(r.people)).not.toContain("Michael Collins");
    expect(names(r.organizations)).not.toContain("Star Wars");
  });

  it("reads a title after a work's noun and the works coordinated with it", () => {
    const r = analyze("Roger Deakins won the Technical Achievement Award for his cinematography on The Village and The Ladykillers. His favourite remains the film Million Dollar Baby.");
    const other = Object.fromEntries(r.other.map((o) => [o.name, o.kind]));
    expect(other).toMatchObject({ "Technical Achievement Award": "award", Village: "work", Ladykillers: "work", "Million Dollar Baby": "work" });
    expect([...names(r.places), ...names(r.organizations)]).not.toContain("Million Dollar Baby");
  });

  it("reads a known film with a paper's word in it, and again where a name runs on from it, and the maker 'by' names as a person", () => {
    const r = analyze(
      "Willis sues over movie injury\n\nActor Bruce Willis is suing the studio over an injury he suffered while making Tears of the Sun. In Tears of the Sun Willis plays a military commander. Directed by Antoine Fuqua, the film was poorly received by critics and did not do well at the box office. The Sun newspaper said the movie star was hurt.",
    );
    expect(r.other.find((o) => o.name === "Tears of the Sun")).toMatchObject({ kind: "work", count: 2 });
    expect(names(r.people)).toEqual(expect.arrayContaining(["Bruce Willis", "Antoine Fuqua"]));
    for (const n of ["Sun Willis", "Tears of the Sun Willis", "Antoine Fuqua"]) expect(names(r.other)).not.toContain(n);
    expect(names(r.people)).not.toContain("Sun Willis");
    expect(names(r.other)).not.toContain("Sun");
  });

  it("reads a program before 'virus' or 'worm' in an article about computers as an other name, not a firm, an illness or a maker", () => {
    const r = analyze(
      "Phone viruses spread\n\nSecurity firms are warning about several mobile phone viruses. The new strains of the Zorbix mobile phone virus leap to any phone running the software. The original Zorbix worm came to light in June when it was sent to anti-virus firms, and security firm Sophos gave the virus a high threat level. A Windows virus was also in the e-mail. Zorbix cannot infect computers.",
    );
    const illness = analyze("Flu fears\n\nHong Kong saw the Sars virus spread in 2003, and shares fell as the Sars virus hit travel.");
    expect(illness.other.map((o) => o.name)).not.toContain("Sars");
    expect(r.other.find((o) => o.name === "Zorbix")).toMatchObject({ kind: "other" });
    expect(names(r.organizations)).toContain("Sophos");
    expect(names(r.organizations)).not.toContain("Zorbix");
    expect(r.other.filter((o) => o.kind === "other").map((o) => o.name)).toEqual(["Zorbix"]);
  });

  it("folds a headline's last word of a known two-word title into the title", () => {
    const r = analyze("Housewives lift Channel 4 ratings\n\nThe debut of US television hit Desperate Housewives has helped lift Channel 4's audience share. Comedy drama Desperate Housewives pulled in five million viewers, and the series and its episodes were a hit on TV.");
    expect(r.other.find((o) => o.name === "Desperate Housewives")?.count).toBe(3);
    expect(names(r.people)).not.toContain("Housewives");
  });

  it("folds a headline's last word of a known longer title into it when no list knows the word, but not a sea's", () => {
    const r = analyze("Fockers retain film chart crown\n\nComedy Meet The Fockers has held on to the number one spot at the box office. The film stars Robert De Niro. Meet the Fockers also broke records, beating Pirates of the Caribbean. The Caribbean island's government was pleased with the movie.");
    expect(r.other.find((o) => o.name === "Meet the Fockers" || o.name === "Meet The Fockers")?.count).toBe(3);
    expect(names(r.organizations)).not.toContain("Fockers");
    expect(r.other.find((o) => o.name === "Pirates of the Caribbean")?.count).toBe(1);
  });

  it("splits a work the tagger read across a list's closing 'and' into the two titles", () => {
    const r = analyze(
      "Soul group inducted\n\nThe band performed a medley of their best-known songs including Back Stabbers, Love Train and For the Love of Money. Their album went to number one in the chart, and the singles chart followed.",
    );
    expect(names(r.other)).toEqual(expect.arrayContaining(["Back Stabbers", "Love Train", "For the Love of Money"]));
    expect(names(r.other)).not.toContain("Love Train and For the Love of Money");
  });

  it("reads a law's name on over what it is on or of, and not over a day", () => {
    const r = analyze(
      "Rights ruling\n\nThe judges said the death fell within the European Convention on Human Rights. Ministers backed the Convention on the Rights of the Child and the UN Convention on Seafarers, but not the Directive on the Patentability of Computer-Implemented Inventions. The treaty on Monday was the last, and an Act of Parliament is needed.",
    );
    const other = Object.fromEntries(r.other.map((o) => [o.name, o.kind]));
    expect(other).toMatchObject({
      "European Convention on Human Rights": "law",
      "Convention on the Rights of the Child": "law",
      "UN Convention on Seafarers": "law",
      "Directive on the Patentability of Computer-Implemented Inventions": "law",
    });
    expect(names(r.other)).not.toContain("European Convention");
    expect(names(r.other).some((n) => /Monday|Parliament/.test(n))).toBe(false);
    expect(names(r.organizations)).not.toContain("Patentability of Computer-Implemented Inventions");
    const more = analyze("Trading bill\n\nMPs backed the Christmas & New Year's Day Trading Bill on Friday, and Germany's Securities Trading Act was cited.");
    expect(names(more.other)).toEqual(expect.arrayContaining(["Christmas & New Year's Day Trading Bill", "Securities Trading Act"]));
    expect(names(more.organizations)).not.toContain("Christmas & New Year");
    // (over a possessive inside the name)
    const ids = analyze("The card is in line with the revised UN Convention on Seafarers' Identity Documents of June 2003.");
    expect(names(ids.other)).toEqual(["UN Convention on Seafarers' Identity Documents"]);
  });

  it("reads events known by a name with no head word, whatever the tagger split them into", () => {
    const r = analyze("Lance Armstrong won the Tour de France again, and the Grand National drew crowds. Chelsea reached the Champions League final.");
    expect(Object.fromEntries(r.other.map((o) => [o.name, o.kind]))).toMatchObject({ "Tour de France": "event", "Grand National": "event", "Champions League": "event" });
    expect(r.countries.map((c) => c.code)).not.toContain("FR");
  });

  it("folds the Oscar and the Oscars into one award, and keeps a man called Oscar a person", () => {
    const r = analyze("She won an Oscar in 2004. The Oscars are held in Hollywood. Oscar Pistorius did not attend.");
    expect(r.other.filter((o) => o.kind === "award").map((o) => o.name)).toEqual(["Oscar"]);
    expect(r.other[0].count).toBe(2);
    expect(names(r.people)).toContain("Oscar Pistorius");
    // (the Academy Award is the Oscar, under either name, and named so)
    const academy = analyze("The film won an Academy Award last year. It is tipped for two Oscars at the Academy Awards ceremony.");
    expect(academy.other.map((o) => [o.name, o.kind, o.count])).toEqual([["Oscar", "award", 3]]);
  });

  it("reads events, awards and laws by their head word, sponsors' names included", () => {
    const r = analyze("Kim Collins will run at the Norwich Union Grand Prix in Birmingham. The Freedom of Information Act comes into force in January. He won the 2004 Peter Sellers Award For Comedy.");
    const other = Object.fromEntries(r.other.map((o) => [o.name, o.kind]));
    expect(other).toMatchObject({ "Norwich Union Grand Prix": "event", "Freedom of Information Act": "law", "Peter Sellers Award For Comedy": "award" });
    expect(names(r.places)).not.toContain("Norwich Union");
  });

  it("reads a title's own capitalised 'The' inside a sentence as a work, but not a paper's, a band's or a venue's", () => {
    const r = analyze(
      "Critics tipped Million Dollar Baby and The Aviator for the prize. Leigh read the review in The Guardian before the gig by The Streets at The Oval. The Aviator leads the shortlist.",
    );
    const other = Object.fromEntries(r.other.map((o) => [o.name, o.kind]));
    expect(other).toMatchObject({ Aviator: "work" });
    expect(r.other.find((o) => o.name === "Aviator")?.count).toBe(2);
    expect(names(r.other)).not.toEqual(expect.arrayContaining(["Guardian"]));
    expect(names(r.other)).not.toContain("Streets");
    expect(names(r.other)).not.toContain("Oval");
    expect([...names(r.organizations), ...names(r.places), ...names(r.people)]).not.toContain("Aviator");
  });

  it("reads a list of works whose noun a span of time follows", () => {
    const r = analyze("Mr Hale has been behind many of the best games of the last 15 years such as Kestrel Run, Marble Drift and Copper Fen. Films by directors such as Ken Loach did well.");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual(expect.arrayContaining([["Kestrel Run", "work"], ["Marble Drift", "work"], ["Copper Fen", "work"]]));
    expect(names(r.people)).toContain("Ken Loach");
  });

  it("reads a title after a prize or a nomination for it, in a sentence about films, as a work", () => {
    const r = analyze("Actor Rodrigo Serna took the best debut performance prize for The Motorcycle Diaries. The film earned two nominations for Hotel Rwanda. Analyst John Smith won a prize for Arbor Networks.");
    const other = Object.fromEntries(r.other.map((o) => [o.name, o.kind]));
    expect(other).toMatchObject({ "Motorcycle Diaries": "work", "Hotel Rwanda": "work" });
    expect([...names(r.people), ...names(r.organizations)]).not.toEqual(expect.arrayContaining(["Motorcycle Diaries"]));
    expect(names(r.other)).not.toContain("Arbor Networks");
  });

  it("keeps a person listed after a work a person", () => {
    const r = analyze("The award for best newcomer went to The Goat, and Eddie Redmayne won the prize for acting.");
    expect(names(r.people)).toContain("Eddie Redmayne");
    expect(names(r.other)).not.toContain("Eddie Redmayne");
  });

  it("reads tournaments of so many nations, a lone Olympics and Acts of Parliament as events and laws", () => {
    const r = analyze("England face Wales in the RBS Six Nations on Saturday. She hopes to run at the Olympics. The Act of Settlement bars Catholics. The United Nations said nothing.");
    const other = Object.fromEntries(r.other.map((o) => [o.name, o.kind]));
    expect(other).toMatchObject({ "RBS Six Nations": "event", Olympics: "event", "Act of Settlement": "law" });
    expect(names(r.organizations)).toContain("United Nations");
    expect(names(r.organizations)).not.toContain("RBS Six Nations");
  });

  it("reads a title a person owns or was awarded for, in a sentence about films, as a work", () => {
    const r = analyze(
      "Clint Eastwood's Million Dollar Baby led the Oscar hopefuls. The best director award went to Clint Eastwood for Million Dollar Baby. Nominees include Charlize Theron for Monster and Ziyi Zhang for House of Flying Daggers. Analyst John Smith for Arbor Networks said sales rose.",
    );
    const other = Object.fromEntries(r.other.map((o) => [o.name, o.kind]));
    expect(other).toMatchObject({ "Million Dollar Baby": "work", "House of Flying Daggers": "work" });
    expect([...names(r.places), ...names(r.organizations)]).not.toContain("Million Dollar Baby");
    // (a person for a firm outside such a sentence is no title)
    expect(names(r.other)).not.toContain("Arbor Networks");
  });

  it("does not run a work's title over a possessive into a person's name", () => {
    const r = analyze("The film was directed by Taylor Hackford. In the film Ray, Ray's Taylor Hackford said the biopic was a labour of love.");
    expect(names(r.people)).toContain("Taylor Hackford");
    expect(names(r.other)).not.toContain("Ray's Taylor Hackford");
  });

  it("reads names listed after 'programs such as' as products and after 'programmes such as' as works", () => {
    const r = analyze("Users have turned to free programs such as Spybot and Ad-Aware. Viewers watch programmes such as EastEnders and Top Gear.");
    const other = Object.fromEntries(r.other.map((o) => [o.name, o.kind]));
    expect(other).toMatchObject({ Spybot: "product", "Ad-Aware": "product", EastEnders: "work", "Top Gear": "work" });
  });

  it("reads a name before 'processor' or 'chip' as a product, and its maker's name as the maker: 'the Cell processor', 'Intel Celeron chips'", () => {
    const r = analyze("Sony, IBM and Toshiba have been working on the Cell processor for three years. Cheap PCs use Intel Celeron chips or the AMD Sempron chip.");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual(expect.arrayContaining([["Cell", "product"], ["Intel Celeron", "product"], ["AMD Sempron", "product"]]));
    expect(r.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(["Sony", "IBM", "Toshiba"]));
  });

  it("reads a name before 'handheld' as a device, and its maker's name as the maker", () => {
    const r = analyze("Nintendo launched its DS handheld in Japan last year, and 87,000 DS handhelds were sold in two days. A Sony handheld is late.");
    expect(r.other.find((o) => o.name === "DS")?.kind).toBe("product");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Nintendo", "Sony"]));
  });

  it("does not make a firm a product because one of its products follows its name", () => {
    const r = analyze("Google has released a toolbar. Google said the Google toolbar was popular. Google will keep it.");
    expect(names(r.organizations)).toContain("Google");
    expect(names(r.other)).not.toContain("Google");
  });
});

describe("words written like names that name no one", () => {
  it("reads a language no people is named by as no place and no body", () => {
    const r = analyze("Party launch\n\nHe launched his new party, Veritas, the Latin for truth, in London. The site can be coded in the Latin alphabet, and Mr Fischer speaks fluent Hebrew.");
    const all = [...r.places, ...r.organizations, ...r.people].map((e) => e.name);
    expect(all).not.toContain("Latin");
    expect(all).not.toContain("Hebrew");
    expect(names(r.places)).toContain("London");
  });

  it("lists no format, office or holiday as an organisation or a place", () => {
    const r = analyze(
      "Sony said sales of DVD players and GPRS phones rose over Christmas. Labour MP Ann Keen spoke to US TV on New Year's Eve about Bluetooth and ID cards.",
    );
    const listed = [...names(r.organizations), ...names(r.places), ...names(r.people), ...names(r.other)];
    for (const word of ["DVD", "GPRS", "Christmas", "MP", "US TV", "TV", "New Year's Eve", "Bluetooth", "ID"]) expect(listed).not.toContain(word);
    // (nor a share sale's or a meeting's letters, nor an adjective of two peoples)
    const deal = analyze("The IPO raised $1bn, shareholders heard at the AGM, and the Anglo-Swedish firm AstraZeneca agreed.");
    expect(names(deal.organizations)).toEqual(["AstraZeneca"]);
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Sony", "Labour Party"]));
    expect(names(r.countries)).toContain("United States");
    expect(names(r.people)).toContain("Ann Keen");
  });

  it("lists followers of a faith as no one, and a word with a capital inside as no person", () => {
    const r = analyze("Muslims and Sikhs met the minister. DaimlerChrysler said profits rose, and Muslim leaders welcomed it.");
    const listed = [...names(r.organizations), ...names(r.places), ...names(r.people)];
    for (const word of ["Muslims", "Sikhs", "Muslim"]) expect(listed).not.toContain(word);
    expect(names(r.people)).not.toContain("DaimlerChrysler");
  });

  it("lists no season or abbreviation of a field as a name, and an honour as an award only", () => {
    const r = analyze("Ahead of a Spring poll, the designer was made an OBE. Game AI is hard, he said.");
    const listed = [...names(r.organizations), ...names(r.places), ...names(r.people), ...names(r.other)];
    for (const word of ["Spring", "AI"]) expect(listed).not.toContain(word);
    // (an honour is an award, nothing else)
    expect([...names(r.organizations), ...names(r.places), ...names(r.people)]).not.toContain("OBE");
    expect(r.other.filter((o) => o.name === "OBE").every((o) => o.kind === "award")).toBe(true);
  });

  it("reads a place's name before a team's role noun as the club, and a name ending in Studios as a firm", () => {
    const r = analyze("Tottenham manager Martin Jol praised his players after the win over a determined Nottingham Forest side. He founded Lionhead Studios in Guildford.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Tottenham", "Nottingham Forest", "Lionhead Studios"]));
    expect(names(r.places)).not.toContain("Nottingham Forest");
    expect(names(r.places)).toContain("Guildford");
    // (a nation's team stays its country or nation)
    const e = analyze("England captain Michael Vaughan and Ireland coach Eddie O'Sullivan spoke.");
    expect(names(e.places)).toContain("England");
    expect(names(e.countries)).toContain("Ireland");
  });

  it("reads a channel's number as part of its name, a person's title as making a person, and a club by the last word of its name", () => {
    const r = analyze(
      "He told BBC Radio 4 that the Channel 4 show was over, and later told BBC Radio Five Live the same. President Bush's government disagreed. Chelsea face AC Milan next week, and the players know Milan are strong.",
    );
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["BBC Radio 4", "BBC Radio Five Live", "Channel 4", "AC Milan"]));
    expect(names(r.organizations)).not.toContain("Milan");
    expect(r.organizations.find((o) => o.name === "AC Milan")?.count).toBe(2);
    expect(names(r.people)).toContain("Bush");
    expect(names(r.organizations)).not.toContain("Bush");
    // (a news channel's number too)
    const news = analyze("The actress, 49, told BBC News 24 she had not thought the film would win.");
    expect(names(news.organizations)).toEqual(["BBC News 24"]);
  });

  it("reads a one-word name listed with a person as a person, and a plural nickname after 'the' as a team", () => {
    const r = analyze("The win, which included goals from Noe Pamarot and Mido, put them four places above the Magpies in the table. The Netherlands and the Philippines sent observers.");
    expect(names(r.people)).toEqual(expect.arrayContaining(["Noe Pamarot", "Mido"]));
    expect(names(r.places)).not.toContain("Mido");
    expect(names(r.places)).not.toContain("Magpies");
    expect(names(r.countries)).toEqual(expect.arrayContaining(["Netherlands", "Philippines"]));
  });

  it("runs an organisation's name on over 'for'/'of'/'on' and the capitalised words after its head word, not over a date", () => {
    const r = analyze("All conversions will be taxed, according to the UN Economic Commission for Latin America. The Electoral Commission on Thursday said so.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["UN Economic Commission for Latin America", "Electoral Commission"]));
  });

  it("runs a name headed before its own 'of' on over 'for' ('Court of Arbitration for Sport'), and splits two firms joined by a slash, not initials", () => {
    const r = analyze("The athletes appealed to the Court of Arbitration for Sport. The film will be produced by Columbia/Sony Pictures, and AC/DC will play.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Court of Arbitration for Sport", "Sony Pictures", "AC/DC"]));
    expect(names(r.organizations)).not.toContain("Sport");
    expect(names(r.organizations)).not.toContain("Columbia/Sony Pictures");
  });

  it("reads a party's name capitalised inside a sentence as the party though the article writes the word in lower case too", () => {
    const r = analyze("Unions met John Prescott at the Labour spring conference in Gateshead, said BBC labour affairs correspondent Stephen Cape.");
    expect(names(r.organizations)).toContain("Labour Party");
  });

  it("reads a name before 'administration' as the person who leads it", () => {
    const r = analyze("The Bush administration has taken a harsh line on Cuba. The Labour administration in Wales disagreed.");
    expect(names(r.people)).toContain("Bush");
    expect(names(r.organizations)).not.toContain("Bush");
    expect(names(r.organizations)).toContain("Labour Party");
  });

  it("reads wars as events with their number, and keeps a format's initials off a title", () => {
    const r = analyze("Each series was set in a different era, ranging from the 15th century to World War I. But the BBC said there were no plans. The Cold War ended. Fans want a Blackadder TV comeback, but the comedy Blackadder is over.");
    const other = Object.fromEntries(r.other.map((o) => [o.name, o.kind]));
    expect(other).toMatchObject({ "World War I": "event", "Cold War": "event" });
    expect(names(r.other)).not.toContain("Blackadder TV");
  });

  it("keeps a law's year in its name", () => {
    const r = analyze("They challenge the use of the Parliament Act 1949 in the High Court.");
    expect(r.other.map((o) => [o.name, o.kind])).toContainEqual(["Parliament Act 1949", "law"]);
  });

  it("reads letters after a full name as a person's, not an office named by its place", () => {
    const r = analyze("The inquiry heard from Manjit Singh Gill QC on Monday. Tony Lloyd, the Manchester Central MP, was not there.");
    expect(names(r.people)).toEqual(expect.arrayContaining(["Manjit Singh Gill", "Tony Lloyd"]));
    expect(names(r.people)).not.toContain("Manchester Central");
  });
});

describe("a nation's name after a word that is no first name", () => {
  it("reads 'Middle England' as a place and no person, and England alone as the nation", () => {
    const r = analyze("Simon Thomas, of Plaid Cymru, called it a budget for Middle England. Posts were moved out of the south east of England and Scotland.");
    expect(names(r.people)).toEqual(["Simon Thomas"]);
    expect(names(r.places)).toEqual(expect.arrayContaining(["Middle England", "England", "Scotland"]));
  });
});

describe("people the tagger read as places or organisations", () => {
  it("reads a full name as a person's when the surname stands alone as a person elsewhere, whatever the first name", () => {
    const r = analyze("The Aviator took five prizes, including best supporting actress for Cate Blanchett. Blanchett thanked the director.");
    expect(names(r.people)).toContain("Cate Blanchett");
    expect(r.people.find((p) => p.name === "Cate Blanchett")?.count).toBe(2);
  });

  it("reads a full name as a person's when the article names that person by surname alone", () => {
    const r = analyze("Chelsea's John Terry and Wayne Bridge are also out. Bridge will miss the game. Profits rose at owner France Telecom in France.");
    expect(names(r.people)).toEqual(expect.arrayContaining(["John Terry", "Wayne Bridge"]));
    expect(r.people.find((p) => p.name === "Wayne Bridge")?.count).toBe(2);
    expect(names(r.places)).not.toContain("Wayne Bridge");
    // (a firm after a role noun a firm can hold stays a firm, and a country in its name a country)
    expect(names(r.organizations)).toContain("France Telecom");
    expect(names(r.countries)).toContain("France");
  });
});

describe("a month that is a person's first name", () => {
  it("reads a month before a full name as its first name mid-sentence, but not after a preposition or a time word", () => {
    expect(names(analyze("He married June Carter Cash in 1968.").people)).toEqual(["June Carter Cash"]);
    expect(names(analyze("In June Tony Blair said no. Since May John Smith has led. Last April Gordon Brown spoke.").people)).toEqual(["Tony Blair", "John Smith", "Gordon Brown"]);
  });
});

describe("people named in a list with people", () => {
  it("reads the names between two people listed as people, and a name read as a place no list knows beside one", () => {
    const r = analyze("Other rap acts who may appear at the gig include Stat Quo, Proof, DJ Green Lantern, Swift and Obie Trice. The label has Kanye West and Beanie Sigel on its roster.");
    expect(names(r.people)).toEqual(expect.arrayContaining(["Stat Quo", "Proof", "Swift", "Obie Trice", "Kanye West", "Beanie Sigel"]));
    expect(names(r.places)).toEqual([]);
  });

  it("reads a first name and a surname the tagger read as a body, listed with a person, as a person", () => {
    const r = analyze("Ronnie Corbett has joined fellow comedy stars Victoria Wood and David Jason in attacking the declining standards.");
    expect(names(r.people)).toEqual(["Ronnie Corbett", "Victoria Wood", "David Jason"]);
    expect(r.organizations).toEqual([]);
  });

  it("leaves a constituency and a ground listed beside a person places", () => {
    const r = analyze("Seats at risk include Oxford East and Tony Blair's Sedgefield. Norwich's ground Carrow Road and Delia Smith were in the news.");
    expect(names(r.places)).toEqual(expect.arrayContaining(["Oxford East", "Carrow Road"]));
    expect(names(r.people)).not.toContain("Oxford East");
    expect(names(r.people)).not.toContain("Carrow Road");
  });

  it("keeps a nickname in quotes inside the name it stands in", () => {
    const r = analyze('Antonio "LA" Reid, chairman of the label, said the deal was done. Reid was pleased.');
    expect(names(r.people)).toEqual(['Antonio "LA" Reid']);
    expect(names(r.organizations)).toEqual([]);
  });
});

describe("parties, titles and demonyms", () => {
  it("reads a party's name the tagger cut before its last word whole: 'Liberal Democrat Paul Tyler'", () => {
    const r = analyze("The group, including Labour's Robin Cook and Tony Wright and Liberal Democrat Paul Tyler, is confident.");
    expect(names(r.organizations)).toEqual(["Labour Party", "Liberal Democrats"]);
    expect(names(r.people)).toEqual(["Robin Cook", "Tony Wright", "Paul Tyler"]);
  });

  it("reads a party after 'ex-' or after a broadcaster's name as the party, the mention covering its name only", () => {
    const r = analyze("Ex-Labour minister Frank Field spoke. Mr Lammy told BBC News Labour MPs would not get a free vote.");
    expect(r.organizations.map((o) => [o.name, o.count])).toEqual([["Labour Party", 2], ["BBC News", 1]]);
    expect(r.organizations[0].mentions[0]).toMatchObject({ start: 3, end: 9, text: "Labour" });
  });

  it("cuts a people's word from the front of a person's name in a sports report, and reads 'the Scot' as no sign of the United Kingdom", () => {
    const r = analyze(
      "Gardener wins double in Glasgow\n\nBritain's Jason Gardener enjoyed a double 60m success in Glasgow in his first competitive outing since he won 100m relay gold at the Athens Olympics.\n\nGardener cruised home ahead of Scot Nick Smith to win the invitational race. The 22-year-old Scot finished fourth in the 60m hurdles final.",
    );
    expect(names(r.people)).toEqual(["Jason Gardener", "Nick Smith"]);
    expect(r.countries.find((c) => c.name === "United Kingdom")?.count).toBe(1);
  });

  it("folds a party's forms into one organisation under its full name", () => {
    const r = analyze("The Tories and the Lib Dems have questioned the rules. Tory leader Michael Howard wrote to Tony Blair. The Liberal Democrats and the Conservatives will vote against it.");
    const orgs = names(r.organizations);
    expect(orgs).toEqual(expect.arrayContaining(["Conservative Party", "Liberal Democrats"]));
    expect(orgs).not.toContain("Tories");
    expect(orgs).not.toContain("Lib Dems");
    expect(names(r.places)).not.toContain("Tories");
    expect(r.organizations.find((o) => o.name === "Conservative Party")?.count).toBe(3);
    // the old Liberals are not the Liberal Democrats
    const liberals = analyze("The Liberals won in 1906, long before the Liberal Democrats were formed, and Plaid won no seat.");
    expect(names(liberals.organizations)).toEqual(expect.arrayContaining(["Liberal Party", "Liberal Democrats", "Plaid Cymru"]));
  });

  it("keeps a party treasurer's title off his name and out of the organisations", () => {
    const r = analyze("The party repaid the money to former Tory Treasurer Lord Ashcroft after the election.");
    expect(names(r.people)).toContain("Ashcroft");
    expect(r.people.find((p) => p.name === "Ashcroft")?.description).toBe("former Tory Treasurer");
    expect(names(r.organizations)).toEqual(["Conservative Party"]);
    // (a day, a place or initials before an honorific alone is no office)
    const days = analyze("Tony Blair spoke on Monday. And on Thursday Mr Blair said sorry, after a relief deal with Tanzania Mr Brown signed.");
    expect(days.people.map((p) => p.description)).toEqual([null, null]);
    // (and written in lower case, as the issue quotes it)
    const lower = analyze("Tory treasurer Lord Ashcroft said the party would win.");
    expect(lower.people.find((p) => p.name === "Ashcroft")?.description).toBe("Tory treasurer");
  });

  it("keeps a party's word on the name of its own body", () => {
    const r = analyze("Michael Howard made his remarks in a speech to the Conservative National Women's Committee in Westminster.");
    expect(names(r.organizations)).toEqual(["Conservative National Women's Committee"]);
  });

  it("reads a party the tagger cut short before a title as the party, and a minister's portfolio as the title's", () => {
    const r = analyze('He said Britain deserves better." The Liberal Democrat parliamentary chairman Matthew Taylor said so. New proposals were announced by the Trade and Industry Secretary Patricia Hewitt, and Cofinec CEO Stephen Frater agreed.');
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Liberal Democrats", "Cofinec"]));
    expect(names(r.organizations)).not.toContain("Trade and Industry");
    expect(names(r.people)).toEqual(expect.arrayContaining(["Matthew Taylor", "Patricia Hewitt", "Stephen Frater"]));
  });

  it("reads a name like a person's as a body where the apposition after it ends with a body's noun: 'Freddie Mac, the country's other largest mortgage firm' (not 'the firm's boss', 'the godfather of the group')", () => {
    const r = analyze("Freddie Mac, the country's other largest mortgage firm, said so. John Smith, the firm's boss, agreed, and Gianni Agnelli, the godfather of the group, wanted control.");
    expect(names(r.organizations)).toEqual(["Freddie Mac"]);
    expect(names(r.people)).toEqual(["John Smith", "Gianni Agnelli"]);
  });

  it("reads a given name and a word read as a body's, a role after its comma, as a person: 'Jim Press, vice president of Toyota's US sales arm'", () => {
    const r = analyze("\"As gas prices continue their upward march, fuel efficiency catches the public eye,\" Jim Press, vice president and chief operating officer of Toyota's US sales arm, said in a statement.");
    expect(names(r.people)).toEqual(["Jim Press"]);
    expect(names(r.organizations)).toEqual(["Toyota"]);
  });

  it("reads a party spokesman's portfolio as the title's, the title in small letters: 'Lib Dem Home Affairs spokesman', 'Tory Pensions spokeswoman'", () => {
    const r = analyze("Tory Pensions spokeswoman Theresa May said so, and Lib Dem Home Affairs spokesman Mark Oaten agreed. A Yukos spokesman declined to comment.");
    expect(names(r.organizations).sort()).toEqual(["Conservative Party", "Liberal Democrats", "Yukos"]);
    expect(names(r.people)).toEqual(["Theresa May", "Mark Oaten"]);
  });

  it("reads a summit and a sevens tournament as events, but not a body named for its conference", () => {
    const r = analyze("Executives met at the European HDTV Summit, while the Organisation of the Islamic Conference met in Jeddah. Fiji won the Dubai Sevens.");
    const kinds = Object.fromEntries(r.other.map((o) => [o.name, o.kind]));
    expect(kinds).toMatchObject({ "European HDTV Summit": "event", "Dubai Sevens": "event" });
    expect(names(r.organizations)).toContain("Organisation of the Islamic Conference");
  });

  it("reads judges by the surname after their title, a month's name included, and two after a plural title", () => {
    const r = analyze("The demonstrators appealed against a finding by Lord Justice May and Mr Justice Harrison. The police urged the Lord Chief Justice and Lord Justices Clarke and Rix to overturn the ruling.");
    expect(names(r.people).sort()).toEqual(["Clarke", "Harrison", "May", "Rix"]);
  });

  it("reads an office styled 'Lord' as no one, and the place it is of as a place", () => {
    const r = analyze("The Lord Chancellor has defended the plans. The Lord Mayor of London opened the show, and the Lord Advocate disagreed. Lord Falconer spoke.");
    expect(names(r.people)).toEqual(["Falconer"]);
    expect(names(r.places)).toEqual(["London"]);
  });

  it("reads a court as a body, 'Old Labour' as the Labour Party, and one of a people the tagger read as a person as the people's country", () => {
    const r = analyze("The High Court ruled against the police, and Old Labour grumbled. Everton are closing in on a deal for Thomas Gravesen after the Dane's agent travelled to Spain.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["High Court", "Labour Party"]));
    expect(names(r.places)).not.toContain("High Court");
    expect(r.countries.map((c) => c.code)).toContain("DK");
    expect(names(r.people)).not.toContain("Dane");
  });

  it("reads a mobile or wireless standard as no name", () => {
    const r = analyze("Like almost all GSM operators, Turkcell has a deal with Irancell. The Wimax network will run beside the line.");
    const all = [...names(r.organizations), ...names(r.places), ...names(r.people), ...names(r.other)];
    expect(all).not.toContain("GSM");
    expect(all).not.toContain("Wimax");
  });

  it("reads a party's label and a title before a person's name as the party and the person", () => {
    const r = analyze("Lib Dem MP Lembit Opik said the Lib Dem MPs would vote against it.");
    expect(names(r.people)).toEqual(["Lembit Opik"]);
    expect(names(r.organizations)).toEqual(["Liberal Democrats"]);
    expect(r.organizations[0].count).toBe(2);
  });

  it("never lists Mr or PC as an organisation", () => {
    const r = analyze("PC Smith arrested the man. Mr said nothing. The PC was on duty, Mr Jones said.");
    expect(names(r.organizations)).not.toContain("PC");
    expect(names(r.organizations)).not.toContain("Mr");
  });

  it("reads a nationality's plural as its country, a faith's followers as no one", () => {
    const r = analyze("Talks between Palestinians and Israelis resumed, and Iraqis voted. Muslims and Hindus prayed.");
    expect(r.countries.map((c) => c.code).sort()).toEqual(["IL", "IQ", "PS"]);
  });

  it("reads a people's noun that is no adjective as its country: 'the 27-year-old Spaniard', 'Slovakian Daniela Hantuchova', 'beaten by the Turks', 'the Irishman'", () => {
    const r = analyze("The 27-year-old Spaniard beat Slovakian Daniela Hantuchova on Monday, and United were beaten by the Turks in Istanbul. Dudek saved at the Irishman's feet.");
    expect(r.countries.map((c) => c.code).sort()).toEqual(["ES", "IE", "SK", "TR"]);
    expect(names(r.people)).toEqual(["Daniela Hantuchova", "Dudek"]);
  });

  it("reads a noun for one of a country's people as the country, never a person: 'two Frenchmen'; a UK nation's ('the Scot', 'the Welshman') as no country", () => {
    const r = analyze("The Scot won in straight sets on Monday, and the Welshman was second. Two Frenchmen finished behind Tim Henman.");
    expect(names(r.people)).toEqual(["Tim Henman"]);
    expect(r.countries.map((c) => c.code).sort()).toEqual(["FR"]);
  });

  it("gives the place for '-based' after a big town only the lists of towns know, but no place for a backer's form: 'Houston-based Continental', not 'Nokia-sponsored'", () => {
    const r = analyze("Houston-based Continental Airlines said so. A Bombay-based traders' body agreed, and Nokia-sponsored research showed it.");
    expect(r.places.map((p) => [p.name, p.country])).toEqual([["Houston", "US"], ["Bombay", "IN"]]);
  });

  it("gives the organisation and its country for a demonym firm, and countries for -based and -born", () => {
    const r = analyze("Mittal Steel was formed when LNM Holdings merged with Dutch firm Ispat. The Netherlands-based company is run by an Indian-born magnate.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Ispat", "LNM Holdings"]));
    expect(names(r.organizations)).not.toContain("Dutch");
    expect(r.countries.map((c) => c.code).sort()).toEqual(["IN", "NL"]);
    const nl = r.countries.find((c) => c.code === "NL");
    expect(nl?.mentions.map((m) => m.text)).toEqual(["Dutch", "Netherlands"]);
  });

  it("reads a people's word of two words the tagger read as a firm as its country, not when a name runs on after it", () => {
    const r = analyze("The South African firm agreed to the deal. South African Airways flew the team home.");
    expect(r.countries.map((c) => [c.name, c.aliases])).toEqual([["South Africa", ["South African"]]]);
    expect(names(r.organizations)).toEqual(["South African Airways"]);
  });

  it("gives the place an adjective made of a city's name names, opening a sentence or a name", () => {
    const text = "Edinburgh-based developer Rockstar made the game. The report by Washington-based Economic Policy Institute and US-born Smith agreed.";
    const r = analyze(text);
    expect(names(r.places)).toEqual(expect.arrayContaining(["Edinburgh", "Washington"]));
    const edinburgh = r.places.find((p) => p.name === "Edinburgh");
    expect(edinburgh && text.slice(edinburgh.mentions[0].start, edinburgh.mentions[0].end)).toBe("Edinburgh");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Rockstar", "Economic Policy Institute"]));
    expect(names(r.people)).toEqual(["Smith"]);
    expect(names(r.countries)).toEqual(["United States"]);
  });

  it("gives both countries of a word joining two with a hyphen, each at its own characters", () => {
    const text = "The US-German firm DaimlerChrysler held China-UK talks. Unilever is an Anglo-Dutch group; the African-American vote was split.";
    const r = analyze(text);
    expect(names(r.organizations)).not.toContain("US-German");
    expect(r.countries.map((c) => c.code).sort()).toEqual(["CN", "DE", "GB", "NL", "US"]);
    for (const c of r.countries) for (const m of c.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(r.countries.find((c) => c.code === "DE")?.mentions.map((m) => m.text)).toEqual(["German"]);
  });
});

describe("places in the right country", () => {
  it("places a place no list knows in the one country its sentence names, but not a sea", () => {
    const r = analyze("The squad trained in Spala, a sports camp in Poland, before the finals. The Caspian Sea holds oil, Russia says.");
    expect(r.places.map((p) => [p.name, p.country])).toEqual([["Spala", "PL"], ["Caspian Sea", null]]);
  });

  it("places London's airports in Britain wherever the article is, an article about the arts too", () => {
    const r = analyze("The singer's new album is out. Fans met her at Heathrow, and she flew on from Gatwick to Riyadh, where the film festival opened.");
    expect(r.places.filter((p) => p.name === "Heathrow" || p.name === "Gatwick").map((p) => [p.name, p.country])).toEqual([["Heathrow", "GB"], ["Gatwick", "GB"]]);
  });

  it("reads a town the lists know, listed after places but left unread by the tagger, as a place; not a name's first word", () => {
    const r = analyze("Elections for mayors at Doncaster, Hartlepool, North Tyneside and Stoke-on-Trent are due. He met Rhodri Morgan in Cardiff and Northern Ireland Minister John Spellar.");
    expect(names(r.places)).toEqual(expect.arrayContaining(["Doncaster", "Hartlepool", "North Tyneside", "Stoke-on-Trent", "Cardiff"]));
    expect(r.places.find((p) => p.name === "Stoke-on-Trent")?.country).toBe("GB");
    expect(names(r.places)).not.toContain("Northern");
  });

  it("folds a natural feature's name without its prefix into the feature, but not a city named like it", () => {
    const r = analyze("He played a show on the River Thames on Friday. Later he sailed on the Thames. He swam in Lake Geneva, then went to Geneva.");
    expect(r.places.map((p) => [p.name, p.aliases])).toEqual(expect.arrayContaining([["River Thames", ["Thames"]], ["Lake Geneva", []], ["Geneva", []]]));
    expect(r.places).toHaveLength(3);
  });

  it("reads a landmark the tagger passed over as the place, but not the first word of another name", () => {
    const r = analyze('"Broadway, and now London is the same," he said. Officials in Whitehall agreed.');
    expect(r.places.map((p) => [p.name, p.country])).toEqual([["Broadway", "US"], ["London", "GB"], ["Whitehall", "GB"]]);
    const books = analyze("The novel was published by Broadway Books in New York.");
    expect(books.places.map((p) => p.name)).toEqual(["New York"]);
  });

  it("puts a town near a place in that place's country, where a town of its name is", () => {
    const r = analyze("Aston Martin's new car will be built at its factory in Gaydon, near Warwick, in the UK. Sales in Detroit and London rose.");
    expect(r.places.find((p) => p.name === "Warwick")?.country).toBe("GB");
  });

  it("lists no United Kingdom for a UK nation's people's word, nor a place, and still counts it for the places' country", () => {
    const r = analyze("Welsh fans sang as the Scottish side lost in Lanarkshire. The English FA and a Scottish-based firm agreed. He speaks Welsh.");
    expect(r.countries).toEqual([]);
    expect(r.places.map((p) => [p.name, p.country])).toEqual([["Lanarkshire", "GB"]]);
    const named = analyze("Scottish fans cheered in Lanarkshire as Scotland and Wales drew.");
    expect(named.countries).toEqual([]);
    expect(Object.fromEntries(named.places.map((p) => [p.name, [p.country, p.region ?? null, p.mentions.map((m) => m.text)]]))).toEqual({
      Lanarkshire: ["GB", null, ["Lanarkshire"]],
      Scotland: ["GB", "GB-SCT", ["Scotland"]],
      Wales: ["GB", "GB-WLS", ["Wales"]],
    });
  });

  it("reads a seat after a member of a UK parliament as a place in GB, whatever else its name names", () => {
    const r = analyze("But Tony Banks, Labour MP for West Ham, said it. The MP for Sedgefield and the MSP for Ealing North agreed.");
    expect(Object.fromEntries(r.places.map((p) => [p.name, p.country]))).toEqual({ "West Ham": "GB", Sedgefield: "GB", "Ealing North": "GB" });
    expect(names(r.organizations)).toEqual(["Labour Party"]);
    expect(names(r.people)).toEqual(["Tony Banks"]);
  });

  it("reads a part of the world as a place in no country, an ocean in lower case too, and not its people's adjective", () => {
    const r = analyze("It is similar to the cash offered Central America after the storm. In the Maldives, in the Indian ocean, jobs depend on tourism. Middle Eastern investors bought in.");
    expect(r.places.map((p) => [p.name, p.country])).toEqual([
      ["Central America", null],
      ["Indian ocean", null],
    ]);
    expect(names(r.countries)).toEqual(["Maldives"]);
    expect(names(r.organizations)).toEqual([]);
  });

  it("reads a people's word as no place: 'pan-European', a compass word before a people's adjective, a town's people", () => {
    const r = analyze(
      "Deutsche Boerse is in competition with pan-European bourse Euronext. Central and Eastern European sales rose 12%. The 25-year-old Dubliner signed, and Beijingers flocked to the shops. Around the UK, the Midlands and South saw the biggest price falls.",
    );
    const places = r.places.map((p) => p.name);
    for (const n of ["pan-European", "Central", "Eastern European", "Dubliner", "Beijingers"]) expect(places).not.toContain(n);
    expect(r.places.find((p) => p.name === "Midlands")?.country).toBe("GB");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Deutsche Boerse", "Euronext"]));
  });

  it("puts the Prime Minister's residence by its number in GB, in an article about another country", () => {
    const r = analyze("The row over Iraq deepened on Monday. A spokesman at Number 10 said Tony Blair had no plans to visit Baghdad.");
    expect(Object.fromEntries(r.places.map((p) => [p.name, p.country]))).toEqual({ "Number 10": "GB", Baghdad: "IQ" });
  });

  it("puts the UK's counties and areas that are no ISO subdivision in GB", () => {
    const r = analyze("Much of the funding came from Yorkshire millionaire Paul Sykes. Pits across Derbyshire, Merseyside and Durham closed, and East Anglia lost jobs.");
    expect(Object.fromEntries(r.places.map((p) => [p.name, p.country]))).toEqual({ Yorkshire: "GB", Derbyshire: "GB", Merseyside: "GB", Durham: "GB", "East Anglia": "GB" });
    expect(names(r.organizations)).toEqual([]);
  });

  it("puts a place in the region or country written after it and a comma, as an address, and not a list or a clause", () => {
    const r = analyze(
      "Seat target\n\nHe would stand in Ashfield, Nottinghamshire. The show will take place in Lucerne, Switzerland from 3-8 May. After the draw in Paris, Ireland face the Faroe Islands. The tour took in Toronto, South Korea and Madrid.",
    );
    const where = Object.fromEntries(r.places.map((p) => [p.name, p.country]));
    expect(where).toMatchObject({ Ashfield: "GB", Lucerne: "CH", Paris: "FR", Toronto: "CA" });
  });

  it("puts the UK's nations in GB with their ISO 3166-2 region", () => {
    const r = analyze("The act will cover England, Wales and Northern Ireland. Similar measures are coming in Scotland.");
    const places = Object.fromEntries(r.places.map((p) => [p.name, [p.country, p.region]]));
    expect(places).toEqual({ England: ["GB", "GB-ENG"], Wales: ["GB", "GB-WLS"], "Northern Ireland": ["GB", "GB-NIR"], Scotland: ["GB", "GB-SCT"] });
  });

  it("reads 'the Islamic Republic' as Iran, no place", () => {
    const r = analyze("Bloggers have criticised the Islamic Republic's government, and the Islamic Republic has jailed two of them.");
    expect(r.countries.map((c) => [c.name, c.code, c.count])).toEqual([["Iran", "IR", 2]]);
    expect(r.places).toEqual([]);
  });

  it("reads a town's possessive opening a building's name as the town's: 'Hollywood's Kodak Theatre'", () => {
    const r = analyze("The ceremony will be held at Hollywood's Kodak Theatre on 27 February.");
    expect(r.places.map((p) => [p.name, p.country])).toEqual([["Hollywood", "US"], ["Kodak Theatre", "US"]]);
  });

  it("lists no place for a street standing for a trade, where no town owns it: 'a casino on every High Street'", () => {
    const r = analyze("A casino on every High Street, the minister said. The High Street retailer Next agreed. Shops on Oxford's High Street closed.");
    expect(r.places.map((p) => p.name)).toEqual(["Oxford", "High Street"]);
    expect(r.places.find((p) => p.name === "High Street")?.count).toBe(1);
  });

  it("reads a city's country from the countries the article names, a compass region's from its country, a continent's as none", () => {
    const r = analyze("Tony Blair said Britain would win. Charles Kennedy visits Manchester and Leicester this week. In the South West the contest is close. Sales in Asia fell.");
    const places = Object.fromEntries(r.places.map((p) => [p.name, p.country]));
    expect(places).toMatchObject({ Manchester: "GB", Leicester: "GB", "South West": "GB", Asia: null });
  });

  it("chooses among towns of one name by size and by the countries the article names", () => {
    const uk = analyze("Fans travelled from Leeds and London to a rally in Newcastle. Later they flew to Florida and on to Frankfurt.");
    expect(Object.fromEntries(uk.places.map((p) => [p.name, p.country]))).toMatchObject({ Newcastle: "GB", Florida: "US", Frankfurt: "DE" });
    const au = analyze("Australia's coal exports rose. Ships loaded in Newcastle and Brisbane. Sydney traders were pleased.");
    expect(au.places.find((p) => p.name === "Newcastle")?.country).toBe("AU");
    // a famous town keeps its country over a small namesake in a country the article names
    const us = analyze("The US firm opened offices in Oxford and Athens, and the American staff moved to New York.");
    expect(Object.fromEntries(us.places.map((p) => [p.name, p.country]))).toMatchObject({ Oxford: "GB", Athens: "GR" });
  });

  it("knows a large town by the name English news gives it, its transliteration without marks, and Ireland's provinces", () => {
    const r = analyze("Talks were held in Geneva, Cologne and Seville, and later in The Hague. Troops moved from Basra to Samarra and Grozny.");
    expect(Object.fromEntries(r.places.map((p) => [p.name, p.country]))).toMatchObject({ Geneva: "CH", Cologne: "DE", Seville: "ES", Hague: "NL", Basra: "IQ", Samarra: "IQ", Grozny: "RU" });
    const rugby = analyze("The fans travelled to Munster on Friday for the match.");
    expect(rugby.places.find((p) => p.name === "Munster")?.country).toBe("IE");
  });

  it("reads a town the tagger took for a person as a place in a list of places, never a surname", () => {
    const r = analyze("Mr Kennedy visits Manchester, Leicester, Basingstoke, Shrewsbury and Torbay this week. Goals came from Leeds, Murphy and Hayes.");
    expect(Object.fromEntries(r.places.map((p) => [p.name, p.country]))).toMatchObject({ Basingstoke: "GB", Shrewsbury: "GB" });
    for (const n of ["Murphy", "Hayes"]) expect(r.places.map((p) => p.name)).not.toContain(n);
  });

  it("places a landmark named with its town first where the landmark is, whatever country the article is about", () => {
    const r = analyze("British Airways flies from London Heathrow to Riyadh and Jeddah in Saudi Arabia.");
    expect(Object.fromEntries(r.places.map((p) => [p.name, p.country]))).toMatchObject({ "London Heathrow": "GB", Riyadh: "SA" });
  });

  it("folds one place in two transliterations", () => {
    const r = analyze("US troops entered Falluja on Monday. The assault on Fallujah continued on Tuesday.");
    expect(r.places.filter((p) => /^Falluja/.test(p.name))).toHaveLength(1);
    expect(r.places.find((p) => /^Falluja/.test(p.name))?.count).toBe(2);
  });

  it("folds one body in two spellings, but not initials with a channel's number", () => {
    const r = analyze("Middlesbrough beat Villareal on Thursday, and Lazio lost to Partizan Belgrade. Middlesbrough and Villarreal now lead the group. The BBC showed the game on BBC1, and BBC2 showed the rest.");
    expect(r.organizations.filter((o) => /^Villa/.test(o.name)).map((o) => o.count)).toEqual([2]);
    expect(r.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(["BBC", "BBC1", "BBC2"]));
  });

  it("places a region by its name before its kind", () => {
    const r = analyze("Giant pandas live in Sichuan Province, the scientists said.");
    expect(Object.fromEntries(r.places.map((p) => [p.name, p.country]))).toMatchObject({ "Sichuan Province": "CN" });
    // (and a place by its name before what it is, a British county by its name after "County")
    const more = analyze("Detainees held at Guantanamo Bay were flown out, while farmers in County Durham waited.");
    expect(Object.fromEntries(more.places.map((p) => [p.name, p.country]))).toMatchObject({ "Guantanamo Bay": "CU", "County Durham": "GB" });
  });

  it("places a venue named by a common noun after 'the' in the article's country, not a town of that name", () => {
    const r = analyze("The fans met at the Orange in London and Leeds.");
    expect(r.places.find((p) => p.name === "Orange")?.country).toBe("GB");
  });

  it("weighs a town against a region of the same name elsewhere, and reads no state's abbreviation as a person", () => {
    const r = analyze("Protests continued in Charlotte on Thursday. Sen. Richard Burr, R-N.C., said the city was calm. Farmers in Kent harvested early.");
    expect(Object.fromEntries(r.places.map((p) => [p.name, p.country]))).toMatchObject({ Charlotte: "US", Kent: "GB" });
    expect(names(r.people)).not.toContain("N.C.");
  });

  it("reads no publication as a work by its 'The'", () => {
    const r = analyze("He told The Daily Caller that the plan would fail, and the story was picked up by The Atlantic, which reported it on Monday.");
    expect(names(r.other)).not.toContain("Daily Caller");
    expect(names(r.other)).not.toContain("Atlantic");
  });

  it("puts a place a place owns in the owner's country, and names Turkey as news does", () => {
    const r = analyze("The musical opened in London's West End. Sales in Turkey, Bosnia, Trinidad and the Gulf rose, the UN said.");
    expect(Object.fromEntries(r.places.map((p) => [p.name, p.country]))).toMatchObject({ "West End": "GB", Gulf: null });
    expect(r.countries.map((c) => [c.name, c.code])).toContainEqual(["Turkey", "TR"]);
    expect(r.countries.map((c) => c.code)).toEqual(expect.arrayContaining(["BA", "TT"]));
    expect(names(r.organizations)).toContain("UN");
    expect(names(r.places)).not.toContain("UN");
  });

  it("puts a place no list knows in the country the article is clearly about, and parts of the world in none", () => {
    const r = analyze("England beat Wales at Twickenham on Saturday. London fans celebrated and Scotland play at Murrayfield next week. Sales in North America and the Middle East fell.");
    const places = Object.fromEntries(r.places.map((p) => [p.name, p.country]));
    expect(places).toMatchObject({ Twickenham: "GB", Murrayfield: "GB", "North America": null, "Middle East": null });
  });
});

describe("one person in two transliterations", () => {
  it("folds Tokayev/Tokaev and Zelensky/Zelenskyy within an article, and keeps Smith and Schmidt apart", () => {
    const r = analyze(
      "President Kassym-Jomart Tokayev said on Monday that order was restored.\n\nThe Kazakh leader, Kassym-Jomart Tokaev, also thanked Vladimir Putin. Ukraine's President Volodymyr Zelensky met him. \"We agree,\" said Volodymyr Zelenskyy. John Smith and John Schmidt spoke.",
    );
    const tok = r.people.find((p) => /Tokayev|Tokaev/.test(p.name));
    expect(tok?.count).toBe(2);
    expect(r.people.filter((p) => /Zelensky/.test(p.name))).toHaveLength(1);
    expect(names(r.people)).toEqual(expect.arrayContaining(["John Smith", "John Schmidt"]));
  });

  it("keeps apart two names alike in their surnames whose initials differ: 'H Tuilagi' and 'A Tuiliagi'", () => {
    const r = analyze("Replacements: Morris, Kay, H Tuilagi, Bemand, A Tuiliagi, Lloyd, Vesty.\n\nA Tuiliagi came on for the last ten minutes.");
    expect(r.people.filter((p) => /Tuil/.test(p.name)).map((p) => p.name).sort()).toEqual(["A Tuiliagi", "H Tuilagi"]);
  });

  it("folds a given name's familiar form before the same surname, and keeps a name and its feminine form apart", () => {
    const r = analyze("Danny Williams equalised for the hosts after 72 minutes. Daniel Williams was booked later. Freddie Forsyth wrote it, and Frederick Forsyth spoke. Paul Smith and his wife Paula Smith came. Tom Hardy and Steve Hardy went.");
    expect(names(r.people).sort()).toEqual(["Daniel Williams", "Frederick Forsyth", "Paul Smith", "Paula Smith", "Steve Hardy", "Tom Hardy"]);
    expect(r.people.find((p) => p.name === "Daniel Williams")?.count).toBe(2);
  });

  it("folds a given name spelt further apart before the very same surname: 'Viktor Makarov' and 'Victor Makarov' (not 'Mark Smith' and 'Marco Smith', nor before two surnames: 'Viktor Makarov' and 'Victor Makarenko')", () => {
    const r = analyze("Viktor Makarov spied for MI6. Mr Makarov was jailed in 1987. Victor Makarov said he would go on. Mark Smith and Marco Smith came. Victor Makarenko did not.");
    expect(names(r.people).sort()).toEqual(["Marco Smith", "Mark Smith", "Victor Makarenko", "Viktor Makarov"]);
    expect(r.people.find((p) => p.name === "Viktor Makarov")?.count).toBe(3);
  });

  it("counts the spellings as one person in the corpus summary, under the first seen", () => {
    const s = new SummaryBuilder();
    const article = (people: string[]) => {
      const r = analyze("", { source: { path: `${people.join("-")}.txt` } });
      r.people = people.map((name) => ({ name, aliases: [], count: 1, mentions: [], description: null }));
      return r;
    };
    s.add(digest(article(["Nursultan Nazarbayev", "Kassym-Jomart Tokayev"])));
    s.add(digest(article(["Nursultan Nazarbaev", "Tony Blair"])));
    s.add(digest(article(["Kassym-Jomart Tokaev"])));
    expect(s.result(0).people).toEqual([
      { name: "Kassym-Jomart Tokayev", articles: 2, mentions: 2 },
      { name: "Nursultan Nazarbayev", articles: 2, mentions: 2 },
      { name: "Tony Blair", articles: 1, mentions: 1 },
    ]);
  });
});

describe("readings found on CoNLL news the tagger had not seen", () => {
  it("does not read a work noun that is a verb after its subject as a work's cue", () => {
    const r = analyze("Scandal hits Clinton campaign at vital moment.\n\nPresident Bill Clinton said he would go on. Clinton spoke in Chicago.");
    expect(r.other).toEqual([]);
    expect(r.people.find((p) => p.name === "Bill Clinton")?.mentions.length).toBe(3);
  });

  it("ends a company's name at its legal form", () => {
    const r = analyze("Mr Smith is chief executive at Bestop Inc of Boulder, Colorado.");
    expect(names(r.organizations)).toEqual(["Bestop Inc"]);
    expect(names(r.places)).toContain("Boulder");
  });

  it("reads the first title of a list of works the tagger missed, and a title after a work and 'and'", () => {
    const r = analyze("Viewers watch programmes such as EastEnders and Top Gear. Roger Deakins won an award for his cinematography on The Village and The Ladykillers.");
    const other = Object.fromEntries(r.other.map((o) => [o.name, o.kind]));
    expect(other).toMatchObject({ EastEnders: "work", "Top Gear": "work", Village: "work", Ladykillers: "work" });
  });

  it("joins a lone first name to the one-word name right after it that the tagger typed apart", () => {
    // the tagger reads "DuVernay" (capital inside) as an organisation and "Ava" as a person
    const r = analyze("Ava DuVernay’s ‘13th’ Explores The Evolution Of The U.S. Prison System.\n\nIf there’s one thing that Ava DuVernay is more passionate about than the present, it’s her push. DuVernay said so.");
    expect(r.people.find((p) => p.name === "Ava DuVernay")?.mentions.map((m) => m.text)).toEqual(["Ava DuVernay", "Ava DuVernay", "DuVernay"]);
    expect(names(r.people)).not.toContain("Ava");
    expect(names(r.organizations)).not.toContain("DuVernay");
  });

  it("reads an abstract noun alone mid-sentence as no one, and a name after an inverted 'said' as a person", () => {
    const r = analyze('Protesters marched against the Dictatorship of the generals. "We are ready," said Zebulon Quartermaine, a farmer.');
    expect(names(r.people)).toEqual(["Zebulon Quartermaine"]);
    expect(names(r.places)).toEqual([]);
  });

  it("reads a common noun opening a sentence before the noun it qualifies as no name, and a firm or a party there as itself", () => {
    const r = analyze("House prices fell 0.4% in October, according to the Nationwide. Ultra high speed links are near. Tesco shares rose. Labour plans were unveiled.");
    const all = [...names(r.people), ...names(r.organizations), ...names(r.places), ...r.other.map((o) => o.name)];
    expect(all).not.toContain("House");
    expect(all).not.toContain("Ultra");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Tesco", "Labour Party"]));
  });
  it("reads a name with a sequel's number as a work in an article about games or films, the number in its title", () => {
    const r = analyze("Gamers queued overnight for Zarkon 3, the sequel to the console hit. Zarkon 3 sold a million copies on its first day, more than any game on the PlayStation. Fans of the film Molly Tate 2 and The Lantern will get a video game too.");
    const other = Object.fromEntries(r.other.map((o) => [o.name, o.kind]));
    expect(other).toMatchObject({ "Zarkon 3": "work", "Molly Tate 2": "work" });
    expect(r.other.find((o) => o.name === "Zarkon 3")?.count).toBe(2);
    expect(r.other.map((o) => o.mentions.map((m) => m.text)).flat()).toContain("The Lantern");
    expect([...names(r.organizations), ...names(r.people)]).not.toEqual(expect.arrayContaining(["Zarkon"]));
  });

  it("keeps a score, a date and a count after a name out of a title", () => {
    const r = analyze("The film studio had a good year at the box office, and gamers bought consoles. Bracknell 2 Reading 1 was the score in the cup. Halden 4 nominations were made. The film opens on Friday 9 November.");
    expect(r.other.map((o) => o.name)).not.toEqual(expect.arrayContaining(["Bracknell 2", "Halden 4", "Friday 9"]));
  });
  it("joins a title and its subtitle across a colon in an article about games or films, and leaves a label and a person apart", () => {
    const r = analyze("Gamers are buying consoles for the sequel season. Top of the chart is Dragon Quest Heroes: Ember Crown, ahead of Starfall: Lost Legion. The film tie-in sold less.\n\nCast: Tom Hardy");
    const works = r.other.filter((o) => o.kind === "work").map((o) => o.name);
    expect(works).toEqual(expect.arrayContaining(["Dragon Quest Heroes: Ember Crown", "Starfall: Lost Legion"]));
    expect(works).not.toContain("Cast: Tom Hardy");
    expect(names(r.people)).toContain("Tom Hardy");
  });
  it("reads honours as awards, alone and in their lists, but not a person's letters after the name", () => {
    const r = analyze("The swimmer was made a CBE in the Birthday Honours List. Two rowers were given MBEs last year. The donor Harold Finch OBE gave money.");
    const awards = r.other.filter((o) => o.kind === "award").map((o) => o.name);
    expect(awards).toEqual(expect.arrayContaining(["CBE", "Birthday Honours", "MBE"]));
    expect(awards.join(" ")).not.toContain("Finch");
    expect(names(r.people)).not.toContain("MBEs");
  });
  it("reads a championship named by its short name and year as an event, and the currency alone as none", () => {
    const r = analyze("Portugal hosted Euro 2004 in the summer, and the Dutch side reached the semi-finals at Euro 2004. Prices rose by one Euro last year.");
    const events = r.other.filter((o) => o.kind === "event");
    expect(events.map((o) => o.name)).toEqual(["Euro 2004"]);
    expect(events[0].count).toBe(2);
  });
  it("reads an award's name alone after its category or before its ceremony as the award, not a man or a place", () => {
    const r = analyze("She is the favourite for the best actress Oscar at the ceremony. The show was nominated for last year's Bafta awards and lost.");
    const awards = r.other.filter((o) => o.kind === "award").map((o) => o.name);
    expect(awards).toEqual(expect.arrayContaining(["Oscar", "Bafta"]));
    expect([...names(r.people), ...names(r.places), ...names(r.organizations)]).not.toEqual(expect.arrayContaining(["Oscar"]));
    expect([...names(r.people), ...names(r.places)]).not.toContain("Bafta");
  });
});

describe("names the tagger passes over or mistypes in a short text", () => {
  it("fills in a party's plural or many-word name the tagger passed over, but not a common plural opening a sentence", () => {
    const r = analyze("The Tories and the Lib Dems have questioned the plans. Greens grow well in a cold spring.");
    expect(r.organizations.find((o) => o.name === "Conservative Party")?.count).toBe(1);
    expect(names(r.organizations)).not.toContain("Green Party");
  });

  it("ends a name at a word's dot before a capitalised small word, where the sentence splitter missed the end", () => {
    const r = analyze("The series ran from the 15th century to World War I. But the BBC said no.");
    expect(r.other.map((o) => [o.name, o.kind])).toContainEqual(["World War I", "event"]);
  });

  it("reads a name after 'the city of' as a place, whatever the tagger read, but not a country there", () => {
    const r = analyze("Suez lost a water concession in Bolivia after mass protests in the city of El Alto (the poorest in the country).");
    expect(names(r.places)).toEqual(["El Alto"]);
    expect(r.organizations.map((o) => o.name)).toEqual(["Suez"]);
    expect(names(analyze("Pilgrims travelled to the state of Israel.").countries)).toEqual(["Israel"]);
  });

  it("reads a place before a body's noun that modifies another noun as the place", () => {
    const r = analyze("The details were printed in a London newspaper half an hour before Gordon Brown stood up. The Maputo daily Noticias ran them too.");
    expect(names(r.places)).toContain("London");
    expect(names(r.organizations)).not.toContain("London");
  });

  it("reads an office's title alone as no organisation", () => {
    const r = analyze("Just today, the State Department Inspector General issued subpoenas. (Why did the Inspector General issue the subpoenas?)");
    expect(names(r.organizations)).toEqual(["State Department"]);
  });

  it("reads a known town's possessive before an institution as the town, and a team's before its player as the team", () => {
    const r = analyze("Donors gave Leeds's Grand Theatre Trust a new home.");
    expect(names(r.places)).toContain("Leeds");
    expect(names(r.organizations)).not.toContain("Leeds");
    expect(names(analyze("Leeds's Alan Smith scored twice against Arsenal.").organizations)).toContain("Leeds");
  });

  it("reads a plural head word alone opening a sentence, which the text writes in lower case, as no organisation", () => {
    const r = analyze("The Regional Airlines Association and the Budget Airlines Group met. Airlines have attacked the rules for budget airlines.");
    expect(names(r.organizations)).not.toContain("Airlines");
    expect(names(r.organizations)).toContain("Regional Airlines Association");
  });

  it("folds a short form into the one organisation it names with head words alone", () => {
    const r = analyze("Editors of Gizmo Magazine met the staff of Gizmo Essentials. Next year, Gizmo predicts, phones will shrink.");
    expect(r.organizations.find((o) => o.name === "Gizmo Magazine")?.count).toBe(2);
    expect(names(r.organizations)).not.toContain("Gizmo");
  });
});

describe("awards named before a small 'awards'", () => {
  it("reads the name and the word as an award, and a list sharing the word as awards each, bar a body's name", () => {
    const r = analyze("The singer won at the Mobo awards in London. Lucas and Walliams won numerous awards for their show in 2004, including National Television, Royal Television Society and British Comedy awards. \"The awards always matter,\" she said.");
    const awards = r.other.filter((o) => o.kind === "award").map((o) => o.name);
    expect(awards).toEqual(expect.arrayContaining(["Mobo Awards", "National Television Awards", "British Comedy Awards"]));
    expect(awards).not.toContain("Royal Television Society Awards");
    expect(r.organizations.map((o) => o.name)).toContain("Royal Television Society");
    expect(awards.some((a) => /^the awards$/i.test(a))).toBe(false);
  });

  it("runs a body's name over 'of' and the capitals before it: 'the Directors Guild of Great Britain awards'", () => {
    const r = analyze("Scorsese and Eastwood are among the nominees at the Directors Guild of Great Britain awards, now in their second year.");
    expect(r.other.map((o) => o.name)).toEqual(["Directors Guild of Great Britain Awards"]);
  });
});

describe("awards, events and formats known by name", () => {
  it("reads awards and events named without a head word, and formats written with a hyphen, as other names", () => {
    const r = analyze("Vera Drake won the Golden Lion in Venice, and the Palme d'Or went to Fahrenheit 9/11. Wales won the Grand Slam and the Triple Crown. Sony backs Blu-ray against HD-DVD, as VHS once beat Betamax.");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual(expect.arrayContaining([["Golden Lion", "award"], ["Palme d'Or", "award"], ["Grand Slam", "event"], ["Triple Crown", "event"], ["Blu-ray", "product"], ["Betamax", "product"]]));
    // (no award or event is a person; "Vera Drake" is Mike Leigh's film, which one sentence cannot tell from a woman)
    expect(names(r.people).filter((n) => n !== "Vera Drake")).toEqual([]);
  });
});

describe("programmes named before 'programme' or 'series', or after Five Live's possessive", () => {
  it("reads a title before a small 'programme' or 'series' as a work, not a broadcaster's name nor a sport's series", () => {
    const r = analyze("Corbett, soon to reunite with Ronnie Barker for a new Two Ronnies series, spoke. It was a BBC programme, unlike the Channel 4 series. But he told Five Live's Sportsweek: \"I had to get back into training.\"");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual([["Two Ronnies", "work"], ["Sportsweek", "work"]]);
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["BBC", "Channel 4", "Five Live"]));
    const sport = analyze("England won the three-Test series in South Africa after the Home International series. The match was won by a goal in the league.");
    expect(sport.other).toEqual([]);
  });
});

describe("radio stations and lecture series", () => {
  it("reads a station named with 'FM' whole as an organisation, and a series of lectures as an event", () => {
    const r = analyze("Musicians should listen to Classic FM, he said in the Edinburgh Lectures. Capital FM and Kiss FM played it.");
    expect(names(r.organizations)).toEqual(["Classic FM", "Capital FM", "Kiss FM"]);
    expect(r.other.map((o) => [o.name, o.kind])).toEqual([["Edinburgh Lectures", "event"]]);
  });
});

describe("trade shows and conferences", () => {
  it("reads a name ending in 'Show' or 'Conference' as an event, a programme's show as a work, and not a body's name running on", () => {
    const r = analyze("Gadget makers showed their wares at the Consumer Electronics Show in Las Vegas and at the Detroit Motor Show. He spoke at the Game Developers Conference. The European Conference of Postal and Telecommunications Administrations met too.");
    const kinds = Object.fromEntries(r.other.map((o) => [o.name, o.kind]));
    expect(kinds).toMatchObject({ "Consumer Electronics Show": "event", "Detroit Motor Show": "event", "Game Developers Conference": "event" });
    expect(r.places.map((p) => p.name)).toContain("Las Vegas");
    for (const n of ["Consumer Electronics Show", "Detroit Motor Show", "Game Developers Conference"]) expect(r.organizations.map((o) => o.name)).not.toContain(n);
    expect(Object.keys(kinds).some((k) => k.startsWith("European Conference"))).toBe(false);
    const tv = analyze("The host of The Jerry Springer Show said the programme would go on.");
    expect(tv.other.find((o) => o.name === "Jerry Springer Show")?.kind).toBe("work");
  });
});

describe("a name of no known kind before an event's nouns, and a programme someone is told on", () => {
  it("reads a name before 'match', or before two nouns an event's heads, as an event; a trade show's as one; a programme after 'told' as a work", () => {
    const r = analyze(
      "Umaga backs Lions\n\nUmaga, in England for Saturday's IRB Rugby Aid match, won the Kooyong Classic exhibition tournament last year. Phone makers met at the 3GSM trade show in Cannes. Mr Brown told Today that it was wrong.",
    );
    expect(Object.fromEntries(r.other.map((o) => [o.name, o.kind]))).toEqual({ "IRB Rugby Aid": "event", "Kooyong Classic": "event", "3GSM": "event", Today: "work" });
  });
});

describe("a drink's brand", () => {
  it("reads a name right before a drink's noun as its brand where the tagger read no body, but not a people's or a place's: 'Courvoisier brandy', 'French wine'", () => {
    const r = analyze("Allied Domecq's big names include Malibu rum, Courvoisier brandy, Stolichnaya vodka and Ballantine's whisky. French wine sales fell, and Bordeaux wine prices too.");
    expect(Object.fromEntries(r.other.map((o) => [o.name, o.kind]))).toMatchObject({ Courvoisier: "product", Stolichnaya: "product" });
    expect(r.people).toEqual([]);
    expect(r.places.map((p) => p.name)).toContain("Bordeaux");
    expect(r.places.map((p) => p.name)).not.toContain("Stolichnaya");
  });
});

describe("acronyms of other names", () => {
  it("folds an acronym written with its small words' letters in lower case into the body it abbreviates", () => {
    const r = analyze("The Bank of England held rates. The BoE said inflation was low. The Department for Education and Skills (DfES) agreed, and the DfES was right.");
    expect(r.organizations.map((o) => [o.name, o.aliases])).toEqual(
      expect.arrayContaining([
        ["Bank of England", ["BoE"]],
        ["Department for Education and Skills", ["DfES"]],
      ]),
    );
    expect(r.organizations).toHaveLength(2);
  });

  it("folds an acronym in brackets after an event's or a law's name into it, and reads the law's name back to where the acronym spells it", () => {
    const r = analyze("Gadget makers showed their wares at the Consumer Electronics Show (CES) in Las Vegas. CES is the biggest show of its kind. The Waste Electrical and Electronic Equipment Directive (WEEE) comes in next year, and WEEE will cost firms.");
    const other = Object.fromEntries(r.other.map((o) => [o.name, o.aliases]));
    expect(other["Consumer Electronics Show"]).toContain("CES");
    expect(other["Waste Electrical and Electronic Equipment Directive"]).toContain("WEEE");
    expect(r.organizations).toEqual([]);
    expect(r.places.map((p) => p.name)).toEqual(["Las Vegas"]);
  });
});

describeShared("a law by its head word alone (BBC business 215)", () => {
  it("folds 'the Act' into the one Act the article names, whatever the tagger read it as", () => {
    const r = analyze(readFileSync(join(SHARED, "corpora", "bbc", "business", "215.txt"), "utf8"));
    const act = r.other.find((o) => o.name === "Sarbanes-Oxley Act");
    expect(act?.aliases).toEqual(["Act"]);
    expect(act?.count).toBeGreaterThanOrEqual(5);
    expect([...names(r.people), ...names(r.organizations)]).not.toContain("Act");
  });
});

describe("a sponsor's tournament", () => {
  it("reads a sponsor's name before 'International' after when it is held as the event, in a sports report", () => {
    const r = analyze(
      "Holmes will make her first track appearance in February's Norwich Union International in Birmingham, the athletics season's first meeting. She won the championship race last season and will defend her indoor title.",
    );
    expect(r.other.find((o) => o.name === "Norwich Union International")?.kind).toBe("event");
    expect(r.organizations.map((o) => o.name)).not.toContain("Norwich Union International");
  });

  it("reads a tournament of so many nations written with a digit as the event, before a championship's noun too: 'Saturday's RBS 6 Nations championship opener'", () => {
    const r = analyze("Wales hope Martyn Williams could be fit for Saturday's RBS 6 Nations championship opener against England in Cardiff.");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual([["RBS 6 Nations", "event"]]);
  });
});

describe("an award opened by a common noun's possessive", () => {
  it("runs over the possessive after 'the', not over an owner's", () => {
    const r = analyze("Ray won at the People's Choice Awards on Sunday, and the film was nominated at the Critics' Circle Theatre Awards. Bush's Awards were given later.");
    const awards = r.other.filter((o) => o.kind === "award").map((o) => o.name);
    expect(awards).toEqual(expect.arrayContaining(["People's Choice Awards", "Critics' Circle Theatre Awards"]));
    expect(awards).not.toContain("Choice Awards");
    expect(r.people.map((p) => p.name)).toContain("Bush");
  });

  it("runs over a country's name after 'the' too: 'at the US People's Choice Awards'", () => {
    const r = analyze("Fahrenheit 9/11 has won best film at the US People's Choice Awards, voted for by the US public.");
    const awards = r.other.filter((o) => o.kind === "award").map((o) => o.name);
    expect(awards).toContain("People's Choice Awards");
    expect(awards).not.toContain("Choice Awards");
  });
});

describe("a law's name", () => {
  it("runs back over 'to' and 'to the', but not over its sponsor's possessive", () => {
    const r = analyze(
      "MPs debated the Incitement to Religious Hatred Bill and Mr Foster's Protection of Wild Mammals Bill. The Succession to the Crown Bill passed, and so did the Christmas & New Year's Day Trading Bill.",
    );
    const laws = r.other.filter((o) => o.kind === "law").map((o) => o.name);
    expect(laws).toEqual(
      expect.arrayContaining(["Incitement to Religious Hatred Bill", "Protection of Wild Mammals Bill", "Succession to the Crown Bill", "Christmas & New Year's Day Trading Bill"]),
    );
    expect(r.people.map((p) => p.name)).toContain("Foster");
  });

  it("reads a named policy as a law, and not a body or an office named for one", () => {
    const r = analyze("Ministers want to reform the Common Agricultural Policy. The Centre for Economic Policy disagreed, said the charity's head of Trade Policy.");
    expect(r.other.filter((o) => o.kind === "law").map((o) => o.name)).toEqual(["Common Agricultural Policy"]);
    expect(r.organizations.map((o) => o.name)).toContain("Centre for Economic Policy");
    expect(r.organizations.map((o) => o.name)).not.toContain("Common Agricultural Policy");
  });
});

describeShared("an illness's initials and an acronym with a digit (BBC politics 382, tech 052)", () => {
  it("names no body by 'TB', the illness the article is about", () => {
    const r = analyze(readFileSync(join(SHARED, "corpora", "bbc", "politics", "382.txt"), "utf8"));
    expect(names(r.organizations)).not.toContain("TB");
    expect(names(r.organizations)).toContain("Home Office");
  });

  it("folds an acronym with a digit given in brackets into the event or body before it", () => {
    const r = analyze(readFileSync(join(SHARED, "corpora", "bbc", "tech", "052.txt"), "utf8"));
    expect(r.other.find((o) => o.name === "Electronic Entertainment Expo")?.aliases).toEqual(["E3"]);
    expect(names(r.organizations)).not.toContain("E3");
    const g8 = analyze("Aid is a key theme for its presidency of the Group of Eight (G8). The G8 meets in July.");
    expect(g8.organizations.map((o) => [o.name, o.aliases])).toEqual([["Group of Eight", ["G8"]]]);
  });
});

describeShared("a program named before 'virus' once (BBC tech 210)", () => {
  it("is that program at every mention, the tagger's body or not: 'Bofra turns infected machines into small web servers'", () => {
    const r = analyze(readFileSync(join(SHARED, "corpora", "bbc", "tech", "210.txt"), "utf8"));
    expect(r.other.find((o) => o.name === "Bofra")?.kind).toBe("other");
    expect(r.organizations.map((o) => o.name)).not.toContain("Bofra");
  });
});

describe("another name of no kind the rules know", () => {
  it("is listed as other, of kind other, where the tagger read it as a name: an opera, a drug, a truck", () => {
    const r = analyze("The season opens with La Traviata and Madame Butterfly. The drug, Sativex, is made by GW Pharmaceuticals. The new Kodiak, a heavy truck, was recalled.");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual([
      ["La Traviata", "other"],
      ["Madame Butterfly", "other"],
      ["Sativex", "other"],
      ["Kodiak", "other"],
    ]);
  });

  it("takes its kind from a noun in small letters after it: a guitar, an encyclopaedia, an exhibition", () => {
    const r = analyze("Fans marked the 50th anniversary of the Fender Stratocaster guitar in London. Microsoft is calling on its Encarta encyclopaedia to help. Nintendo told an audience at the E3 exhibition in Los Angeles.");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual([
      ["Fender Stratocaster", "product"],
      ["Encarta", "product"],
      ["E3", "event"],
    ]);
  });

  it("is no word before a time's word ('Manon last week'), and keeps a number before a kind's noun ('787 Dreamliner plane')", () => {
    const r = analyze("He conducted the premiere of Jules Massenet's Manon last week. Boeing unveiled its much-anticipated 787 Dreamliner plane, which is set to fly in 2007.");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual([
      ["Manon", "other"],
      ["787 Dreamliner", "product"],
    ]);
  });

  it("is one name with its plural: 'HD-DVD' and 'HD-DVDs'", () => {
    const r = analyze("Universal is to start producing films on the HD-DVD format in 2005. Toshiba expects sales of HD-DVDs to reach 300bn yen by 2008.");
    expect(names(r.other)).toEqual(["HD-DVD"]);
  });

  it("is the body someone speaks or works for, beside its maker's name: 'a spokeswoman for Hanover Re', 'president of Sony Computer Entertainment America'", () => {
    const r = analyze(
      'Barry Beal, global security manager for Capgemini, told the BBC. A spokeswoman for Hanover Re said the claims were small. "It is a great device," said Kaz Hirai, president of Sony Computer Entertainment America. Sony has billed the machine as a rival to the iPod.',
    );
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Capgemini", "Hanover Re", "Sony Computer Entertainment America", "Sony"]));
    expect(names(r.other).filter((n) => n !== "iPod")).toEqual([]);
    // (not a part of an office's title running on over "and")
    const office = analyze("And a spokesman for European Justice and Home Affairs Commissioner Franco Frattini said the plan was sound.");
    expect(names(office.organizations)).not.toContain("European Justice");
  });

  it("is no adjective made of a name, and no description read into a name", () => {
    const r = analyze(
      "As the side-door slid open, it looked for one glorious moment as if the Cabinet had decided to bury their differences and go on the road together, Scooby Doo-style. A ferocious game at the Arms Park in 1972 was edged 19-16 by the All Blacks, a measure of revenge for the defeat inflicted on New Zealand by the Carwyn James-inspired Lions of 1971. Chelsea host Birmingham, Tottenham travel to West Brom and Arsenal will entertain Championship side Wolves.",
    );
    expect(r.other.map((o) => o.name)).toEqual(expect.not.arrayContaining(["Scooby Doo-style", "Carwyn James-inspired", "Championship side Wolves"]));
  });

  it("is an event where it is a day named for what it marks, but no holiday and no two days read as one", () => {
    const r = analyze("Events were held across Britain to mark Holocaust Memorial Day on Thursday. Shops opened on Boxing Day, and the law covers Christmas Day or New Year's Day.");
    expect(r.other.map((o) => [o.name, o.kind])).toEqual([["Holocaust Memorial Day", "event"]]);
  });

  it("keeps a title's number that opens it: '21 Grams'", () => {
    const r = analyze("Other nominees include 21 Grams, which stars Naomi Watts.");
    expect(names(r.other)).toEqual(["21 Grams"]);
    expect(names(r.people)).toEqual(["Naomi Watts"]);
  });

  it("is no adjective before a noun, no people's or creed's word, no single common word", () => {
    const r = analyze("The Olympic champion beat Latin American rivals and a Communist official. Taxes rose in the Budget. Most are Roman Catholic.");
    expect(r.other).toEqual([]);
    // ("Latin American" names a people across countries: no United States)
    expect(r.countries).toEqual([]);
    // (nor a people named with a word before its nationality's plural)
    expect(analyze("The report shows how Native Americans lived. The Carib Indians fought back.").other).toEqual([]);
  });

  it("is no common noun written with a capital, alone or after a people's adjective, in a headline or a comment", () => {
    const r = analyze("“Russia’s Involvement in Kazakhstan’s Crisis Could Have Wide Implications”\n\n3,000 Russian Paratroopers are now in Kazakhstan. All to keep a 30 year Dictatorship going. So begins another Russian Occupation: Transnistria since 1992.");
    expect(r.other).toEqual([]);
  });

  it("is no label of a US report, no abbreviation, no shouted sentence: 'D-Mo.', 'R-Ohio', 'DON'T WANT TO ASSOCIATE'", () => {
    const r = analyze("Sen. Claire McCaskill (D-Mo.) and Rep. Jim Jordan (R-Ohio) met then-Senator Obama. DON'T WANT TO ASSOCIATE, the banner said. The United Nations was made to tackle a global crisis.");
    expect(r.other).toEqual([]);
    expect(names(r.people)).toEqual(["Claire McCaskill", "Jim Jordan", "Obama"]);
    expect(names(r.organizations)).toEqual(["United Nations"]);
  });

  it("is the body where its last word heads a body's name: 'a senior fellow at the Hoover Institution'", () => {
    const r = analyze("It has long been seen as a source of news,'' Michael McFaul, a senior fellow at the Hoover Institution and a former United States ambassador to Russia, said.");
    expect(names(r.organizations)).toEqual(["Hoover Institution"]);
    expect(r.other).toEqual([]);
  });

  it("is a person where a quotation's source stands", () => {
    const r = analyze('"People seem not to have absorbed the good news," says the BBC\'s Elizabeth Blunt.');
    expect(names(r.people)).toEqual(["Elizabeth Blunt"]);
    expect(r.other).toEqual([]);
  });
});

describe("Britain's sporting initials", () => {
  it("are the United Kingdom, no place; a size in gigabytes is neither", () => {
    const r = analyze("She was named in the GB team for the European Indoor Championships. GB's Kelly Holmes won.");
    expect(r.countries.map((c) => [c.name, c.code])).toEqual([["United Kingdom", "GB"]]);
    expect(r.places).toEqual([]);
    const disk = analyze("The new iPod holds 40 GB of music.");
    expect(disk.countries).toEqual([]);
    expect(disk.places).toEqual([]);
  });
});

describe("a place written only in capitals", () => {
  it("is named in title case where the lists know it (a dateline's), and as written where they do not (its initials)", () => {
    const r = analyze("VOLGOGRAD, Russia - He pulled out of a concert at the SECC in Glasgow.");
    expect(names(r.places)).toEqual(expect.arrayContaining(["Volgograd", "SECC"]));
  });
});
