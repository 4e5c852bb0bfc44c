/**
 * What a title is of or in is not who speaks: "Já o líder do governo na Câmara, deputado X, … disse que" has
 * the leader as its subject, never the chamber. Reading a clause's subject forward skips such a body.
 */
import type { Ctx } from './cue-context';
import { ROLE_NOUNS } from './lexicon';
import type { Referent } from './people-index';
import { referentAt } from './referents';
import { firstTokenAt } from './salience';

// How far before a body a title may stand and still hold it ("o líder do governo na Câmara").
const REACH = 4;

/**
 * The first referent from token `from` up to `to`, past any body a title right before holds; a clause whose
 * only candidates are such bodies has a subject nobody names (null), not the body.
 */
export function subjectPastTitles(c: Ctx, from: number, to: number): Referent | undefined {
  let skipped: Referent | undefined;
  for (let i = from; i < to; i++) {
    if (c.quoted[i]) continue;
    const r = referentAt(c.idx, c.d, c.tokens, i);
    if (!r) continue;
    if (!heldByTitle(c, from, r)) return r;
    skipped ??= { entity: null, start: r.start, end: r.end };
    i = Math.max(i, firstTokenAt(c.tokens, r.end) - 1);
  }
  return skipped;
}

/** True when `r` is a body and a title stands a few words before it in the same phrase (no comma between). */
function heldByTitle(c: Ctx, from: number, r: Referent): boolean {
  if (r.entity === null || c.idx.entities[r.entity]?.kind !== 'organisation') return false;
  const at = firstTokenAt(c.tokens, r.start);
  for (let k = at - 1; k >= Math.max(from, at - REACH); k--) {
    const t = c.tokens[k];
    const next = c.tokens[k + 1];
    if (!t || !next || /[,;:.]/.test(c.text.slice(t.end, next.start))) return false;
    if (ROLE_NOUNS.has(t.lower)) return true;
  }
  return false;
}
