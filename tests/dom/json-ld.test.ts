import { describe, expect, it } from 'vitest';
import { readClaimReviews } from '@/lib/factcheck/read';
import { readClaimReviewMarkup } from '@/lib/page/claim-review-markup';
import { JSON_LD_LIMITS, jsonLdNodes, readJsonLdBlocks } from '@/lib/page/dom/json-ld';
import { looksLikeArticle, readPageInfo } from '@/lib/page/dom/page-info';

const page = (head: string) => {
  const doc = document.implementation.createHTMLDocument('Fallback title');
  doc.head.innerHTML = `<title>Fallback title</title>${head}`;
  return doc;
};
const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;
const article = { '@type': 'NewsArticle', headline: 'Real headline', publisher: { name: 'Outlet' } };
const review = {
  '@type': 'ClaimReview',
  claimReviewed: 'The bridge cost 40 million',
  reviewRating: { alternateName: 'False' },
  author: { '@type': 'Organization', name: 'Checkers' },
};
/** A value nested `n` levels deep, around `inner`. */
const nest = (n: number, inner: unknown, wrap: (x: unknown) => unknown = (x) => [x]): unknown =>
  Array.from({ length: n }).reduce<unknown>((x) => wrap(x), inner);
/** A @graph holding itself `n` times over: what a page would send to make a walker go round and round. */
const selfGraph = (n: number, node: object) =>
  nest(n, { '@graph': [node] }, (x) => ({ '@id': '#g', '@graph': [x, { '@id': '#g' }] }));

/** Hostile blocks, each placed before a good one; `keeps` says whether the good one must still be read. */
const HOSTILE: [string, (good: unknown) => string][] = [
  ['a huge block', (good) => ld({ ...(good as object), pad: 'x'.repeat(JSON_LD_LIMITS.scriptChars) })],
  [
    'a block nested past the depth limit',
    (good) => ld({ ...(good as object), deep: nest(JSON_LD_LIMITS.depth + 1, 1) }),
  ],
  ['a @graph holding itself past the depth limit', (good) => ld(selfGraph(JSON_LD_LIMITS.depth, good as object))],
  [
    'a prototype key',
    (good) => `<script type="application/ld+json">{"__proto__":{"x":1},"@graph":[${JSON.stringify(good)}]}</script>`,
  ],
  ['malformed JSON', (good) => `<script type="application/ld+json">${JSON.stringify(good).slice(0, -3)}</script>`],
];

describe('the one JSON-LD reader', () => {
  it('reads no more blocks than the limit', () => {
    const many = Array.from({ length: JSON_LD_LIMITS.scripts + 5 }, (_, i) => ld({ '@type': 'Thing', i })).join('');
    expect(readJsonLdBlocks(page(many))).toHaveLength(JSON_LD_LIMITS.scripts);
  });

  it('lists no more nodes than the limit from a wide @graph', () => {
    const graph = Array.from({ length: JSON_LD_LIMITS.nodes * 4 }, (_, i) => ({ '@type': 'Thing', i }));
    expect(jsonLdNodes(page(ld({ '@graph': graph })))).toHaveLength(JSON_LD_LIMITS.nodes);
  });

  it('lists a @graph nested in itself within the depth limit once per level, in document order', () => {
    const levels = 4;
    const nodes = jsonLdNodes(page(ld(selfGraph(levels, article))));
    expect(nodes.filter((n) => n['@type'] === 'NewsArticle')).toHaveLength(1);
    expect(nodes.filter((n) => n['@id'] === '#g' && n['@graph'])).toHaveLength(levels);
  });

  it('stops walking lists of empty lists after its step budget', () => {
    const wide = Array.from({ length: 200 }, () => Array.from({ length: 200 }, () => []));
    expect(JSON.stringify(wide).length).toBeLessThan(JSON_LD_LIMITS.scriptChars);
    expect(jsonLdNodes(page(ld(wide) + ld(article)))).toEqual([]);
  });

  it.each(HOSTILE)('page info: skips %s and reads the next block', (_name, hostile) => {
    const doc = page(hostile(article) + ld({ ...article, headline: 'Second block' }));
    expect(readPageInfo(doc, 'https://news.example/a')).toMatchObject({ title: 'Second block', outlet: 'Outlet' });
    expect(looksLikeArticle(doc)).toBe(true);
  });

  it.each(HOSTILE)('page info: alone, %s gives the fallback title and no outlet', (_name, hostile) => {
    const info = readPageInfo(page(hostile(article)), 'https://news.example/a');
    expect(info).toMatchObject({ title: 'Fallback title', outlet: null });
  });

  it.each(HOSTILE)('fact-checks: skips %s and reads the next block', (_name, hostile) => {
    const doc = page(hostile(review) + ld({ ...review, claimReviewed: 'Second claim' }));
    expect(readClaimReviews(readClaimReviewMarkup(doc)).reviews.map((r) => r.claim)).toEqual(['Second claim']);
  });
});
