import * as v from 'valibot';
import { RELATION_TYPES } from '@/lib/core/records';
import { cleanText } from '@/lib/core/unicode';
import { isCalendarDate } from './dates';
import { problemText } from './problems';

/** The format tag every pack carries, so a stray JSON file is refused before its records are read. */
export const PACK_FORMAT = 'onrecord-pack';

/** The pack version this build reads and writes. */
export const PACK_VERSION = 1;

/** Generous caps: a pack is curated text, and an oversized field is a sign of a broken or hostile file. */
export const LIMITS = {
  id: 200,
  name: 300,
  text: 20_000,
  note: 5_000,
  url: 2_000,
  short: 500,
  list: 200,
  tag: 100,
  /** A person's `sameAs` links. */
  links: 20,
  records: 250_000,
} as const;

// The problems the checks record, in the file's own terms (lib/pack/problems.ts words them for a reader).
const EMPTY = problemText('empty');
const TOO_LONG = problemText('tooLong');
const KINDS_OF_PERSON = ['person', 'organisation'] as const;

/**
 * Text as the library keeps it: well-formed (a lone surrogate becomes U+FFFD) and without NUL, so whatever a
 * file carries, the library never holds text its own export or a link could not encode (docs/security.md).
 */
const str = () => v.pipe(v.string(), v.transform(cleanText));

const id = v.pipe(str(), v.trim(), v.minLength(1, EMPTY), v.maxLength(LIMITS.id, TOO_LONG));
const short = v.pipe(str(), v.maxLength(LIMITS.short, TOO_LONG));
const nonEmpty = (max: number) => v.pipe(str(), v.trim(), v.minLength(1, EMPTY), v.maxLength(max, TOO_LONG));

/**
 * A year ("2013"), month ("2013-05"), day ("2022-02-19") or timestamp ("2022-02-24T09:00:00Z"), a real date in
 * 1000–9999 (lib/pack/dates). Packs written before partial dates hold only days and timestamps: still valid.
 */
const isoDate = v.pipe(v.string(), v.check(isCalendarDate, problemText('date')));

