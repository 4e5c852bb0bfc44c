/**
 * The words the library's search indexes hold. Derived from records on every write (and by the v2 upgrade for
 * records written before), so a search is a prefix query on a multi-entry index, not a scan.
 */
import { foldTransliteration, normaliseName } from '@/lib/match/name-keys';
import { quoteWords } from '@/lib/match/quote-text';

/** Enough distinct words to find any statement; a 20,000-character speech does not need 3,000 index entries. */
const MAX_WORDS = 400;

/** Distinct words of a statement, lowercased and accent-free, one-letter words left out. */
export function statementWords(text: string): string[] {
  return plainWords(text) ?? foldedWords(text);
}

/** The general reading: quoteWords' Unicode folding (NFKD, marks dropped), then the index's rules. */
export function foldedWords(text: string): string[] {
  const words = new Set<string>();
  for (const w of quoteWords(text).split(' ')) {
    if (w.length > 1) words.add(w.replace(/'/g, ''));
    if (words.size >= MAX_WORDS) break;
  }
  return [...words];
}

/**
 * Characters quoteWords folds to nothing but a separator or an apostrophe: with only these and ASCII, a text
 * needs no Unicode normalisation, so its words are read in one pass over its characters (several times faster,
 * which is what building the manager's index over 100,000 statements spends its time on).
 */
const NOT_PLAIN = /[^\t\n\r\u0020-\u007e\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/;

/** The same words as foldedWords for plain text (ASCII and typographic marks), or null for any other text. */
export function plainWords(text: string): string[] | null {
  if (NOT_PLAIN.test(text)) return null;
  const words = new Set<string>();
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n && words.size < MAX_WORDS) {
    // A run of letters, digits and apostrophes (straight, back-tick or curly) is one word of quoteWords.
    while (i < n && !isWordChar(lower.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isWordChar(lower.charCodeAt(i))) i++;
    let from = start;
    let to = i;
    // quoteWords drops apostrophes at either end of a word; the index drops the ones inside too.
    while (from < to && isApostrophe(lower.charCodeAt(from))) from++;
    while (to > from && isApostrophe(lower.charCodeAt(to - 1))) to--;
    if (to - from > 1) words.add(stripApostrophes(lower.slice(from, to)));
  }
  return [...words];
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || isApostrophe(c);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 96 || c === 0x2018 || c === 0x2019;
}

function stripApostrophes(word: string): string {
  for (let i = 0; i < word.length; i++)
    if (isApostrophe(word.charCodeAt(i))) return word.replace(/['`\u2018\u2019]/g, '');
  return word;
}

/** Name and alias tokens as written and as transliteration-folded, so "Sergei" and "Sergey" both find Lavrov. */
export function personWords(person: { name: string; aliases: string[] }): string[] {
  const words = new Set<string>();
  for (const name of [person.name, ...person.aliases]) {
    for (const t of normaliseName(name).split(' ')) {
      if (!t) continue;
      words.add(t);
      words.add(foldTransliteration(t));
    }
  }
  return [...words];
}

/** The words of what a reader typed, in the index's spelling. */
export function queryWords(query: string): string[] {
  return quoteWords(query)
    .split(' ')
    .map((w) => w.replace(/'/g, ''))
    .filter(Boolean);
}
