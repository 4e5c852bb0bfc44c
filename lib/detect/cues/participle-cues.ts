/**
 * A reporting verb in "-ing" hanging off a document: "Kessler showed jurors an email Moreno sent describing
 * the books as "clean"". The words are the document's author's, named in the clause right after the
 * document's noun, not the sentence's subject; which of the two wrote it is not ours to guess.
 */

import type { Referent } from '@/lib/detect/people/people-index';
import { firstTokenAt } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import type { Ctx } from './cue-context';

// Documents whose author a reduced relative clause names ("an email Moreno sent", "a letter Cole wrote").
const DOCUMENTS = /^(?:email|e-mail|letter|memo|message|text|note|statement|report|post)$/;

const WROTE = /^(?:sent|wrote|signed|posted|drafted|emailed|texted)$/;

/** The author, or nobody named, for an English "-ing" cue at token `v` after "a <document> <Name> <verb>". */
export function sharedParticiple(c: Ctx, a: number, v: number): Referent | undefined {
  const t = c.tokens[v];
  const before = c.tokens[v - 1];
  if (language().code !== 'en' || !t || !before || !/ing$/.test(t.lower)) return undefined;
  if (/,/.test(c.text.slice(before.end, t.start))) return undefined;
  for (let k = a + 1; k < v; k++) {
    if (!DOCUMENTS.test(c.tokens[k]?.lower ?? '') || c.quoted[k]) continue;
    // "a letter Mayor Ruth Adler wrote": a title may stand before the name.
    const starts = [c.tokens[k + 1], c.tokens[k + 2]].filter((x, i) => x && (i === 0 || c.tokens[k + 1]?.cap));
    const author = c.idx.mentions.find((m) => starts.some((x) => x?.start === m.start));
    if (!author) continue;
    // "an email Moreno sent": a verb of writing makes the name its author; any other leaves the author open.
    const verb = c.tokens[firstTokenAt(c.tokens, author.end)];
    return verb && WROTE.test(verb.lower)
      ? { entity: author.entity, start: author.start, end: author.end }
      : { entity: null, start: t.start, end: t.end };
  }
  return undefined;
}
