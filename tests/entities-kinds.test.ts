// Products, firms, bands and shows that the tagger cannot know, read by the words around them
// (src/extract/entities/kinds.ts, products.ts). Each text is written here and its reading decided by hand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, describeShared, SHARED } from "./helpers";

const names = (list: Array<{ name: string }>) => list.map((e) => e.name);
const kinds = (r: ReturnType<typeof analyze>) => Object.fromEntries(r.other.map((o) => [o.name, o.kind]));

describe("names read by their cues", () => {
  it("files software, consoles and devices as products, with their version", () => {
    const r = analyze(
      "Owners of the Xbox can play it, as can owners of Sony's PlayStation 2. The patch fixes machines running Windows 2000 and XP, and a flaw in Windows XP. Fans queued for the iPod mini at the store, said Tom Reid of the shop.",
    );
    expect(kinds(r)).toMatchObject({ Xbox: "product", "PlayStation 2": "product", "Windows 2000": "product", "Windows XP": "product", "iPod mini": "product" });
    // ("XP" after "Windows 2000 and" is Windows XP)
    expect(r.other.find((o) => o.name === "Windows XP")?.count).toBe(2);
    const typed = [...names(r.people), ...names(r.organizations), ...names(r.places)];
    for (const n of ["Xbox", "PlayStation", "PlayStation 2", "Windows", "Windows XP", "XP", "iPod"]) expect(typed).not.toContain(n);
    expect(names(r.organizations)).toContain("Sony");
    expect(names(r.people)).toContain("Tom Reid");
  });

  it("reads a decimal version after a product's name as part of it", () => {
    const r = analyze("Fans paid for an advert marking the release of Firefox 1.0, and old PCs still run Windows 3.1 well.");
    expect(kinds(r)).toMatchObject({ "Firefox 1.0": "product", "Windows 3.1": "product" });
  });

  it("leaves the windows of a house no product", () => {
    const r = analyze("Windows were smashed in the street. The gang broke the windows of the shop.");
    expect(names(r.other)).toEqual([]);
  });

  it("reads a name after a firm's noun, its officers or its shares as a firm in every mention", () => {
    const r = analyze(
      "Research by technology firms Quillbrook and Dastervane found most machines infected. Quillbrook said the figure was rising. Shares in Hallworth fell 5%, and Hallworth will cut jobs. Hal Jones, chief executive of Fennery, spoke.",
    );
    for (const n of ["Quillbrook", "Dastervane", "Hallworth", "Fennery"]) expect(names(r.organizations)).toContain(n);
    expect(names(r.people)).toEqual(["Hal Jones"]);
  });

  it("reads what only a firm has or does as a firm's, but not a person's bid", () => {
    const r = analyze(
      "Legal experts said Trovask's purchase of the unit was legal. The unit was bought by Trovask last year. The Brenlow boss Ian Hall agreed. Tony Blair spoke. Blair's bid for a third term worried Mr Brown.",
    );
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Trovask", "Brenlow"]));
    expect(names(r.people)).toEqual(expect.arrayContaining(["Ian Hall", "Tony Blair", "Brown"]));
    expect(names(r.organizations)).not.toContain("Blair");
  });

  it("keeps a film maker's name, a people's adjective and a described body apart from firms", () => {
    const r = analyze("The Dutch film maker Theo van Gogh was killed. Rabbi Marvin Hier, founder of Jewish human rights group the Simon Wiesenthal Center, spoke.");
    expect(names(r.people)).toContain("Theo van Gogh");
    expect(names(r.organizations)).not.toContain("Theo van Gogh");
    expect(names(r.organizations)).not.toContain("Jewish");
  });

  it("reads a band before a member's role and a show before an actor's, not a place or a broadcaster", () => {
    const r = analyze(
      "He was nominated alongside Happy Mondays dancer Bez. Former Holby City actor Jeremy Edwards voted. The Hollywood actor Tom Hanks and BBC presenter Sue Lawley watched.",
    );
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Happy Mondays", "BBC"]));
    expect(kinds(r)).toMatchObject({ "Holby City": "work" });
    expect(names(r.places)).not.toContain("Holby City");
    expect(names(r.places)).toContain("Hollywood");
    expect(names(r.other)).not.toEqual(expect.arrayContaining(["Hollywood"]));
    expect(names(r.other)).not.toContain("BBC");
    expect(names(r.people)).toEqual(expect.arrayContaining(["Bez", "Jeremy Edwards", "Tom Hanks", "Sue Lawley"]));
  });

  it("reads channels a 1996 tagger never saw as organisations, and a name after their possessive as a programme", () => {
    const r = analyze(
      "Tony Robinson told ITV1's This Morning he was sorry. The final was shown on BSkyB. Mr Davis told BBC Radio Four's the World at One he would not resign. He told Radio 4's Today programme on Tuesday that the BBC's Sarah Rainsford was right.",
    );
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["ITV1", "BSkyB", "BBC"]));
    expect(kinds(r)).toMatchObject({ "This Morning": "work", "World at One": "work", Today: "work" });
    // (a presenter's show runs over its "with": "Breakfast with Frost")
    expect(names(analyze("Speaking on BBC One's Breakfast with Frost, the minister said no.").other)).toEqual(["Breakfast with Frost"]);
    expect(names(r.people)).toEqual(expect.arrayContaining(["Tony Robinson", "Davis", "Sarah Rainsford"]));
    expect(names(r.other)).not.toContain("Sarah Rainsford");
  });

  it("reads initials before an organisation's role, a firm before its trade's noun and a band after 'band'", () => {
    const r = analyze(
      "He said the DUP leader was a dynamic man. Figures from the Brimworth research firm show sales fell. The Scottish band Franz Ferdinand won, and Franz Ferdinand thanked fans. Comedy duo Matt Lucas and David Walliams presented the show.",
    );
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["DUP", "Brimworth", "Franz Ferdinand"]));
    expect(names(r.people)).toEqual(expect.arrayContaining(["Matt Lucas", "David Walliams"]));
    expect(names(r.people)).not.toContain("Franz Ferdinand");
  });

  it("reads a firm's noun heading an apposition, not a person's role there", () => {
    const r = analyze("Marbury, the world's biggest spirits company, has agreed a deal. Marbury said so. Jez Sanders, the man behind the Argonaut games group, spoke. Tom Hale, a company director, agreed.");
    expect(names(r.organizations)).toContain("Marbury");
    expect(names(r.people)).toEqual(expect.arrayContaining(["Jez Sanders", "Tom Hale"]));
    expect(names(r.people)).not.toContain("Marbury");
  });

  it("reads a name before a star and a person as a title in an article about the screen, not in one about music", () => {
    const screen = analyze("The film won praise. Most experts predict that Vera Drake star Imelda Staunton will lose out, and Godzilla star Tom Kane agreed. The actress and the movie were in the show.");
    expect(kinds(screen)).toMatchObject({ "Vera Drake": "work", Godzilla: "work" });
    expect(names(screen.people)).toEqual(["Imelda Staunton", "Tom Kane"]);
    const music = analyze("The single went to number one in the album chart, and the song was a duet from former Westlife star Brian McFadden.");
    expect(names(music.other)).toEqual([]);
  });

  it("reads an institution the tagger took for a place as the institution, and a government paper as no name", () => {
    const r = analyze("Mr Blair told the Cabinet on Tuesday. He wrote to the Inland Revenue. A White Paper would follow the Green Paper.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Cabinet", "Inland Revenue"]));
    expect([...names(r.places), ...names(r.people), ...names(r.organizations), ...names(r.other)]).not.toEqual(expect.arrayContaining(["White Paper"]));
    expect(names(r.places)).toEqual([]);
    expect(names(r.people)).toEqual(["Blair"]);
  });

  it("reads a name with small words written with capitals inside as a title, not an initial, a regnal number or a charity", () => {
    const r = analyze("Her single Be With You went to number one, ahead of Learn To Be Lonely. Charles A Blixt, the lawyer, spoke. Save Our Community campaigned.");
    expect(kinds(r)).toMatchObject({ "Be With You": "work", "Learn To Be Lonely": "work" });
    expect([...names(r.places), ...names(r.organizations), ...names(r.people)]).not.toEqual(expect.arrayContaining(["Be With You"]));
    expect(names(r.other)).not.toContain("Charles A Blixt");
    expect(names(r.other)).not.toContain("Save Our Community");
  });

  it("reads a firm's noun or a list of firms as a firm's even where a list of places knows the name, but not a person's full name in a list", () => {
    const r = analyze("Research shows dot.com survivors such as Amazon and Brimlow have done well. Telecom regulator Ofcom said so. Players such as Jonny Wilkinson agreed. The drugs firm Eli Lilly grew.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Amazon", "Brimlow", "Ofcom", "Eli Lilly"]));
    expect(names(r.places)).not.toContain("Amazon");
    expect(names(r.people)).toEqual(["Jonny Wilkinson"]);
  });

  it("lists the maker named in a product's name as an organisation, and reads a device by its noun", () => {
    const r = analyze("Sales of the Microsoft Xbox rose, and the Sony Walkman sold well. The Pentax Optio SV digital camera and the Creative Zen music player were praised.");
    // (a product the lists know by name goes without its maker's, as the keys name it: "Xbox", alias "Microsoft Xbox")
    expect(kinds(r)).toMatchObject({ Xbox: "product", Walkman: "product", "Pentax Optio SV": "product", "Creative Zen": "product" });
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Microsoft", "Sony", "Pentax", "Creative"]));
  });

  it("leaves a club before 'player' a club: a player is a device's only after what kind it is", () => {
    const r = analyze("The Fulham player was sent off, and the Arsenal players complained to the referee.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Fulham", "Arsenal"]));
    expect(r.other).toEqual([]);
  });

  it("reads a competition's group by its letter or number as no name", () => {
    const r = analyze("Manchester United finished top of Group D on Wednesday, and Celtic were third in Group F.");
    const all = [...names(r.people), ...names(r.organizations), ...names(r.places), ...r.other.map((o) => o.name)];
    expect(all).toEqual(expect.arrayContaining(["Manchester United", "Celtic"]));
    expect(all.filter((n) => /Group/.test(n))).toEqual([]);
    const four = analyze("Irish finish with home game\n\nRepublic of Ireland manager Brian Kerr has been granted his wish for a home game as the final World Cup qualifier. The Group Four fixtures were hammered out at a meeting in Dublin on Tuesday.");
    expect(names(four.organizations)).not.toContain("Group Four");
  });

  it("reads a name after a saint's possessive as one organisation or place, by its head word", () => {
    const r = analyze("Pupils at St Mary's Roman Catholic High School in Leeds protested, and St John's College was closed. Fans gathered near St James's Palace.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["St Mary's Roman Catholic High School", "St John's College"]));
    expect(names(r.places)).toContain("St James's Palace");
    for (const n of ["St Mary", "St John", "College"]) expect([...names(r.people), ...names(r.organizations)]).not.toContain(n);
  });

  it("knows consoles and programs by name, a maker's with its model number", () => {
    const r = analyze("Sales of the PS2 and the GameCube rose, while the Nintendo 64 and the Commodore 64 are collectors' items. Many now call friends with Skype.");
    expect(kinds(r)).toMatchObject({ PS2: "product", GameCube: "product", "Nintendo 64": "product", "Commodore 64": "product", Skype: "product" });
  });

  it("reads a name no list knows after a person's role noun as a person, but not after a title's word like 'former'", () => {
    const r = analyze("The singer Joss Stone won two awards, and the rapper Snoop Dogg performed. Former Tyco International chief Dennis Kozlowski was retried.");
    expect(names(r.people)).toEqual(expect.arrayContaining(["Joss Stone", "Snoop Dogg"]));
    expect(names(r.people)).not.toContain("Tyco International");
  });

  it("reads a full name after a word for a rich or business person as the person, whatever the tagger read", () => {
    const r = analyze("But the biggest change occurred when billionaire Roman Abramovich bought the club in 2003. Desailly says the Russian has made the club stronger.");
    expect(names(r.people)).toContain("Roman Abramovich");
    expect(names(r.organizations)).not.toContain("Roman Abramovich");
  });

  it("reads a name of no known kind right after a body's noun as the body, even a common word: 'trade body Intellect'", () => {
    const r = analyze('Microsoft did not comment, referring the issue instead to trade body Intellect, of which it is a member. "As far as Intellect is concerned, we have no view," he said.');
    expect(names(r.organizations)).toEqual(["Microsoft", "Intellect"]);
    expect(names(r.other)).toEqual([]);
  });

  it("lists no deity as a place or a body, whatever the tagger read: 'his faith in God'", () => {
    const r = analyze("Mr Blair spoke of his faith in God on Sunday. In the film, Satan tempts the hero, and Keanu Reeves fights back.");
    expect([...names(r.places), ...names(r.organizations)]).toEqual([]);
    expect(names(r.people)).toEqual(expect.arrayContaining(["Blair", "Keanu Reeves"]));
  });

  it("reads a site's name as the firm behind it, not an address to type or a common word's", () => {
    const r = analyze("The retailer Amazon.com and the news site gamesindustry.biz agreed, though fans should visit www.arsenal.com after the dot.com boom. Mail bob@example.com for details.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Amazon.com", "gamesindustry.biz"]));
    for (const n of ["www.arsenal.com", "dot.com", "Amazon", "example.com"]) expect(names(r.organizations)).not.toContain(n);
  });

  it("joins initials written without dots to the surname after them, not an office's or a firm's letters", () => {
    const r = analyze("Author JK Rowling was praised, as was DH Lawrence, and the singer PJ Harvey sang. The MP Smith spoke to the BBC.");
    expect(names(r.people)).toEqual(expect.arrayContaining(["JK Rowling", "DH Lawrence", "PJ Harvey"]));
    expect(names(r.people)).not.toContain("MP Smith");
  });

  it("reads a town beside a match's result in a sports report as its team, and leaves it a place elsewhere", () => {
    const r = analyze("Gloucester lost to Bath on Saturday, and Munster beat Leinster in the league. The striker scored the winning goal in the match.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Bath", "Munster"]));
    const away = analyze("Tourists lost to Bath's charms on Saturday, the council said.");
    expect(names(away.organizations)).not.toContain("Bath");
  });
});

