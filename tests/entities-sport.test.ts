// Sport: clubs by their other names (src/extract/entities/clubs.ts: nicknames, the last word of the
// name, "… Football Club") and grounds in their country (VENUES in src/words/places.ts). Each text
// is written here and its reading decided by hand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, describeShared, SHARED } from "./helpers";

const org = (r: ReturnType<typeof analyze>, name: string) => r.organizations.find((o) => o.name === name);
const names = (list: Array<{ name: string }>) => list.map((e) => e.name);

describe("a club's other names", () => {
  it("folds a nickname and the last word of a club's name into the club the article names", () => {
    const r = analyze("Manchester United beat Arsenal 2-1 on Sunday. United were sharper and the Gunners never settled. Arsenal stay second.");
    expect(org(r, "Manchester United")?.aliases).toContain("United");
    expect(org(r, "Arsenal")?.aliases).toContain("Gunners");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Manchester United", "Arsenal"]));
    expect(names(r.organizations)).not.toContain("Gunners");
    expect(names(r.organizations)).not.toContain("United");
  });

  it("folds a club's short name and, through it, the last word of its name, 'the' before it or not", () => {
    const r = analyze(
      "Man City 0-2 Man Utd\n\nManchester United reduced the lead after a victory over Manchester City. Wayne Rooney put United ahead, and Ryan Giggs added pace to the United attack. City seemed content to sit back.",
    );
    expect(org(r, "Manchester United")?.count).toBe(4);
    expect(org(r, "Manchester City")?.count).toBe(3);
    for (const n of ["Man Utd", "Man City", "United", "City"]) expect(names(r.organizations)).not.toContain(n);
  });

  it("folds the short forms results write into the club named in full: 'Sheff Utd', 'Notts Co', any club's 'Utd'", () => {
    const r = analyze("FA Cup draw\n\nSheffield United will play Notts County in the third round, and Dundee United face Hearts. Sheff Utd v Notts Co is on Sunday; Dundee Utd v Hearts on Monday.");
    expect(r.organizations.map((o) => [o.name, o.count])).toEqual(expect.arrayContaining([["Sheffield United", 2], ["Notts County", 2], ["Dundee United", 2]]));
  });

  it("folds the last word two clubs share into the one the article names twice as often, and no further", () => {
    const r = analyze("United were drawn against Everton. Manchester United beat Chelsea. Sheffield United lost. Man Utd won. Manchester United again. Sheffield United drew. Manchester United won.");
    expect(org(r, "Manchester United")?.aliases).toEqual(expect.arrayContaining(["United", "Man Utd"]));
    expect(names(r.organizations)).not.toContain("United");
    const even = analyze("United were drawn against Everton. Manchester United beat Chelsea. Sheffield United lost. Sheffield United drew. Manchester United won.");
    expect(names(even.organizations)).toContain("United");
  });

  it("folds the last word of a club the lists know into it when the tagger read it as a person no one in the article is", () => {
    const r = analyze("The champions were held by Aston Villa. Villa were the better side and Ryan Giggs hit the post.");
    expect(org(r, "Aston Villa")?.count).toBe(2);
    expect(names(r.people)).toEqual(["Ryan Giggs"]);
  });

  it("names a club by its plain name, not its nickname or 'Football Club'", () => {
    const r = analyze("The Bluebirds lost again, Cardiff manager Lennie Lawrence said, and Liverpool Football Club said Liverpool manager Rafael Benitez would appeal.");
    expect(org(r, "Cardiff")?.aliases).toContain("Bluebirds");
    expect(org(r, "Liverpool")?.aliases).toContain("Liverpool Football Club");
    expect(names(r.organizations)).not.toContain("Bluebirds");
  });

  it("folds the last word of a club's name into the club named with and without 'Football Club'", () => {
    const r = analyze('Manchester City striker Nicolas Anelka has apologised. "He wants to play for Manchester City Football Club." City recently announced debts of 62m.');
    expect(org(r, "Manchester City")?.count).toBe(3);
    expect(names(r.organizations)).not.toContain("City");
  });

  it("folds a nickname into the club its town names where the article names the town as a place too", () => {
    const r = analyze(
      "The Leicester prop is in the form of his life. Leicester, who signed Julian White from Bristol, have been aided by him. He has lived in Leicester since 2003. The Tigers top the table, and Newcastle boss Rob Andrew said the Falcons would miss Jonny Wilkinson.",
    );
    expect(org(r, "Leicester")?.aliases).toContain("Tigers");
    expect(org(r, "Newcastle")?.aliases).toContain("Falcons");
    expect(names(r.organizations)).not.toContain("Tigers");
    expect(names(r.organizations)).not.toContain("Falcons");
  });

  it("leaves a nickname two named clubs share, and 'the City' of the banks, alone", () => {
    const r = analyze("Liverpool drew with Manchester United. The Reds were poor. The City was worried as Manchester City shares fell.");
    const aliases = r.organizations.flatMap((o) => o.aliases);
    expect(aliases).not.toContain("Reds");
    expect(aliases).not.toContain("City");
    expect(org(r, "Manchester United")?.count).toBe(1);
    expect(org(r, "Manchester City")?.count).toBe(1);
  });

  it("reads a club's name written as a place's as the club", () => {
    const r = analyze('Jaap Stam says Manchester United sold him too soon. "I was settled at Manchester United," he said.');
    expect(names(r.places)).not.toContain("Manchester United");
    expect(org(r, "Manchester United")?.count).toBe(2);
  });

  it("leaves a nickname alone where the article names no club of it", () => {
    const r = analyze("The Magpies flew over the field in Kent on Tuesday, said Tom Reid.");
    expect(r.organizations.flatMap((o) => o.aliases)).not.toContain("Magpies");
  });
});

