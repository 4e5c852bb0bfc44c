import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimTerms } from '@/lib/factcheck/claim-terms';
import { type ClaimPair, scorePairs } from '@/lib/factcheck/evaluate';
import { matchClaim, matchReview } from '@/lib/factcheck/match';
import { stem } from '@/lib/match/stem';

const load = (file: string): ClaimPair[] =>
  JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/factcheck', file), 'utf8'));

describe('matching reviews to quotes on our pairs', () => {
  const pairs = load('pairs.json');

  it('has 40+ pairs with near misses of every kind', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(pairs.filter((p) => !p.match).map((p) => p.kind));
    for (const kind of ['other-number', 'negated', 'other-speaker', 'other-claim']) expect(kinds).toContain(kind);
  });

  it.each([
    ['development', 'pairs.json', 0.95, 0.9],
    ['held-out', 'pairs-held-out.json', 0.95, 0.8],
  ])('keeps precision and recall on the %s pairs', (_name, file, precision, recall) => {
    const score = scorePairs(load(file));
    expect(score.precision).toBeGreaterThanOrEqual(precision);
    expect(score.recall).toBeGreaterThanOrEqual(recall);
  });

  it.each(pairs.filter((p) => !p.match && p.kind !== 'other-claim'))('never matches the near miss $id ($kind)', (p) => {
    expect(matchReview({ claim: p.claim, claimantId: p.claimant }, { text: p.quote, speakerId: p.speaker })).toBeNull();
  });
});

describe('how a match is told', () => {
  it.each([
    ['the same words', 'Crime has fallen by 20 percent', 'Crime has fallen by 20 percent.', 'exact'],
    ['the claim inside a longer quote', 'Crime has fallen', 'Crime has fallen, and it will fall more', 'exact'],
    ['a rewording', 'Says crime has fallen by 20 percent', 'We cut crime by 20 percent and it has fallen', 'similar'],
  ])('calls %s %s', (_name, claim, quote, kind) => {
    expect(matchClaim(claim, quote, true)?.kind).toBe(kind);
  });
});

describe('claim terms', () => {
  it.each([
    ['3.2%', '3.2'],
    ['3.2 per cent', '3.2'],
    ['three', '3'],
    ['1,000', '1000'],
    ['4,1', '4.1'],
    ['7.6 million', '7600000'],
    ['three million', '3000000'],
  ])('reads %s as %s', (text, value) => {
    expect(claimTerms(`rose to ${text} last year`).numbers).toContain(value);
  });

  it.each([
    ['taxes have not risen', 'risen'],
    ["we didn't raise taxes", 'raise'],
    ['paid no federal income tax', 'federal'],
  ])('marks what "%s" negates', (text, word) => {
    expect(claimTerms(text).negated).toContain(stem(word));
  });

  it('does not read the digits of a name as a figure', () => {
    expect(claimTerms('the G7 and 5G').numbers.size).toBe(0);
  });
});
