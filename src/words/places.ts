// Places by what they are rather than by a list of cities: the nations of the United Kingdom (a
// place in GB with its ISO 3166-2 region), continents (in no one country), and compass regions
// ("the South West"), which lie in the country the article is about.

import { words } from "./sets";

/** The UK's nations: places in GB, each with its ISO 3166-2 code. */
export const UK_NATIONS: ReadonlyMap<string, string> = new Map([["england", "GB-ENG"], ["scotland", "GB-SCT"], ["wales", "GB-WLS"], ["northern ireland", "GB-NIR"]]);
/** An era's, a regime's or a faith's word before a country, which says when or how it was, no other place: "Victorian England", "Communist Russia". */
export const ERA_ADJECTIVES = words("victorian edwardian elizabethan georgian tudor medieval ancient modern contemporary communist soviet nazi fascist tsarist imperial colonial wartime occupied catholic protestant rural post-war pre-war post-communist post-soviet post-apartheid post-colonial");
/** The peoples' words of the UK's nations: they say the nation, not the UK ("Scottish band", "the Welsh"), and name no place. */
export const NATION_DEMONYMS = words("scottish scots scot welsh english");
/** The people's word a noun for one of them is made of: "welsh" of "welshman", "french" of "frenchmen". */
export const peopleNounStem = (w: string): string | undefined => (w.endsWith("man") || w.endsWith("men") ? /^(.+?)(?:man|woman|men|women)$/.exec(w)?.[1] : undefined);
/** A noun for one of a UK nation's people: like its adjective, no sign of the UK ("a proud Welshman"; "The Scotsman" is a paper). */
export const isNationPeopleNoun = (w: string): boolean => NATION_DEMONYMS.has(peopleNounStem(w) ?? "");
/** Members of the UK's parliaments, whose seat follows "for": "Labour MP for West Ham", "the MSP for Fife" (a place in GB, whatever else its name names). */
export const UK_MEMBERS = words("mp mps msp msps mla mlas");
/** Continents and regions across countries: never a small namesake town ("Asia" is no town in the Philippines). */
export const CONTINENTS = words("africa asia europe antarctica oceania australasia americas eurasia scandinavia balkans caribbean arctic");
/** Regions and ranges that lie across countries, in none of them: "Kashmir", "Patagonia", "the Alps". */
export const SHARED_REGIONS = words("kashmir bengal patagonia lapland sahara himalayas alps andes");
/** Words that, with a compass word or alone, name a part of the world across countries: "North America", "Middle East", "Latin America", "the Atlantic", "Northern Hemisphere". */
export const WORLD_PARTS = words("america atlantic pacific mediterranean ocean hemisphere latin middle far sub-saharan asia-pacific gulf");
/** Peoples' words across countries that the lexicon's lists of peoples lack: "pan-Arab", "Latin American". */
export const PEOPLES_ACROSS_COUNTRIES = words("arab latin");
/** Words that, like a compass word, name a part of the land whose name follows: "Middle England", "Upper Austria", "Greater Manchester". */
export const LAND_PART_WORDS = words("middle upper lower inner outer greater");
/** Words of a compass region: "South West", "the North", "East Midlands". */
export const COMPASS = words("north south east west northern southern eastern western central north-east north-west south-east south-west northeast northwest southeast southwest midlands");
/** A region's kind written after its name: "Sichuan Province", "Kandahar province", "Orange County" lie where the name does. */
export const REGION_HEADS = words("province region state county district prefecture oblast governorate department");
/** What a place is, written after a place's name: "Guantanamo Bay", "Kabul airport" lie where the name does. */
export const PLACE_HEADS = words("bay airport valley river lake island islands harbour port");
/** What a site of several words is, written last in its name: "Imam Khomeini International Airport", "Millennium Stadium" are places, whatever else their words name. */
export const SITE_HEADS = words("airport stadium arena racecourse speedway dome tower towers tunnel");
/** A sea's or a strait's head after its name: "the Black Sea", "the Irish Sea", "the Bosphorus Strait", "the English Channel" (a channel only after a people's adjective: "Discovery Channel" is a broadcaster). */
export const WATER_HEADS = words("sea ocean strait straits channel");
/** Seas and oceans news names by their adjective alone after "the": "across the Mediterranean". */
export const SEAS_ALONE = words("mediterranean atlantic pacific baltic caribbean adriatic aegean arctic");
/** What a site is, written first in its name: "RAF Fairford" is an air base, "Camp Delta" a prison camp, places. */
export const SITE_PREFIXES = words("raf camp");
/** Words that open a natural feature's name, whose rest names it alone: "River Thames" and "the Thames", "Loch Ness". */
export const FEATURE_PREFIXES = words("river lake loch mount");
/** The participles that make an adjective of a backer's name (or a country's): "Sony-backed", "Labour-led", "US-funded". */
const BACKED = "backed|owned|funded|run|controlled|led|sponsored|partnered|powered";
/** An adjective made of a country's or a place's name: "Netherlands-based", "Indian-born", "Moscow-based", and of a backer's, which typed.ts reads within it. */
export const MADE_OF_PLACE = new RegExp(`^(.+)-(?:based|born|made|registered|listed|headquartered|${BACKED})$`, "u");
/** An adjective made of a backer's name: "Sony-backed", "Labour-led", "Murdoch-owned" (the backer a body or a person, not a place). */
export const MADE_OF_BACKER = new RegExp(`^(\\p{Lu}[\\p{L}\\d&]*)-(?:${BACKED})$`, "u");
/** Places that name a film industry, never a work: "Hollywood actress", "a remake of Hollywood classic King Kong". */
export const FILM_INDUSTRIES = words("hollywood bollywood nollywood");

