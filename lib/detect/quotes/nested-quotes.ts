/**
 * A quote inside a quote is usually words the speaker puts in others' mouths ("get everybody to agree,
 * 'this is what happened'", "we've heard 'every option is on the table' before"): part of the speaker's own
 * statement, not a second one. It is a statement of its own only when the speaker says it is what they or
 * someone they name say ("we'll always say, 'Watch out'", "as Lincoln said, 'A house divided'").
 */
import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import { sentenceStart } from '@/lib/detect/text/sentences';
import type { RawQuote } from './quotes';

const FIRST_PERSON = /^(?:i|we|i'(?:ve|ll|d|m)|we'(?:ve|ll|d|re))$/;
// Capitalised words that open a clause without naming anyone.
const UNNAMED =
  /^(?:they|he|she|it|you|everyone|everybody|people|someone|somebody|nobody|many|some|others|the|and|but|so|then|as|when|if)$/;

/** True when the nested quote `q` inside `parent` is introduced as what the speaker or someone named says. */
export function isOwnNestedStatement(text: string, q: RawQuote, parent: RawQuote): boolean {
  if (language().code !== 'en') return true;
  const from = Math.max(parent.start, sentenceStart(text, q.open));
  const lead = text.slice(from, q.open).replace(/\u2019/g, "'");
  const m = /([\p{L}']+)\s*[,:]?\s*$/u.exec(lead);
  if (!m?.[1] || !isCueVerb(m[1])) return false;
  const subject = lead
    .slice(0, m.index)
    .split(/[^\p{L}']+/u)
    .filter(Boolean)
    .slice(-4);
  return subject.some(
    (w) => FIRST_PERSON.test(w.toLowerCase()) || (/^\p{Lu}\p{Ll}/u.test(w) && !UNNAMED.test(w.toLowerCase())),
  );
}
