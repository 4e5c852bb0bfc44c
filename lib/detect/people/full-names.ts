/**
 * Merges a person's full name into the entity it names again, across transliterations and case forms, and
 * reads the surname a later mention is matched by.
 */

import { fold, nearSpelling } from '@/lib/detect/text/name-spelling';
import type { Token } from '@/lib/detect/text/tokens';
import type { Candidate } from './candidate';
import { addMention, newEntity, takeRole } from './entity-records';
import type { PeopleScan } from './people-scan';

/** The form a surname is matched by: folded, without a glued particle ("al-Bashir" -> "bashir"). */
export function surnameKey(word: string): string {
  return fold(word).replace(/^(?:al|el|ad|as|ash|at|bin|ibn|abu|d|l|da|de|di|du)[-\u2019']/, '');
}

/** Merges a person's full name into the entity it names again (or a new one) and records the mention. */
export function addFullName(
  scan: PeopleScan,
  c: Candidate,
  at: { start: number; end: number; name: string; head: Token; tail: Token },
): void {
  const { entities, sameWord } = scan;
  const { start, end, name } = at;
  const first = fold(scan.text.slice(start, at.head.end));
  const surname = surnameKey(lastName(c.tokens, at.tail).text);
  const folded = fold(name);
  const spaced = ` ${folded}`;
  const same = entities.find(
    (e) =>
      (e.kind === 'person' && e.folded.endsWith(spaced)) ||
      (e.kind === 'person' &&
        sameWord(e.surname, surname) &&
        (e.first ? nearSpelling(e.first, first) || sameWord(e.first, first) : !e.gender || e.gender === c.gender)),
  );
  // A capitalised sentence opener glued to a known name ("Later Sergei Lavrov") is not part of it.
  const second = c.tokens[1];
  const shorter =
    same || c.tokens.length < 3 || !second
      ? undefined
      : entities.find(
          (e) =>
            e.kind === 'person' &&
            sameWord(e.surname, surname) &&
            e.first &&
            (nearSpelling(e.first, fold(second.text)) || sameWord(e.first, fold(second.text))),
        );
  const ent = same ?? shorter ?? newEntity(entities, 'person', name, surname);
  if (same && name.length > same.name.length && !same.first) {
    same.name = name;
    same.folded = folded;
    same.first = first;
  } else if (same && scan.slavic && same.first && name.length < same.name.length && !name.includes('\n')) {
    // Of a name's case forms the shortest is, nearly always, the nominative the reader looks up.
    if (!same.aliases.includes(same.name)) same.aliases.push(same.name);
    Object.assign(same, { name, folded, first, surname });
  }
  ent.gender ??= c.gender;
  takeRole(ent, c.role);
  if (c.titled) ent.titled = true;
  addMention(ent, scan.mentions, name, start, end);
}

/** Generational suffixes after a surname: "Martin Luther King Jr.", "John Smith III". */
export const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** The surname token of a name: the last one, or the one before a suffix ("King" in "King Jr."). */
function lastName(tokens: Token[], last: Token): Token {
  const before = tokens.at(-2);
  return tokens.length > 2 && before && NAME_SUFFIX.test(last.lower) ? before : last;
}