describe("competitions", () => {
  it("reads a league known by name as an event, as the Premiership is, but not inside a longer name", () => {
    const r = analyze("Chelsea lead the Premier League, while the Football League agreed, and the National Football League said no.");
    const kinds = Object.fromEntries(r.other.map((o) => [o.name, o.kind]));
    expect(kinds).toMatchObject({ "Premier League": "event", "Football League": "event" });
    expect(names(r.organizations)).not.toContain("Premier League");
    expect(r.other.filter((o) => o.name === "Football League")[0]?.count).toBe(1);
  });

  it("folds an event's name into the one longer event it ends or opens: 'Six Nations' of the 'RBS Six Nations', 'World Cup' of the 'Rugby World Cup', not of two", () => {
    const r = analyze("The 2005 RBS Six Nations starts on Saturday. England won the Six Nations in 2003, and the Rugby World Cup that year. The World Cup was in Australia; the Five or Six Nations debate goes on.");
    const other = Object.fromEntries(r.other.map((o) => [o.name, o.count]));
    expect(other["RBS Six Nations"]).toBe(2);
    expect(other["Rugby World Cup"]).toBe(2);
    expect(Object.keys(other)).not.toContain("Six Nations");
    const two = analyze("Wilkinson won the Rugby World Cup in 2003, a year after Brazil won the football World Cup in Japan. The World Cup is the pinnacle.");
    expect(two.other.map((o) => o.name)).toContain("World Cup");
  });
});

describe("grounds", () => {
  it("places a ground the lists of venues know in its country, whatever country the article names most", () => {
    const r = analyze(
      "The Dutchman signed from PSV Eindhoven. Dutch fans and a Dutch coach watched at Old Trafford on Sunday, and the Dutch side play at Lansdowne Road next.",
    );
    const place = (n: string) => r.places.find((p) => p.name === n);
    expect(place("Old Trafford")?.country).toBe("GB");
    expect(place("Lansdowne Road")?.country).toBe("IE");
    // (a festival's town, and a place before the event held there)
    const festival = analyze("Roxy Music will appear at June's Isle of Wight music festival, and the Glastonbury festival sold out, American fans said.");
    expect(festival.places.find((p) => p.name === "Glastonbury")?.country).toBe("GB");
    expect(festival.organizations.map((o) => o.name)).not.toContain("Isle of Wight");
    // (a ground named with its "The", listed without it)
    const riverside = analyze("Middlesbrough drew 1-1 with the Dutch side at the Riverside on Thursday, in front of Dutch and American fans.");
    expect(riverside.places.find((p) => p.name === "Riverside")?.country).toBe("GB");
  });
});

