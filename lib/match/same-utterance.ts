/**
 * One utterance, one statement: whether a quote read on a page (or in a pack) is another report of a stored
 * statement of the same speaker. Pure; the capture and import paths both ask it.
 */
import { quoteWords, sameWords } from './quote-text';

/** What the rule reads from a statement: its words and the addresses it was reported at. */
export interface UtteranceLike {
  text: string;
  sources: { url: string }[];
}

/**
 * The stored statement a fresh capture is another report of, among the same speaker's: the same words
 * (normalised), else one that contains the quote or is contained in it (three words at least, as the card's
 * "on record" reads it), preferring one already sourced to the same page, then the longest. One utterance stays
 * one statement, however much of it a page quotes.
 */
export function findSameUtterance<S extends UtteranceLike>(fresh: UtteranceLike, said: S[]): S | undefined {
  const words = quoteWords(fresh.text);
  const exact = said.find((s) => quoteWords(s.text) === words);
  if (exact) return exact;
  const overlapping = said.filter((s) => sameWords(fresh.text, s.text));
  if (overlapping.length === 0) return undefined;
  const urls = new Set(fresh.sources.map((s) => s.url));
  const sameSource = overlapping.find((s) => s.sources.some((src) => urls.has(src.url)));
  return sameSource ?? overlapping.reduce((a, b) => (b.text.length > a.text.length ? b : a));
}