describe("institutions and their acronyms", () => {
  it("reads an institution named head first as one organisation, common nouns joined to it, a list of names not", () => {
    const r = analyze(
      "A spokesman for the Office of the Deputy Prime Minister said so. The Department of the Environment, Food and Rural Affairs will lose 200 jobs, and the Department for Work and Pensions more. The Bank of America, UBS and Citigroup lent the money, said the University of California and Dan Gillmor.",
    );
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Office of the Deputy Prime Minister", "Department of the Environment, Food and Rural Affairs", "Department for Work and Pensions", "Bank of America"]));
    expect(names(r.organizations)).toContain("University of California");
    expect(names(r.people)).toContain("Dan Gillmor");
    expect(names(r.organizations)).not.toContain("Rural Affairs");
  });

  it("joins the names the tagger cut an organisation into where the acronym in brackets spells them", () => {
    const r = analyze("The International Federation of the Phonographic Industry (IFPI) sued 650 people. The IFPI said more would follow.");
    const ifpi = r.organizations.find((o) => o.name === "International Federation of the Phonographic Industry");
    expect(ifpi?.aliases).toContain("IFPI");
    expect(ifpi?.count).toBe(3);
    expect(names(r.organizations)).not.toContain("International Federation");
  });
});

describe("firms by the form of their name", () => {
  it("reads names joined by '&' as one firm, but not two people's or two places' names", () => {
    const r = analyze("Shares in Marks & Spencer fell, and Ernst & Young audited Brell & Carrow. Tim Henman beat Andy Murray. Henman & Murray then played doubles for Serbia & Montenegro's rivals.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Marks & Spencer", "Ernst & Young", "Brell & Carrow"]));
    expect(names(r.people)).not.toContain("Spencer");
    expect(names(r.places)).not.toContain("Marks");
    expect(names(r.organizations)).not.toContain("Henman & Murray");
    expect(names(r.organizations)).not.toContain("Serbia & Montenegro");
  });

  it("folds a firm's initials joined by '&' and 'The Bank' at a sentence's start into the full name", () => {
    const r = analyze("Shares in Marks & Spencer rose. M&S said sales were up. The Bank of England held rates. The Bank said so.");
    const org = (n: string) => r.organizations.find((o) => o.name === n);
    expect(org("Marks & Spencer")?.aliases).toContain("M&S");
    expect(org("Bank of England")?.count).toBe(2);
    expect(names(r.organizations)).not.toContain("M&S");
    expect(names(r.organizations)).not.toContain("Bank");
  });

  it("keeps a firm apart from its branch named by a country or continent, but folds a club's first word into it", () => {
    const r = analyze("Nintendo has sold 2.8m consoles, said David Yarnton, Nintendo Europe's general manager. Nintendo says sales beat forecasts. Real Madrid beat Sevilla, and Real stay second.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Nintendo", "Nintendo Europe", "Real Madrid"]));
    expect(r.organizations.find((o) => o.name === "Nintendo")?.count).toBe(2);
    expect(names(r.organizations)).not.toContain("Real");
  });

  it("folds an institution's head word alone into the body of that head named most, of several", () => {
    const r = analyze("The Reserve Bank of Australia lifted rates. The Reserve Bank said inflation would rise. The Bank said it had acted, said Michael Blythe of the Commonwealth Bank of Australia.");
    expect(names(r.organizations)).toEqual(["Reserve Bank of Australia", "Commonwealth Bank of Australia"]);
    expect(r.organizations[0].aliases).toContain("Bank");
  });

  it("reads the name after a firm's staff and 'at' as the firm, whole, whatever the tagger made of its words; not a place", () => {
    const r = analyze("Kaha Kiknavelidze, analyst at Troika Dialog, said it. Paul Collison, chief analyst at Brunswick UBS, said so. Robert Brusca, chief economist at Fact and Opinion Economics in New York, agreed, as did a trader in London.");
    expect(names(r.organizations)).toEqual(["Troika Dialog", "Brunswick UBS", "Fact and Opinion Economics"]);
    expect(r.places.map((p) => p.name)).toEqual(["New York", "London"]);
  });

  it("reads the name after a founder's 'of' as the body founded, but not a people's word or a place's compound before a name", () => {
    // (the tagger trained on the keys passes over "R.Politik"; the one trained on CoNLL++ alone finds it)
    const r = analyze('"Putin believes it," said Tatiana Stanovaya, founder of R.Politik, a political consultancy firm. Rabbi Marvin Hier, founder of Jewish human rights group the Simon Wiesenthal Center, said so. Niels Brinkman, co-founder of Amsterdam-based OneStat.com, agreed.');
    expect(names(r.organizations)).toContain("R.Politik");
    expect(names(r.organizations)).not.toContain("Jewish");
    expect(names(r.organizations)).not.toContain("Amsterdam-based OneStat.com");
  });

  it("reads an adjective made of a place of two words opening a body's name as the place, out of the name", () => {
    const r = analyze("The San Francisco-based Balco laboratory is at the centre of the scandal which has rocked the sport.");
    expect(names(r.organizations)).toEqual(["Balco"]);
    expect(r.places.map((p) => [p.name, p.country])).toEqual([["San Francisco", "US"]]);
  });

  it("folds a government body's acronym without its country's initials, or with them, into its name, and its name with and without them into one", () => {
    const r = analyze("The US Securities and Exchange Commission fined the funds. The SEC said more would follow. The US Anti-Doping Agency agreed, and USADA said so. Officials at the US Department of Justice spoke; the Department of Justice said more. UK Independence Party members and US Airways staff disagreed.");
    expect(r.organizations.map((o) => [o.name, o.aliases])).toEqual(
      expect.arrayContaining([
        // (the keys name a body the lists know without the country's name before it; the US is a country mention)
        ["Securities and Exchange Commission", ["SEC"]],
        ["US Anti-Doping Agency", ["USADA"]],
        ["US Department of Justice", ["Department of Justice"]],
        ["UK Independence Party", []],
        ["US Airways", []],
      ]),
    );
    expect(r.organizations).toHaveLength(5);
  });

  it("keeps a maker apart from its division named by several words of divisions", () => {
    const r = analyze("The film studio Sony Pictures Entertainment backs the format. Blu-ray was developed by Sony and others, and Sony says it will win.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Sony", "Sony Pictures Entertainment"]));
    expect(r.organizations.find((o) => o.name === "Sony")?.count).toBe(2);
  });

  it("reads a title before a first name inside a body's name as the person's, and a number made an adjective as no part of a name", () => {
    const r = analyze(
      "Malta's Chief Minister Tom Brell will represent the citizens, while Britain's Europe Director Dominick Chilcott will represent the UK. Mr Lewis branded the existence of the 60-employee Potato Council, set up in 1997, surprising.",
    );
    expect(names(r.people)).toContain("Dominick Chilcott");
    expect(names(r.organizations)).toContain("Potato Council");
    expect(names(r.organizations).some((n) => n.includes("Chilcott") || n.startsWith("60"))).toBe(false);
  });

  it("reads a car's model after its maker as a product and the maker as a firm, but not the maker's own names", () => {
    const r = analyze("GM sells the Pontiac G6 and the Chevrolet Cobalt, while Ford Motor launched the Ford Mustang. Mercedes Benz and Toyota Europe agreed.");
    expect(kinds(r)).toMatchObject({ "Pontiac G6": "product", "Chevrolet Cobalt": "product", "Ford Mustang": "product" });
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Pontiac", "Chevrolet", "Ford Motor", "Mercedes Benz", "Toyota Europe"]));
  });

  it("reads an airport or a stadium as a place, in the country of the town before its possessive", () => {
    const r = analyze("Israel objected. The army closed Tehran's new Imam Khomeini International Airport on its opening day, Israel said.");
    const airport = r.places.find((p) => p.name === "Imam Khomeini International Airport");
    expect(airport?.country).toBe("IR");
    expect(names(r.organizations)).not.toContain("Imam Khomeini International Airport");
    // (whoever it is named after, with a title: the tagger reads a person there)
    const named = analyze("The firm was barred from running Tehran's new Imam Khomeini International Airport last year. Flights from John Lennon Airport rose.");
    expect(names(named.places)).toEqual(expect.arrayContaining(["Imam Khomeini International Airport", "John Lennon Airport"]));
    expect(named.people).toEqual([]);
  });

  it("reads a museum or a gallery as the institution, a theatre as the place where shows are put on, a national theatre as the company", () => {
    const r = analyze("The exhibition opens at the Science Museum in London, and the play moves to the Lyric Theatre in Belfast. It opened at the Ethel Barrymore Theatre on Broadway, and the National Theatre will stage it next.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Science Museum", "National Theatre"]));
    expect(names(r.places)).toEqual(expect.arrayContaining(["London", "Belfast", "Lyric Theatre", "Ethel Barrymore Theatre"]));
    expect(names(r.places)).not.toContain("Science Museum");
    expect(names(r.organizations)).not.toContain("Ethel Barrymore Theatre");
  });

  it("reads a firm the lexicon knows by a name like a person's as the firm", () => {
    const r = analyze("The book was published by Hodder Headline, and Dorothy Perkins and William Hill reported results.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Hodder Headline", "Dorothy Perkins", "William Hill"]));
    expect(names(r.people)).toEqual([]);
  });

  it("reads a band named '… Music' and a firm after 'agency' as organisations, and a county after its town as a place", () => {
    const r = analyze("Roxy Music will play the festival. The winner gets a deal with literary agency Curtis Brown. Born in Luton, Bedfordshire, he moved away.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Roxy Music", "Curtis Brown"]));
    expect(names(r.people)).toEqual([]);
    expect(r.places.find((p) => p.name === "Bedfordshire")?.country).toBe("GB");
  });

  it("reads a firm named by its web address as a firm, one with its plain name", () => {
    const r = analyze("Apple sent requests to the Nfox.com, the internet provider of PowerPage's publisher Jason O'Grady. The articles ran on PowerPage.org and AppleInsider.com.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Nfox.com", "PowerPage.org", "AppleInsider.com"]));
    expect(r.organizations.find((o) => o.name === "PowerPage.org")?.aliases).toContain("PowerPage");
    expect(names(r.organizations)).not.toContain("PowerPage");
    // (a person's name spelt like an address stays the person's, and the "dot.com" boom names no firm)
    const bush = analyze("George W Bush spoke. The zone around georgewbush.com was spotted in the dot.com boom, Mr Bush said.");
    expect(names(bush.people)).toEqual(["George W Bush"]);
    expect(names(bush.organizations)).toEqual(["georgewbush.com"]);
  });

  it("reads a program named after its maker by a common word as a product, and the maker as a firm", () => {
    const r = analyze("Writing a Microsoft Word document can be risky. Microsoft, however, offers a tool for the Microsoft Office suite. Microsoft Research and LG Card disagreed.");
    expect(kinds(r)).toMatchObject({ "Microsoft Word": "product", "Microsoft Office": "product" });
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Microsoft", "Microsoft Research", "LG Card"]));
    expect(names(r.organizations)).not.toContain("Microsoft Office");
  });

  it("reads a brand before a product's noun as the product, and a name after a firm's analyst as the firm", () => {
    const r = analyze("Unilever, which owns brands including Dove soap, blamed its Slimfast range. Sales of the Slimfast range fell, said Jan Hol, an analyst at Petercam. An economist at Paris disagreed.");
    expect(kinds(r)).toMatchObject({ Dove: "product", Slimfast: "product" });
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Unilever", "Petercam"]));
    expect(names(r.places)).not.toContain("Petercam");
    // (a town after "at" stays the town)
    expect(names(r.places)).toContain("Paris");
  });

  it("reads a stock index, with its number, and a ship as other names, not firms or people", () => {
    const r = analyze(
      "The Dow Jones industrial average fell 31 points and the FTSE 100 index rose. The American Stock Exchange index was down. Dow Jones & Co said profits rose. Planes on the aircraft carrier Carl Vinson flew, and a slab of the RMS Titanic was lost. The low-cost carrier Ryanair said so.",
    );
    expect(kinds(r)).toMatchObject({ "Dow Jones": "other", "FTSE 100": "other", "Carl Vinson": "other", "RMS Titanic": "other" });
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Dow Jones & Co", "American Stock Exchange", "Ryanair"]));
    expect(names(r.organizations)).not.toContain("Dow Jones");
    expect(names(r.people)).not.toContain("Carl Vinson");
    // (nor is a people's average an index, nor an index named after its body anything but the body)
    const avg = analyze("The economy grew below the African average of 4%, and the National Association of Purchasing Management index rose.");
    expect(avg.other).toEqual([]);
  });

  it("leaves a month or a weekday at a firm's name's edge to the sentence", () => {
    const r = analyze("Markets were shaken by a rise in the August National Association of Purchasing Management (NAPM) index. In an interview on the cable television network CNBC Friday, Federal Reserve Governor Lawrence Lindsey said rates would hold.");
    expect(r.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(["National Association of Purchasing Management", "CNBC"]));
    expect(r.organizations.some((o) => /August|Friday/.test(o.name))).toBe(false);
    // (a month that opens a firm's name stays: "May Department Stores")
    const may = analyze("US retail giant Federated Department Stores is to buy rival May Department Stores for $11bn. Talks sped up after May's chairman Gene Kahn resigned in January. May has struggled to compete against larger groups such as Federated.");
    expect(may.organizations.map((o) => o.name)).toContain("May Department Stores");
  });

  it("leaves a common noun in lower case after an organisation's name to the sentence", () => {
    const r = analyze("Wang Dan was a student leader of the 1979 Democracy Wall movement, a human rights group in New York said.");
    expect(r.organizations.map((o) => o.name)).toContain("Democracy Wall");
    expect(r.organizations.some((o) => o.name.endsWith("movement"))).toBe(false);
    // (but a publication's noun stays on its mention, as the news writes it, named without it as the keys name "Edge" for "Edge magazine")
    const star = analyze("The weekly supermarket tabloid Star magazine reprinted it.").organizations.find((o) => o.name === "Star");
    expect(star?.mentions.map((m) => m.text)).toEqual(["Star magazine"]);
  });

  it("reads a word with a capital inside as a firm, not a place; a journal by name as a publication; and 'hit' after its subject as a verb", () => {
    const r = analyze("It is the largest market in Europe, according to John Binks, director of GfK, which monitors consumer markets. Floods hit KwaZulu-Natal and McAllen.");
    expect(r.organizations.map((o) => o.name)).toContain("GfK");
    expect(r.places.map((p) => p.name)).toEqual(expect.arrayContaining(["KwaZulu-Natal", "McAllen"]));
    expect(r.other).toEqual([]);
    const journal = analyze("Games sales will top a billion dollars, according to the UK-based journal Screen Digest. The film and TV industries and the movie studios watch the games console market, and gamers buy films on DVD.");
    expect(journal.organizations.map((o) => o.name)).toContain("Screen Digest");
    expect(journal.other.map((o) => o.name)).not.toContain("Screen Digest");
  });

  it("reads a body the lists know and the words after it as a body's name, a people's word first or not: 'American Express Financial Advisors (AEFA)'", () => {
    const r = analyze("Shares in American Express surged. The giant said off-loading American Express Financial Advisors (AEFA) would boost its earnings. A stand-alone AEFA could be worth more, say American financial advisers.");
    const org = (n: string) => r.organizations.find((o) => o.name === n);
    expect(org("American Express Financial Advisors")?.aliases).toContain("AEFA");
    expect(org("American Express")?.count).toBe(1);
    expect(r.organizations.map((o) => o.name)).not.toContain("AEFA");
  });

  it("folds a body's name without the place it serves into its full name: 'the Superior Court' of Santa Barbara County Superior Court, 'the Evening Chronicle'", () => {
    const r = analyze("Santa Barbara County Superior Court is due to rule on Friday. Costs to the Superior Court are rising, the Newcastle Evening Chronicle said. The Evening Chronicle added more.");
    const org = (n: string) => r.organizations.find((o) => o.name === n);
    expect(org("Santa Barbara County Superior Court")?.count).toBe(2);
    expect(org("Newcastle Evening Chronicle")?.count).toBe(2);
    expect(r.organizations.map((o) => o.name).sort()).toEqual(["Newcastle Evening Chronicle", "Santa Barbara County Superior Court"]);
  });

  it("folds a word made of the openings of a body's words into the body: 'Amex' of American Express (not a word of its own)", () => {
    const r = analyze("Shares in American Express surged after Amex said it would spin off a unit. Amex rose 8%, and Pace fell.");
    const org = (n: string) => r.organizations.find((o) => o.name === n);
    expect(org("American Express")?.aliases).toContain("Amex");
    expect(r.organizations.map((o) => o.name)).not.toContain("Amex");
  });

  it("folds a bank's name without its head word, or without its continent, into its full name: 'Standard Trust', 'United Bank' (of Africa)", () => {
    const r = analyze("Two Nigerian banks set to merge\n\nNigerian banks United Bank of Africa and Standard Trust Bank have agreed plans to merge and create the biggest bank in West Africa. Standard Trust is smaller but more profitable than United Bank, Standard Trust said.");
    const org = (n: string) => r.organizations.find((o) => o.name === n);
    expect(org("Standard Trust Bank")?.count).toBe(3);
    expect(org("United Bank of Africa")?.count).toBe(2);
    expect(r.organizations.map((o) => o.name).sort()).toEqual(["Standard Trust Bank", "United Bank of Africa"]);
  });

  it("folds a firm's name with its last word cut short into its full name, but not a word of its own: 'GW Pharma', not 'BBC News' of 'BBC Newsnight'", () => {
    const r = analyze("A drug made by UK biotech firm GW Pharmaceuticals is set to be approved. Shares in GW Pharma lost a third. BBC Newsnight and BBC News said so.");
    const org = (n: string) => r.organizations.find((o) => o.name === n);
    expect(org("GW Pharmaceuticals")?.aliases).toContain("GW Pharma");
    expect(r.organizations.map((o) => o.name).sort()).toEqual(["BBC News", "BBC Newsnight", "GW Pharmaceuticals"]);
  });

  it("folds a firm's name one word short into its full name, but not into a branch or a list", () => {
    const r = analyze("Shares in Krispy Kreme Doughnuts fell. Krispy Kreme said errors forced the move. General Motors Europe cut jobs, General Motors said. Foo Fighters and Keane played, and Foo Fighters won.");
    const org = (n: string) => r.organizations.find((o) => o.name === n);
    expect(org("Krispy Kreme Doughnuts")?.aliases).toContain("Krispy Kreme");
    expect(r.organizations.map((o) => o.name)).not.toContain("Krispy Kreme");
    expect(org("General Motors Europe")?.aliases ?? []).not.toContain("General Motors");
    // (and a body's name before "of" and its country, and its head alone: "Reserve Bank", "the Bank")
    const bank = analyze("The Reserve Bank of Australia lifted interest rates. Shortly after the Bank made its decision, new figures came out, said Ian Macfarlane, Governor of the Reserve Bank.");
    expect(names(bank.organizations)).toEqual(["Reserve Bank of Australia"]);
    expect(bank.organizations[0].count).toBe(3);
  });

  it("reads a people's body, an adjective made of a country's name the tagger passed over, an air base and a service pack", () => {
    const r = analyze("The Scottish Executive said the plan would work. US-based Alistair Cragg will run. Police turned protestors away near RAF Fairford in 2003. The update to Windows XP, Service Pack 2, would not work with some firewalls.");
    expect(names(r.organizations)).toContain("Scottish Executive");
    expect(r.countries.map((c) => c.code)).toContain("US");
    expect(names(r.places)).toContain("RAF Fairford");
    expect(kinds(r)).toMatchObject({ "Service Pack 2": "product" });
  });

  it("runs a body's name on over 'for the' and 'of the', but not over a country after 'the'", () => {
    const r = analyze("The Medical Foundation for the Care of Victims of Torture said so, as did General Motors of the US. The International Federation of the Red Cross and Red Crescent Societies appealed for funds.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Medical Foundation for the Care of Victims of Torture", "International Federation of the Red Cross and Red Crescent Societies", "General Motors"]));
    expect(names(r.organizations).some((n) => n.endsWith("of the US"))).toBe(false);
  });

  it("reads a group of nations by its number and a newspaper named with its day as organisations", () => {
    const r = analyze("Finance ministers from the G7 industrialised countries met in London, before the G8 summit. The Mail on Sunday said so.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["G7", "G8", "Mail on Sunday"]));
  });
});

