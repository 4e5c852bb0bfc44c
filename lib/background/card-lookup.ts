/**
 * Builds the card's data for one quote from the reader's library: resolve the speaker to a stored person,
 * find the role they held on the day, and gather what they said elsewhere with any labelled relations to
 * this quote. Runs in the background, which owns the library; only the result goes to the card frame.
 */
import Dexie from 'dexie';
import type { BackgroundToCard, CardData, CardStatement } from '@/lib/core/protocol';
import type { Person, Relation, Statement } from '@/lib/core/records';
import type { OnRecordDb } from '@/lib/db/database-schema';
import {
  choicePageKey,
  findPeopleByNames,
  getPerson,
  relationsOf,
  speakerChoicesOn,
  statementsOfPerson,
} from '@/lib/db/repos';
import { byDateDesc } from '@/lib/db/repos-statements';
import { dismissedKeysFor } from '@/lib/db/repos-suggest';
import { isElision } from '@/lib/match/diff';
import { joinLayers } from '@/lib/match/layered-people';
import { matchQuote } from '@/lib/match/quote-context';
import { findSameStatements } from '@/lib/match/rank';
import { resolvePerson, roleAt } from '@/lib/match/resolve-person';
import { pageAsOf, splitByTime } from '@/lib/match/time-split';
import { cardReviews } from './card-reviews';

/** How many earlier statements the card lists at most; the manager holds the rest. */
export const MAX_EARLIER = 12;

function toCardStatement(s: Statement, relation: Relation | undefined): CardStatement {
  return {
    id: s.id,
    text: s.text,
    date: s.date,
    venue: s.venue,
    sources: s.sources,
    relation: relation
      ? {
          type: relation.type,
          note: relation.note,
          labelledBy: relation.labelledBy,
          direction: relation.fromId === s.id ? 'it-to-this' : 'this-to-it',
        }
      : null,
  };
}

/** The suggestions the reader dismissed for this quote, among the speaker's statements. */
async function dismissalsFor(db: OnRecordDb, quoteText: string, statements: Statement[]): Promise<Set<string>> {
  const sameIds = findSameStatements(statements, quoteText).map((s) => s.id);
  return dismissedKeysFor(
    db,
    quoteText,
    statements.map((s) => s.id),
    sameIds,
  );
}

/** The card's data for a 'card/show' payload, with the fact-checks of what the quote says first. */
export async function loadCard(db: OnRecordDb, show: BackgroundToCard['card/show']): Promise<CardData> {
  const card = await loadRecord(db, show);
  const reviews = await cardReviews(db, remember, show.quote.text, card.personId ?? null);
  const { personId: _id, ...data } = card;
  return reviews.length > 0 ? { ...data, reviews } : data;
}

/** The card's record for a quote, and the stored person it resolved to. */
async function loadRecord(
  db: OnRecordDb,
  show: BackgroundToCard['card/show'],
): Promise<CardData & { personId?: string | null }> {
  const { quote, page, people } = show;
  const mention = quote.speaker
    ? (people.find((p) => p.name === quote.speaker) ?? { name: quote.speaker, role: null, aliases: [] })
    : null;
  const base: CardData = {
    quote,
    page,
    speaker: mention?.name ?? null,
    role: mention?.role ? { title: mention.role, from: 'page' } : null,
    known: false,
    candidates: [],
    onRecord: null,
    earlier: [],
    since: [],
    undated: [],
    asOf: pageAsOf(page.publishedAt),
  };
  // The day the words were reported stands in for the day they were said.
  const date = page.publishedAt ?? undefined;
  // The reader's "Not this speaker?" answer overrides the page; a choice of someone since deleted does not.
  const choice = (await rememberedChoices(db, page.url)).get(quote.text);
  if (choice) {
    const chosen = { personId: choice.personId, pageSpeaker: quote.speaker };
    if (choice.personId === null) return { ...base, speaker: null, role: null, chosen };
    const person = await getPerson(db, choice.personId);
    if (person) return { ...(await cardOf(db, { ...base, role: null }, person, date)), chosen };
  }
  if (!mention) return base;
  // The reader's own and subscribed packs' records of one speaker are one record to the card.
  const found = joinLayers(await findPeopleByNames(db, [mention.name, ...mention.aliases]));
  const { person, candidates } = resolvePerson(mention, found.people, date);
  if (!person) return { ...base, candidates: candidates.map((c) => c.name) };
  return cardOf(db, base, person, date, found.idsOf(person.id));
}

