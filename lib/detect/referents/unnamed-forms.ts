/**
 * Italian ways of quoting nobody named while naming a place or a person nearby: "Da Palazzo Chigi fanno
 * sapere che …" (from the prime minister's office, they let it be known: the building does not speak),
 * "Dal Viminale filtra …", and "c'è chi giura che il segretario …" (someone swears: not the secretary).
 * Such a subject is somebody unnamed, so the quote gets no speaker rather than the name beside it.
 */

import { mentionCovering, type PeopleIndex, type Referent } from '@/lib/detect/people/people-index';
import { language } from '@/lib/detect/text/language';
import { must } from '@/lib/detect/text/must';
import type { Token } from '@/lib/detect/text/tokens';
import { firstTokenAt } from './salience';

// Prepositions of origin that open a sentence on where unnamed sources speak from.
const ORIGIN = /^(?:da|dal|dalla|dallo|dai|dagli|dalle)$/;
// "c'è chi", "c'è anche chi", "ci sono quelli che": an indefinite "someone" as the subject.
const THERE_IS = /^c[\u2019']è$/;
const WHO = /^(?:chi|qualcuno)$/;

/** True when the words before token `i` open a sentence: only spaces, or a full stop or a line break. */
function opensSentence(text: string, tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const gap = text.slice(before ? before.end : 0, must(tokens[i], 'token').start);
  return !before || /[.!?\n]/.test(gap);
}

/**
 * The unnamed subject at token `i` in Italian copy: "chi" after "c'è", or a name right after a sentence-opening
 * "Da"/"Dal"/"Dalla" and before a lower-case verb ("Da Palazzo Chigi fanno sapere"); undefined otherwise.
 */
export function unnamedFormAt(idx: PeopleIndex, tokens: Token[], i: number): Referent | undefined {
  if (language().code !== 'it') return undefined;
  const t = must(tokens[i], 'token');
  const text = idx.text ?? '';
  if (WHO.test(t.lower) && THERE_IS.test(tokens[i - 1]?.lower ?? ''))
    return { entity: null, start: must(tokens[i - 1], 'token').start, end: t.end };
  if (WHO.test(t.lower) && tokens[i - 1]?.lower === 'anche' && THERE_IS.test(tokens[i - 2]?.lower ?? ''))
    return { entity: null, start: must(tokens[i - 2], 'token').start, end: t.end };
  const m = mentionCovering(idx, t.start, t.end);
  if (!m) return undefined;
  const first = firstTokenAt(tokens, m.start);
  const own = must(tokens[first], 'token');
  // The sentence's capital "Da" may have been read into the name itself ("Da Palazzo Chigi").
  const opener = ORIGIN.test(own.lower) ? first : first - 1;
  if (!ORIGIN.test(tokens[opener]?.lower ?? '') || !opensSentence(text, tokens, opener)) return undefined;
  const next = tokens[firstTokenAt(tokens, m.end)];
  if (!next || next.cap || language().of.has(next.lower) || /[,;:]/.test(text.slice(m.end, next.start)))
    return undefined;
  return { entity: null, start: must(tokens[opener], 'token').start, end: m.end };
}

/**
 * Somebody unnamed when the sentence part [from, to) before a quote holds an indefinite subject ("c'è chi
 * giura che il segretario sia pronto a «…»": not the secretary, nor the name opening the sentence).
 */
export function indefiniteSubject(text: string, from: number, to: number): Referent | undefined {
  if (language().code !== 'it') return undefined;
  const m = /\bc[\u2019']è (?:anche |pure )?(?:chi|qualcuno)\b/i.exec(text.slice(from, to));
  return m ? { entity: null, start: from + m.index, end: from + m.index + m[0].length } : undefined;
}