describe("firms and products the tagger mistypes in a short text", () => {
  it("reads a name no list knows before 'unit' as a firm", () => {
    const r = analyze("Rosneft bought the Yugansk unit for 9bn dollars. Yugansk was sold to a shell company.");
    expect(names(r.organizations)).toContain("Yugansk");
    expect(names(r.people)).not.toContain("Yugansk");
    // (not a people's unit)
    expect(names(analyze("The British unit left Basra.").organizations)).not.toContain("British");
  });

  it("reads a name no list knows in a closed apposition to a firm's noun as the firm, whatever the tagger read, but not a place in an open one", () => {
    const r = analyze("The unit, Yugansk, was sold to pay off a tax bill. A court could stop the auction of Yugansk. Shots were fired at 50 Cent's management company, Violator.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Yugansk", "Violator"]));
    expect(r.places).toEqual([]);
    expect(names(analyze("Now, with the wireless network, Cuyo as well as the other villages is online.").organizations)).toEqual([]);
  });

  it("reads a product's model name without its maker as the product", () => {
    const r = analyze("Nintendo DS sold well in Japan. The DS has two screens, and shops expect the DS to sell out.");
    expect(r.other.find((o) => o.name === "Nintendo DS")?.count).toBe(3);
    expect(names(r.organizations)).not.toContain("DS");
  });
});

