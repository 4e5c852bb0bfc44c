/**
 * The tokens of a text with some spans blanked out (credit lines), taken from the tokens of the whole text
 * instead of a second pass of the word pattern over it. Blanking only turns characters into spaces, so every
 * word outside the spans reads the same, as long as no word runs across a span's edge.
 */

import type { Span } from '@/lib/detect/types';
import { mayBeInWord, type Token } from './tokens';

/** True where no word can be: past either end of `text`, or a character no word holds (white space, brackets). */
function inert(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return true;
  // Half of a surrogate pair says nothing alone: it may be half of a letter.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return !mayBeInWord(text.charAt(at));
}

/** True when no word of `text` can run across offset `at`: one of the characters beside it is never in a word. */
function cleanEdge(text: string, at: number): boolean {
  return inert(text, at - 1) || inert(text, at);
}

/**
 * `tokens` (of `text`) without those inside `spans`, renumbered: what tokenising `text` with the spans blanked
 * gives. Null when a span edge falls where a word could cross it; the caller then tokenises the blanked text.
 */
export function tokensOutside(text: string, tokens: Token[], spans: Span[]): Token[] | null {
  for (const s of spans) if (!cleanEdge(text, s.start) || !cleanEdge(text, s.end)) return null;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Token[] = [];
  let k = 0;
  for (const t of tokens) {
    while (k < sorted.length && (sorted[k]?.end ?? 0) <= t.start) k++;
    // Spans are sorted by start but may nest: any later span starting before the token's end could hold it.
    let inside = false;
    for (let j = k; j < sorted.length; j++) {
      const s = sorted[j];
      if (!s || s.start >= t.end) break;
      if (s.end > t.start) inside = true;
    }
    if (!inside) out.push({ ...t, index: out.length });
  }
  return out;
}
