/**
 * A person as the people table stores it, and the two conversions every read and write of a person uses. Kept
 * apart from the schema so the write guard the schema installs can use them without a cycle.
 */

import type { Person } from '@/lib/core/records';
import { linkKeys } from '@/lib/factcheck/link-keys';
import { keysOf, tokensOf } from '@/lib/match/name-keys';
import { isMarkedStorable, markStorable } from '@/lib/pack/storable';
import { personWords } from './search-words';

/** A person as stored: the record plus derived index keys, so a name lookup is one index query. */
export interface PersonRow extends Person {
  /**
   * nameKey of the name and of each alias (lib/match/names), then the key of each `sameAs` link
   * (lib/factcheck/link-keys, prefixed so it never equals a name key): one index finds a person by either.
   */
  keys: string[];
  /** Every folded token of the name and aliases, for bare-surname lookups. */
  tokens: string[];
  /** Name and alias words for search as you type (lib/db/search-words). */
  words: string[];
}

/** The plain record of a stored person, without the index fields. */
export function toPerson(row: PersonRow): Person {
  const { keys: _keys, tokens: _tokens, words: _words, ...person } = row;
  return person;
}

/**
 * Adds the derived index fields; every write of a person goes through here so the index never goes stale. A
 * person already checked at the library's door stays marked as checked, so the write guard does not check it
 * again.
 */
export function toPersonRow(person: Person): PersonRow {
  const { keys: _k, tokens: _t, words: _w, ...plain } = person as PersonRow;
  const row = {
    ...plain,
    keys: [...keysOf(plain), ...linkKeys(plain.links)],
    tokens: tokensOf(plain),
    words: personWords(plain),
  };
  return isMarkedStorable(person) ? markStorable(row) : row;
}