describe("events a sports report names by a town, a sponsor or an honour", () => {
  it("reads a town's tournament, a sponsor's league and the event before a champion or a medallist as events", () => {
    const r = analyze(
      "Capriati pulled out of an exhibition match with Wimbledon champion Maria Sharapova and skipped the warm-up event, the Sydney International. The Commonwealth and European silver medallist won the race. Tindall hopes to play before the end of the Zurich Premiership season, the coach said after the match.",
    );
    const kinds = Object.fromEntries(r.other.map((o) => [o.name, o.kind]));
    expect(kinds).toMatchObject({ Wimbledon: "event", "Sydney International": "event", Commonwealth: "event", "Zurich Premiership": "event" });
    const orgs = names(r.organizations);
    for (const n of ["Sydney International", "Commonwealth", "Zurich Premiership"]) expect(orgs).not.toContain(n);
    // (an event's adjective names none: "Olympic champion")
    const olympic = analyze("The Olympic champion Kelly Holmes won the 1500m final, and the coach said the match was over for the season.");
    expect(olympic.other.map((o) => o.name)).not.toContain("Olympic");
    // (outside a sports report "… International" stays the organisation)
    expect(names(analyze("Amnesty International and Sydney International Bank said so.").organizations)).toContain("Amnesty International");
  });
});

describe("grounds named by several words", () => {
  it("reads a ground named for its district as the ground in a sports report, though the tagger read a team: 'in the Highbury stands', 'stay at Eastlands'", () => {
    const r = analyze("Tunnel row ends\n\nThe FA chief executive was in the Highbury stands when United won 4-2 in the league match. Dunne wants to stay at Eastlands, the defender said.");
    expect(r.places.map((p) => [p.name, p.country])).toEqual(expect.arrayContaining([["Highbury", "GB"], ["Eastlands", "GB"]]));
    expect(names(r.organizations)).not.toContain("Highbury");
  });

  it("reads a ground the lists know whole, with its possessive or its 'The', as a place in its country", () => {
    const r = analyze("Kent play Sussex at Lord's on Friday. Lancashire beat Surrey at Old Trafford, and England play at The Oval next week.");
    const place = (n: string) => r.places.find((p) => p.name === n || p.aliases.includes(n));
    expect(place("Lord's")?.country).toBe("GB");
    expect(place("Old Trafford")?.country).toBe("GB");
    expect(r.places.find((p) => p.mentions.some((m) => m.text === "The Oval"))?.country).toBe("GB");
    expect(names(r.places)).not.toContain("Trafford");
    expect(names(r.people)).not.toContain("Lord");
    // (a sentence's "The" before a ground's name outside a sports report is no ground's)
    const laptop = analyze("The Dell machines sold well, and Dell said sales of its laptops rose.");
    expect(names(laptop.places)).toEqual([]);
    expect(names(laptop.organizations)).toContain("Dell");
  });
});

describe("clubs the lists know", () => {
  it("reads a club's name of several words as the club anywhere, and a club's one-word name in a transfer story", () => {
    const r = analyze(
      "Jesper Gronkjaer has agreed a move to Atletico Madrid from Birmingham City. The winger spent five months at St Andrews after a move from Chelsea in the summer transfer window, and leaves the club, and was taken off against Everton. Atletico hope to finalise the deal.",
    );
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Atletico Madrid", "Birmingham City", "Chelsea", "Everton"]));
    expect(org(r, "Atletico Madrid")?.aliases).toContain("Atletico");
    expect(names(r.places)).toEqual(["St Andrews"]);
    expect(names(r.people)).toEqual(["Jesper Gronkjaer"]);
    // (and a club's short form in a headline)
    expect(names(analyze("Heinze set for Man Utd return\n\nThe defender is fit again, the club said after the match.").organizations)).toContain("Man Utd");
    // (outside a sports report a London district stays a place)
    expect(names(analyze("She bought a flat in Chelsea, near the river, and moved in.").organizations)).not.toContain("Chelsea");
  });
});

