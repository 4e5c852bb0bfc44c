/**
 * One ClaimReview object (JSON-LD or microdata read into the same shape) to a FoundReview, checked with valibot:
 * the claim, its claimant and where it appeared, the verdict words verbatim, the fact-checker, the review's date
 * and link. Untrusted input: texts are made well-formed and capped, only web links and real dates are kept, and
 * a review without a claim, verdict words or fact-checker is refused with the reason.
 */
import * as v from 'valibot';
import { cleanText } from '@/lib/core/unicode';
import { calendarDateOrNothing } from '@/lib/pack/dates';
import type { FoundClaimant, FoundReview } from './types';

/** Caps as the pack format has them (lib/pack/pack-schema LIMITS), so a found review always fits the library. */
const MAX = { claim: 20_000, name: 300, verdict: 500, url: 2_000, links: 20 } as const;

const text = (max: number) =>
  v.pipe(
    v.string('is not text'),
    v.transform((s) => cleanText(s).replace(/\s+/g, ' ').trim()),
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
  const out = cleanText(x).replace(/\s+/g, ' ').trim();
  return out.length >= 1 && out.length <= CAP[field] ? out : undefined;
}

/** A web link as a string, `{url}` or `{"@id"}`, or undefined. */
export function webLink(x: unknown): string | undefined {
  const raw = isObject(x) ? (x.url ?? x['@id']) : x;
  const url = plain(first(raw), 'url');
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
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
  const sameAs = isObject(author)
    ? list(author.sameAs)
        .map(webLink)
        .filter((u) => u !== undefined)
    : [];
  return { name, kind, sameAs: [...new Set(sameAs)].slice(0, MAX.links) };
}

function date(x: unknown): string | undefined {
  const raw = plain(first(x), 'date');
  return calendarDateOrNothing(raw) ?? calendarDateOrNothing(raw?.slice(0, 10));
}

function finite(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

/** The review, or the reason it cannot be one. */
export function normaliseClaimReview(
  value: unknown,
): { ok: true; review: FoundReview } | { ok: false; problem: string } {
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
  const verdict = plain(cr.reviewRating.alternateName, 'verdict') ?? plain(cr.reviewRating.name, 'verdict');
  if (!verdict) return { ok: false, problem: 'reviewRating.alternateName is missing' };
  const reviewerName = nameOf(cr.author) ?? nameOf(cr.publisher);
  if (!reviewerName) return { ok: false, problem: 'author (the fact-checker) has no name' };
  const item = first(cr.itemReviewed);
  const itemObj = isObject(item) ? item : {};
  const appearances = [...list(itemObj.appearance), ...list(itemObj.firstAppearance)].map(webLink);
  const reviewerUrl = webLink(first(cr.author)) ?? webLink(first(cr.publisher));
  const review: FoundReview = {
    claim: cr.claimReviewed,
    claimant: claimantOf(item),
    appearances: [...new Set(appearances.filter((u) => u !== undefined))].slice(0, MAX.links),
    rating: {
      alternateName: verdict,
      ...numbers(cr.reviewRating),
    },
    reviewer: { name: reviewerName, ...(reviewerUrl ? { url: reviewerUrl } : {}) },
  };
  const claimDate = date(itemObj.datePublished);
  const reviewDate = date(cr.datePublished);
  const url = webLink(cr.url);
  return {
    ok: true,
    review: {
      ...review,
      ...(claimDate ? { claimDate } : {}),
      ...(reviewDate ? { reviewDate } : {}),
      ...(url ? { url } : {}),
    },
  };
}

function numbers(r: { ratingValue?: number; bestRating?: number; worstRating?: number }) {
  const out: { ratingValue?: number; bestRating?: number; worstRating?: number } = {};
  for (const key of ['ratingValue', 'bestRating', 'worstRating'] as const) {
    const n = finite(r[key]);
    if (n !== undefined) out[key] = n;
  }
  return out;
}