describe("bodies the tagger read as places", () => {
  it("reads a name ending in a word only bodies end in, or a body's head alone, as a body; London's 'City' stays a place outside sport", () => {
    const r = analyze("The minister spoke to the Fabian Society in London. The film will appeal to Academy voters, she said.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Fabian Society", "Academy"]));
    expect(names(r.places)).toEqual(["London"]);
    const city = analyze("The talk in the City is that the bank will be sold, traders in London said.");
    expect(names(city.organizations)).not.toContain("City");
  });
});

describe("bodies and firms the lexicon knows", () => {
  it("reads public bodies, a paper named by one word after 'the', and firms of one word no list knows otherwise", () => {
    const r = analyze(
      "Metropolitan Police Commissioner Sir John Stevens said evidence obtained by MI5 was inadmissible. In an interview with the Independent, Sir John said more. Home Office Minister Hazel Blears agreed. Shoppers used eBay, and Deloitte said sales rose.",
    );
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Metropolitan Police", "MI5", "Independent", "Home Office", "eBay", "Deloitte"]));
    expect(names(r.people)).toEqual(expect.arrayContaining(["John Stevens", "Hazel Blears"]));
  });

  it("leaves a paper's word before another name or as an adjective, and a firm named like a person, to the tagger", () => {
    const r = analyze("The Independent candidate won in Wyre Forest. He met the Independent Television Commission. Harrison Ford said the film was good.");
    expect(names(r.organizations)).not.toContain("Independent");
    expect(names(r.people)).toContain("Harrison Ford");
  });

  it("reads a paper named by one word after its capital 'The' as the paper, no work's title", () => {
    const r = analyze("Mr MacDonell, political editor of The Scotsman, said drink was a problem. The Scotsman said so too.");
    expect(names(r.organizations)).toEqual(["Scotsman"]);
    expect(r.other).toEqual([]);
  });

  it("reads a band's member named by the singular of the band's name as no name, and keeps the band's plural name", () => {
    const r = analyze("Paul McCartney sang Hey Jude and other Beatles songs. The former Beatle resisted any temptation, and fans wore a Beatle wig.");
    expect(names(r.organizations)).toEqual(["Beatles"]);
    expect(names(r.people)).toEqual(["Paul McCartney"]);
  });
});

