/**
 * Finds the words the tokenizer reads without building a match object per word: the word pattern runs sticky
 * from each word's first letter, which is where a global search for it would find its next match (both of its
 * branches open with a letter or digit). Allocating one match per word made the tokenizer the top cost of
 * detection and a large share of its garbage.
 */

/** The tokenizer's word: initials ("U.S."), or letters and digits joined by apostrophes or hyphens, and a dot. */
export const WORD_SOURCE = String.raw`\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{N}]+(?:[\u2019'-][\p{L}\p{N}]+)*\.?`;

const WORD_AT = new RegExp(WORD_SOURCE, 'uy');
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;

/** Where a word was found: reused from word to word. */
export interface WordSpan {
  start: number;
  end: number;
}

/** True for the ASCII letters and digits, the only ASCII characters in \p{L} or \p{N}. */
function asciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** The first position at or after `i` and before `to` where a word starts, stepping by code point; -1 if none. */
function wordStart(text: string, i: number, to: number): number {
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (asciiWordChar(c)) return i;
      i++;
      continue;
    }
    LETTER_OR_DIGIT_AT.lastIndex = i;
    if (LETTER_OR_DIGIT_AT.test(text)) return i;
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const low = pair ? text.charCodeAt(i + 1) : 0;
    i += low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
  }
  return -1;
}

/** Finds the next word starting at or after `from` and before `to` into `span`; false when there is none. */
export function nextWord(text: string, from: number, to: number, span: WordSpan): boolean {
  for (let i = from; ; ) {
    const start = wordStart(text, i, to);
    if (start < 0) return false;
    WORD_AT.lastIndex = start;
    if (WORD_AT.test(text)) {
      span.start = start;
      span.end = WORD_AT.lastIndex;
      return true;
    }
    i = start + 1; // unreachable in practice: a letter or digit always makes a word
  }
}
