import { describe, expect, it } from 'vitest';
import { LINK_KEY_PREFIX, linkKey, linkKeys } from '@/lib/factcheck/link-keys';
import { reviewsToPack } from '@/lib/factcheck/to-pack';
import type { FoundReview } from '@/lib/factcheck/types';
import { nameKey } from '@/lib/match/name-keys';

describe('linkKey', () => {
  it.each([
    ['https://www.wikidata.org/wiki/Q4115189', 'http://wikidata.org/entity/Q4115189'],
    ['https://en.wikipedia.org/wiki/Jane_Roe', 'http://EN.Wikipedia.org/wiki/Jane_Roe/'],
    ['https://roe.example/', 'https://www.roe.example#about'],
  ])('gives %s and %s one key', (a, b) => {
    expect(linkKey(a)).toBeDefined();
    expect(linkKey(a)).toBe(linkKey(b));
  });

  it.each([
    ['https://www.wikidata.org/wiki/Q1', 'https://www.wikidata.org/wiki/Q11'],
    ['https://en.wikipedia.org/wiki/Jane_Roe', 'https://en.wikipedia.org/wiki/John_Roe'],
    ['https://roe.example/?p=1', 'https://roe.example/?p=2'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(linkKey(a)).not.toBe(linkKey(b));
  });

  it.each(['javascript:alert(1)', 'data:text/plain,x', 'not a link', 'ftp://roe.example/'])(
    'gives no key to %s',
    (raw) => {
      expect(linkKey(raw)).toBeUndefined();
    },
  );

  it('never gives a key a name could have', () => {
    const key = linkKey('https://roe.example/') ?? '';
    expect(key.startsWith(LINK_KEY_PREFIX)).toBe(true);
    expect(nameKey(key)).not.toBe(key);
  });

  it('lists each key once', () => {
    expect(linkKeys(['https://roe.example', 'http://www.roe.example/', 'mailto:x@y'])).toHaveLength(1);
  });
});

const review = (name: string, sameAs: string[], claim = `${name} said the bridge cost 40 million`): FoundReview => ({
  claim,
  claimant: { name, kind: 'person', sameAs },
  appearances: [],
  rating: { alternateName: 'False' },
  reviewer: { name: 'Checkers' },
});
const Q = 'https://www.wikidata.org/wiki/Q4115189';

describe('claimants of a feed as pack people', () => {
  it('keeps the sameAs links on the person', () => {
    const pack = reviewsToPack([review('Jane Roe', [Q, 'https://roe.example/'])], '2026-01-01');
    expect(pack.people).toEqual([expect.objectContaining({ name: 'Jane Roe', links: [Q, 'https://roe.example/'] })]);
  });

  it('makes two spellings sharing a link one person, the second an alias', () => {
    const pack = reviewsToPack(
      [review('Jane Roe', [Q]), review('J. A. Roe', ['http://wikidata.org/entity/Q4115189', 'https://roe.example/'])],
      '2026-01-01',
    );
    expect(pack.people).toEqual([
      expect.objectContaining({ name: 'Jane Roe', aliases: ['J. A. Roe'], links: [Q, 'https://roe.example/'] }),
    ]);
    expect(new Set(pack.reviews.map((r) => r.claimantId)).size).toBe(1);
  });

  it('keeps two namesakes without a shared link as one person by name, and people with other links apart', () => {
    const pack = reviewsToPack(
      [review('Jane Roe', [Q]), review('John Doe', ['https://www.wikidata.org/wiki/Q1'])],
      '2026-01-01',
    );
    expect(pack.people).toHaveLength(2);
  });

  it('leaves links out of a person the feed gave none', () => {
    const [p] = reviewsToPack([review('Jane Roe', [])], '2026-01-01').people;
    expect(p).not.toHaveProperty('links');
  });
});
