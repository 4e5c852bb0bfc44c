/**
 * Lower case for words read from the text. Most words of a page are already lower case: handing back the very
 * string spares an allocation per word, and lets every later Set or Map lookup reuse the one hash the engine
 * keeps on it.
 */

/** True when `s` holds nothing but ASCII, so case and accent folding reduce to the ASCII rules. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** `word.toLowerCase()`, the same string itself when it holds no capital and nothing beyond ASCII. */
export function lower(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
  }
  return word;
}
