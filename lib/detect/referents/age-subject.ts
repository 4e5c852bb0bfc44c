/**
 * A sentence about someone by age alone: "The 34-year-old, who is out of contract, was in no mood to
 * celebrate." It is about the person just written about, so a "he said" after it is theirs.
 */
import type { Token } from '@/lib/detect/text/tokens';

const AGE = /^\d+-year-old$/;

/** Where the age phrase opening the sentence at token `k` starts ("The 34-year-old"), or undefined. */
export function agedOpener(tokens: Token[], k: number): number | undefined {
  const det = tokens[k];
  const age = tokens[k + 1];
  return det?.lower === 'the' && age && AGE.test(age.lower) ? det.start : undefined;
}
