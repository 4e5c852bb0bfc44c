/**
 * The tokens of a text with some spans blanked out (credit lines), taken from the tokens of the whole text
 * instead of a second pass of the word pattern over it. Blanking only turns characters into spaces, so every
 * word outside the spans reads the same, as long as no word runs across a span's edge.
 */
import type { Token } from './tokens';
import type { Span } from './types';

/** True for a character no word ever holds (white space, brackets, most punctuation), in ASCII. */
function inert(code: number): boolean {
  if (Number.isNaN(code) || code === 9 || code === 10 || code === 13 || code === 32) return true;
  if (code >= 128) return false;
  const wordLike =
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 39 ||
    code === 45 ||
    code === 46;
  return !wordLike;
}

/** True when no word of `text` can run across offset `at`: one of the characters beside it is never in a word. */
function cleanEdge(text: string, at: number): boolean {
  return inert(text.charCodeAt(at - 1)) || inert(text.charCodeAt(at));
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
