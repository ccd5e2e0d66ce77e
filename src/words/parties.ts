// Political parties and the forms news writes them in: every form is one organisation, named by
// its full name ("Tories", "Tory", "Conservatives" → Conservative Party). A party known only by
// its acronym ("DUP", "SNP") needs no entry: its acronym is its name in the article.

const PARTIES: Record<string, string[]> = {
  "Conservative Party": ["conservative party", "conservatives", "tories", "tory", "tory party", "conservative"],
  "Labour Party": ["labour party", "labour", "new labour", "old labour"],
  "Liberal Democrats": ["liberal democrats", "liberal democrat", "lib dems", "lib dem", "libdems"],
  "Liberal Party": ["liberal party", "liberals", "liberal"],
  "Plaid Cymru": ["plaid cymru", "plaid"],
  "UK Independence Party": ["uk independence party", "ukip"],
  "Green Party": ["green party", "greens"],
  "Republican Party": ["republican party", "republicans", "gop"],
  "Democratic Party": ["democratic party", "democrats"],
};

/** The country each party stands in: a party the article names says where its streets are ("the Tories' new headquarters in Victoria Street"). */
export const PARTY_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ["Conservative Party", "GB"], ["Labour Party", "GB"], ["Liberal Democrats", "GB"], ["Liberal Party", "GB"], ["Plaid Cymru", "GB"],
  ["UK Independence Party", "GB"], ["Green Party", "GB"], ["Republican Party", "US"], ["Democratic Party", "US"],
]);

/** A party's one-word short names that are nouns, naming it alone as its plurals do ("Plaid won no seat", "Labour won"), unlike its adjectives ("Tory", "Liberal"). */
export const PARTY_SHORT_NAMES: ReadonlySet<string> = new Set(["plaid", "labour", "ukip", "gop"]);

/** A party's initial and a state's abbreviation after a member of Congress: "D-Mo", "R-Ky", "D-N" (of "D-N.Y."). */
export const PARTY_AND_STATE = /^[DRI]-[A-Z][A-Za-z]*$/;

/**
 * US parties' adjectives and their member's noun, each the party in US political news as its readers
 * key it ("Republican nominee Donald Trump", "Democrat Hillary Clinton", "the Democratic nomination"),
 * though CoNLL reads them as no body; outside it they name none ("his Democratic challenger" beside
 * Northern Ireland's "Republican paramilitaries").
 */
export const US_PARTY_WORDS: ReadonlyMap<string, string> = new Map([
  ["democratic", "Democratic Party"],
  ["democrat", "Democratic Party"],
  ["republican", "Republican Party"],
]);

/** A party's form, lower-cased ("lib dems") → its full name ("Liberal Democrats"). */
export const PARTY_FORMS: ReadonlyMap<string, string> = new Map(Object.entries(PARTIES).flatMap(([name, forms]) => forms.map((f): [string, string] => [f, name])));

/** Nouns after a party's adjective that make it the party: "Labour MP", "Tory leader", "Lib Dem candidate" (the party alone is not always a noun: "Tory"). */
export const PARTY_ROLES_AFTER = new Set(
  "mp mps mep meps msp msps am ams leader leaders leadership candidate candidates spokesman spokeswoman peer peers councillor councillors minister ministers chairman chairwoman backbencher backbenchers activist activists member members supporter supporters voters government manifesto campaign conference"
    .split(" "),
);

/** A name written after "ex-" in one word, the name captured: "Ex-Labour", "ex-Tory". */
export const EX_NAME = /^[Ee]x-(\p{Lu}\p{L}+)$/u;

/** Nouns of a US race after a party's word, which say the news is the US's: "Republican presidential front-runner", "the Democratic nominee". */
export const US_RACE_NOUNS = new Set(
  "presidential nominee nominees nomination primary primaries caucus caucuses frontrunner front-runner candidate candidates hopeful hopefuls debate debates convention senator congressman congresswoman governor establishment delegates superdelegates ticket".split(" "),
);

/** British parties' forms that are only their names, never an adjective of what someone thinks: "Tories", "Labour", "Lib Dems" (not "Conservative", "Liberal"). */
export const PARTY_NOUN_FORMS = new Set(["tories", "tory", "labour", "lib dems", "lib dem", "libdems", "ukip", "plaid"]);

/** Words that name one US party, and which: its adjective, its members' nouns, its nickname. */
export const US_PARTY_SIGNS: ReadonlyMap<string, "democrats" | "republicans"> = new Map([
  ...["democratic", "democrat", "democrats", "dems"].map((w): [string, "democrats"] => [w, "democrats"]),
  ...["republican", "republicans", "gop"].map((w): [string, "republicans"] => [w, "republicans"]),
]);
