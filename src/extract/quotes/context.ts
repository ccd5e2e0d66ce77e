// What the quote stage keeps while it attributes a document's quotes in order: the speakers found
// so far (pronouns and "the newspaper" resolve against them), people and organisations by the last
// word of their names (for names the entity stage did not mark), and what it worked out per entity.

import type { Doc } from "../../text/document";
import type { Entity, Gender, Speaker } from "../../text/layers";
import { byLastWord } from "../entities";

export interface Ctx {
  doc: Doc;
  /** Person and organisation entities by lower-cased last word of any of their names. */
  byWord: Map<string, Entity[]>;
  /** Speakers found so far, in text order (pronouns resolve against them too). */
  speakers: Speaker[];
  genderMemo: Map<Entity, Gender>;
  /** People by the role words of their titles and descriptions ("co-chairman", "lawyer"), built when first asked. */
  byRole?: Map<string, Array<{ first: number; entity: Entity }>>;
  /** The same, by person: the role words each is described by. */
  rolesOf?: Map<Entity, Set<string>>;
  /** Organisations known to be news outlets or not (see isMedia), filled as asked. */
  mediaMemo?: Map<Entity, boolean>;
}

export function context(doc: Doc): Ctx {
  return { doc, byWord: byLastWord(doc.entities), speakers: [], genderMemo: new Map() };
}