/**
 * Sports grounds and venues the news names without their town, each with its country: a ground
 * no list of towns knows ("Old Trafford") would otherwise take whatever country the article names
 * most, which in a report of a match against a foreign side is the wrong one.
 */
const VENUE_LIST: Record<string, string> = {
  GB:
    "old trafford|anfield|highbury|emirates stadium|stamford bridge|goodison park|villa park|st james' park|st james park|st. james' park|" +
    "elland road|ewood park|white hart lane|upton park|boleyn ground|fratton park|st mary's|the dell|selhurst park|craven cottage|" +
    "the valley|reebok stadium|city of manchester stadium|eastlands|maine road|riverside stadium|the riverside|carrow road|portman road|" +
    "the hawthorns|molineux|stadium of light|bramall lane|hillsborough|pride park|filbert street|walkers stadium|madejski stadium|" +
    "loftus road|griffin park|vicarage road|turf moor|bloomfield road|deepdale|the den|st andrew's|st andrews|ninian park|" +
    "vetch field|home park|ashton gate|the jjb stadium|jjb stadium|kassam stadium|priestfield|gay meadow|gigg lane|boundary park|" +
    "field mill|meadow lane|city ground|kenilworth road|the new den|london road|sincil bank|brisbane road|vale park|" +
    "wembley|wembley stadium|twickenham|murrayfield|millennium stadium|cardiff arms park|arms park|stradey park|the gnoll|" +
    "kingsholm|welford road|franklin's gardens|the rec|sixways|the stoop|the twickenham stoop|edgeley park|" +
    "headingley|knowsley road|the jjb|odsal|kingston communications stadium|" +
    "hampden park|hampden|ibrox|celtic park|parkhead|tynecastle|easter road|pittodrie|tannadice|dens park|rugby park|fir park|" +
    "windsor park|ravenhill|" +
    "lord's|the oval|trent bridge|edgbaston|old trafford cricket ground|the rose bowl|sophia gardens|" +
    "wimbledon|all england club|queen's club|aintree|cheltenham|ascot|epsom|newmarket|goodwood|sandown park|kempton park|" +
    "haydock park|doncaster racecourse|silverstone|brands hatch|donington park|wentworth|carnoustie|st andrews old course|" +
    "royal troon|muirfield|royal birkdale|royal st george's|the belfry|crucible theatre|the crucible|wembley arena|" +
    "national indoor arena|crystal palace national sports centre|alexander stadium|gateshead international stadium|" +
    "glastonbury|reading festival|isle of wight festival|knebworth|hyde park|" +
    // theatres and concert halls, by their names with and without their "the" and head word
    "the olivier|olivier theatre|the lyttelton|lyttelton theatre|the cottesloe|cottesloe theatre|the old vic|old vic|the young vic|young vic|" +
    "royal court|royal court theatre|the almeida|almeida theatre|donmar warehouse|the donmar|the barbican|barbican centre|london palladium|" +
    "the palladium|theatre royal drury lane|drury lane|theatre royal haymarket|the lyceum|lyceum theatre|the adelphi|adelphi theatre|" +
    "the aldwych|aldwych theatre|gielgud theatre|the gielgud|wyndham's theatre|the garrick|garrick theatre|prince edward theatre|" +
    "the prince edward|prince of wales theatre|dominion theatre|the dominion|palace theatre|victoria palace theatre|her majesty's theatre|" +
    "haymarket theatre|shaftesbury theatre|novello theatre|savoy theatre|apollo victoria|hammersmith apollo|shakespeare's globe|" +
    "royal albert hall|albert hall|royal festival hall|wigmore hall|sadler's wells|london coliseum|the coliseum|royal opera house|" +
    "the roundhouse|brixton academy|shepherd's bush empire|earls court|the cavern|cavern club",
  IE: "lansdowne road|croke park|thomond park|musgrave park|donnybrook|dalymount park|tolka park|the curragh|leopardstown|punchestown|fairyhouse|k club",
  FR: "stade de france|parc des princes|stade velodrome|stade vélodrome|roland garros|stade gerland|stade ernest wallon|stade felix bollaert|longchamp",
  ES: "nou camp|camp nou|bernabeu|santiago bernabeu|bernabéu|santiago bernabéu|mestalla|vicente calderon|riazor|la romareda|sanchez pizjuan",
  IT: "san siro|stadio olimpico|delle alpi|stadio delle alpi|stadio artemio franchi|stadio flaminio|flaminio",
  DE: "westfalenstadion|olympiastadion|allianz arena|volksparkstadion|weserstadion|hockenheim|nurburgring|nürburgring",
  PT: "estadio da luz|estádio da luz|stadium of light lisbon|estadio do dragao|estádio do dragão|alvalade",
  NL: "amsterdam arena|de kuip|philips stadion|zandvoort",
  MC: "stade louis ii",
  BE: "heysel|king baudouin stadium|spa-francorchamps",
  US: "carnegie hall|radio city music hall|hollywood bowl|kodak theatre|lincoln center|madison square garden|yankee stadium|fenway park|wrigley field|flushing meadows|augusta national|pebble beach|indianapolis motor speedway",
  AU: "mcg|melbourne cricket ground|scg|sydney cricket ground|waca|gabba|the gabba|adelaide oval|telstra dome|stadium australia|rod laver arena|melbourne park",
  NZ: "eden park|jade stadium|lancaster park|carisbrook|westpac stadium|athletic park",
  ZA: "ellis park|newlands|loftus versfeld|the wanderers|kingsmead|centurion",
  IN: "eden gardens|wankhede stadium|feroz shah kotla|chepauk",
  PK: "gaddafi stadium",
  LK: "galle",
  BB: "kensington oval",
  JM: "sabina park",
  AE: "sharjah",
  BR: "maracana|maracanã",
  AR: "la bombonera|monumental",
  MX: "estadio azteca|azteca",
  JP: "suzuka",
};
export const VENUES: ReadonlyMap<string, string> = new Map(Object.entries(VENUE_LIST).flatMap(([code, names]) => names.split("|").map((n) => [n, code] as const)));

