/**
 * Unnamed speakers at a token ("a senior official", "Lee's campaign"), or the name an apposition gives one
 * ("Lee's lawyer, Ann Cole").
 */

import { anonymousAt, ownedNounAfter } from '@/lib/detect/people/anonymous';
import { mentionCovering, type PeopleIndex, type Referent } from '@/lib/detect/people/people-index';
import { must } from '@/lib/detect/text/must';
import type { Token } from '@/lib/detect/text/tokens';

/** An unnamed speaker at token i ("a senior official", "Lee's campaign"), or the name an apposition gives it. */
export function unnamedAt(idx: PeopleIndex, tokens: Token[], i: number): Referent | undefined {
  const text = idx.text;
  if (text === undefined) return undefined;
  const mentionAt = (k: number) =>
    tokens[k] ? mentionCovering(idx, must(tokens[k], 'token').start, must(tokens[k], 'token').end) : undefined;
  const anon = anonymousAt(text, tokens, i, (k) => !!mentionAt(k));
  if (anon) return anon;
  const n = ownedNounAfter(text, tokens, i);
  const owner = n < 0 ? undefined : mentionAt(i);
  if (!owner || owner.end > must(tokens[i], 'token').end || mentionAt(n)) return undefined;
  // "Lee's lawyer, Ann Cole, said", "the bank's chief economist Ann Cole said": the name after it spoke.
  const apposed =
    tokens[n + 1] && /^\s*,?\s*$/.test(text.slice(must(tokens[n], 'token').end, must(tokens[n + 1], 'token').start))
      ? mentionAt(n + 1)
      : undefined;
  if (apposed) return { entity: apposed.entity, start: apposed.start, end: apposed.end };
  return { entity: null, start: must(tokens[i], 'token').start, end: must(tokens[n], 'token').end };
}
