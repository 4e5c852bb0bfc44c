/**
 * Reads the ClaimReviews a fact-check page publishes about itself (JSON-LD, including `@graph` and lists, and
 * microdata) as page-derived data only: each one cut down to the fields OnRecord reads, within size and depth
 * limits, so a hostile or huge page costs little and sends nothing else. The background and the popup check what
 * this returns again (lib/factcheck/read.ts) before anything is stored.
 */
import { isClaimReview, locateClaimReviews, MAX_PAGE_REVIEWS } from '@/lib/factcheck/shapes';
import { JSON_LD_LIMITS, readJsonLdBlocks } from './dom/json-ld';

/** Limits for what a page may make the content script read and send. */
export const MARKUP_LIMITS = {
  scripts: JSON_LD_LIMITS.scripts,
  scriptChars: JSON_LD_LIMITS.scriptChars,
  depth: JSON_LD_LIMITS.depth,
  items: MAX_PAGE_REVIEWS,
  itemChars: 3_000,
} as const;

type Spec = { [key: string]: true | Spec };

const NAMED: Spec = { '@type': true, name: true, url: true, sameAs: true };

/** The only fields sent: what lib/factcheck/normalise.ts reads. */
const KEEP: Spec = {
  '@type': true,
  claimReviewed: true,
  datePublished: true,
  url: true,
  reviewRating: { alternateName: true, name: true, ratingValue: true, bestRating: true, worstRating: true },
  author: NAMED,
  publisher: NAMED,
  itemReviewed: { author: NAMED, datePublished: true, appearance: { url: true }, firstAppearance: { url: true } },
};

/** A value cut to the spec: over-long strings dropped (never cut), lists of at most five, unknown keys gone. */
function prune(value: unknown, spec: true | Spec): unknown {
  if (Array.isArray(value))
    return value
      .slice(0, 5)
      .map((v) => prune(v, spec))
      .filter((v) => v !== undefined);
  if (typeof value === 'string') return value.length <= 1_000 ? value : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (spec === true || value === null || typeof value !== 'object') return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(spec)) {
    const v = prune((value as Record<string, unknown>)[key], inner);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function fromJsonLd(doc: Document): unknown[] {
  return readJsonLdBlocks(doc, { mentions: 'ClaimReview' }).flatMap((json) =>
    locateClaimReviews(json).found.map(({ value }) => value),
  );
}

/** A microdata item as JSON-LD would give it: its type and its own properties (nested items read too). */
function microdataItem(item: Element, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = { '@type': (item.getAttribute('itemtype') ?? '').split('/').pop() ?? '' };
  for (const el of item.querySelectorAll('[itemprop]')) {
    if (el.parentElement?.closest('[itemscope]') !== item) continue;
    const key = el.getAttribute('itemprop') ?? '';
    const value =
      el.hasAttribute('itemscope') && depth < 4
        ? microdataItem(el, depth + 1)
        : (el.getAttribute('content') ??
          el.getAttribute('href') ??
          el.getAttribute('datetime') ??
          el.textContent ??
          '');
    if (key && !(key in out)) out[key] = typeof value === 'string' ? value.trim() : value;
  }
  return out;
}

function fromMicrodata(doc: Document): unknown[] {
  return [...doc.querySelectorAll('[itemscope][itemtype]')]
    .filter((el) => /ClaimReview$/.test(el.getAttribute('itemtype') ?? ''))
    .slice(0, MARKUP_LIMITS.items)
    .map((el) => microdataItem(el, 0));
}

/** The page's ClaimReviews, each cut to the fields OnRecord reads; oversized ones are left out. */
export function readClaimReviewMarkup(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const raw of [...fromJsonLd(doc), ...fromMicrodata(doc)]) {
    if (out.length >= MARKUP_LIMITS.items) break;
    if (!isClaimReview(raw)) continue;
    const item = prune(raw, KEEP);
    if (JSON.stringify(item).length <= MARKUP_LIMITS.itemChars) out.push(item);
  }
  return out;
}