/** Downing Street by its number, as the news names the Prime Minister's office: one place with the street where both are written (link.ts). */
export const NUMBER_TEN: ReadonlySet<string> = new Set(["number 10", "number ten", "no 10"]);

/** Streets, squares, districts and airports the news names without their town, each with its country: "Wall Street" is in the US wherever the article is (a street's "St" too: "Downing St"). */
export const LANDMARKS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    US: "wall street|white house|the white house|capitol hill|oval office|the oval office|rust belt|the rust belt|sun belt|bible belt|us capitol|pennsylvania avenue|madison avenue|fifth avenue|broadway|times square|silicon valley|ground zero|foggy bottom|k street|hollywood|hollywood boulevard|hollywood walk of fame|sunset boulevard|beverly hills|manhattan|brooklyn|the bronx|central park",
    GB: `downing street|${[...NUMBER_TEN].join("|")}|high street|whitehall|westminster|fleet street|canary wharf|square mile|trafalgar square|oxford street|regent street|piccadilly circus|leicester square|covent garden|soho|the mall|buckingham palace|palace of westminster|clarence house|kensington palace|st james's palace|windsor castle|balmoral|highgrove|chequers|west end|heathrow|gatwick|stansted|thames|river thames|severn|river severn|mersey|river mersey|river tyne|river clyde|river trent|belmarsh|old bailey|big ben|tower of london|tower bridge|london eye|hyde park|st paul's cathedral`,
    RU: "red square|the kremlin|kremlin",
    CN: "tiananmen square|zhongnanhai|great wall|great wall of china|forbidden city",
    DE: "berlin wall|brandenburg gate|reichstag",
    IT: "colosseum|pompeii",
    FR: "champs elysees|champs-elysees|quai d'orsay|elysee palace|eiffel tower|louvre",
    IL: "temple mount",
    PL: "auschwitz|auschwitz-birkenau",
  }).flatMap(([code, names]) => names.split("|").flatMap((n) => (n.endsWith(" street") ? [[n, code] as const, [`${n.slice(0, -6)}st`, code] as const] : [[n, code] as const]))),
);
/** Prepositions of place: a name right after one is a place though no list knows it ("slums in Kibera", "the edge of Kibera"). */
export const PLACE_PREPOSITIONS = words("in at near of from to outside across around into towards via inside within throughout");
/** What a place is, written after its name or in an apposition: "Khayelitsha township", "Arima, a town in …". */
export const SETTLEMENT_NOUNS = words("town towns village villages city suburb township district region province area slum neighbourhood borough island state county capital port resort");
/** Languages no country's people is named by, which name no place or body written alone: "Veritas, the Latin for truth", "the Latin alphabet". */
export const LANGUAGES = words("latin hebrew sanskrit esperanto gaelic yiddish swahili cantonese mandarin aramaic");
/** Words the tagger reads as places that name none written alone: a script ("print them in Braille"), the currency and, in headlines, Europe's competitions ("Euro bid", "Euro progress"), and the world's halves ("in the West", no country's region). */
export const NO_PLACE_ALONE = words("braille euro west east");
/** Streets that stand for a trade in general where no town owns them: "the High Street" is Britain's shops ("High Street retailers"), "Oxford's High Street" a street. */
export const TRADE_STREETS = new Set(["high street"]);
/** Countries the news names by their form of state alone: "the Islamic Republic" is Iran. */
export const COUNTRIES_BY_STATE: ReadonlyMap<string, string> = new Map([["islamic republic", "IR"]]);
/** Countries' short names the news writes after "the", which without it name a firm: "the Emirates" is the country, "a deal with Emirates" the airline. */
export const COUNTRY_NAMES_AFTER_THE = words("emirates");
/** A building's head word that is no person's surname, as "Hall", "Lane" and "Castle" are: "Clarence House", "Grauman's Chinese Theatre", "the Roosevelt Hotel". */
export const BUILDING_HEADS = words("house palace centre center cathedral gardens theatre theater square warehouse cinema stadium arena hospital hotel airport museum gallery");
/** "The City" alone, outside a sports report (where it is a club's short form): London's financial district, a place in GB. */
export const CITY_OF_LONDON = "city";
/** What a shopping site is, written last in its name, which only a place's name ends with: "St David's Shopping Centre", "Meadowhall Retail Park". */
export const SHOPPING_SITE_HEADS = new Set(["shopping centre", "shopping center", "shopping mall", "shopping arcade", "retail park"]);
/** A venue's head word, written last in its name, which no title of a work ends with: "Palace Theatre", "Tate Gallery". */
export const VENUE_HEADS = words("theatre theater cinema stadium arena museum gallery");
/** A theatre's head word: the building where shows are put on, a place, unless the lists know a company of the name ("National Theatre"). */
export const THEATRE_HEADS = words("theatre theater");
/** Buildings news names by a name and a small noun after it: "the Shore Club hotel", "the Ivy restaurant". */
export const BUILDING_NOUNS_AFTER = words("hotel nightclub restaurant");
/** What a building or a landmark is, written last in its name: "Donmar Warehouse", "Staples Center", "Hylands Park". */
export const LANDMARK_HEADS = words("house warehouse center centre cafe park grove church cathedral abbey chapel street road lane square cross mountain hill hall palace theatre theater cinema gardens garden bridge tower castle market forest desert beach zoo");
/** Nouns of an electoral seat after its name, in small letters. */
export const SEAT_NOUNS = new Set(["seat", "constituency"]);
/** Endings of English place names ("Longbridge", "Teignmouth", "Gaydon"): a town no list knows, so ended, is in Britain where the article names it. */
export const ENGLISH_PLACE_ENDING = /(?:bridge|ham|ton|ford|by|wick|borough|brough|burgh|chester|caster|cester|mouth|field|ley|worth|stead|bury|combe|thorpe|don|pool|port|minster|shaw|hurst|den|ing|ington|well|head|gate|church|cliffe|stow|stoke|land)$/;

