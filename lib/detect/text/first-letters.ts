/**
 * A whole-page pattern that opens with a lookbehind (`(?<![\p{L}])ministère…`) tests that costly Unicode
 * lookbehind at every character of the page. Put first, a lookahead on the characters its words can start with
 * lets the engine pass over every other position at once, and finds exactly the same matches.
 */

/**
 * `(?=[…])`: a lookahead for the first characters of `words`, escaped for a character class; empty (no
 * lookahead) when a word is empty or opens with half of a surrogate pair, where a class of one unit would not do.
 */
export function startsWithOneOf(words: readonly string[]): string {
  if (words.some((w) => !w || (w.charCodeAt(0) >= 0xd800 && w.charCodeAt(0) <= 0xdfff))) return '';
  const firsts = new Set(words.map((w) => w.charAt(0)));
  return `(?=[${[...firsts].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}])`;
}
