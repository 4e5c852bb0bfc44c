import { alignWithin } from './align';
import { hasWords, quoteWords, sameWords } from './quote-text';
import type { StatementLike } from './types';
import type { DiffOp } from './word-diff';

export type { DiffOp, DiffOpType } from './word-diff';

/** How alike (0..1, twice the shared words over both lengths) a page quote and a stored quote must be. */
export const ALTERED_MIN_SIMILARITY = 0.7;

/** How many stored quotes sharing the most words are diffed: the closest is among them. */
export const ALTERED_CANDIDATES = 40;

/** Shorter quotes match too many things by chance to call them altered. */
export const ALTERED_MIN_WORDS = 4;

/** The mark an omission leaves in a quote: "…", "...", "[...]". */
export const ELLIPSIS = '…';

/** An omission in the stored quote, kept apart from the page's so the two never pair up as shared words. */
export const STORED_ELLIPSIS = '[…]';

const isGap = (w: string) => w === ELLIPSIS || w === STORED_ELLIPSIS;

/** A page quote compared with one stored quote, over the part of the stored text the page quotes. */
export interface QuoteComparison {
  /** Twice the shared words over page words plus stored words in the quoted part. */
  similarity: number;
  /** The diff from the stored words (quoted part only) to the page words. */
  ops: DiffOp[];
  /** Whether any word differs, leaving aside what an ellipsis on the page stands for. */
  changed: boolean;
}

/** A page quote that differs from a stored quote of the same person in a few words. */
export interface AlteredQuote<S extends StatementLike = StatementLike> {
  statement: S;
  similarity: number;
  ops: DiffOp[];
}

/** A quote's words as written, punctuation attached, each omission mark a token of its own. */
export function diffTokens(text: string): string[] {
  return text
    .replace(/\[\s*(?:\.\s*){3}\]|\.\s*\.\s*\.|…/g, ` ${ELLIPSIS} `)
    .split(/\s+/)
    .filter((t) => t === ELLIPSIS || quoteWords(t) !== '');
}

const keyOf = (w: string) => (isGap(w) ? w : quoteWords(w));

/** Whether an op only stands for words left out with a mark, on the page or in the stored quote. */
export function isElision(op: DiffOp): boolean {
  if (op.type === 'equal') return false;
  return op.to.length > 0 ? op.to.every(isGap) : op.from.every(isGap);
}

/** Compares a page quote with the part of a stored quote it quotes (see alignWithin). */
export function compareQuote(pageText: string, storedText: string): QuoteComparison {
  const page = diffTokens(pageText);
  const stored = diffTokens(storedText).map((w) => (w === ELLIPSIS ? STORED_ELLIPSIS : w));
  const ops = alignWithin(stored, page, keyOf, isGap);
  const shared = ops.reduce((n, op) => n + (op.type === 'equal' ? op.from.length : 0), 0);
  const quoted = ops.reduce((n, op) => n + (isElision(op) ? 0 : op.from.filter((w) => !isGap(w)).length), 0);
  const total = page.filter((w) => !isGap(w)).length + quoted;
  return {
    similarity: total > 0 ? (2 * shared) / total : 0,
    ops,
    changed: ops.some((op) => op.type !== 'equal' && !isElision(op)),
  };
}

/**
 * Share of the page's words a stored text uses at all: a cheap filter before the diff. With `floor`, gives
 * up (returning 0) as soon as too many words are missing to reach it: most of a speaker's statements miss
 * after a few words, and a hover reads them all.
 */
export function wordCoverage(pageKeys: string[], storedText: string, floor = 0): number {
  if (pageKeys.length === 0) return 0;
  const stored = quoteWords(storedText);
  const allowed = pageKeys.length - Math.ceil(floor * pageKeys.length - 1e-9);
  let missing = 0;
  for (const k of pageKeys) if (!hasWords(stored, k) && ++missing > allowed) return 0;
  return (pageKeys.length - missing) / pageKeys.length;
}

/** The page quote's words as the diff compares them, omission marks left out. */
export function pageKeys(pageText: string): string[] {
  return diffTokens(pageText)
    .filter((w) => w !== ELLIPSIS)
    .map(keyOf);
}

/**
 * The stored quote of this person that the page quote repeats with a few words changed: similar above
 * ALTERED_MIN_SIMILARITY, yet not the same words. Null when the library holds the quote as it stands (it is
 * on record, not altered) or nothing close.
 */
export function findAlteredQuote<S extends StatementLike>(pageText: string, statements: S[]): AlteredQuote<S> | null {
  const keys = pageKeys(pageText);
  if (keys.length < ALTERED_MIN_WORDS) return null;
  if (statements.some((s) => sameWords(pageText, s.text))) return null;
  // Similarity s needs at least s / (2 - s) of the page's words in the stored text.
  const floor = ALTERED_MIN_SIMILARITY / (2 - ALTERED_MIN_SIMILARITY);
  const close = statements
    .map((statement) => ({ statement, cover: wordCoverage(keys, statement.text, floor) }))
    .filter((c) => c.cover >= floor)
    .sort((a, b) => b.cover - a.cover)
    .slice(0, ALTERED_CANDIDATES);
  let best: AlteredQuote<S> | null = null;
  for (const { statement } of close) {
    const c = compareQuote(pageText, statement.text);
    if (!c.changed) return null;
    if (c.similarity >= ALTERED_MIN_SIMILARITY && c.similarity > (best?.similarity ?? 0))
      best = { statement, similarity: c.similarity, ops: c.ops };
  }
  return best;
}
