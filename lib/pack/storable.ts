/**
 * The one door into the library. Every record written (card Save, context menu, remembered sites, imports,
 * manager edits, merges) is first fitted to the pack format and then checked by the pack schema itself, so the
 * library never holds a record its own export could not carry back: what can be fitted is (over-long titles and
 * links are shortened with "…", impossible dates dropped, non-web sources left out), anything else is refused
 * with a message naming the field.
 */
import * as v from 'valibot';
import { type MessageKey, t } from '@/lib/core/i18n';
import type { Person, Relation, Review, Role, Source, Statement } from '@/lib/core/records';
import { cleanText } from '@/lib/core/unicode';
import { calendarDateOrNothing } from './dates';
import { describeProblem } from './describe-rejection';
import { LIMITS, PackPersonSchema, PackRelationSchema, PackReviewSchema, PackStatementSchema } from './pack-schema';
import { problemText } from './problems';

/** A write refused because the record could not be carried by a backup; the message names what is wrong. */
export class UnstorableRecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnstorableRecordError';
  }
}

/** Records known to fit (the output of a check here, or a record a pack check just passed): not checked again. */
const known = new WeakSet<object>();

/**
 * Marks a record as already checked against the pack schema, so the library's door does not check it twice: an
 * import of 100,000 records checks each once, when the file is read. Only for schema outputs left unchanged.
 */
export function markStorable<T extends object>(record: T): T {
  known.add(record);
  return record;
}

/** Whether a record was checked already (see markStorable). */
export function isMarkedStorable(record: object): boolean {
  return known.has(record);
}

/** The marker a shortened text ends with. */
export const MORE = '…';

/** The text cut to `max` characters (with the marker), never splitting a surrogate pair. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - MORE.length;
  if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut--;
  return `${text.slice(0, cut).trimEnd()}${MORE}`;
}

/** The end of the text kept (words just before a quote matter most), cut at the front with the marker. */
function shortenStart(text: string, max: number): string {
  if (text.length <= max) return text;
  let from = text.length - max + MORE.length;
  if (/[\uDC00-\uDFFF]/.test(text[from] ?? '')) from++;
  return `${MORE}${text.slice(from).trimStart()}`;
}

/**
 * A web link that fits the limit: its fragment goes first, then its query, then its path is shortened. Null
 * when it is not a web link at all (a `file:` page, a `data:` URL), which a backup cannot carry as a source.
 */
export function fitUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (url.length <= LIMITS.url) return url;
  parsed.hash = '';
  if (parsed.href.length > LIMITS.url) parsed.search = '';
  const href = parsed.href;
  return href.length <= LIMITS.url ? href : shorten(href, LIMITS.url);
}

/** Whether a list entry holds anything once cleaned: an empty alias or tag is left out, not refused. */
function hasWords(text: string): boolean {
  return cleanText(text).trim().length > 0;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function fitSource(source: Source): Source | null {
  const url = fitUrl(source.url);
  if (!url) return null;
  return {
    url,
    ...optional('outlet', source.outlet === undefined ? undefined : shorten(source.outlet, LIMITS.short)),
    ...optional('title', source.title === undefined ? undefined : shorten(source.title, LIMITS.short)),
    ...optional('publishedAt', calendarDateOrNothing(source.publishedAt)),
  };
}

function fitRole(role: Role): Role {
  return {
    title: shorten(role.title, LIMITS.name),
    ...optional('from', calendarDateOrNothing(role.from)),
    ...optional('to', calendarDateOrNothing(role.to)),
  };
}

/** A refused record named for the reader ("Person "Ann Lee""); in the file's terms where there is no catalogue. */
function named(key: MessageKey, english: string, name: string): string {
  const short = name.slice(0, 60);
  const words = t(key, short);
  return words === key ? `${english} "${short}"` : words;
}

function check<S extends v.GenericSchema>(schema: S, record: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, record);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const at = v.getDotPath(issue);
  throw new UnstorableRecordError(`${what}: ${describeProblem(at ? `${at} ${issue.message}` : issue.message)}`);
}

function sameId(stored: { id: string }, given: { id: string }, what: string): void {
  if (stored.id !== given.id)
    throw new UnstorableRecordError(`${what}: ${describeProblem(`id ${problemText('spacesAtEnds')}`)}`);
}