describe("letters in brackets that spell common nouns", () => {
  it("names nothing by them, there or later; a body's own letters stay its", () => {
    const r = analyze("Ministers plan 25,000 community support officers (CSOs), but CSOs could fail. A third of anti-social behaviour orders (Asbos) were breached. The Confederation of British Industry (CBI) said so.");
    expect(names(r.organizations)).toEqual(["Confederation of British Industry"]);
  });
});

describe("names no list of places knows, read as places by the tagger", () => {
  it("are no places in an article about the arts without a word of place around them, but stay places after one", () => {
    const r = analyze(
      "The album chart\n\nThe band's new album went to number one in the album chart, ahead of the singles by Coldplay and Gorillaz, the music industry said. The singer played her songs at the Donmar Warehouse, and the band's tour ends in Khayelitsha.",
    );
    const places = r.places.map((p) => p.name);
    expect(places).not.toContain("Gorillaz");
    expect(places).toEqual(expect.arrayContaining(["Donmar Warehouse", "Khayelitsha"]));
  });

  it("stay places in other news, where the lists miss small towns", () => {
    // (no preposition of place before it: only the article's topic keeps it a place)
    const r = analyze("Tavildara was quiet on Monday, the rebels said, and Dushanbe was calm.");
    expect(r.places.map((p) => p.name)).toContain("Tavildara");
  });
});