describe("landmarks in their country", () => {
  it("places a street or a district the news names alone in its country, and a name ending in its country's in that country", () => {
    const r = analyze("Shares fell on Wall Street on Monday, and traders in London said markets in Germany and France were calm. A new show opened at Tate Britain.");
    const place = (n: string) => r.places.find((p) => p.name === n);
    expect(place("Wall Street")?.country).toBe("US");
    // (a gallery is also the institution, as the keys list it; read as a place, it is in Britain)
    if (place("Tate Britain")) expect(place("Tate Britain")?.country).toBe("GB");
    else expect(r.organizations.map((o) => o.name)).toContain("Tate Britain");
  });
});

describe("teams in results tables", () => {
  it("keeps a club's town letters in brackets on its name before a score, and a date off a firm's name", () => {
    const r = analyze("Results of Yugoslav league matches:\n\nBorac 1 Mladost (L) 2\n\nSloboda 4 Mladost (BJ) 0\n\nStandings:\n\nMladost (L) 4 2 1 1 8 5 7\n");
    const names = r.organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(["Mladost (L)", "Mladost (BJ)", "Borac", "Sloboda"]));
    expect(names).not.toContain("Mladost");
    // (a club named with a weekday keeps it)
    expect(analyze("Standings:\n\nSheffield Wednesday 3 3 0 0 6 2 9\n\nChelsea 3 2 1 0 5 2 7\n").organizations.map((o) => o.name)).toContain("Sheffield Wednesday");
    // (a country's code in brackets is not a club's letters)
    expect(analyze("Pete Sampras (US) 6 beat him.").people.map((p) => p.name)).toContain("Pete Sampras");
  });
});

describe("events named with a possessive", () => {
  it("reads a body's initials or a sex before an event's head as its name, but not a day's, a country's or a broadcaster's", () => {
    const r = analyze("He will run at the AAA's Championships in Birmingham, and she won the Women's World Cup. Sunday's Carling Cup final and Spain's Davis Cup win followed, the coach said after the match.");
    const events = r.other.filter((o) => o.kind === "event").map((o) => o.name);
    expect(events).toEqual(expect.arrayContaining(["AAA's Championships", "Women's World Cup", "Carling Cup", "Davis Cup"]));
    expect(events.some((e) => /Sunday|Spain/.test(e))).toBe(false);
  });
});

describe("seas and straits", () => {
  it("reads a sea or a strait by its head, and a sea by its adjective alone after 'the', as places in no country", () => {
    const r = analyze("Migrants crossed the Mediterranean and the English Channel, and tankers sailed through the Bosphorus Strait into the Black Sea and the Indian Ocean. The Mediterranean diet is good, and viewers of the Discovery Channel agreed.");
    const names = r.places.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Mediterranean", "English Channel", "Bosphorus Strait", "Black Sea", "Indian Ocean"]));
    expect(r.places.find((p) => p.name === "English Channel")?.country ?? null).toBeNull();
    expect(r.countries.map((c) => c.code)).not.toContain("IN");
    expect(r.other.map((o) => o.name)).not.toContain("Mediterranean");
    expect(r.organizations.map((o) => o.name)).toContain("Discovery Channel");
  });
});

describe("leagues abroad and London's theatre land", () => {
  it("reads foreign leagues as events and the West End as London's", () => {
    const r = analyze("He left Serie A side Lazio for La Liga, where he won more than in the Bundesliga.\n\nThe play opened at a West End theatre on Monday.");
    expect(r.other.filter((o) => o.kind === "event").map((o) => o.name)).toEqual(expect.arrayContaining(["Serie A", "La Liga", "Bundesliga"]));
    expect(r.places.find((p) => p.name === "West End")?.country).toBe("GB");
  });
});