/** A person as the library may store it, or UnstorableRecordError (e.g. more aliases than a pack can carry). */
export function storablePerson(person: Person): Person {
  if (known.has(person)) return person;
  const what = named('packNamedPerson', 'Person', person.name);
  const fitted = {
    ...person,
    name: shorten(person.name, LIMITS.name),
    aliases: person.aliases.filter(hasWords).map((a) => shorten(a, LIMITS.name)),
    roles: person.roles.map(fitRole),
    ...(person.links ? { links: fitLinks(person.links) } : {}),
  };
  const out = check(PackPersonSchema, fitted, what);
  sameId(out, person, what);
  return markStorable({
    ...out,
    createdAt: out.createdAt ?? person.createdAt,
    updatedAt: out.updatedAt ?? person.updatedAt,
  });
}

/** A person's links that a backup can carry: web links only, each once, no more than the pack allows. */
function fitLinks(links: readonly string[]): string[] {
  const fitted = links.map(fitUrl).filter((u) => u !== null);
  return [...new Set(fitted)].slice(0, LIMITS.links);
}

/** A statement as the library may store it, or UnstorableRecordError naming the field that cannot be fitted. */
export function storableStatement(statement: Statement): Statement {
  if (known.has(statement)) return statement;
  const what = named('packNamedStatement', 'Statement', statement.text);
  const { date, venue, context, ...rest } = statement;
  const fitted = {
    ...rest,
    ...optional('date', calendarDateOrNothing(date)),
    ...optional('venue', venue === undefined ? undefined : shorten(venue, LIMITS.short)),
    tags: statement.tags.filter(hasWords).map((t) => shorten(t, LIMITS.tag)),
    sources: statement.sources.map(fitSource).filter((s) => s !== null),
    ...(context
      ? {
          context: {
            prefix: shortenStart(context.prefix, LIMITS.short),
            suffix: shorten(context.suffix, LIMITS.short),
          },
        }
      : {}),
  };
  const out = check(PackStatementSchema, fitted, what);
  sameId(out, statement, what);
  return markStorable({
    ...out,
    createdAt: out.createdAt ?? statement.createdAt,
    updatedAt: out.updatedAt ?? statement.updatedAt,
  } as Statement);
}

/** A relation as the library may store it, or UnstorableRecordError. */
export function storableRelation(relation: Relation): Relation {
  if (known.has(relation)) return relation;
  if (relation.fromId === relation.toId)
    throw new UnstorableRecordError(
      `${named('packNamedRelation', 'Relation', relation.id)}: ${describeProblem(problemText('selfRelation'))}`,
    );
  const fitted = {
    ...relation,
    note: shorten(relation.note, LIMITS.note),
    labelledBy: shorten(relation.labelledBy, LIMITS.name),
  };
  const out = check(PackRelationSchema, fitted, named('packNamedRelation', 'Relation', relation.id));
  sameId(out, relation, 'Relation');
  return markStorable({ ...out, createdAt: out.createdAt ?? relation.createdAt });
}

/** A review as the library may store it: texts shortened, impossible dates and non-web links dropped. */
export function storableReview(review: Review): Review {
  if (known.has(review)) return review;
  const { claimDate, reviewDate, url, reviewer, ...rest } = review;
  const reviewerUrl = reviewer.url === undefined ? null : fitUrl(reviewer.url);
  const reviewUrl = url === undefined ? null : fitUrl(url);
  const fitted = {
    ...rest,
    claim: shorten(review.claim, LIMITS.text),
    appearances: review.appearances.map(fitUrl).filter((u) => u !== null),
    rating: { ...review.rating, alternateName: shorten(review.rating.alternateName, LIMITS.short) },
    reviewer: { name: shorten(reviewer.name, LIMITS.name), ...(reviewerUrl ? { url: reviewerUrl } : {}) },
    ...optional('claimDate', calendarDateOrNothing(claimDate)),
    ...optional('reviewDate', calendarDateOrNothing(reviewDate)),
    ...(reviewUrl ? { url: reviewUrl } : {}),
  };
  const what = named('packNamedReview', 'Review', review.claim);
  const out = check(PackReviewSchema, fitted, what);
  sameId(out, review, what);
  return markStorable({
    ...out,
    createdAt: out.createdAt ?? review.createdAt,
    updatedAt: out.updatedAt ?? review.updatedAt,
  } as Review);
}
