/**
 * A quote that opens its sentence right after a sentence about someone, in the same paragraph: "Web
 * Football.London to vidí podobně. "Opět byl silný…"", "Le maire ne cache pas son inquiétude. « … »". News in
 * the languages read this way sets the source first and lets the quote follow; the quote is theirs.
 */
import { anonymousAt } from '@/lib/detect/people/anonymous';
import { mentionCovering } from '@/lib/detect/people/people-index';
import type { Referent } from '@/lib/detect/referents/referents';
import { isSubject, previousSentence } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import type { Ctx } from './cue-context';
import { tokenAt } from './cue-scan';
import { invertedCueBefore } from './inverted-lead';

// How many words may open the sentence before its subject ("Le quotidien", "Web").
const OPENING = 3;
// How many words a fronted phrase set off by a comma may take before the subject.
const FRONTED = 10;

/** The entity the sentence before the quote opens on, when that sentence is in the quote's paragraph. */
export function leadSentence(c: Ctx, sStart: number, open: number): Referent | undefined {
  if (language().code === 'en' || !/^\s*$/.test(c.text.slice(sStart, open))) return undefined;
  const p = previousSentence(c.text, sStart);
  if (
    p < 0 ||
    c.text.slice(p, open).includes('\n') ||
    /["\u201c\u201d\u201e\u00ab\u00bb]/.test(c.text.slice(p, sStart))
  )
    return undefined;
  const first = tokenAt(c.tokens, p);
  // "Une secrétaire médicale, qui a souhaité garder l’anonymat, dit …. « … »": someone the text leaves unnamed.
  const unnamed = anonymousAt(c.text, c.tokens, first, (k) => c.quoted[k] === true || namedAt(c, k));
  if (unnamed && unnamed.end <= sStart) return { entity: null, start: unnamed.start, end: unnamed.end };
  const m = c.idx.mentions.find((x) => x.start >= p && x.end <= sStart);
  // "…, osserva Chiara Lodigiani, capo economista di Banca Padana. «…»": the inverted cue's subject goes on.
  if (!m || c.quoted[tokenAt(c.tokens, m.start)] || !opensOn(c, m.entity, tokenAt(c.tokens, m.start) - first, p))
    return invertedCueBefore(c, p, sStart);
  // "Macron a été critiqué par Le Pen. « Il ment. »": with a passive's agent named, either could be speaking.
  const agent = language().agent;
  for (let k = first; k < c.tokens.length; k++) {
    const t = c.tokens[k];
    const next = c.tokens[k + 1];
    if (!t || t.end > sStart) break;
    if (agent.has(t.lower) && next && c.idx.mentions.some((x) => x.start === next.start)) return undefined;
  }
  return { entity: m.entity, start: m.start, end: m.end };
}

/**
 * True when the sentence from `p` opens on entity `e`, named `at` words in: at once, or after a phrase set off
 * by a comma ("Infirmière depuis vingt ans, Sylvie Marchand n’y croit plus.").
 */
function opensOn(c: Ctx, e: number, at: number, p: number): boolean {
  if (at < OPENING) return true;
  return at < FRONTED && !!c.d.scene && isSubject(c.d.scene, c.idx, e, p);
}

/** True when token k lies in a named mention. */
function namedAt(c: Ctx, k: number): boolean {
  const t = c.tokens[k];
  return !!t && !!mentionCovering(c.idx, t.start, t.end);
}
