import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContentMessage } from '@/lib/core/validate';
import { readClaimReviews } from '@/lib/factcheck/read';
import { MARKUP_LIMITS, readClaimReviewMarkup } from '@/lib/page/claim-review-markup';

const page = (head: string, body = '') => {
  const doc = document.implementation.createHTMLDocument('t');
  doc.head.innerHTML = head;
  doc.body.innerHTML = body;
  return doc;
};
const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;
const review = {
  '@type': 'ClaimReview',
  claimReviewed: 'The bridge cost 40 million',
  reviewRating: { alternateName: 'False', ratingValue: 1 },
  author: { '@type': 'Organization', name: 'Checkers', url: 'https://checkers.example/' },
  url: 'https://checkers.example/bridge',
};

describe('ClaimReview markup on a page', () => {
  it.each([
    ['a JSON-LD object', ld(review), ''],
    ['a JSON-LD list', ld([{ '@type': 'WebPage' }, review]), ''],
    ['a JSON-LD @graph', ld({ '@context': 'https://schema.org', '@graph': [review] }), ''],
    [
      'microdata',
      '',
      `<div itemscope itemtype="https://schema.org/ClaimReview">
         <span itemprop="claimReviewed">The bridge cost 40 million</span>
         <div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">
           <span itemprop="alternateName">False</span><meta itemprop="ratingValue" content="1" /></div>
         <div itemprop="author" itemscope itemtype="https://schema.org/Organization">
           <span itemprop="name">Checkers</span><link itemprop="url" href="https://checkers.example/" /></div>
         <link itemprop="url" href="https://checkers.example/bridge" />
       </div>`,
    ],
  ])('reads %s', (_name, head, body) => {
    const items = readClaimReviewMarkup(page(head, body));
    const [found] = readClaimReviews(items).reviews;
    expect(found).toMatchObject({
      claim: review.claimReviewed,
      rating: { alternateName: 'False', ratingValue: 1 },
      reviewer: { name: 'Checkers', url: 'https://checkers.example/' },
      url: 'https://checkers.example/bridge',
    });
  });

  it('reads the fact-check page of the end-to-end tests', () => {
    const html = readFileSync(join(process.cwd(), 'tests/fixtures/pages/factcheck/check-roe.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const [found] = readClaimReviews(readClaimReviewMarkup(doc)).reviews;
    expect(found?.claimant?.name).toBe('Jane Roe');
    expect(found?.rating.alternateName).toBe('Half true');
  });

  it('sends only the fields OnRecord reads', () => {
    const [item] = readClaimReviewMarkup(
      page(ld({ ...review, secret: 'x', author: { ...review.author, email: 'e' } })),
    );
    expect(JSON.stringify(item)).not.toMatch(/secret|email/);
  });

  it.each([
    ['malformed JSON', '<script type="application/ld+json">{"@type": "ClaimReview", </script>'],
    ['a huge script', ld({ ...review, pad: 'x'.repeat(MARKUP_LIMITS.scriptChars) })],
    ['deep nesting', ld({ ...review, a: JSON.parse(`${'['.repeat(40)}1${']'.repeat(40)}`) })],
    ['an over-long claim, never cut short', ld({ ...review, claimReviewed: 'word '.repeat(2_000) })],
    ['another type', ld({ ...review, '@type': 'NewsArticle' })],
  ])('skips %s, reading nothing', (_name, head) => {
    const items = readClaimReviewMarkup(page(head));
    expect(readClaimReviews(items).reviews).toEqual([]);
  });

  it('reads no more than the limit from one page', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ ...review, url: `https://checkers.example/${i}` }));
    expect(readClaimReviewMarkup(page(ld(many)))).toHaveLength(MARKUP_LIMITS.items);
  });
});

describe("the 'factcheck/found' message", () => {
  it.each([
    ['no items', { items: [] }],
    ['too many items', { items: Array.from({ length: MARKUP_LIMITS.items + 1 }, () => review) }],
    ['a prototype key', { items: [JSON.parse('{"__proto__": {"x": 1}}')] }],
    ['an extra field', { items: [review], tabId: 3 }],
  ])('refuses %s', (_name, payload) => {
    expect(parseContentMessage({ type: 'factcheck/found', payload }).ok).toBe(false);
  });

  it('passes what a page extractor sends', () => {
    const items = readClaimReviewMarkup(page(ld(review)));
    expect(parseContentMessage({ type: 'factcheck/found', payload: { items } }).ok).toBe(true);
  });
});
