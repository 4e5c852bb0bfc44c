import { quoteWords } from './quote-text';
import { stem } from './stem';
import { STOP_WORDS } from './stop-words';

/** A content word of a text: its stem (for comparison) and the word as written (for display). */
export interface Term {
  stem: string;
  word: string;
}

/**
 * The content words of a text in order: lowercased, stop-words and single letters dropped, stemmed. The
 * vocabulary of topical relevance and of sentence overlap.
 */
export function contentTerms(text: string): Term[] {
  const out: Term[] = [];
  for (const word of quoteWords(text).split(' ')) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    const s = stem(word);
    if (s.length >= 2 && !STOP_WORDS.has(s)) out.push({ stem: s, word: word.replace(/'s?$/, '') });
  }
  return out;
}

/** The distinct stems of a text, for set overlap between sentences. */
export function stemSet(text: string): Set<string> {
  return new Set(contentTerms(text).map((t) => t.stem));
}

/** A sentence of a text and where it begins, so excerpts can quote it whole. */
export interface Sentence {
  text: string;
  start: number;
}

/**
 * Splits a text into sentences at . ! ? (and an ellipsis that ends in a capital), keeping abbreviations such
 * as "U.S." and "Mr." whole because the next word must start with a capital or a quote mark.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|U\.S|U\.K|[A-Z]))[.!?…]+["'”’)]*\s+(?=["'“‘(]?\p{Lu})/gu;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body) out.push({ text: body, start: from + lead });
}
