/**
 * Lead-ins that go on with the speaker just quoted: "E spiega:", "Poi aggiunge:", "E ancora, rivolto ai
 * banchi dell'opposizione:", "Poi, a chi gli chiedeva …:". Italian copy drops the subject and opens on a
 * connective; the subject is whom the text was just about, as with "«…», ha aggiunto."
 */

import type { Referent } from '@/lib/detect/referents/referents';
import { language } from '@/lib/detect/text/language';
import { must } from '@/lib/detect/text/must';
import type { Ctx } from './cue-context';
import { droppedSubject } from './dropped-subject';

// Connectives that open such a lead-in, per language.
const CONNECTIVES: Record<string, Set<string>> = {
  it: new Set(['e', 'poi', 'ancora', 'quindi', 'infine', 'ma']),
};

/** True when tokens [a, v) are only connectives and auxiliaries, the first a connective ("E", "Poi ha"). */
export function opensOnConnective(c: Ctx, a: number, v: number): boolean {
  const words = CONNECTIVES[language().code];
  if (!words || v <= a || v - a > 3 || !words.has(must(c.tokens[a], 'token').lower)) return false;
  return c.tokens.slice(a, v).every((t) => words.has(t.lower) || language().glue.has(t.lower));
}

/**
 * The speaker a subjectless lead-in ending at the quote opening at `open` hands the floor back to, when the
 * lead-in [a, b) opens on a connective; undefined otherwise.
 */
export function connectiveLeadIn(c: Ctx, a: number, b: number, open: number): Referent | undefined {
  if (!opensOnConnective(c, a, a + 1) || b - a > 16) return undefined;
  return droppedSubject(c, open, must(c.tokens[a], 'token'));
}

/**
 * True when the cue verb at `v` (with its auxiliary) stands alone between commas: "Il problema, spiega, non è
 * …: «…»", "il disaccoppiamento, ha spiegato, «…»". Italian sets the subjectless verb inside the sentence.
 */
export function commaBoundCue(c: Ctx, v: number): boolean {
  if (language().code !== 'it') return false;
  const verb = must(c.tokens[v], 'token');
  const aux = c.tokens[v - 1];
  const first = aux && language().glue.has(aux.lower) ? aux : verb;
  // "la Lega, spiegano, «…»": a plural verb is sources the text leaves unnamed, not whom it is about.
  if (/no$/.test(first.lower)) return false;
  const before = c.tokens[first.index - 1];
  const after = c.tokens[v + 1];
  const gapBefore = before ? c.text.slice(before.end, first.start) : '';
  const gapAfter = c.text.slice(verb.end, after?.start ?? verb.end + 2);
  return /^\s*,\s*$/.test(gapBefore) && /^\s*,/.test(gapAfter);
}
