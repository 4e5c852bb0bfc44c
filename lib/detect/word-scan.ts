/**
 * Finds the words of a text as the word pattern does, reading plain ASCII by character code. The pattern
 * builds a match object per word and tests Unicode classes at every character; most of a news page is ASCII,
 * so the pattern now runs only where a character beyond ASCII could change the answer.
 */

/** Letters and numbers, capitals, and initials with their stops ("U.S."), or words joined by ' ’ -. */
export const WORD = /\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{N}]+(?:[\u2019'-][\p{L}\p{N}]+)*\.?/gu;

/** Where the last word found starts and ends; one shared record, so finding a word allocates nothing. */
export const found = { start: 0, end: 0 };

const BEYOND = -1;

/** 1 for an ASCII letter or digit, 0 for any other ASCII character, BEYOND past ASCII or the text's end. */
function kind(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (!(c < 128)) return BEYOND;
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
}

const upper = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
};

/** The end of initials ("U.S.") starting at `i`, 0 when there are none, BEYOND when ASCII cannot tell. */
function initialsEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    if (!upper(text, j) || text.charCodeAt(j + 1) !== 46) break;
    j += 2;
  }
  if (kind(text, j) === BEYOND && j < text.length) return BEYOND;
  return j - i >= 4 ? j : 0;
}

/** The end of the letters-and-joiners word starting at `i`, or BEYOND when ASCII cannot tell. */
function plainEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    let k = kind(text, j);
    while (k === 1) k = kind(text, ++j);
    if (k === BEYOND) return j < text.length ? BEYOND : j;
    const c = text.charCodeAt(j);
    if (c !== 39 && c !== 45) break;
    const after = kind(text, j + 1);
    if (after === BEYOND && j + 1 < text.length) return BEYOND;
    if (after !== 1) break;
    j++;
  }
  return text.charCodeAt(j) === 46 ? j + 1 : j;
}

/** The pattern itself from `from`: for the rare stretch where a character beyond ASCII matters. */
function byPattern(text: string, from: number): boolean {
  WORD.lastIndex = from;
  const m = WORD.exec(text);
  if (!m) return false;
  found.start = m.index;
  found.end = m.index + m[0].length;
  return true;
}

/** Finds the first word at or after `from` into `found`, as `WORD` would; false when none is left. */
export function nextWord(text: string, from: number): boolean {
  let i = from;
  for (;;) {
    const k = kind(text, i);
    if (k === 1) break;
    if (k === BEYOND) return i < text.length && byPattern(text, i);
    i++;
  }
  const initials = upper(text, i) && text.charCodeAt(i + 1) === 46 ? initialsEnd(text, i) : 0;
  const end = initials === 0 ? plainEnd(text, i) : initials;
  if (end === BEYOND) return byPattern(text, i);
  found.start = i;
  found.end = end;
  return true;
}