/** Only web links: a source is shown as a link in extension pages, where javascript: or data: must never land. */
const webUrl = v.pipe(
  str(),
  v.maxLength(LIMITS.url, TOO_LONG),
  v.url(problemText('url')),
  v.regex(/^https?:\/\//i, problemText('webLink')),
);

/**
 * The subscription a record came from (lib/core/subscriptions.ts). Accepted so the library's door keeps it on
 * subscribed records; an import from a file drops it (lib/db/repos-pack.ts), so a file cannot pose as one.
 */
const origin = v.optional(id);

const list = <T extends v.GenericSchema>(item: T) =>
  v.optional(v.pipe(v.array(item), v.maxLength(LIMITS.list, problemText('tooManyEntries', LIMITS.list))), []);

/** A role with its dates. */
export const RoleSchema = v.object({
  title: nonEmpty(LIMITS.name),
  from: v.optional(isoDate),
  to: v.optional(isoDate),
});

/** A person record in a pack; timestamps are optional and filled in on import. */
export const PackPersonSchema = v.object({
  id,
  name: nonEmpty(LIMITS.name),
  aliases: list(nonEmpty(LIMITS.name)),
  roles: list(RoleSchema),
  kind: v.optional(v.picklist(KINDS_OF_PERSON, problemText('notOneOf', KINDS_OF_PERSON.join(', '))), 'person'),
  links: v.optional(v.pipe(v.array(webUrl), v.maxLength(LIMITS.links, problemText('tooManyEntries', LIMITS.links)))),
  origin,
  createdAt: v.optional(isoDate),
  updatedAt: v.optional(isoDate),
});

/** Where a statement was reported. */
export const SourceSchema = v.object({
  url: webUrl,
  outlet: v.optional(short),
  title: v.optional(short),
  publishedAt: v.optional(isoDate),
});

/** A statement record in a pack. */
export const PackStatementSchema = v.object({
  id,
  personId: id,
  text: nonEmpty(LIMITS.text),
  date: v.optional(isoDate),
  venue: v.optional(short),
  sources: list(SourceSchema),
  tags: list(nonEmpty(LIMITS.tag)),
  context: v.optional(v.object({ prefix: short, suffix: short })),
  origin,
  createdAt: v.optional(isoDate),
  updatedAt: v.optional(isoDate),
});

/** A relation record in a pack. */
export const PackRelationSchema = v.object({
  id,
  fromId: id,
  toId: id,
  type: v.picklist(RELATION_TYPES, problemText('notOneOf', RELATION_TYPES.join(', '))),
  note: v.pipe(str(), v.maxLength(LIMITS.note, TOO_LONG)),
  labelledBy: nonEmpty(LIMITS.name),
  origin,
  /** The reader's relation whose subscribed end was withdrawn by its publisher (lib/core/records.ts). */
  withdrawn: v.optional(v.object({ id, text: nonEmpty(LIMITS.text), personName: nonEmpty(LIMITS.name) })),
  createdAt: v.optional(isoDate),
});

const rating = v.optional(v.pipe(v.number(), v.finite(problemText('notFinite'))));

/** A fact-checker's review of a claim (schema.org ClaimReview as the library keeps it). */
export const PackReviewSchema = v.object({
  id,
  claim: nonEmpty(LIMITS.text),
  claimantId: v.optional(v.nullable(id), null),
  claimDate: v.optional(isoDate),
  appearances: list(webUrl),
  rating: v.object({
    alternateName: nonEmpty(LIMITS.short),
    ratingValue: rating,
    bestRating: rating,
    worstRating: rating,
  }),
  reviewer: v.object({ name: nonEmpty(LIMITS.name), url: v.optional(webUrl) }),
  reviewDate: v.optional(isoDate),
  url: v.optional(webUrl),
  statementId: v.optional(id),
  origin,
  createdAt: v.optional(isoDate),
  updatedAt: v.optional(isoDate),
});

/** Who made the pack and under what terms, shown before a reader imports it. */
export const PackMetaSchema = v.object({
  name: nonEmpty(LIMITS.name),
  author: nonEmpty(LIMITS.name),
  licence: nonEmpty(LIMITS.name),
  date: isoDate,
  description: v.optional(v.pipe(str(), v.maxLength(LIMITS.note, TOO_LONG))),
});

const records = v.pipe(
  v.array(v.unknown(), problemText('notList')),
  v.maxLength(LIMITS.records, problemText('tooManyRecords', LIMITS.records.toLocaleString('en'))),
);

/** The envelope, checked before any record so a wrong file fails with one clear message. */
export const PackEnvelopeSchema = v.object({
  format: v.literal(PACK_FORMAT, problemText('format', PACK_FORMAT)),
  version: v.literal(PACK_VERSION, problemText('version', PACK_VERSION)),
  meta: PackMetaSchema,
  people: records,
  statements: records,
  relations: records,
  /** Optional, so packs written before reviews existed stay valid. */
  reviews: v.optional(records, []),
});

/** A person as read from a pack, defaults applied. */
export type PackPerson = v.InferOutput<typeof PackPersonSchema>;
/** A statement as read from a pack, defaults applied. */
export type PackStatement = v.InferOutput<typeof PackStatementSchema>;
/** A relation as read from a pack. */
export type PackRelation = v.InferOutput<typeof PackRelationSchema>;
/** A review as read from a pack. */
export type PackReview = v.InferOutput<typeof PackReviewSchema>;
/** The pack's description. */
export type PackMeta = v.InferOutput<typeof PackMetaSchema>;

/** A whole pack, every record checked. */
export interface Pack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  meta: PackMeta;
  people: PackPerson[];
  statements: PackStatement[];
  relations: PackRelation[];
  /** Fact-checkers' reviews; absent in packs written before reviews existed. */
  reviews?: PackReview[];
}