/** US states as news abbreviates them after a town, and a member's party-and-state tag, with and without dots ("Portsmouth, N.H.", "Arlington, Mass.", "(R-S.C.)"). */
export const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    "ala.": "Alabama", "ariz.": "Arizona", "ark.": "Arkansas", "calif.": "California", "colo.": "Colorado", "conn.": "Connecticut", "del.": "Delaware",
    "fla.": "Florida", "ga.": "Georgia", "ill.": "Illinois", "ind.": "Indiana", "kan.": "Kansas", "ky.": "Kentucky", "la.": "Louisiana", "md.": "Maryland",
    "mass.": "Massachusetts", "mich.": "Michigan", "minn.": "Minnesota", "miss.": "Mississippi", "mo.": "Missouri", "mont.": "Montana", "neb.": "Nebraska",
    "nev.": "Nevada", "n.h.": "New Hampshire", "n.j.": "New Jersey", "n.m.": "New Mexico", "n.y.": "New York", "n.c.": "North Carolina", "n.d.": "North Dakota",
    "okla.": "Oklahoma", "ore.": "Oregon", "pa.": "Pennsylvania", "r.i.": "Rhode Island", "s.c.": "South Carolina", "s.d.": "South Dakota", "tenn.": "Tennessee",
    "tex.": "Texas", "vt.": "Vermont", "va.": "Virginia", "wash.": "Washington", "w.va.": "West Virginia", "wis.": "Wisconsin", "wyo.": "Wyoming", "d.c.": "District of Columbia",
  }).flatMap(([abbr, state]) => [[abbr, state], [abbr.replace(/\.$/, ""), state]] as Array<[string, string]>),
);

