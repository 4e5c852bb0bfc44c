import { type Cue, type CueSentence, findCues, readSentence } from './disagreement-cues';
import { hashText } from './hash';
import { quoteWords, sameWords } from './quote-text';
import { relevanceTo } from './relevance';
import { type Sentence, splitSentences, stemSet } from './terms';
import type { StatementLike, TensionReason } from './types';

/** Distinct shared words and names a statement needs with the quote to count as the same topic. */
export const MIN_SHARED_TOPIC = 2;

/** Or: how much of the quote's BM25 weight a statement must cover (1 is "all of it, once"). */
export const MIN_TOPIC_STRENGTH = 0.3;

/** How many of the most relevant statements are read sentence by sentence: the card shows only a few. */
export const TENSION_CANDIDATES = 60;

/** Longest excerpt, in words; a longer sentence is cut around its cue. */
export const EXCERPT_WORDS = 40;

/**
 * A possible tension between the page quote and an earlier statement of the same speaker. Always a
 * suggestion for the reader to weigh, never a verdict: wording shifts for many honest reasons.
 */
export interface TensionSuggestion<S extends StatementLike = StatementLike> {
  kind: 'suggestion';
  /** Stable key to remember a dismissal by (see tensionKey). */
  key: string;
  statement: S;
  /** The page quote's sentence that carries the cue. */
  pageExcerpt: string;
  /** The earlier statement's sentence that carries the cue. */
  earlierExcerpt: string;
  cues: Cue[];
  /** What the two share, as the quote writes it: why they count as one topic. */
  shared: string[];
  /** What is shared and which words pull apart, as a code the card words in the reader's language. */
  reason: TensionReason;
}

/**
 * The key a dismissed suggestion is remembered by: the pair of statement ids when the page quote is itself on
 * record (so the dismissal holds wherever the quote appears), else a hash of the quote's words and the
 * earlier statement's id. Marks, case and spacing do not change it.
 */
export function tensionKey(quote: { text: string; statementId?: string | null }, earlierId: string): string {
  if (quote.statementId) return `pair:${[quote.statementId, earlierId].sort().join('|')}`;
  return `quote:${hashText(quoteWords(quote.text))}|${earlierId}`;
}

interface Read {
  sentence: Sentence;
  words: CueSentence;
  stems: Set<string>;
}

function readAll(text: string): Read[] {
  return splitSentences(text).map((sentence) => ({
    sentence,
    words: readSentence(sentence.text),
    stems: stemSet(sentence.text),
  }));
}

/** Two sentences are on one topic when they share two content words, or one that is half the shorter. */
function sameTopic(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared >= 2 || (shared >= 1 && shared / Math.min(a.size, b.size) >= 0.5);
}

/** The sentence, cut to EXCERPT_WORDS around the cue's first word when it is longer. */
export function excerpt(sentence: string, cue: string): string {
  const words = sentence.split(/\s+/);
  if (words.length <= EXCERPT_WORDS) return sentence;
  const first = quoteWords(cue).split(' ')[0] ?? '';
  const at = Math.max(
    0,
    words.findIndex((w) => quoteWords(w) === first),
  );
  const from = Math.max(0, Math.min(at - Math.floor(EXCERPT_WORDS / 2), words.length - EXCERPT_WORDS));
  const cut = words.slice(from, from + EXCERPT_WORDS).join(' ');
  return `${from > 0 ? '… ' : ''}${cut}${from + EXCERPT_WORDS < words.length ? ' …' : ''}`;
}

/** The reason as data: the first three shared words and every cue, worded later by the card. */
export function describe(cues: Cue[], shared: string[]): TensionReason {
  return {
    code: 'shared-topic',
    shared: shared.slice(0, 3),
    pulls: cues.map((c) => ({ code: c.kind, page: c.page, earlier: c.earlier })),
  };
}

/**
 * Earlier statements that may sit in tension with the page quote: same topic (shared words and names,
 * BM25-weighted), and in the sentences that share the most, opposite cues — a negation flipped, opposite
 * words, firmness changed, or an exception where there was none. Strongest overlap first.
 */
export function findTensions<S extends StatementLike>(
  quote: { text: string; statementId?: string | null },
  statements: S[],
): TensionSuggestion<S>[] {
  const candidates = statements.filter((s) => s.id !== quote.statementId && !sameWords(quote.text, s.text));
  const relevance = relevanceTo(
    quote.text,
    candidates.map((s) => s.text),
  );
  const pageRead = readAll(quote.text);
  const out: Array<TensionSuggestion<S> & { score: number }> = [];
  const top = candidates
    .flatMap((statement, i) => {
      const r = relevance[i];
      return r ? [{ statement, r }] : [];
    })
    .filter(({ r }) => r.score > 0)
    .sort((a, b) => b.r.score - a.r.score)
    .slice(0, TENSION_CANDIDATES);
  for (const { statement, r } of top) {
    // A word that is also a name is shown as the name ("Crimea", not "crimea").
    const names = new Map(r.sharedEntities.map((e) => [e.toLowerCase(), e]));
    const shared = [...new Set([...r.sharedWords.map((w) => names.get(w) ?? w), ...r.sharedEntities])];
    if (shared.length < MIN_SHARED_TOPIC && r.strength < MIN_TOPIC_STRENGTH) continue;
    let best: { cues: Cue[]; page: Read; earlier: Read } | null = null;
    for (const earlier of readAll(statement.text)) {
      for (const page of pageRead) {
        if (!sameTopic(page.stems, earlier.stems)) continue;
        const cues = findCues(page.words, earlier.words);
        if (cues.length > (best?.cues.length ?? 0)) best = { cues, page, earlier };
      }
    }
    const cue = best?.cues[0];
    if (!best || !cue) continue;
    out.push({
      kind: 'suggestion',
      key: tensionKey(quote, statement.id),
      statement,
      pageExcerpt: excerpt(best.page.sentence.text, cue.page),
      earlierExcerpt: excerpt(best.earlier.sentence.text, cue.earlier),
      cues: best.cues,
      shared,
      reason: describe(best.cues, shared),
      score: r.score,
    });
  }
  return out.sort((a, b) => b.score - a.score).map(({ score: _s, ...t }) => t);
}