describe("theatres, abbreviations of common nouns and a weekday's plural", () => {
  it("reads theatres the venue list knows as places in their country, also by one word after a small 'the'", () => {
    const r = analyze("The play moved from the Lyttelton to the Old Vic and then to the Prince Edward Theatre. She won at the Olivier Awards. The Victoria Palace Theatre opens in May.");
    const places = Object.fromEntries(r.places.map((p) => [p.name, p.country]));
    expect(places).toMatchObject({ Lyttelton: "GB", "Old Vic": "GB", "Prince Edward Theatre": "GB", "Victoria Palace Theatre": "GB" });
    expect(places).not.toHaveProperty("Olivier");
    expect(r.organizations.map((o) => o.name)).not.toContain("Victoria Palace Theatre");
  });

  it("names nothing by a doctor's, a network's or a weekday's plural word, but keeps a band ending in one", () => {
    const r = analyze("Your GP will see you on Sundays, and the office LAN runs SSL. The firm BT said so, and Happy Mondays played.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["BT", "Happy Mondays"]));
    for (const n of ["GP", "Sundays", "LAN", "SSL"]) expect(names(r.organizations)).not.toContain(n);
  });
});

describe("brands in a list", () => {
  it("reads the names a firm's brands include as products, over what each is", () => {
    const r = analyze("The drinks group's brands include Bass, Stella Artois, Hoegaarden and Staropramen. The healthcare firm's brands include Syndol analgesic, Meltus cough medicine and Sauber compression hosiery.");
    expect(kinds(r)).toMatchObject({ Bass: "product", "Stella Artois": "product", Hoegaarden: "product", Staropramen: "product", Syndol: "product", Sauber: "product" });
    for (const n of ["Stella Artois", "Hoegaarden", "Sauber"]) expect([...names(r.people), ...names(r.organizations), ...names(r.places)]).not.toContain(n);
  });
});

describe("streets the news names for who works there", () => {
  it("reads Downing Street as the place in GB, also before a spokesman and a soap opera", () => {
    const r = analyze("Downing Street said the plan would go ahead. A Downing Street spokesman agreed, and critics called it the Downing Street soap opera. Shares fell on Wall Street.");
    const places = Object.fromEntries(r.places.map((p) => [p.name, p.country]));
    expect(places).toMatchObject({ "Downing Street": "GB", "Wall Street": "US" });
    expect(names(r.organizations)).not.toContain("Downing Street");
    expect(r.other).toEqual([]);
  });

  it("reads a street's 'St' as its 'Street': 'Downing St' is Downing Street, in GB", () => {
    const r = analyze("A Downing St spokesman said the Prime Minister would go. Later, Downing Street said so.");
    expect(r.places.map((p) => [p.name, p.country, p.count])).toEqual([["Downing Street", "GB", 2]]);
    expect(r.organizations).toEqual([]);
  });

  it("reads Number 10 as the place, whatever the tagger read, and as Downing Street where the article names the street too", () => {
    const alone = analyze("Number 10 said ministers were interested. A spokesman for Number 10 said it was false.");
    expect(alone.places.map((p) => [p.name, p.country, p.count])).toEqual([["Number 10", "GB", 2]]);
    expect([...alone.organizations, ...alone.other]).toEqual([]);
    const both = analyze("Downing Street said the plan would go ahead. Number 10 said ministers were interested.");
    expect(both.places.map((p) => [p.name, p.aliases])).toEqual([["Downing Street", ["Number 10"]]]);
  });

  it("reads a landmark as the place, never a work's title, whatever words of the arts are around it", () => {
    const r = analyze("Slater to star in Broadway play\n\nActor Christian Slater will star in the Broadway revival of The Glass Menagerie, the film star said.");
    expect(r.places.map((p) => [p.name, p.country])).toEqual([["Broadway", "US"]]);
    expect(r.other.map((o) => o.name)).not.toContain("Broadway");
  });
});

describe("a body's head word the tagger left out", () => {
  it("takes a label's 'Records' and a university's head into the name, as an organisation", () => {
    const r = analyze("Rob Partridge - Marley's former head of press at Island Records - remembers the man. He later studied at West Virginia University.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Island Records", "West Virginia University"]));
    for (const n of ["Island", "West Virginia"]) expect(names(r.places)).not.toContain(n);
  });
});