/** Houses that stand for the government sitting in them: "a White House spokesman". */
export const SEATS_OF_GOVERNMENT = new Set(["white house"]);
/** Prepositions that put something at a building, not at the body in it: "a dinner at the White House". */
export const BUILDING_PREPOSITIONS = new Set(["at", "in", "inside", "outside", "into", "near", "on", "around"]);

/** US states' nicknames, lower-cased → the state: "the Granite State" is New Hampshire. */
export const US_STATE_NICKNAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    "granite state": "New Hampshire", "buckeye state": "Ohio", "badger state": "Wisconsin", "hoosier state": "Indiana", "sunshine state": "Florida",
    "lone star state": "Texas", "golden state": "California", "empire state": "New York", "keystone state": "Pennsylvania", "show me state": "Missouri",
    "show-me state": "Missouri", "bay state": "Massachusetts", "old dominion": "Virginia", "palmetto state": "South Carolina", "hawkeye state": "Iowa",
    "tar heel state": "North Carolina", "peach state": "Georgia", "silver state": "Nevada", "garden state": "New Jersey", "land of lincoln": "Illinois",
    "wolverine state": "Michigan", "great lakes state": "Michigan", "green mountain state": "Vermont", "bluegrass state": "Kentucky",
    "volunteer state": "Tennessee", "beehive state": "Utah", "grand canyon state": "Arizona", "centennial state": "Colorado", "evergreen state": "Washington",
    "first state": "Delaware", "old line state": "Maryland", "pine tree state": "Maine", "treasure state": "Montana", "cornhusker state": "Nebraska",
    "sooner state": "Oklahoma", "mountain state": "West Virginia", "gopher state": "Minnesota", "north star state": "Minnesota", "sunflower state": "Kansas",
    "pelican state": "Louisiana", "magnolia state": "Mississippi", "natural state": "Arkansas", "yellowhammer state": "Alabama", "aloha state": "Hawaii",
    "last frontier": "Alaska", "gem state": "Idaho", "equality state": "Wyoming", "land of enchantment": "New Mexico", "ocean state": "Rhode Island",
    "constitution state": "Connecticut", "mount rushmore state": "South Dakota", "peace garden state": "North Dakota", "beaver state": "Oregon",
  }),
);

