import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { toImportInput } from '@/lib/pack/import-input';
import { LIMITS, PackPersonSchema, PackReviewSchema, PackStatementSchema } from '@/lib/pack/pack-schema';
import { checkPack } from '@/lib/pack/parse-pack';
import { isWellFormed } from '@/lib/pack/well-formed';
import { syntheticFeed } from '../../../scripts/bench/synthetic-feed';

const fixture = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/factcheck/feed.json'), 'utf8'));

/** A feed written the untidy way real feeds are: spacing, a second spelling sharing a link, an organisation. */
const untidy = {
  '@type': 'DataFeed',
  dataFeedElement: [
    {
      '@type': 'ClaimReview',
      claimReviewed: '  Taxes   rose\n by 40 percent ',
      itemReviewed: {
        author: { '@type': 'Person', name: ' Jane  Roe ', sameAs: 'https://www.wikidata.org/wiki/Q1' },
        appearance: [{ url: 'https://news.example/a' }, 'not a link'],
        datePublished: '2024-02-30',
      },
      reviewRating: { alternateName: ' Mostly false ', ratingValue: '2', bestRating: 5 },
      author: { name: 'Checkers', url: 'https://checkers.example/' },
      datePublished: '2024-03-01T10:00:00Z',
    },
    {
      '@type': 'ClaimReview',
      claimReviewed: 'The bridge cost twice its budget',
      itemReviewed: { author: { name: 'J. Roe', sameAs: ['http://wikidata.org/entity/Q1'] } },
      reviewRating: { name: 'False' },
      publisher: { name: 'Other Checkers' },
    },
    {
      '@type': 'ClaimReview',
      claimReviewed: 'Crime fell',
      itemReviewed: { author: { '@type': 'Organization', name: 'City Hall' } },
      reviewRating: { alternateName: 'True' },
      author: { name: 'Checkers' },
      url: 'https://checkers.example/crime',
    },
  ],
};

const FEEDS = [
  ['the fixture feed', fixture],
  ['an untidy feed', untidy],
  ['a synthetic feed of 500', syntheticFeed(500)],
] as const;

type Lists = { people: object[]; statements: object[]; reviews: object[] };

describe('a fact-check feed read as a trusted pack', () => {
  it.each(FEEDS)('builds every record of %s in the pack schema output shape', (_name, feed) => {
    const { input } = toImportInput(feed, '2026-01-01');
    const pack = input as Lists;
    expect(isWellFormed(pack)).toBe(true);
    expect(pack.reviews.length).toBeGreaterThan(0);
    for (const [list, schema] of [
      ['people', PackPersonSchema],
      ['statements', PackStatementSchema],
      ['reviews', PackReviewSchema],
    ] as const)
      for (const record of pack[list]) expect(v.parse(schema, record)).toEqual(record);
  });

  it.each(FEEDS)('checks %s to the same records as an untrusted copy', (_name, feed) => {
    const { input } = toImportInput(feed, '2026-01-01');
    const trusted = checkPack(input);
    const untrusted = checkPack(structuredClone(input));
    expect(trusted).toEqual(untrusted);
  });

  it.each([
    ['a claim over the text limit', (r: Record<string, unknown>) => ({ ...r, claim: 'x'.repeat(LIMITS.text + 1) })],
    [
      'verdict words over the limit',
      (r: Record<string, unknown>) => ({ ...r, rating: { alternateName: 'y'.repeat(LIMITS.short + 1) } }),
    ],
    [
      'too many appearances',
      (r: Record<string, unknown>) => ({ ...r, appearances: Array(LIMITS.list + 1).fill('https://a.example/') }),
    ],
  ])('still applies the limits: rejects %s with the schema reason', (_name, spoil) => {
    const { input } = toImportInput(fixture, '2026-01-01');
    const pack = input as Lists;
    pack.reviews[0] = spoil(pack.reviews[0] as Record<string, unknown>);
    const trusted = checkPack(pack);
    const untrusted = checkPack(structuredClone(pack));
    if (!trusted.ok || !untrusted.ok) throw new Error('the envelope should pass');
    expect(trusted.rejected.map((r) => r.index)).toContain(0);
    expect(trusted.rejected).toEqual(untrusted.rejected);
  });
});