describe("models named by their maker and a code", () => {
  it("reads a model's code of three digits alone as a product where the article names a maker, but not a firm's short code", () => {
    const r = analyze("Airbus said the A380 superjumbo was running over budget. The A380 will replace the Boeing 747. Nike and K2 were mentioned as bidders.");
    expect(r.other.map((o) => [o.name, o.kind])).toContainEqual(["A380", "product"]);
    expect(names(r.organizations)).not.toContain("A380");
    expect(names(r.organizations)).toContain("K2");
  });

  it("reads a maker's name before a model's code as the product, the maker as a firm, and the code alone as the same product", () => {
    const r = analyze(
      "The phone will rival the Nokia 6600 and the SonyEricsson P900, as well as the Orange E200. The E200 is cheap. Staff at Aston Martin built the DB9 in Gaydon, and the Aston Martin DB9 sold out. Fans of the Samsung Yepp YH-999 video jukebox queued.",
    );
    expect(kinds(r)).toMatchObject({ "Nokia 6600": "product", "SonyEricsson P900": "product", "Orange E200": "product", "Aston Martin DB9": "product", "Samsung Yepp YH-999": "product" });
    expect(r.other.find((o) => o.name === "Orange E200")?.count).toBe(2);
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Nokia", "Orange", "Aston Martin", "Samsung"]));
    // (a product's line is no firm, nor is a series' name before its numeral)
    expect(names(r.organizations)).not.toContain("Yepp");
    expect(names(r.places)).not.toContain("Orange");
    const s = analyze("O2 said its XDA II would sell well, beside Sony's Vaio W1 and the Motorola Razr V3.");
    expect(kinds(s)).toMatchObject({ "XDA II": "product", "Vaio W1": "product", "Motorola Razr V3": "product" });
    expect(names(s.organizations)).not.toEqual(expect.arrayContaining(["XDA"]));
    expect(names(s.organizations)).not.toContain("Vaio");
  });

  it("leaves age groups, summits, bands and people with numbers alone", () => {
    const r = analyze("Iceland U21 lost to Wales. The G8 met in Gleneagles. The B-52s played in Athens. Andre 3000 sang. Sales rose at Nokia 2004 to 2005.");
    expect(r.other.filter((o) => o.kind === "product")).toEqual([]);
    // (the tagger reads "Gleneagles" and "B-52s" as other names, listed as of no known kind)
    for (const n of ["U21", "Iceland U21", "G8", "Andre 3000", "Nokia 2004"]) expect(names(r.other)).not.toContain(n);
  });

  it("splits two products the tagger read as one name", () => {
    const r = analyze("A Windows version of the software was in development. There were no plans for a Linux or Mac version.");
    expect(kinds(r)).toEqual({ Windows: "product", Linux: "product", Mac: "product" });
  });
});

