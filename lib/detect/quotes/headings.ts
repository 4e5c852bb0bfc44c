/**
 * Crossheads break an article into sections: a short paragraph with no sentence punctuation of its own,
 * often a quote lifted from the section below ("« On ne lutte pas contre la mer »"). A run of quotes by one
 * speaker does not carry over one, and a crosshead takes no speaker from the run before it.
 */

// Longest paragraph read as a crosshead.
const MAX_HEADING = 100;
const MARKS = /["'\u00ab\u00bb\u201c\u201d\u201e\u2018\u2019\u203a\u2039\s]+/gu;

/** True when text [start, end) is a paragraph of its own that reads as a crosshead. */
function isHeading(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end).replace(MARKS, ' ').trim();
  return line.length > 0 && end - start <= MAX_HEADING && /[\p{L}\p{N}]$/u.test(line);
}

/** True when a whole paragraph lying between `from` and `to` reads as a crosshead. */
export function crossesHeading(text: string, from: number, to: number): boolean {
  let at = text.indexOf('\n', from);
  while (at >= 0 && at < to) {
    const next = text.indexOf('\n', at + 1);
    if (next < 0 || next > to) return false;
    if (isHeading(text, at + 1, next)) return true;
    at = next;
  }
  return false;
}

// The characters MARKS takes besides white space: quotation marks and apostrophes.
const MARK_CODES = new Set([0x22, 0x27, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x2018, 0x2019, 0x203a, 0x2039]);
const SPACE = /\s/u;

/**
 * True when text [from, to) holds nothing but what MARKS takes (what `!slice.replace(MARKS, '')` says), read
 * in place: the text before a quote in its paragraph is most often words, and the first one settles it.
 */
function onlyMarks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (MARK_CODES.has(c) || c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !SPACE.test(text.charAt(i))) return false;
  }
  return true;
}

/** True when the quote spanning [start, end) is its paragraph, and that paragraph reads as a crosshead. */
export function headingQuote(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const to = nl < 0 ? text.length : nl;
  return onlyMarks(text, from, start) && onlyMarks(text, end, to) && isHeading(text, from, to);
}
