/**
 * Byline lines ("By Anna Smith and Joe Li", "Reporting by ..."): the people named there wrote the
 * article; they are not officials in it, so the people list leaves them out unless they are quoted.
 */
import type { Span } from '@/lib/detect/types';

// A short line that opens with "By" (or "Reporting by", "Interview by", "Photographs by") and reads as names.
const BYLINE =
  /(?:^|\n)[ \t]*(?:additional )?(?:written |words |reporting |edited |editing |interview |interviews |photographs |photos |illustrations? |produced |compiled |translated )?by(?:[ \t]+|[ \t]*\n+[ \t]*)\p{Lu}[^\n.!?:"\u201c\u201d]{1,400}(?=\n|$)/giu;

// A credit line closing the story: "— MarketWire's Priya Raman contributed to this report."
const CONTRIBUTED =
  /(?:^|\n)[ \t]*(?:[\u2014\u2013-][ \t]*)?[^\n"\u201c\u201d]{0,120}\bcontributed(?: reporting)? to this (?:report|story|article)\b[^\n"\u201c\u201d]{0,60}(?=\n|$)/giu;

// The word CONTRIBUTED cannot match without, under the same flags: a page without it skips the pattern's scan
// of every line.
const CONTRIBUTED_WORD = /contributed/iu;

/** Spans of the byline and credit lines in `text`. */
export function bylines(text: string): Span[] {
  const out: Span[] = [];
  if (CONTRIBUTED_WORD.test(text))
    for (const m of text.matchAll(CONTRIBUTED)) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(BYLINE)) {
    // "By Tuesday, talks had stalled" is a sentence: a byline has no lower-case run of more than two words.
    if (/(?:\b\p{Ll}+\b[ ,]+){3}/u.test(m[0].replace(/^[\s\S]*?\bby\s/iu, ''))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
