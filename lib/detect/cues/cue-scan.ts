/**
 * Token lookup and referent scans shared by the cue readers: where a position falls among the tokens, and the
 * first referent met scanning a span either way.
 */

import { type Referent, referentAt } from '@/lib/detect/referents/referents';
import { must } from '@/lib/detect/text/must';
import type { Ctx } from './cue-context';

export { tokenAt } from '@/lib/detect/text/tokens';

/** First referent scanning tokens [from, to) in the given direction, skipping quoted words. */
export function scan(c: Ctx, from: number, to: number, step: 1 | -1): Referent | undefined {
  for (let i = step === 1 ? from : to - 1; step === 1 ? i < to : i >= from; i += step) {
    if (c.quoted[i]) continue;
    const r = referentAt(c.idx, c.d, c.tokens, i);
    if (r) return r;
  }
  return undefined;
}

/** The first person named in tokens [from, to), else the first referent ("Foreign Ministry spokesperson Hua"). */
export function scanPreferPerson(c: Ctx, from: number, to: number): Referent | undefined {
  let first: Referent | undefined;
  for (let i = from; i < to; i++) {
    const r = referentAt(c.idx, c.d, c.tokens, i);
    if (!r) continue;
    first ??= r;
    if (r.entity === null || must(c.idx.entities[r.entity], 'entity').kind === 'person') return r;
  }
  return first;
}
