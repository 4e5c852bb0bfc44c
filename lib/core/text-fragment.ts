/**
 * Links that open a source at the statement's own words, with a URL text fragment (`#:~:text=start,end`),
 * which Chromium and Firefox (131+) scroll to and highlight. A browser that cannot find the words, or does not
 * know text fragments, simply opens the page at its top, so a fragment never makes a link worse.
 */

import { encodeComponentSafely } from './unicode';

/** Words kept at each end of a long quote: enough to be unique on a page, short enough to survive edits. */
const EDGE_WORDS = 5;

/** Quotes up to this many words are matched whole. */
const WHOLE_WORDS = 2 * EDGE_WORDS;

// Reporters shorten quotes with an ellipsis; the words on either side are not adjacent on the source page.
const ELLIPSIS = /\s*(?:\u2026|\.\s?\.\s?\.|\[\u2026\]|\[\.\.\.\])\s*/u;

/** Quotation marks and brackets the stored words may carry at their ends but the page may not. */
const EDGE_MARKS =
  /^[\s"'\u2018\u2019\u201c\u201d\u00ab\u00bb\u2039\u203a([]+|[\s"'\u2018\u2019\u201c\u201d\u00ab\u00bb\u2039\u203a)\]]+$/gu;

/** Percent-encodes one text-fragment term; `-`, `,` and `&` are syntax there and must be escaped too. */
function encodeTerm(term: string): string {
  return encodeComponentSafely(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

function wordsOf(segment: string): string[] {
  return segment.replace(EDGE_MARKS, '').split(/\s+/).filter(Boolean);
}

/**
 * The `text=` directive for a quote: the whole quote when short and unbroken, else its first and last few
 * words (across an ellipsis, the first words before it and the last words after it). Null when no words.
 */
export function textDirective(quote: string): string | null {
  const segments = quote
    .split(ELLIPSIS)
    .map(wordsOf)
    .filter((words) => words.length > 0);
  const first = segments[0];
  const last = segments.at(-1);
  if (!first || !last) return null;
  if (segments.length === 1 && first.length <= WHOLE_WORDS) return `text=${encodeTerm(first.join(' '))}`;
  const start = first.slice(0, EDGE_WORDS).join(' ');
  const end = last.slice(-EDGE_WORDS).join(' ');
  return `text=${encodeTerm(start)},${encodeTerm(end)}`;
}

/**
 * The source URL with a text fragment for the quote, for http(s) URLs; anything else comes back unchanged. It is
 * called while rendering, so it never throws: whatever the stored words hold, the worst case is the plain URL.
 */
export function linkToQuote(url: string, quote: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
    const directive = textDirective(quote);
    if (!directive) return url;
    // A fragment directive follows any existing fragment after `:~:`; an older directive is replaced.
    const hash = parsed.hash.replace(/^#/, '').split(':~:')[0];
    parsed.hash = `${hash}:~:${directive}`;
    return parsed.href;
  } catch {
    return url;
  }
}