describe("a town before an athlete", () => {
  it("reads a town before an athlete of a sport no club plays as the town, but a club before a footballer as the club", () => {
    const r = analyze("The Middlesbrough athlete jumped a season's best of 7.98m, and the Ballymena runner was second. The Everton striker scored.");
    expect(r.places.map((p) => [p.name, p.country])).toEqual(expect.arrayContaining([["Middlesbrough", "GB"], ["Ballymena", "GB"]]));
    expect(r.organizations.map((o) => o.name)).toEqual(["Everton"]);
  });
});

describe("a tennis major by its ground's name", () => {
  it("reads Wimbledon as the championships in a report on tennis, not the seat of its MP nor the place elsewhere", () => {
    const r = analyze("Lindsay Davenport has criticised Wimbledon over equal prize money. The world number one reached the Wimbledon final, and the WTA agreed.");
    expect(r.other.map((o) => [o.name, o.kind, o.count])).toEqual([["Wimbledon", "event", 2]]);
    for (const text of ["The MP for Wimbledon said the tennis club was fine.", "He grew up in Wimbledon, south-west London, and works in the City."]) {
      const other = analyze(text);
      expect(other.places.map((p) => p.name)).toContain("Wimbledon");
      expect(other.other).toEqual([]);
    }
  });
  it("reads no place in the championships missed or won, whatever the tagger read", () => {
    const r = analyze("The hip injury forced him to miss Wimbledon last year.");
    expect(r.places.map((p) => p.name)).not.toContain("Wimbledon");
  });
});


describe("a championships' short forms", () => {
  it("reads 'the Europeans', 'the European Indoors' and 'the Worlds' in a sports report as events, folded into the championships named in full", () => {
    const r = analyze(
      "Gardener is the favourite for the European Indoor Championships in Madrid. The sprinter said he would be fit for the Europeans, and the European Indoors would be his first race since the Worlds. The athletics season is long and the race was won in the final.",
    );
    expect(r.other.map((o) => [o.name, o.kind, o.count])).toEqual([["European Indoor Championships", "event", 3], ["Worlds", "event", 1]]);
  });

  it("reads a short form after a possessive or 'at' too", () => {
    const r = analyze("Holmes urged to compete at Worlds\n\nKelly Holmes has hinted she will not run in this year's Worlds. The athletics season is long, and the race was won in the final by a late goal.");
    expect(r.other.map((o) => [o.name, o.kind, o.count])).toEqual([["Worlds", "event", 2]]);
    expect(r.places).toEqual([]);
  });

  it("leaves a people's plural outside a sports report, and one not after 'the', alone", () => {
    expect(analyze("Europeans living abroad may vote. The Europeans in Brussels met on Monday.").other).toEqual([]);
  });
});

describe("a nation's football association", () => {
  it("reads a people's word before 'FA' as part of the association's name, naming the country too but no United Kingdom for a UK nation's", () => {
    const r = analyze("Mutu, banned by the English FA, can resume playing next May. He will have to speak with the Bulgarian FA.");
    expect(r.organizations.map((o) => o.name)).toEqual(["English FA", "Bulgarian FA"]);
    expect(r.countries.map((c) => c.name)).toEqual(["Bulgaria"]);
  });
});

