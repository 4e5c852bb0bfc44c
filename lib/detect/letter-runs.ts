/**
 * The runs of letters of a text, as `/\p{L}+/gu` finds them, read by character code over ASCII. Language
 * guessing counts the function words of every page's first few thousand characters; the pattern built a
 * match per word there, and a word longer than any function word need not be cut out at all.
 */

const LETTERS = /\p{L}+/gu;

const asciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * Calls `visit` with each run of letters of `s` in order, skipping (unread) the ASCII runs longer than `longest`.
 * Where a character beyond ASCII could be a letter the pattern itself decides.
 */
export function eachLetterRun(s: string, longest: number, visit: (word: string) => void): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 128 && !asciiLetter(c)) {
      i++;
      continue;
    }
    let j = i;
    if (c < 128) while (j < n && asciiLetter(s.charCodeAt(j))) j++;
    if (c >= 128 || (j < n && s.charCodeAt(j) >= 128)) {
      LETTERS.lastIndex = i;
      const m = LETTERS.exec(s);
      if (!m) return;
      visit(m[0]);
      i = m.index + m[0].length;
      continue;
    }
    if (j - i <= longest) visit(s.slice(i, j));
    i = j;
  }
}
