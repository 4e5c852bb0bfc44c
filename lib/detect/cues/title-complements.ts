/**
 * What belongs to a title rather than naming who speaks: the words that complete a title before the name set
 * off after it ("el presidente del Gobierno, X", "la secretaria general de la Confederación de Trabajadores
 * Independientes (CTI), X"), and the body a title is of or in ("Já o líder do governo na Câmara, deputado X, …
 * disse que" has the leader as its subject, never the chamber).
 */

import type { Referent } from '@/lib/detect/people/people-index';
import { referentAt } from '@/lib/detect/referents/referents';
import { firstTokenAt } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import type { Ctx } from './cue-context';

/** Most words a title's complement runs to before the comma and the name. */
const MAX_WORDS = 12;
/** Most plain lower-case words ("general", "adjunto", "económico") that may qualify the title. */
const MAX_QUALIFIERS = 3;

/** "y" joins two bodies; "en" places the title ("portavoz en el Congreso"). */
const CONNECTORS = new Set(['y', 'e', 'en', 'in']);

/** True when `gap` (from the end of a title noun to the comma before a name) only completes the title. */
export function completesTitle(gap: string): boolean {
  const m = /^([^,;:.!?\u201c\u201d"«»]*?)\s*,\s*$/u.exec(gap);
  if (!m) return false;
  const words = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length > MAX_WORDS) return false;
  const lang = language();
  let ofSeen = false;
  let qualifiers = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (lang.of.has(lower) || lang.articles.has(lower) || CONNECTORS.has(lower)) {
      ofSeen ||= !lang.articles.has(lower) || lang.of.has(lower);
      continue;
    }
    // A body's name or its acronym only after "de"/"del": "del Gobierno", "de la Unión Sindical (US)".
    if (/^\(?\p{Lu}[\p{L}\p{N}.'’-]*\)?$/u.test(w)) {
      if (!ofSeen) return false;
      continue;
    }
    if (!/^\p{Ll}[\p{L}-]*$/u.test(w) || ++qualifiers > MAX_QUALIFIERS) return false;
  }
  return true;
}

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