describe("a nation's side", () => {
  it("lists the nations a match report has playing as organisations too, keeping them countries and places", () => {
    const text =
      "Wales win in Rome\n\nWales secured their first away win in the Six Nations since 2001 with a 38-8 victory over Italy. Wales led 19-3 at half-time, but Italy hit back early in the second half. The rugby side now face France at the Stade de France, after beating England in Cardiff.";
    const r = analyze(text);
    for (const n of ["Wales", "Italy", "France", "England"]) expect(names(r.organizations)).toContain(n);
    expect(names(r.places)).toEqual(expect.arrayContaining(["Wales", "England"]));
    expect(names(r.countries)).toEqual(expect.arrayContaining(["Italy", "France"]));
    // the side's mentions are its name where it plays, not where the match is
    expect(org(r, "Italy")?.count).toBe(2);
    expect(org(r, "Wales")?.mentions.map((m) => m.start)).toEqual([0, 19, text.indexOf("Wales led")]);
  });

  it("lists nations named by their players' and staff's roles as sides: 'France captain Fabien Pelous', 'Great Britain rugby league captain'", () => {
    const r = analyze(
      "Lions tour squad named\n\nFrance captain Fabien Pelous and Ireland lock Paul O'Connell head the rugby list, while the Scotland duo were left out. Great Britain rugby league captain Andy Farrell may yet switch codes, and the England coach has praised him.",
    );
    for (const n of ["France", "Ireland", "Scotland", "Great Britain", "England"]) expect(names(r.organizations)).toContain(n);
    expect(names(r.countries)).toEqual(expect.arrayContaining(["France", "Ireland"]));
  });

  it("reads a fixture's 'v' as two sides at once, but a player's nationality alone as no side", () => {
    const r = analyze("Referee stands by decisions\n\nThe referee from Saturday's France v Scotland rugby match has defended his handling of the game. The Scotland coach said his side were robbed.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["France", "Scotland"]));
    const one = analyze("Wardle said the club was not inviting offers for England winger Shaun Wright-Phillips. The club's football is improving, he said.");
    expect(names(one.organizations)).not.toContain("England");
  });

  it("cuts a nation's word off an event nations play in: 'US Davis Cup captain', 'the France v Scotland Six Nations match', not 'Scottish Premier League'", () => {
    const r = analyze("US Davis Cup captain Patrick McEnroe wants Roddick to play. The referee from the France v Scotland Six Nations match defended himself. Celtic lead the Scottish Premier League.");
    expect(r.other.map((o) => o.name)).toEqual(["Davis Cup", "Six Nations", "Scottish Premier League"]);
    expect(names(r.countries)).toContain("United States");
  });

  it("reads a score, 'play for' and a match's noun beside a nation as its side: 'Scotland 18-10 Italy', 'play for Wales', 'the France match'", () => {
    const r = analyze("Scotland 18-10 Italy\n\nA late try in the Six Nations rugby match gave Scotland victory at Murrayfield. Hogg wants to play for Wales next season after the France match, and the striker scored twice.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Scotland", "Italy", "Wales", "France"]));
    const tennis = analyze("Hantuchova wins in Dubai\n\nDaniela Hantuchova reached the quarter-finals of the Dubai Open tennis event after beating Elene Likhotseva of Russia 7-5 6-4, and now faces Serena Williams in the match.");
    expect(names(tennis.organizations)).not.toContain("Russia");
  });

  it("reads nations listed after a side, a side's game and a result over 'the' as sides: 'against Wales, France and Ireland', 'England's game', 'over the USA'", () => {
    const r = analyze(
      "England suffer again\n\nCohesion up front is why England have lost against Wales, France and Ireland in this year's rugby tournament. Rooney should be fit for England's game against Holland. The Davis Cup was won by Spain in a 3-2 home success over the USA in Seville.",
    );
    for (const n of ["England", "Wales", "France", "Ireland", "Holland", "Spain", "USA"]) expect(names(r.organizations)).toContain(n);
    // (a list is only a side's where its first name is: "in Spain and France" stays countries)
    const trip = analyze("Wales beat Italy 38-8 in the rugby, and Italy hit back. The squad then flew to Spain and France for a training camp.");
    expect(names(trip.organizations)).not.toContain("France");
  });

  it("reads a side's win and a side 'against' another, and a pair's word over 'the': 'Ireland's win over Italy', 'Wales against England', 'a loss to the Netherlands'", () => {
    const r = analyze(
      "Ireland edge Italy\n\nIreland's win over Italy in Rome kept the rugby side top, and Wales against England at Cardiff is next. In tennis, Australia's Hopman Cup loss to the Netherlands hurt.",
    );
    for (const n of ["Ireland", "Italy", "Wales", "England", "Netherlands"]) expect(names(r.organizations)).toContain(n);
  });

  it("leaves nations beside athletes, or where meetings are, as countries only", () => {
    const r = analyze(
      "Gardener storms to win\n\nBritain's Jason Gardener won the 60m in Birmingham, well ahead of Germany's Marc Blume. He beat Canada's Nate Brannen in the heats and now races in France before the World Championships in Finland, where the athletics season ends.",
    );
    for (const n of ["Britain", "Germany", "Canada", "France", "Finland"]) expect(names(r.organizations)).not.toContain(n);
  });
});

