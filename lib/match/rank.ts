import { sameWords } from './quote-text';
import { type Relevance, relevanceTo } from './relevance';
import type { RelationLike, StatementLike } from './types';

/** Knobs for ranking. */
export interface RankOptions {
  /** Leave out statements whose words are the page quote itself (the card shows what was said before). */
  excludeSame?: boolean;
}

/** A ranked statement with why it ranks where it does, for callers that show or reuse the reasons. */
export interface Ranked<S> {
  statement: S;
  /** 0: a person related it to this quote's statement; 1: related to another statement; 2: not related. */
  tier: 0 | 1 | 2;
  relevance: Relevance;
}

/** The stored statements whose words are this page quote (or contain it), so the card can say "on record". */
export function findSameStatements<S extends StatementLike>(statements: S[], quoteText: string): S[] {
  return statements.filter((s) => sameWords(quoteText, s.text));
}

/**
 * Orders a speaker's statements for the card: first those a person related to this quote's own statement
 * (a human judgement beats any score), then by topical relevance to the quote (BM25 with shared names
 * weighted up), then statements someone related to another before unrelated ones, then newest first.
 * Being related to some other statement says a statement matters, not that it is about this quote, so it
 * only breaks ties of relevance.
 */
export function rankWithReasons<S extends StatementLike>(
  statements: S[],
  relations: RelationLike[],
  quoteText: string,
  options: RankOptions = {},
): Ranked<S>[] {
  const same = new Set(findSameStatements(statements, quoteText).map((s) => s.id));
  const relatedToQuote = new Set<string>();
  const related = new Set<string>();
  for (const r of relations) {
    if (!r.labelledBy) continue;
    related.add(r.fromId).add(r.toId);
    if (same.has(r.fromId)) relatedToQuote.add(r.toId);
    if (same.has(r.toId)) relatedToQuote.add(r.fromId);
  }
  const tier = (s: S): Ranked<S>['tier'] =>
    relatedToQuote.has(s.id) && !same.has(s.id) ? 0 : related.has(s.id) ? 1 : 2;
  const kept = statements.filter((s) => !(options.excludeSame && same.has(s.id)));
  const relevance = relevanceTo(
    quoteText,
    kept.map((s) => s.text),
  );
  return kept
    .flatMap((s, i) => {
      const r = relevance[i];
      return r ? [{ statement: s, tier: tier(s), relevance: r, i }] : [];
    })
    .sort(
      (a, b) =>
        Number(b.tier === 0) - Number(a.tier === 0) ||
        b.relevance.score - a.relevance.score ||
        a.tier - b.tier ||
        byDateDesc(a.statement.date, b.statement.date) ||
        a.i - b.i,
    )
    .map(({ i: _i, ...r }) => r);
}

function byDateDesc(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? 1 : -1;
}
