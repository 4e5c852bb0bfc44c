/**
 * Tells statements from terms: a block quotation, a direct quote (a sentence in the speaker's words),
 * a partial quote woven into the reporter's sentence, or a term (scare quotes, titles, labels).
 */
import { isCueVerb } from './lexicon';
import type { RawQuote } from './quotes';
import type { QuoteKind, Span } from './types';

const TERM_MARKERS =
  /\b(?:term|terms|word|words|phrase|so-called|dubbed|called|calling|reading|read|labelled|labeled|label|titled|entitled|named|branded|slogan|hashtag|known as|nicknamed|as)\s*$/i;
const FUNCTION_AFTER =
  /^(?:of|and|or|to|in|on|at|for|as|about|with|from|that|which|is|was|were|are|by|but|than|when|if|because|after|before|while|over|into|during|he|she|they|it|we)$/;

/** Decides the kind of each quote; `attributed` says whether a speaker cue was found for it. */
export function classifyQuotes(text: string, raw: RawQuote[], blocks: Span[], attributed: boolean[]): QuoteKind[] {
  return raw.map((q, i) => {
    if (blocks.some((b) => q.start >= b.start && q.end <= b.end && q.end - q.start > (b.end - b.start) * 0.6))
      return 'block';
    const body = text.slice(q.start, q.end);
    const words = body.split(/\s+/).filter(Boolean).length;
    const before = text.slice(Math.max(0, q.open - 40), q.open);
    const closeAt = q.close >= 0 ? q.close + 1 : q.end;
    const afterWord = /^\s*([\p{L}]+)/u.exec(text.slice(closeAt, closeAt + 30))?.[1] ?? '';
    const sentencePunct = /[.!?,;:\u2026]$/.test(body) || /[.!?]\s/.test(body);
    if (words <= 4 && !sentencePunct) {
      if (TERM_MARKERS.test(before)) return 'term';
      if (afterWord && /^\p{Ll}/u.test(afterWord) && !FUNCTION_AFTER.test(afterWord) && !isCueVerb(afterWord))
        return 'term';
      if (!attributed[i]) return 'term';
    }
    const startsSentence =
      /^\p{Lu}/u.test(body) &&
      (/(?:^|[:,.!?]|\n)\s*$/.test(before) ||
        /\b(?:said|says|say)\s*$/.test(before) ||
        isCueVerb(/(\p{L}+)\s*$/u.exec(before)?.[1] ?? ''));
    if (startsSentence || (words >= 8 && /^\p{Lu}/u.test(body) && sentencePunct)) return 'direct';
    return 'partial';
  });
}