describe("a nation's second and age-group sides", () => {
  it("reads 'England A' and 'Wales Under-21' as sides of their own in a sports report, the nations still named", () => {
    const r = analyze("Bell called up for England\n\nDuncan Bell, who excelled for England A against France A in the rugby match on Friday, was called up to the squad. The prop scored a try as England A won 30-10. Former Wales Under-21 skipper Richie Pugh also played for Bath in the Premiership.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["England A", "France A", "Wales Under-21"]));
    expect(org(r, "England A")?.count).toBe(2);
    expect(names(r.places)).toEqual(expect.arrayContaining(["England", "Wales"]));
    expect(names(r.countries)).toContain("France");
  });
});

describe("a touring side named by two peoples' words", () => {
  it("reads the 'British and Irish Lions' whole, and 'Lions' alone as the side", () => {
    const r = analyze("Woodward names squad\n\nClive Woodward was named British and Irish Lions coach for the tour of New Zealand. The Lions play seven matches before the first Test.");
    expect(org(r, "British and Irish Lions")?.count).toBe(2);
    expect(names(r.organizations)).not.toContain("Irish Lions");
    expect(names(r.organizations)).not.toContain("Lions");
  });
});

describe("a team named by a common word", () => {
  it("keeps a club opening a sentence before its staff's role in a sports report: 'Arsenal boss Arsene Wenger'", () => {
    const r = analyze("Wenger promised funds\n\nArsenal boss Arsene Wenger has been promised transfer funds after the 2-1 defeat by Chelsea. The striker scored twice in the match, and the club's midfield struggled in the league.");
    expect(names(r.organizations)).toEqual(expect.arrayContaining(["Arsenal", "Chelsea"]));
    // (outside a sports report the word stays a common noun's modifier)
    expect(names(analyze("Arsenal boss wanted: the museum of weapons seeks a keeper for its collection.").organizations)).toEqual([]);
  });
});

describe("a paper named by its town", () => {
  it("keeps the town's club apart from the town's paper ('Liverpool' is not the 'Liverpool Echo')", () => {
    const r = analyze("Liverpool were reported to have bid £3.5m for the striker this week. But the Liverpool Echo newspaper has said Rafa Benitez will avoid a bidding war. Reports suggest Liverpool will lift their offer.");
    expect(org(r, "Liverpool")?.count).toBe(2);
    expect(org(r, "Liverpool Echo")?.aliases).not.toContain("Liverpool");
  });
});

describe("a town's team by its verb", () => {
  it("reads a town before a plural verb in a sports report as its team, but not a place after 'in'", () => {
    const r = analyze(
      "The rugby match is expected to attract a record attendance in the country. Ulster were the last Irish team to play at the stadium, coach Mark McCall said. \"The best teams in Europe are still ahead of us,\" he said after the match.",
    );
    expect(names(r.organizations)).toContain("Ulster");
    expect(names(r.organizations)).not.toContain("Europe");
  });
});

describe("a town after 'in' closing a clause in a sports report", () => {
  it("is where something happens, though the tagger read it as a team: 'last week in Marseille, he said'; not a club someone owns part of", () => {
    const r = analyze("Rusedski forced out\n\nGreg Rusedski was forced to withdraw from the tournament in Marseille on Thursday with a rib injury, and the Wales match against Hungary in Cardiff is off. Morgan is still willing to invest in Liverpool, the club said after the match.");
    expect(r.places.map((p) => [p.name, p.country])).toEqual(expect.arrayContaining([["Marseille", "FR"], ["Cardiff", "GB"]]));
    expect(names(r.organizations)).not.toContain("Marseille");
    expect(names(r.places)).not.toContain("Liverpool");
  });
});

describeShared("a town the report names as its club (BBC sport 130)", () => {
  it("is the club after 'at', where a player's career is: 'poised to join Sunderland' … 'making it at Sunderland'", () => {
    const r = analyze(readFileSync(join(SHARED, "corpora", "bbc", "sport", "130.txt"), "utf8"));
    expect(org(r, "Sunderland")?.count).toBe(4);
    expect(names(r.places)).not.toContain("Sunderland");
  });
});

describe("a ground the report names as its club's", () => {
  it("stays the ground after 'at': 'the Highbury outfit drew, the honours even at Highbury'", () => {
    const r = analyze("Arsenal and Chelsea drew 2-2 in the league match. The Highbury outfit scored twice, the honours even at Highbury.");
    expect(r.places.map((p) => p.name)).toContain("Highbury");
  });
});

describe("a tennis major's ground after a match's result in a football report", () => {
  it("is the club of the name: 'his winner against Wimbledon saved Everton'", () => {
    const r = analyze("Stuart was a hero at Goodison Park after his 81st-minute winner against Wimbledon saved Everton from relegation in the Premier League match. He scored twice.");
    expect(r.organizations.map((o) => o.name)).toContain("Wimbledon");
    expect(r.other.map((o) => o.name)).not.toContain("Wimbledon");
  });
});

describe("A national side by its nickname", () => {
  it("is a team, not a place or a person: 'the Azzurri', 'Les Bleus', 'the Wallabies'", () => {
    const r = analyze("Ireland beat Italy 28-17 in the Six Nations match in Rome, where the Azzurri had hoped to win. France coach Bernard Laporte said Les Bleus would beat the Wallabies in the autumn.");
    const orgs = r.organizations.map((o) => o.name);
    expect(orgs).toEqual(expect.arrayContaining(["Azzurri", "Les Bleus", "Wallabies"]));
    expect(r.places.map((p) => p.name)).not.toContain("Azzurri");
    expect(r.people.map((p) => p.name)).not.toContain("Les Bleus");
  });
});

describe("A country's name that is also a player's surname", () => {
  it("stays the country beside another place or before a noun it qualifies: 'James Ireland' and 'Ireland and Scotland players'", () => {
    const r = analyze("For example, the Dragons might use James Ireland this weekend in the rugby match. The majority of Ireland and Scotland players have also been released. Ireland said he was fit.");
    expect(r.people.map((p) => p.name)).toEqual(["James Ireland"]);
    expect(r.countries.map((c) => c.code)).toContain("IE");
    expect(r.places.map((p) => p.name)).toContain("Scotland");
  });
});

describe("A town's name among a team sheet's surnames", () => {
  it("reads a bench's two players for one place, split by a slash, as players: 'Replacements (from): Buckland/Cockerill, Morris, W Johnson/B Deacon'", () => {
    const r = analyze("Leicester lost 37-31 to Wasps in the Premiership.\n\nReplacements (from): Buckland/Cockerill, Morris, Kay, W Johnson/B Deacon, Bemand.");
    expect(names(r.people)).toEqual(["Buckland", "Cockerill", "Morris", "Kay", "W Johnson", "B Deacon", "Bemand"]);
  });

  it("is a player, no place addressed by the name before it: 'Subs Not Used: Francis, Kabba, Shaw, Haystead' (but 'at Hatfield, Hertfordshire')", () => {
    const r = analyze("Sheffield United took Arsenal to penalties in the FA Cup replay.\n\nSubs Not Used: Francis, Kabba, Shaw, Haystead.\n\nThe crash was at Hatfield, Hertfordshire, on Friday.");
    expect(r.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Francis", "Kabba", "Shaw", "Haystead"]));
    expect(r.places.map((p) => p.name)).not.toContain("Shaw");
    expect(r.places.map((p) => p.name)).toEqual(expect.arrayContaining(["Hatfield", "Hertfordshire"]));
  });
});
