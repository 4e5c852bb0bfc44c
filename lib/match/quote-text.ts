/**
 * Quote text comparison that ignores what reporting changes without changing the words: curly vs straight
 * marks, dashes, case, punctuation and ellipses, so a page fragment is found inside a stored statement.
 */

/** How many texts' words to remember: every matcher reads every statement of a speaker on every hover. */
const CACHE_SIZE = 20_000;
const cache = new Map<string, string>();

/** Words of a quote, lowercased, accents and punctuation gone, one space apart. */
export function quoteWords(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const words = readWords(text);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, words);
  return words;
}

function readWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .trim();
}

/**
 * Whether a page quote is (part of) a stored statement: every ellipsis-separated piece of the shorter text
 * appears in the longer (three words at least), so "Ukraine is no exception." matches a statement that quotes more.
 */
export function sameWords(pageQuote: string, statement: string): boolean {
  const [short, long] = pageQuote.length <= statement.length ? [pageQuote, statement] : [statement, pageQuote];
  const haystack = ` ${quoteWords(long)} `;
  const pieces = short
    .split(/\.\.\.|…|\[\s*\.\.\.\s*\]/)
    .map(quoteWords)
    .filter((p) => p.split(' ').length >= 2);
  // Fewer than three words ("is no", "Ukraine") are too common to claim a statement.
  const words = pieces.reduce((n, p) => n + p.split(' ').length, 0);
  return words >= 3 && pieces.every((p) => haystack.includes(` ${p} `));
}
