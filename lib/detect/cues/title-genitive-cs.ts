/**
 * "„…“ uvedl předseda ANO.", "řekla šéfka ODS": Czech puts what a title is of right after it, in the genitive
 * and without a preposition. A body there is what the title is of; its holder, unnamed here, spoke, not the
 * party or firm. A spokesperson speaks for the body ("uvedl mluvčí ČEZ"), as news means it.
 */

import type { Referent } from '@/lib/detect/referents/referents';
import { firstTokenAt } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import type { Ctx } from './cue-context';

// Titles whose holder speaks for the body they name.
const SPEAKS_FOR = new Set(['mluvčí']);

/** True when the body `r`, found after a cue verb at `v`, is what a title right before it is of. */
export function bodyOfTitle(c: Ctx, v: number, r: Referent): boolean {
  if (!language().inflected || r.entity === null) return false;
  if (c.idx.entities[r.entity]?.kind !== 'organisation') return false;
  // The referent may hold the title itself ("předseda ANO") or start right after it.
  const at = firstTokenAt(c.tokens, r.start);
  const own = c.tokens[at];
  const title = own && ROLE_NOUNS.has(own.lower) && own.end < r.end ? own : c.tokens[at - 1];
  return !!title && title.index > v && ROLE_NOUNS.has(title.lower) && !SPEAKS_FOR.has(title.lower);
}
