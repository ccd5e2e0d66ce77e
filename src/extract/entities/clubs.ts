// A club's other names are the club: its short name ("Man Utd"), its nickname ("the Gunners" for Arsenal), the last word of its
// name alone ("City" for Manchester City, "Rovers" for Blackburn Rovers) and its name with "Football
// Club" ("Liverpool Football Club" for Liverpool), wherever the article names the club itself.
// Read by ./link.ts, which moves the mentions.

import type { Doc } from "../../text/document";
import type { Entity, NameSpan } from "../../text/layers";
import { CLUB_FORMS, CLUB_ONLY_SUFFIXES, CLUB_SHORT_NAMES, TEAM_SUFFIXES, clubsNicknamed } from "../../words/sport";

/** The club each entity that is another name of a club stands for, from the mentions linked so far. */
export function clubNames(doc: Doc, assigned: ReadonlyMap<NameSpan, Entity>): Map<Entity, Entity> {
  const spans = new Map<Entity, NameSpan[]>();
  for (const [s, e] of assigned) (spans.get(e) ?? spans.set(e, []).get(e))?.push(s);
  // organisations and places by the name they were linked under ("Liverpool" for "Liverpool Football
  // Club"; not their other mentions: "Newcastle" may be a newspaper's short form), and by their last
  // word; places too, since a club named by its town may have been read as the town ("Liverpool drew
  // with Manchester United"), and then the nickname "Reds" is no one club's
  const orgs = new Map<string, Entity[]>();
  const byLastWord = new Map<string, Entity[]>();
  const index = (m: Map<string, Entity[]>, k: string, e: Entity) => (m.get(k) ?? m.set(k, []).get(k))?.push(e);
  for (const e of spans.keys()) {
    if (e.type !== "organization" && e.type !== "place") continue;
    const n = e.name.toLowerCase().replace(CLUB_FORMS, "");
    index(orgs, n, e);
    const words = n.split(/\s+/);
    if (words.length > 1) index(byLastWord, words[words.length - 1], e);
  }
  const out = new Map<Entity, Entity>();
  // (a candidate that is itself the club's "… Football Club" counts as the club: "City" after
  // "Manchester City" and "Manchester City Football Club" is one club's)
  // (a town read both as the club and as the town is one club: "Leicester" and "the Tigers")
  const one = (candidates: Entity[], e: Entity, mostNamed = false) => {
    const found = [...new Set(candidates.map((c) => out.get(c) ?? c).filter((c) => c !== e))];
    const clubs = new Set(found.filter((c) => c.type === "organization").map((c) => c.name.toLowerCase()));
    const distinct = found.filter((c) => c.type === "organization" || !clubs.has(c.name.toLowerCase()));
    if (distinct.length === 1 && distinct[0].type === "organization") out.set(e, distinct[0]);
    // (of several, the club the article names twice as often as any other: "United" is Manchester United in a report naming it
    // four times and Sheffield United once)
    else if (mostNamed && distinct.length > 1) {
      // (its mentions by the forms already folded into it too: "Man Utd")
      const n = (c: Entity) => (spans.get(c)?.length ?? 0) + [...out].reduce((k, [f, to]) => (to === c ? k + (spans.get(f)?.length ?? 0) : k), 0);
      const [top, next] = [...distinct].sort((a, b) => n(b) - n(a));
      if (top.type === "organization" && n(top) >= 2 * n(next)) out.set(e, top);
    }
  };
  // a club's short name is the club named in full: "Man Utd" for "Manchester United"
  for (const e of spans.keys()) {
    // (and any club's "Utd" or "Co" for its "United" or "County": "Dundee Utd", "Stockport Co")
    const lower = e.name.toLowerCase();
    const spelt = lower.replace(/ utd$/, " united").replace(/ co$/, " county");
    const full = CLUB_SHORT_NAMES.get(lower) ?? (spelt !== lower ? spelt : undefined);
    if (full && e.type !== "person") one(orgs.get(full) ?? [], e);
  }
  for (const e of spans.keys()) {
    const lower = e.name.toLowerCase();
    if (e.type === "organization" && CLUB_FORMS.test(lower)) one((orgs.get(lower.replace(CLUB_FORMS, "")) ?? []).filter((c) => !CLUB_FORMS.test(c.name)), e);
  }
  for (const [e, ss] of spans) {
    const lower = e.name.toLowerCase();
    if (e.type === "country" || e.type === "other" || out.has(e) || (e.type === "organization" && CLUB_FORMS.test(lower))) continue;
    const clubs = clubsNicknamed(lower);
    if (clubs) one(clubs.flatMap((c) => orgs.get(c) ?? []), e);
    // (read as an organisation or a place, but not "the City" of London's banks; "the United attack" is the club's)
    else if (TEAM_SUFFIXES.has(lower) && e.type !== "person" && !(lower === "city" && ss.some((s) => doc.tokens[s.first - 1]?.lower === "the" || doc.tokens[s.first].lower === "the"))) one(byLastWord.get(lower) ?? [], e, true);
  }
  return out;
}

/** A club's name written as one of its other names: "Gunners", "City", "Liverpool FC". */
export const isClubForm = (name: string): boolean => {
  const lower = name.toLowerCase();
  return CLUB_FORMS.test(lower) || !!clubsNicknamed(lower) || TEAM_SUFFIXES.has(lower);
};

/** A name only a club bears, by its last word: "Manchester United", "Blackburn Rovers", not "Bristol City". */
export const isClubName = (name: string): boolean => {
  const words = name.toLowerCase().split(/\s+/);
  return words.length > 1 && CLUB_ONLY_SUFFIXES.has(words[words.length - 1]);
};
