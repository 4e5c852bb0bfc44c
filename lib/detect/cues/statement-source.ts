/**
 * "Das Unternehmen weist das zurück. In einer schriftlichen Stellungnahme heißt es: „…“": German news quotes
 * a written statement with an impersonal "heißt es", the statement's author being the subject of the
 * sentence before. A document never speaks: the quote is that subject's, or nobody's we can name.
 */

import { DE_IMPERSONAL_VERBS } from '@/lib/detect/lexicons/de-indirect-speakers';
import type { Referent } from '@/lib/detect/referents/referents';
import { previousSentence } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import type { Ctx } from './cue-context';
import { scan, tokenAt } from './cue-scan';
import { looksLikePerson } from './reported-speech';

// Documents a statement is read from ("Stellungnahme", "Pressemitteilung", "Aussendung", "Schreiben").
const DOCUMENT =
  '(?:\\p{L}+-)?(?:stellungnahme|mitteilung|pressemitteilung|erklärung|presseerklärung|aussendung|presseaussendung|schreiben|brief|e-mail|mail|antwort|statement)';
// "In einer schriftlichen Stellungnahme (an den X) heißt es:" with nothing naming the author in between.
const IN_DOCUMENT = new RegExp(
  `^\\s*(?:in|laut) (?:einer|der|seiner|ihrer|dieser) (?:\\p{L}+ ){0,2}${DOCUMENT}(?: [^.!?:]{0,60})? (?:${DE_IMPERSONAL_VERBS}) es(?: \\p{L}+){0,2}\\s*:?\\s*$`,
  'iu',
);

// A name that is only the document's noun ("Stellungnahme" read as a name): no author.
const ONLY_DOCUMENT = new RegExp(`^${DOCUMENT}$`, 'iu');

/** The author of the statement the quote at `open` is read from, by the sentence before; undefined if no such form. */
export function statementSource(c: Ctx, sStart: number, open: number): Referent | undefined {
  if (language().code !== 'de') return undefined;
  const lead = c.text.slice(sStart, open);
  if (!IN_DOCUMENT.test(lead)) return undefined;
  const nobody = { entity: null, start: sStart, end: open };
  const a = tokenAt(c.tokens, sStart);
  const b = tokenAt(c.tokens, open);
  // "In einer Stellungnahme des Verbands heißt es": the author is named here; other rules read it.
  const named = scan(c, a, b, 1);
  if (named?.entity != null && !ONLY_DOCUMENT.test(c.text.slice(named.start, named.end))) return undefined;
  const p = previousSentence(c.text, sStart);
  if (p < 0 || c.text.slice(p, sStart).trimEnd().includes('\n')) return nobody;
  const r = scan(c, tokenAt(c.tokens, p), Math.min(tokenAt(c.tokens, sStart), tokenAt(c.tokens, p) + 4), 1);
  if (!r || r.entity === null) return nobody;
  const e = c.idx.entities[r.entity];
  if (e?.kind !== 'organisation' && !looksLikePerson(e)) return nobody;
  // "Bürgermeister Karl Huber widerspricht": the name, not its title, is the evidence.
  const name = c.idx.mentions.find((m) => m.entity === r.entity && m.start >= r.start && m.end <= r.end);
  return name ? { entity: r.entity, start: name.start, end: name.end } : r;
}
