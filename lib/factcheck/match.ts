/**
 * Whether a quote on a page says what a fact-checker reviewed. Fact-checkers reword claims, so the words are
 * compared after normalisation (lib/factcheck/claim-terms): shared numbers and names weigh most, a different
 * number or an opposite negation rules a match out, and a claim that names no claimant must match closely.
 * The caller only offers reviews of the quote's own speaker (or of nobody): another speaker never matches.
 */
import { quoteWords } from '@/lib/match/quote-text';
import { type ClaimTerms, claimTerms } from './claim-terms';

/** How a quote stands to a reviewed claim: the same words, or a similar claim (shown with both wordings). */
export type ClaimMatch = { kind: 'exact' | 'similar'; score: number };

/** The least score for a review of the quote's speaker, and for a review that names no claimant. */
export const THRESHOLDS = { speaker: 0.5, anyone: 0.75 } as const;

const WEIGHT = { words: 1, entities: 2, numbers: 3 } as const;

function weigh(t: ClaimTerms): number {
  return t.words.size * WEIGHT.words + t.entities.size * WEIGHT.entities + t.numbers.size * WEIGHT.numbers;
}

function shared(a: ClaimTerms, b: ClaimTerms): number {
  let sum = 0;
  for (const kind of ['words', 'entities', 'numbers'] as const)
    for (const term of a[kind])
      if (b[kind].has(term) || (kind !== 'numbers' && b[other(kind)].has(term))) sum += WEIGHT[kind];
  return sum;
}

/** A word capitalised in one text and not the other still meets itself, at the lower weight. */
function other(kind: 'words' | 'entities'): 'words' | 'entities' {
  return kind === 'words' ? 'entities' : 'words';
}

/**
 * How much the quote says of the claim, 0–1: most of the weight on how much of the claim the quote covers (a
 * quote often says more than the claim), the rest on how much of the quote is the claim. A different figure,
 * a term negated in one text only, or too few of the claim's own words make it 0.
 */
export function claimScore(claim: ClaimTerms, quote: ClaimTerms): number {
  if (negationDiffers(claim, quote)) return 0;
  // Same topic, other figure: "3.2 percent" is not "4.1 percent".
  if (claim.numbers.size > 0 && quote.numbers.size > 0 && ![...claim.numbers].some((n) => quote.numbers.has(n)))
    return 0;
  const [wc, wq] = [weigh(claim), weigh(quote)];
  if (wc === 0 || wq === 0) return 0;
  // Names and numbers alone are a topic, not a claim: most of what the claim says of them must be there too.
  const said = [...claim.words];
  if (said.length >= 2 && said.filter((w) => quote.words.has(w) || quote.entities.has(w)).length / said.length < 0.5)
    return 0;
  const common = shared(claim, quote);
  return 0.8 * Math.min(1, common / wc) + 0.2 * Math.min(1, common / wq);
}

/** A term one text negates and the other states: "have not risen" against "have risen". */
function negationDiffers(a: ClaimTerms, b: ClaimTerms): boolean {
  const has = (t: ClaimTerms, term: string) => t.words.has(term) || t.entities.has(term);
  for (const term of a.negated) if (has(b, term) && !b.negated.has(term)) return true;
  for (const term of b.negated) if (has(a, term) && !a.negated.has(term)) return true;
  return false;
}

/** Whether the quote matches the claim, and how; null when it does not. */
export function matchClaim(claim: string, quote: string, sameSpeaker: boolean): ClaimMatch | null {
  const [c, q] = [quoteWords(claim), quoteWords(quote)];
  if (c && (c === q || (sameSpeaker && ` ${q} `.includes(` ${c} `)))) return { kind: 'exact', score: 1 };
  const score = claimScore(claimTerms(claim), claimTerms(quote));
  return score >= (sameSpeaker ? THRESHOLDS.speaker : THRESHOLDS.anyone) ? { kind: 'similar', score } : null;
}

/** A review as matching needs it. */
export interface ReviewedClaim {
  claim: string;
  claimantId: string | null;
}

/**
 * Whether a quote of `speakerId` matches a review: a review of someone else never does; a review of the same
 * speaker matches on the words; a review naming nobody only on a close match.
 */
export function matchReview(
  review: ReviewedClaim,
  quote: { text: string; speakerId: string | null },
): ClaimMatch | null {
  if (review.claimantId !== null && review.claimantId !== quote.speakerId) return null;
  return matchClaim(review.claim, quote.text, review.claimantId !== null);
}
