/**
 * A deterministic schema.org DataFeed of ClaimReviews for the import benchmark: one review in ten names no
 * claimant, about fifty reviews per claimant (each with a Wikidata `sameAs` link), 20 fact-checkers; the same `n` always gives the same file.
 */

const WORDS = `tax jobs border wages crime schools hospitals energy rent prices housing pensions vaccines police
  trade tariffs deficit budget climate floods bridges rail buses farms fishing tourism`.split(/\s+/);
const VERDICTS = ['False', 'Mostly false', 'Half true', 'Mostly true', 'True', 'Misleading', 'Unproven'];

/** The feed of `n` reviews, as the JSON a fact-checker would publish. */
export function syntheticFeed(n: number) {
  let seed = 7;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const claimants = Math.max(1, Math.round(n / 50));
  const items = Array.from({ length: n }, (_, i) => {
    const claim = `${pick(WORDS)} ${pick(WORDS)} rose by ${(i % 97) + 1} percent in ${2000 + (i % 25)} under ${pick(WORDS)}`;
    const c = Math.floor(rand() * claimants);
    return {
      '@type': 'DataFeedItem',
      item: [
        {
          '@type': 'ClaimReview',
          claimReviewed: claim,
          itemReviewed: {
            '@type': 'Claim',
            ...(i % 10 === 0
              ? {}
              : {
                  author: {
                    '@type': 'Person',
                    name: `Claimant Person ${c}`,
                    sameAs: [`https://www.wikidata.org/wiki/Q${1000 + c}`],
                  },
                }),
            datePublished: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 9}`,
            appearance: [{ '@type': 'CreativeWork', url: `https://news.example/${i}` }],
          },
          reviewRating: { '@type': 'Rating', alternateName: pick(VERDICTS), ratingValue: 1 + (i % 5), bestRating: 5 },
          author: { '@type': 'Organization', name: `Checker ${i % 20}`, url: `https://checker${i % 20}.example/` },
          datePublished: `20${10 + (i % 15)}-1${i % 3}-2${i % 8}`,
          url: `https://checker${i % 20}.example/review/${i}`,
        },
      ],
    };
  });
  return { '@context': 'https://schema.org', '@type': 'DataFeed', name: 'Synthetic feed', dataFeedElement: items };
}
