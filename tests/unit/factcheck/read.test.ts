import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readClaimReviews } from '@/lib/factcheck/read';
import { looksLikeClaimReviews } from '@/lib/factcheck/shapes';

const feed = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/factcheck/feed.json'), 'utf8'));
const single = feed.dataFeedElement[0].item[0];

describe('ClaimReview shapes', () => {
  it.each([
    ['a single ClaimReview', single, 1],
    ['a list of ClaimReviews', [single, feed.dataFeedElement[1].item], 2],
    ['a DataFeed', feed, 3],
    ['a JSON-LD @graph', { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, single] }, 1],
    ['a type with the vocabulary prefix', { ...single, '@type': 'schema:ClaimReview' }, 1],
    ['a type list', { ...single, '@type': ['ClaimReview', 'CreativeWork'] }, 1],
  ])('reads %s', (_name, json, count) => {
    expect(looksLikeClaimReviews(json)).toBe(true);
    expect(readClaimReviews(json).reviews).toHaveLength(count);
  });

  it.each([
    ['an OnRecord pack', { format: 'onrecord-pack', version: 1, people: [] }],
    ['a list of strings', ['ClaimReview']],
    ['an article', { '@type': 'NewsArticle', headline: 'x' }],
    ['null', null],
  ])('does not take %s for ClaimReviews', (_name, json) => {
    expect(looksLikeClaimReviews(json)).toBe(false);
  });
});

describe('a feed item', () => {
  const read = readClaimReviews(feed);

  it('keeps the verdict words, the fact-checker and the claimant verbatim', () => {
    const [roe] = read.reviews;
    expect(roe).toMatchObject({
      claim: 'Unemployment fell to 3.2 percent last year',
      claimant: { name: 'Jane Roe', kind: 'person', sameAs: ['https://www.wikidata.org/wiki/Q4115189'] },
      claimDate: '2026-01-05',
      appearances: ['https://news.example/roe-speech'],
      rating: { alternateName: 'Mostly false', ratingValue: 2, bestRating: 5, worstRating: 1 },
      reviewer: { name: 'Example Check', url: 'https://check.example/' },
      reviewDate: '2026-01-10',
      url: 'https://check.example/roe-unemployment',
    });
    expect(read.reviews[1]?.rating.alternateName).toBe('Falso: la cifra fue 4,1 %');
    expect(read.reviews[1]?.reviewDate).toBe('2026-01-11T10:00:00-05:00');
  });

  it('reads a claim with no claimant and its first appearance', () => {
    expect(read.reviews[2]).toMatchObject({ claimant: null, appearances: ['https://social.example/post/1'] });
  });

  it('leaves out an item without a verdict, saying where and why', () => {
    expect(read.skipped).toEqual([{ at: 'dataFeedElement[3].item[0]', problem: 'reviewRating is missing' }]);
  });
});

describe('hostile or broken markup', () => {
  const base = { '@type': 'ClaimReview', claimReviewed: 'c', reviewRating: { alternateName: 'False' } };
  it.each([
    ['no fact-checker', base, /author/],
    ['an empty claim', { ...base, claimReviewed: '   ', author: { name: 'X' } }, /claimReviewed/],
    ['a claim that is not text', { ...base, claimReviewed: { x: 1 }, author: { name: 'X' } }, /claimReviewed/],
    ['a huge claim', { ...base, claimReviewed: 'a'.repeat(30_000), author: { name: 'X' } }, /too long/],
  ])('refuses %s', (_name, json, problem) => {
    const read = readClaimReviews(json);
    expect(read.reviews).toEqual([]);
    expect(read.skipped[0]?.problem).toMatch(problem);
  });

  it('drops links that are not web links and impossible dates, keeping the review', () => {
    const [review] = readClaimReviews({
      ...base,
      author: { name: 'X', url: 'javascript:alert(1)' },
      url: 'data:text/html,hi',
      datePublished: '2026-02-30',
      itemReviewed: { appearance: ['file:///etc/passwd', 'https://ok.example/a'] },
    }).reviews;
    expect(review).toMatchObject({ reviewer: { name: 'X' }, appearances: ['https://ok.example/a'] });
    expect(review?.url).toBeUndefined();
    expect(review?.reviewer.url).toBeUndefined();
    expect(review?.reviewDate).toBeUndefined();
  });

  it('makes lone surrogates well-formed', () => {
    const [review] = readClaimReviews({ ...base, claimReviewed: 'bad \uD800 half', author: { name: 'X' } }).reviews;
    expect(review?.claim).toBe('bad \uFFFD half');
  });
});
