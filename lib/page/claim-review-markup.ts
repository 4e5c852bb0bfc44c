/**
 * Reads the ClaimReviews a fact-check page publishes about itself (JSON-LD, including `@graph` and lists, and
 * microdata) as page-derived data only: each one cut down to the fields OnRecord reads, within size and depth
 * limits, so a hostile or huge page costs little and sends nothing else. The background and the popup check what
 * this returns again (lib/factcheck/read.ts) before anything is stored.
 */
import { isClaimReview, isPlainJson, locateClaimReviews, MAX_PAGE_REVIEWS } from '@/lib/factcheck/shapes';

/** Limits for what a page may make the content script read and send. */
export const MARKUP_LIMITS = {
  scripts: 20,
  scriptChars: 200_000,
  depth: 12,
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
  const found: unknown[] = [];
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, MARKUP_LIMITS.scripts);
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MARKUP_LIMITS.scriptChars || !text.includes('ClaimReview')) continue;
    try {
      const json: unknown = JSON.parse(text);
      if (isPlainJson(json, MARKUP_LIMITS.depth))
        for (const { value } of locateClaimReviews(json).found) found.push(value);
    } catch {
      // Malformed markup is skipped: nothing is read from it.
    }
  }
  return found;
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