/** The people of a US state, lower-cased and in the singular → the state: "Iowans", "a fellow Kentuckian", "New Yorkers". */
export const US_STATE_DEMONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    alabamian: "Alabama", alaskan: "Alaska", arizonan: "Arizona", arkansan: "Arkansas", californian: "California", coloradan: "Colorado",
    delawarean: "Delaware", floridian: "Florida", hawaiian: "Hawaii", idahoan: "Idaho", illinoisan: "Illinois", hoosier: "Indiana", iowan: "Iowa",
    kansan: "Kansas", kentuckian: "Kentucky", louisianan: "Louisiana", mainer: "Maine", marylander: "Maryland", "massachusettsan": "Massachusetts",
    michigander: "Michigan", minnesotan: "Minnesota", mississippian: "Mississippi", missourian: "Missouri", montanan: "Montana", nebraskan: "Nebraska",
    nevadan: "Nevada", "new hampshirite": "New Hampshire", "new jerseyan": "New Jersey", "new mexican": "New Mexico", "new yorker": "New York",
    "north carolinian": "North Carolina", "north dakotan": "North Dakota", ohioan: "Ohio", oklahoman: "Oklahoma", oregonian: "Oregon",
    pennsylvanian: "Pennsylvania", "rhode islander": "Rhode Island", "south carolinian": "South Carolina", "south dakotan": "South Dakota",
    tennessean: "Tennessee", texan: "Texas", utahn: "Utah", vermonter: "Vermont", virginian: "Virginia", washingtonian: "Washington",
    "west virginian": "West Virginia", wisconsinite: "Wisconsin", wyomingite: "Wyoming",
  }),
);
