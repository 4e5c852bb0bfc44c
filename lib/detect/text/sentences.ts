/**
 * Finds where the sentence around a position starts and ends, without being fooled by
 * abbreviations (Mr., U.S., Gen.) or initials (H. R. McMaster).
 */

const ABBREV =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Inc|Corp|Co|No|vs|etc|Fr|Rev|Mt|Ft)|\b\p{Lu}|\b(?:\p{L}\.)+\p{L})$/u;

// What may close a quote after its full stop: English, German („…“, »…«) and French (« … », after a narrow
// no-break space) closing marks, and Japanese 」』.
const CLOSING = /["'\u201d\u2019\u201c\u2018)\]»«\u300d\u300f\u00a0\u202f]/;
// No sentence a reporter writes runs longer than this; bounding the scans keeps detection linear.
const MAX_SENTENCE = 600;
const NEWLINE = 10;
const FULL_STOP = 46;
const BANG = 33;
const QUESTION = 63;

/** True when the period/!/? at `i` ends a sentence. */
export function endsSentence(text: string, i: number): boolean {
  // Asked of every character a sentence scan passes: told by code, no one-character string per position.
  const code = text.charCodeAt(i);
  if (code === NEWLINE) return text.charCodeAt(i + 1) === NEWLINE || text.charCodeAt(i - 1) === NEWLINE;
  if (code !== FULL_STOP && code !== BANG && code !== QUESTION) return false;
  let j = i + 1;
  while (j < text.length && CLOSING.test(text.charAt(j))) j++;
  if (j < text.length && !/\s/.test(text.charAt(j))) return false;
  while (j < text.length && /[ \u00a0\u202f]/.test(text.charAt(j))) j++;
  if (j >= text.length || text[j] === '\n') return true;
  if (code === FULL_STOP && ABBREV.test(text.slice(Math.max(0, i - 12), i))) {
    // "U.S. officials" continues; "in the U.S. The" ends: only a capitalised next word after an abbreviation is ambiguous.
    return false;
  }
  return /[\p{Lu}\p{N}"'\u201c\u2018\u201e\u201a«»¿¡\u300c\u300e\u2014([]/u.test(text.charAt(j));
}

/** Start of the sentence containing `pos`. */
export function sentenceStart(text: string, pos: number): number {
  const floor = Math.max(0, pos - MAX_SENTENCE);
  for (let i = pos - 1; i >= floor; i--) {
    if (text.charCodeAt(i) === NEWLINE) return i + 1;
    if (endsSentence(text, i)) {
      let j = i + 1;
      while (j < pos && !/\s/.test(text.charAt(j))) j++;
      return j;
    }
  }
  // Past the longest sentence worth reading, start at a word boundary (keeps long run-ons linear).
  if (floor === 0) return 0;
  const space = text.indexOf(' ', floor);
  return space >= 0 && space < pos ? space + 1 : floor;
}

/** End (exclusive) of the sentence containing `pos`. */
export function sentenceEnd(text: string, pos: number): number {
  const ceiling = Math.min(text.length, pos + MAX_SENTENCE);
  for (let i = pos; i < ceiling; i++) {
    if (text.charCodeAt(i) === NEWLINE) return i;
    if (endsSentence(text, i)) {
      let j = i + 1;
      while (j < text.length && CLOSING.test(text.charAt(j))) j++;
      return j;
    }
  }
  return ceiling;
}