describe("a firm's name in the plural", () => {
  it("names the firm where the name stands elsewhere read as a place, or opening a model's name", () => {
    const r = analyze(
      "GM is building Saabs, Opels - badged as Vauxhalls in the UK - and now Cadillacs on the same lines. The Cadillac BLS will be built in Sweden. It will let drivers test Opel and Vauxhall models.",
    );
    const orgs = r.organizations.map((o) => o.name);
    expect(orgs).toEqual(expect.arrayContaining(["Vauxhall", "Cadillac"]));
    for (const n of ["Vauxhalls", "Cadillacs"]) expect(orgs).not.toContain(n);
    expect(r.places.map((p) => p.name)).not.toContain("Vauxhall");
  });
});

describe("an adjective made of a backer's name", () => {
  it("names the backer, a body or a party, but not a common word, a body's head or a country", () => {
    const r = analyze("Studios rejected the Toshiba-backed HD-DVD. A Labour-led council, a Government-backed loan, State-owned firms and the US-backed regime were named.");
    const orgs = r.organizations.map((o) => o.name);
    expect(orgs).toEqual(expect.arrayContaining(["Toshiba", "Labour Party"]));
    for (const n of ["Government", "State", "Toshiba-backed HD-DVD"]) expect(orgs).not.toContain(n);
    expect(r.organizations.find((o) => o.name === "Toshiba")?.mentions[0].text).toBe("Toshiba");
    expect(r.countries.map((c) => c.name)).toContain("United States");
  });

  it("names it after 'funded', 'sponsored', 'partnered' and 'powered' too: 'other Microsoft-partnered devices', 'the US-funded Radio Farda'", () => {
    const r = analyze("Creative and other Microsoft-partnered devices compete. The scheme is DTI-funded, and the US-funded Radio Farda broadcasts in Persian.");
    const orgs = r.organizations.map((o) => o.name);
    expect(orgs).toEqual(expect.arrayContaining(["Microsoft", "DTI", "Radio Farda"]));
    expect(orgs).not.toContain("US-funded Radio Farda");
    expect(r.countries.map((c) => c.name)).toContain("United States");
  });
});

describe("a product's name in the plural", () => {
  it("is the product, named in the singular as its maker writes it", () => {
    const r = analyze("\"IPods and MP3 players are becoming popular,\" the survey found. Sony is working on its next generation of Walkmans, and most PCs run Windows.");
    const products = r.other.filter((o) => o.kind === "product").map((o) => o.name);
    expect(products).toEqual(expect.arrayContaining(["iPod", "Walkman", "Windows"]));
    expect(products).not.toContain("Window");
  });
});

describeShared("an adjective made of a place of two words (BBC tech 118)", () => {
  it("reads it as the place where the tagger passed it over, not as its last word's town", () => {
    const r = analyze(readFileSync(join(SHARED, "corpora", "bbc", "tech", "118.txt"), "utf8"));
    expect(r.places.map((p) => [p.name, p.country])).toContainEqual(["New York", "US"]);
    expect(r.places.map((p) => p.name)).not.toContain("York");
  });
});
