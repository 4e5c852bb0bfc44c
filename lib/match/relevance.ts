import { bm25, type QueryTerm } from './bm25';
import { namedEntities } from './entities';
import { contentTerms } from './terms';

/** How much more a shared named entity counts than a shared plain word: names pin a topic down. */
export const ENTITY_WEIGHT = 2;

/** How one stored text relates in topic to the page quote. */
export interface Relevance {
  /** BM25 over stemmed words plus entity terms; 0 when nothing is shared. */
  score: number;
  /** score over the query's yardstick: about 1 when the text covers the quote's words once each. */
  strength: number;
  /** The quote's content words the text also uses, as the quote writes them. */
  sharedWords: string[];
  /** The named entities both mention, as the quote writes them. */
  sharedEntities: string[];
}

/** A text reduced to what relevance compares: stems, then entity terms prefixed so they never meet a word. */
export interface Analysed {
  terms: string[];
  words: Map<string, string>;
  entities: Map<string, string>;
}

/** How many analysed texts to remember: a large library, so hovering quote after quote re-reads nothing. */
const CACHE_SIZE = 20_000;
const cache = new Map<string, Analysed>();

/** Stems and entities of one text, remembered per text (results never change, only the time they take). */
export function analyse(text: string): Analysed {
  const hit = cache.get(text);
  if (hit) return hit;
  const fresh = analyseText(text);
  const oldest = cache.keys().next();
  if (cache.size >= CACHE_SIZE && !oldest.done) cache.delete(oldest.value);
  cache.set(text, fresh);
  return fresh;
}

function analyseText(text: string): Analysed {
  const words = new Map<string, string>();
  const terms: string[] = [];
  for (const t of contentTerms(text)) {
    terms.push(t.stem);
    if (!words.has(t.stem)) words.set(t.stem, t.word);
  }
  const entities = new Map(namedEntities(text).map((e) => [e.key, e.label]));
  for (const key of entities.keys()) terms.push(`@${key}`);
  return { terms, words, entities };
}

/**
 * Topical relevance of each text to the page quote, in input order: BM25 where the quote is the query, its
 * named entities weighted ENTITY_WEIGHT times a word.
 */
export function relevanceTo(quoteText: string, texts: Array<string | Analysed>): Relevance[] {
  const q = analyse(quoteText);
  const query: QueryTerm[] = [
    ...[...q.words.keys()].map((term) => ({ term, weight: 1 })),
    ...[...q.entities.keys()].map((key) => ({ term: `@${key}`, weight: ENTITY_WEIGHT })),
  ];
  const docs = texts.map((t) => (typeof t === 'string' ? analyse(t) : t));
  const { scores, yardstick } = bm25(
    query,
    docs.map((d) => d.terms),
  );
  return docs.map((d, i) => {
    const score = scores[i] ?? 0;
    if (score === 0) return { score, strength: 0, sharedWords: [], sharedEntities: [] };
    return {
      score,
      strength: yardstick > 0 ? score / yardstick : 0,
      sharedWords: [...q.words].filter(([stem]) => d.words.has(stem)).map(([, word]) => word),
      sharedEntities: [...q.entities].filter(([key]) => d.entities.has(key)).map(([, label]) => label),
    };
  });
}
