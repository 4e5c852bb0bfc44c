/**
 * One ClaimReview object (JSON-LD or microdata read into the same shape) to a FoundReview, checked with valibot:
 * the claim, its claimant and where it appeared, the verdict words verbatim, the fact-checker, the review's date
 * and link. Untrusted input: texts are made well-formed and capped, only web links and real dates are kept, and
 * a review without a claim, verdict words or fact-checker is refused with the reason.
 */
import * as v from 'valibot';
import { cleanText } from '@/lib/core/unicode';
import { calendarDateOrNothing } from '@/lib/pack/dates';
import type { FoundClaimant, FoundRating, FoundReview } from './types';

/** Caps as the pack format has them (lib/pack/pack-schema LIMITS), so a found review always fits the library. */
const MAX = { claim: 20_000, name: 300, verdict: 500, url: 2_000, links: 20 } as const;

const text = (max: number) =>
  v.pipe(
    v.string('is not text'),
    v.transform((s) => oneSpaced(cleanText(s))),
    v.minLength(1, 'is empty'),
    v.maxLength(max, 'is too long'),
  );

/** The claim's schema, built once: a feed of 100,000 reviews reads each claim with it. */
const CLAIM = text(MAX.claim);

/** Numbers as feeds write them: 1, "1", "1.5". */
const numberLike = v.optional(
  v.pipe(
    v.union([v.number(), v.string()]),
    v.transform((x) => (typeof x === 'number' ? x : Number.parseFloat(x))),
  ),
);

const ClaimReviewSchema = v.looseObject({
  claimReviewed: CLAIM,
  reviewRating: v.looseObject({
    alternateName: v.optional(v.unknown()),
    name: v.optional(v.unknown()),
    ratingValue: numberLike,
    bestRating: numberLike,
    worstRating: numberLike,
  }),
  itemReviewed: v.optional(v.unknown()),
  author: v.optional(v.unknown()),
  publisher: v.optional(v.unknown()),
  datePublished: v.optional(v.unknown()),
  url: v.optional(v.unknown()),
});

type Obj = Record<string, unknown>;
const isObject = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);
const first = (x: unknown): unknown => (Array.isArray(x) ? x[0] : x);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined ? [] : [x]);

/** The cap of each short field, as the text schema above would apply it. */
const CAP = { ...MAX, date: 40 } as const;

/**
 * A short text, or undefined when the value is none or does not fit: what `text(cap)` above gives,
 * read directly, since a feed of 100,000 reviews reads a dozen such fields per review.
 */
function plain(x: unknown, field: keyof typeof CAP): string | undefined {
  if (typeof x !== 'string') return undefined;
  const out = oneSpaced(cleanText(x));
  return out.length >= 1 && out.length <= CAP[field] ? out : undefined;
}

/** Whitespace a text would lose or have turned into one space: anything but a lone space inside it. */
const UNEVEN_SPACE = /[^\S ]| {2}|^ | $/;