/** The card for a quote whose speaker is a stored person: their role on the day and their record. */
async function cardOf(
  db: OnRecordDb,
  base: CardData,
  person: Person,
  date: string | undefined,
  ids: string[] = [person.id],
): Promise<CardData & { personId: string }> {
  const { quote, page } = base;

  const statements =
    ids.length === 1
      ? await rememberedStatements(db, person.id)
      : (await Promise.all(ids.map((id) => rememberedStatements(db, id)))).flat().sort(byDateDesc);
  const relations = await relationsAmong(
    db,
    statements.map((s) => s.id),
  );
  const dismissed = await dismissalsFor(db, quote.text, statements);
  const context = matchQuote(quote.text, statements, relations, page.publishedAt, { dismissed });
  const sameIds = new Set(context.same.map((s) => s.id));
  const relationTo = (s: Statement) =>
    relations.find((r) => (sameIds.has(r.fromId) && r.toId === s.id) || (sameIds.has(r.toId) && r.fromId === s.id));
  const card = (s: Statement) => toCardStatement(s, relationTo(s));
  const stored = roleAt(person, date);
  const { altered, recycled } = context;
  const asOf = base.asOf ?? pageAsOf(page.publishedAt);
  const inTime = splitByTime(context.earlier, (r) => r.statement.date, asOf.date);
  return {
    ...base,
    personId: person.id,
    speaker: person.name,
    role: stored ? { title: stored.title, from: 'library' } : base.role,
    known: true,
    candidates: [person.name],
    onRecord: context.same[0] ? toCardStatement(context.same[0], undefined) : null,
    earlier: inTime.before.slice(0, MAX_EARLIER).map((r) => card(r.statement)),
    since: inTime.since.slice(0, MAX_EARLIER).map((r) => card(r.statement)),
    undated: inTime.undated.slice(0, MAX_EARLIER).map((r) => card(r.statement)),
    altered: altered
      ? { statement: card(altered.statement), ops: altered.ops.map((op) => ({ ...op, elision: isElision(op) })) }
      : null,
    recycled: recycled
      ? {
          statement: card(recycled.statement),
          saidOn: recycled.saidOn,
          daysEarlier: recycled.daysEarlier,
          publishedOn: recycled.publishedOn,
        }
      : null,
    suggestions: context.suggestions.map((t) => ({
      kind: t.kind,
      key: t.key,
      statement: card(t.statement),
      reason: t.reason,
      earlierExcerpt: t.earlierExcerpt,
      pageExcerpt: t.pageExcerpt,
      cues: t.cues,
    })),
  };
}

// The card reads every statement of the speaker on every hover. For a speaker with thousands that read costs
// more than the card's whole budget, so a speaker's record is remembered between hovers and forgotten as
// soon as the library changes anywhere (Dexie announces every write, from this context or any other page of
// the extension). A read that a write overtook is not remembered.
const REMEMBERED_SPEAKERS = 16;
const rememberedReads = new Map<string, Promise<unknown>>();
let generation = 0;
let watching = false;

function remember<T>(key: string, read: () => Promise<T>): Promise<T> {
  if (!watching) {
    watching = true;
    Dexie.on('storagemutated', forgetRememberedReads);
  }
  const hit = rememberedReads.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const started = generation;
  const pending = read();
  const oldest = rememberedReads.keys().next();
  if (rememberedReads.size >= REMEMBERED_SPEAKERS * 2 && !oldest.done) rememberedReads.delete(oldest.value);
  rememberedReads.set(key, pending);
  pending.then(
    () => {
      if (generation !== started && rememberedReads.get(key) === pending) rememberedReads.delete(key);
    },
    () => rememberedReads.delete(key),
  );
  return pending;
}

/** Forgets every remembered read, as a write would: the next lookup reads the library again. */
export function forgetRememberedReads(): void {
  generation++;
  rememberedReads.clear();
}

/** Everything one person said, newest first, remembered until the library changes. */
export function rememberedStatements(db: OnRecordDb, personId: string): Promise<Statement[]> {
  return remember(`statements:${db.name}:${personId}`, () => statementsOfPerson(db, personId));
}

/** The reader's speaker choices on one page, remembered until the library changes: hovers on a page share one read. */
export function rememberedChoices(db: OnRecordDb, url: string): ReturnType<typeof speakerChoicesOn> {
  return remember(`choices:${db.name}:${choicePageKey(url)}`, () => speakerChoicesOn(db, url));
}

/** Above this many statements, one read of every relation beats looking each statement up in two indexes. */
export const RELATIONS_BY_INDEX_MAX = 200;

/**
 * The relations touching these statements, remembered until the library changes. For a speaker with many
 * statements the relations table is read whole and filtered: each indexed look-up is a round trip to the
 * database, and thousands of them take seconds.
 */
export function relationsAmong(db: OnRecordDb, statementIds: string[]): Promise<Relation[]> {
  return remember(`relations:${db.name}:${statementIds.join('\u0000')}`, async () => {
    if (statementIds.length <= RELATIONS_BY_INDEX_MAX) return relationsOf(db, statementIds);
    const ids = new Set(statementIds);
    const all = await db.relations.toArray();
    return all.filter((r) => ids.has(r.fromId) || ids.has(r.toId));
  });
}
