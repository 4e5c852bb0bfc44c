/**
 * Finds the people and organisations a text names: runs of capitalised words, split from the titles
 * before them ("Russian Foreign Minister" + "Sergei Lavrov"), told apart from places and organisations,
 * with every later mention (surname, honorific + surname, transliteration variant) merged into one entity.
 */

import { type Token, tokenize } from '@/lib/detect/text/tokens';
import { settleBareHeads } from './bare-heads';
import { capitalRuns, PLACE_PREPOSITIONS } from './capital-runs';
import { addOrg } from './entity-records';
import { isGivenName } from './given-names';
import { addInstitutions } from './institutions';
import { addSingle } from './lone-names';
import { inflectsNames, sameInflected } from './name-forms';
import { readRun } from './names';
import { addOffices } from './offices';
import { splitPartyHead } from './party-heads';
import { readCandidate } from './people-candidates';
import type { Entity, Mention, PeopleIndex, SharedName } from './people-index';
import type { PeopleScan } from './people-scan';

export type { Entity, Mention, PeopleIndex, SharedName };

/** Finds people and organisations and merges their mentions. */
export function findPeople(text: string, tokens: Token[] = tokenize(text)): PeopleIndex {
  const lowerWords = new Set<string>();
  for (const t of tokens) if (!t.cap) lowerWords.add(t.text);
  // In Slavic languages a name changes with its case: "Андрея Рудькова" is Андрей Рудьков.
  const slavic = inflectsNames(text);
  const runs = capitalRuns(text, tokens).flatMap(splitPartyHead);
  const scan: PeopleScan = {
    text,
    tokens,
    entities: [],
    mentions: [],
    singles: [],
    shared: [],
    lowerWords,
    slavic,
    sameWord: (a, b) => a === b || (slavic && sameInflected(a, b)),
    places: placeNames(text, tokens, runs),
  };
  for (const run of runs) {
    const head = run[0];
    if (!head) continue;
    for (const c of readRun(text, run, tokens, head.index, lowerWords)) readCandidate(scan, c);
  }
  // Surnames alone (and "Mr. Trump") attach to the full name they abbreviate, matching gender when known.
  for (const single of scan.singles) addSingle(scan, single);
  const { entities, mentions } = scan;
  addOffices(text, { entities, mentions }, (name, start, end) => addOrg(entities, mentions, name, start, end));
  addInstitutions(
    text,
    tokens,
    { entities, mentions },
    (name, start, end) => addOrg(entities, mentions, name, start, end),
    (word) => isGivenName(word, slavic),
  );
  mentions.sort((a, b) => a.start - b.start);
  settleBareHeads(text, entities, mentions);
  return { entities, mentions, text, shared: scan.shared };
}

/** Names that follow "in", "from", "near" are places; the same words are places elsewhere too. */
function placeNames(text: string, tokens: Token[], runs: Token[][]): Set<string> {
  const places = new Set<string>();
  for (const run of runs) {
    const head = run[0];
    const tail = run.at(-1);
    if (!head || !tail) continue;
    const before = tokens[head.index - 1];
    if (before && PLACE_PREPOSITIONS.has(before.lower) && !tail.possessive)
      places.add(text.slice(head.start, tail.end));
  }
  return places;
}
