/**
 * The shapes the people finder hands to the rules that read it (referents, salience, speakers, evidence,
 * offices, bodies): kept apart from people.ts so those rules depend on the index, not on how it is built.
 */

/** A person or organisation with every mention that names it. */
export interface Entity {
  id: number;
  kind: 'person' | 'organisation';
  name: string;
  surname: string;
  /** Folded first name when the name has several words, else "". */
  first: string;
  /** Folded full name, for comparing names without re-normalising. */
  folded: string;
  gender: 'm' | 'f' | null;
  role: string | null;
  /** Other titles mentions of the entity stated besides `role` (a caption's "Bundesrätin", the text's "Finanzministerin"). */
  titles?: string[];
  /** Some mention came with a title ("Mr", "Senator"), which makes it a person whatever the name looks like. */
  titled?: boolean;
  /** Common nouns the text uses for an organisation ("group", "magazine"), for "the group said". */
  nouns: string[];
  aliases: string[];
  mentions: { start: number; end: number }[];
}

/** A lone name two or more people of the text bear ("Smith" after Ann Smith and Tom Smith). */
export interface SharedName {
  start: number;
  end: number;
  /** The gender its honorific gives ("Ms. Smith"), if any. */
  gender: 'm' | 'f' | null;
  candidates: number[];
}

/** One place where the text names an entity. */
export interface Mention {
  start: number;
  end: number;
  entity: number;
}

/** All entities of a text and their mentions in text order. */
export interface PeopleIndex {
  entities: Entity[];
  mentions: Mention[];
  /** The text the mentions point into, for rules that read the words around them. */
  text?: string;
  /** Lone names that more than one person bears. */
  shared?: SharedName[];
}

/** Who a phrase refers to: an entity id, `null` for an unnamed source, or undefined when it names nobody. */
export type Referent = { entity: number | null; start: number; end: number };

/** The named mention covering [start, end), found by binary search over the sorted mentions. */
export function mentionCovering(idx: PeopleIndex, start: number, end: number) {
  let lo = 0;
  let hi = idx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = idx.mentions[mid];
    if (m && m.end < end) lo = mid + 1;
    else hi = mid;
  }
  const m = idx.mentions[lo];
  return m && m.start <= start && end <= m.end ? m : undefined;
}