/** The text with its whitespace runs made one space and its ends trimmed; the same string when already so. */
function oneSpaced(s: string): string {
  return UNEVEN_SPACE.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/**
 * A web link the URL parser always accepts, checked without building a URL (costly in a browser, and a feed
 * carries a few per review): ASCII host labels, the last starting with a letter (so never read as an IPv4
 * address), no punycode label to decode, a port under 10000, then printable ASCII. Any other link is parsed.
 */
const PLAIN_WEB_LINK = /^https?:\/\/(?!.*xn--)(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?::\d{1,4})?(?:[/?#][\x21-\x7e]*)?$/i;

/** A web link as a string, `{url}` or `{"@id"}`, or undefined. */
export function webLink(x: unknown): string | undefined {
  const raw = isObject(x) ? (x.url ?? x['@id']) : x;
  const url = plain(first(raw), 'url');
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  if (PLAIN_WEB_LINK.test(url)) return url;
  try {
    new URL(url);
    return url;
  } catch {
    return undefined;
  }
}

function nameOf(x: unknown): string | undefined {
  const one = first(x);
  return plain(isObject(one) ? one.name : one, 'name');
}

function claimantOf(item: unknown): FoundClaimant | null {
  if (!isObject(item)) return null;
  const author = first(item.author);
  const name = nameOf(author);
  if (!name) return null;
  const kind = /Organi[sz]ation|GovernmentOrganization|PoliticalParty/.test(
    String(isObject(author) ? author['@type'] : ''),
  )
    ? 'organisation'
    : 'person';
  return { name, kind, sameAs: isObject(author) ? distinctLinks([author.sameAs]) : [] };
}

/** The first MAX.links distinct web links of these values, in order, each value a link or a list of them. */
function distinctLinks(values: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const value of values)
    for (const x of list(value)) {
      const url = webLink(x);
      if (url === undefined || out.includes(url)) continue;
      out.push(url);
      if (out.length >= MAX.links) return out;
    }
  return out;
}

function date(x: unknown): string | undefined {
  const raw = plain(first(x), 'date');
  return calendarDateOrNothing(raw) ?? calendarDateOrNothing(raw?.slice(0, 10));
}

const RATING_NUMBERS = ['ratingValue', 'bestRating', 'worstRating'] as const;
type RatingNumbers = Omit<FoundRating, 'alternateName'>;
type Normalised = { ok: true; review: FoundReview } | { ok: false; problem: string };

/** The review, or the reason it cannot be one. */
export function normaliseClaimReview(value: unknown): Normalised {
  const direct = readDirect(value);
  if (direct) return fromChecked(direct.value, direct.claim, direct.rating, direct.numbers);
  const parsed = v.safeParse(ClaimReviewSchema, value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const at = v.getDotPath(issue);
    return {
      ok: false,
      problem: `${at ?? 'ClaimReview'} ${issue.received === 'undefined' ? 'is missing' : issue.message}`,
    };
  }
  const cr = parsed.output;
  const numbers: RatingNumbers = {};
  for (const key of RATING_NUMBERS) keepFinite(numbers, key, cr.reviewRating[key]);
  return fromChecked(cr, cr.claimReviewed, cr.reviewRating, numbers);
}

/**
 * What the schema would give for a review in the usual shape, read without it (a feed holds 100,000 of them);
 * undefined for anything else, which the schema then reads and, when it must, names the problem of.
 */
function readDirect(value: unknown): { value: Obj; claim: string; rating: Obj; numbers: RatingNumbers } | undefined {
  if (!isObject(value)) return undefined;
  const claim = plain(value.claimReviewed, 'claim');
  const rating = value.reviewRating;
  if (claim === undefined || !isObject(rating)) return undefined;
  const numbers: RatingNumbers = {};
  for (const key of RATING_NUMBERS) {
    const x = rating[key];
    if (typeof x === 'string') keepFinite(numbers, key, Number.parseFloat(x));
    else if (typeof x === 'number' && !Number.isNaN(x)) keepFinite(numbers, key, x);
    else if (x !== undefined) return undefined;
  }
  return { value, claim, rating, numbers };
}

function keepFinite(into: RatingNumbers, key: keyof RatingNumbers, n: number | undefined): void {
  if (n !== undefined && Number.isFinite(n)) into[key] = n;
}

/** The review from a ClaimReview whose claim and rating passed the schema (or would have). */
function fromChecked(cr: Obj, claim: string, ratingIn: Obj, numbers: RatingNumbers): Normalised {
  const verdict = plain(ratingIn.alternateName, 'verdict') ?? plain(ratingIn.name, 'verdict');
  if (!verdict) return { ok: false, problem: 'reviewRating.alternateName is missing' };
  const reviewerName = nameOf(cr.author) ?? nameOf(cr.publisher);
  if (!reviewerName) return { ok: false, problem: 'author (the fact-checker) has no name' };
  const item = first(cr.itemReviewed);
  const itemObj = isObject(item) ? item : undefined;
  const rating: FoundRating = { alternateName: verdict };
  for (const key of RATING_NUMBERS) if (numbers[key] !== undefined) rating[key] = numbers[key];
  const reviewerUrl = webLink(first(cr.author)) ?? webLink(first(cr.publisher));
  const review: FoundReview = {
    claim,
    claimant: claimantOf(item),
    appearances: itemObj ? distinctLinks([itemObj.appearance, itemObj.firstAppearance]) : [],
    rating,
    reviewer: reviewerUrl ? { name: reviewerName, url: reviewerUrl } : { name: reviewerName },
  };
  const claimDate = itemObj ? date(itemObj.datePublished) : undefined;
  const reviewDate = date(cr.datePublished);
  const url = webLink(cr.url);
  if (claimDate) review.claimDate = claimDate;
  if (reviewDate) review.reviewDate = reviewDate;
  if (url) review.url = url;
  return { ok: true, review };
}
