/**
 * Saving quotes read on pages into the library: the card's Save, a selection saved from the context menu, and
 * quotes remembered on a site the reader opted in. One utterance is one statement: a second outlet reporting
 * the same words, or a page quoting part of a stored statement (or more of it), adds a source instead of a copy.
 */

import { addSource, dayOf, personFromPage, statementFromPage } from '@/lib/core/build-capture';
import type { PageInfo, PagePerson, PageQuote } from '@/lib/core/protocol';
import type { Person, Statement } from '@/lib/core/records';
import { resolvePerson } from '@/lib/match/resolve-person';
import { findSameUtterance } from '@/lib/match/same-utterance';
import type { OnRecordDb } from './database-schema';
import { toPersonRow } from './person-row';
import { findPeopleByNames } from './repos-people';
import { toStatementRow } from './repos-statements';

/** A quote to keep: what the page says about it, and who said it (a stored person, or as the page names them). */
export interface CaptureInput {
  quote: PageQuote;
  page: PageInfo;
  /** A stored person the reader chose; wins over the page's speaker. */
  personId?: string;
  /** The speaker as the page names them, when no person was chosen. */
  speaker?: PagePerson;
  /** File only under a stored person (a reader's pick by name): never create one. */
  storedOnly?: boolean;
}

/** What a capture did: a new statement, a new source on a stored one, nothing new, or why it could not save. */
export type CaptureResult =
  | { status: 'added' | 'source-added' | 'already-saved'; statementId: string; personId: string; personName: string }
  | { status: 'ambiguous'; candidates: string[] }
  | { status: 'no-speaker' };

/** Makes record ids; a parameter so tests get stable ones. */
export type IdMaker = (prefix: string) => string;

const randomId: IdMaker = (prefix) => `${prefix}-${crypto.randomUUID()}`;

/** The speaker of a page quote as the page describes them, from the people the page names. */
export function speakerOnPage(quote: PageQuote, people: PagePerson[]): PagePerson | undefined {
  if (!quote.speaker) return undefined;
  return (
    people.find((p) => p.name === quote.speaker) ?? { name: quote.speaker, role: null, aliases: [], kind: 'person' }
  );
}

/**
 * Stores one quote in one transaction. The speaker resolves as the card resolves them; a speaker the library
 * does not know becomes a new person; a name that could be several stored people is left to the reader.
 */
export async function saveCapturedQuote(
  db: OnRecordDb,
  input: CaptureInput,
  makeId: IdMaker = randomId,
): Promise<CaptureResult> {
  return db.transaction('rw', db.people, db.statements, async () => {
    const now = new Date().toISOString();
    const person = await whoSaid(db, input, makeId, now);
    if ('status' in person) return person;
    const fresh = statementFromPage(input.quote, input.page, person.id, makeId('s'), now);
    const said = await db.statements.where('personId').equals(person.id).toArray();
    const same = findSameUtterance(fresh, said);
    const done = (status: 'added' | 'source-added' | 'already-saved', s: Statement): CaptureResult => ({
      status,
      statementId: s.id,
      personId: person.id,
      personName: person.name,
    });
    if (!same) {
      await db.statements.add(toStatementRow(fresh));
      return done('added', fresh);
    }
    const merged = addSource(same, fresh, now);
    if (!merged) return done('already-saved', same);
    await db.statements.put(toStatementRow(merged));
    return done('source-added', merged);
  });
}

async function whoSaid(
  db: OnRecordDb,
  input: CaptureInput,
  makeId: IdMaker,
  now: string,
): Promise<Person | Exclude<CaptureResult, { statementId: string }>> {
  if (input.personId) {
    const row = await db.people.get(input.personId);
    if (row) return row;
  }
  const mention = input.speaker;
  if (!mention) return { status: 'no-speaker' };
  const date = dayOf(input.page.publishedAt);
  const found = await findPeopleByNames(db, [mention.name, ...mention.aliases]);
  const { person, candidates } = resolvePerson(mention, found, date);
  if (person) return person;
  if (candidates.length > 1) return { status: 'ambiguous', candidates: candidates.map((c) => c.name) };
  if (input.storedOnly) return { status: 'no-speaker' };
  const created = personFromPage(mention, makeId('p'), now, date);
  await db.people.add(toPersonRow(created));
  return created;
}
