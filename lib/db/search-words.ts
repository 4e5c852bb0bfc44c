/**
 * The words the library's search indexes hold. Derived from records on every write (and by the v2 upgrade for
 * records written before), so a search is a prefix query on a multi-entry index, not a scan.
 */
import { foldTransliteration, normaliseName } from '../match/names';
import { quoteWords } from '../match/quote-text';

/** Enough distinct words to find any statement; a 20,000-character speech does not need 3,000 index entries. */
const MAX_WORDS = 400;

/** Distinct words of a statement, lowercased and accent-free, one-letter words left out. */
export function statementWords(text: string): string[] {
  const words = new Set<string>();
  for (const w of quoteWords(text).split(' ')) {
    if (w.length > 1) words.add(w.replace(/'/g, ''));
    if (words.size >= MAX_WORDS) break;
  }
  return [...words];
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
