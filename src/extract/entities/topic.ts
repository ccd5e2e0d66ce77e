// What an article is about, read once from its words: films and television, games, music, books, sport, computers, or a parliament.
// The entity rules read it where the same words are a title in one kind of article and a person, a
// band or a place in another ("Halo 2", "The Killers", "Sideways"), or a town is its team ("Bath").

import type { Doc } from "../../text/document";
import { BOOK_WORDS, COMPUTING_WORDS, GAME_WORDS, MUSIC_WORDS, SCREEN_WORDS, SPORT_WORDS } from "../../words/other";
import { COMMONS_WORDS, CONGRESS_WORDS } from "../../words/names";
import { US_PARTY_SIGNS, US_PARTY_WORDS, US_RACE_NOUNS } from "../../words/parties";

export interface Topic {
  /** Words about films and television. */
  screen: number;
  /** Words about video games. */
  games: number;
  /** "game" and "games" in small letters, which sport writes too. */
  gameNouns: number;
  /** Words about music. */
  music: number;
  /** Words about books. */
  books: number;
  /** Words of sports reports. */
  sport: number;
  /** Words about computers and the internet. */
  computing: number;
  /** Words of the UK's Parliament ("MPs", "Commons") and of the US Congress ("Senate", "congressman"). */
  commons: number;
  congress: number;
  /** Congress's own names written with their capital, which only the US's Congress has all of: "Congress", "Senate", "Sen." (not "Representatives", whose House Australia has too). */
  capitol: number;
  /** US parties' words that say which party, one count per party: "Democrats", "GOP", "Republican nominee", "Democrat Hillary Clinton" (not inside a name: "Democratic Unionist"). */
  democrats: number;
  republicans: number;
  /** A US party's word before a US race's noun, which no other country's news writes: "Republican presidential", "Democratic nominee". */
  race: number;
}

const topics = new WeakMap<Doc, Topic>();

/** How many of the article's words are about the screen, games, music and sport (counted once per document). */
export function topicOf(doc: Doc): Topic {
  let topic = topics.get(doc);
  if (!topic) {
    topic = { screen: 0, games: 0, gameNouns: 0, music: 0, books: 0, sport: 0, computing: 0, commons: 0, congress: 0, capitol: 0, democrats: 0, republicans: 0, race: 0 };
    for (let i = 0; i < doc.tokens.length; i++) {
      const w = doc.tokens[i];
      if (SCREEN_WORDS.has(w.lower)) topic.screen++;
      else if (GAME_WORDS.has(w.lower)) topic.games++;
      else if (MUSIC_WORDS.has(w.lower)) topic.music++;
      else if (BOOK_WORDS.has(w.lower)) topic.books++;
      if (w.text === "game" || w.text === "games") topic.gameNouns++;
      if (SPORT_WORDS.has(w.lower)) topic.sport++;
      if (COMPUTING_WORDS.has(w.lower)) topic.computing++;
      if (COMMONS_WORDS.has(w.lower)) topic.commons++;
      else if (CONGRESS_WORDS.has(w.lower)) {
        topic.congress++;
        if (w.cap && w.lower !== "representatives") topic.capitol++;
      }
      if (w.cap && US_PARTY_SIGNS.has(w.lower) && !(US_PARTY_WORDS.has(w.lower) && insideName(doc, i + 1))) {
        topic[US_PARTY_SIGNS.get(w.lower)!]++;
        if (US_RACE_NOUNS.has(doc.tokens[i + 1]?.lower ?? "")) topic.race++;
      }
    }
    topics.set(doc, topic);
  }
  return topic;
}

/** An article about films, shows or games more than music: there a title reads as a work's. */
export const aboutTheScreen = (doc: Doc): boolean => {
  const t = topicOf(doc);
  return t.screen + t.games - t.music >= 3;
};

/** An article about films, shows, games, music or books: there a year in brackets after a title dates the work ("Airport (1968)"). */
export const aboutTheArts = (doc: Doc): boolean => {
  const t = topicOf(doc);
  return t.screen + t.games + t.music + t.books >= 3;
};

/** An article about video games: its words say so, or "game" and "games" outside a sports report ("Violent games have been hit by controversy"). */
export const aboutGames = (doc: Doc): boolean => {
  const t = topicOf(doc);
  return t.games >= 2 || (t.gameNouns >= 4 && t.sport < 3);
};

/** Token k goes on with a name a party's word opens, no person's: "Democratic Unionist", not "Democrat Hillary Clinton". */
const insideName = (doc: Doc, k: number): boolean => !!doc.tokens[k]?.cap && !doc.vocab.lexicon.firstName.has(doc.tokens[k].lower);

/** US political news: Congress's words, a US party's word before a race's noun, or both US parties named. There a party's adjective is the party ("the Republican nominee"). */
export const aboutUsPolitics = (doc: Doc): boolean => {
  const t = topicOf(doc);
  return t.capitol > 0 || t.race > 0 || (t.democrats > 0 && t.republicans > 0);
};

/** A sports report: there a town's name beside a result is its team ("Gloucester lost to Bath"). Not US political news, whose primaries are won and lost too. */
export const aboutSport = (doc: Doc): boolean => topicOf(doc).sport >= 3 && !aboutUsPolitics(doc);

/** An article about computers and the internet: there a name before "virus" is a program's ("the Cabir virus"). */
export const aboutComputing = (doc: Doc): boolean => topicOf(doc).computing >= 3;

/** The chamber "the House" alone names: the Commons in an article about the UK's Parliament, none where it names Congress too. */
export const houseOf = (doc: Doc): string | undefined => {
  const t = topicOf(doc);
  return t.commons >= 2 && t.congress === 0 ? "House of Commons" : undefined;
};
