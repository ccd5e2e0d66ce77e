// What kind of source a phrase that names no entity is (the contract's speakerKind): a document or
// message ("the report", "a statement", "lobbying disclosures"), a group of people ("protesters",
// "a student group"), or an unnamed person ("a woman in the audience", "one supporter"). Head nouns,
// singular and plural; a phrase whose head is none of these is not named as a source.

import { words } from "./sets";

const DOCUMENT = (
  "report statement email e-mail letter memo memorandum release survey poll study ad advert advertisement commercial " +
  "filing disclosure document documents record transcript note message text tweet post blog article editorial " +
  "column story book paper analysis assessment review audit investigation indictment complaint lawsuit suit " +
  "ruling order opinion verdict decision brief motion petition affidavit testimony footnote summary draft " +
  "website site page video clip spot film documentary broadcast headline caption sign banner placard leaflet " +
  "flyer pamphlet brochure manifesto platform plan proposal bill law resolution guidance guideline policy " +
  "playbook script speech remarks interview questionnaire data figures estimate forecast projection " +
  "announcement notice warning alert bulletin newsletter mailer invitation minutes"
).split(" ");

const GROUP = (
  "group protesters protestors demonstrators supporters opponents critics officials aides advisers advisors " +
  "experts analysts economists scientists researchers observers sources insiders voters residents citizens " +
  "people users fans members students workers employees staff staffers activists campaigners leaders lawmakers " +
  "legislators senators congressmen republicans democrats conservatives liberals delegates donors organizers " +
  "organisers investigators prosecutors lawyers attorneys doctors nurses teachers parents families relatives " +
  "neighbours neighbors friends colleagues witnesses victims survivors veterans immigrants refugees farmers " +
  "police troops soldiers crowd audience panel jury team coalition alliance majority minority many some others " +
  "several few both all dozens hundreds thousands millions"
).split(" ");

const PERSON = (
  "woman man person girl boy lady gentleman spokesman spokeswoman spokesperson official aide adviser advisor " +
  "lawyer attorney judge rapper singer actor actress star correspondent reporter journalist editor player " +
  "president minister chairman chairwoman chair chancellor premier secretary ambassador envoy diplomat " +
  "executive director manager boss chief head leader founder owner senator congressman congresswoman " +
  "governor mayor candidate nominee supporter opponent critic voter resident citizen student worker employee " +
  "staffer doctor nurse teacher professor scientist researcher analyst expert economist strategist consultant " +
  "pollster mother father son daughter wife husband sister brother friend neighbour neighbor colleague witness " +
  "source insider officer commander general soldier prosecutor investigator detective coach captain striker " +
  "member fan user customer passenger driver victim survivor veteran immigrant refugee farmer activist " +
  "campaigner protester protestor demonstrator organiser organizer donor delegate lawmaker legislator mp " +
  "co-chairman co-founder narrator host anchor presenter commentator columnist blogger author writer " +
  "king queen prince princess pope bishop priest rabbi imam cleric cardinal archbishop vicar pastor " +
  "trader broker dealer banker investor shareholder economist chef pilot farmer " +
  "billionaire millionaire tycoon magnate entrepreneur businessman businesswoman heiress philanthropist"
).split(" ");

function withPlurals(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    if (!w.endsWith("s")) out.add(/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);
  }
  return out;
}

/** Role nouns a company or a body holds as well as a person: "owner France Telecom", "rival Sony". */
export const SHARED_ROLES: ReadonlySet<string> = new Set(
  "owner head chief boss member founder supporter backer partner user customer client source insider critic opponent rival".split(" "),
);
/** Head nouns of an unnamed person ("a woman in the audience", "the lawyer", "one supporter"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(PERSON);
/** Head nouns of documents and messages. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = withPlurals(DOCUMENT);
/** Head nouns (and quantifiers) of groups of people, and the plurals of the unnamed person's ("the MPs", "the traders"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([...withPlurals(GROUP), ...[...withPlurals(PERSON)].filter((w) => !ROLE_NOUNS.has(w))]);

/** The gender some role nouns tell ("a woman in the audience … she said"); the rest tell none. */
export const ROLE_GENDER: ReadonlyMap<string, "m" | "f"> = new Map([
  ...("woman girl lady mother daughter wife sister actress spokeswoman chairwoman congresswoman businesswoman queen princess".split(" ").map((w) => [w, "f"] as const)),
  ...("man boy gentleman father son husband brother actor spokesman congressman businessman king prince".split(" ").map((w) => [w, "m"] as const)),
]);

/** A founder's nouns, whose "of" names the body founded: "founder of R.Politik, a political consultancy". */
export const FOUNDER_NOUNS = words("founder founders co-founder co-founders cofounder");
/** People who work for a firm, written before "at" or "with" and the firm's name: "an analyst at Petercam", "economist with Exane". */
export const FIRM_STAFF = words("analyst analysts economist economists strategist strategists trader traders broker brokers dealer dealers researcher researchers");
/** People who speak or work for a body, before "for", "at" or "with" and its name: "a spokeswoman for Hanover Re", "manager for Capgemini". */
export const BODY_STAFF = new Set([...FIRM_STAFF, ...words("spokesman spokeswoman spokesperson spokesmen manager managers executive executives director directors officer officers chairman chairwoman president engineer engineers consultant consultants scientist scientists employee employees staff")]);
/** Of them, those whose "of" names the body too: "president of Sony Computer Entertainment America" (not "director of", a film's). */
export const BODY_HEADS_OF = words("spokesman spokeswoman spokesperson chairman chairwoman president executive");
