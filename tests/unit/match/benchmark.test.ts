import { describe, expect, it } from 'vitest';
import { findAlteredQuote } from '@/lib/match/diff';
import { rankWithReasons } from '@/lib/match/rank';
import { findRecycledQuote } from '@/lib/match/recycled';
import { findTensions } from '@/lib/match/tension';
import type { StatementLike } from '@/lib/match/types';

/** A speaker with thousands of statements on a few topics, worded alike: the hard case for every matcher. */
function library(size: number): StatementLike[] {
  const topics = 'sovereignty trade security talks peace border economy climate growth market energy rights'.split(' ');
  const names = ['Ukraine', 'Russia', 'Taiwan', 'the United States', 'NATO', 'the Munich Security Conference'];
  return Array.from({ length: size }, (_, i) => ({
    id: `s${i}`,
    date: `20${10 + (i % 12)}-0${1 + (i % 9)}-01`,
    text: `On ${names[i % names.length]} we said the ${topics[i % topics.length]} and ${topics[(i * 7) % topics.length]} of all countries must be respected, and ${topics[(i * 5) % topics.length]} protected. ${i % 3 ? 'We support it.' : 'We oppose it.'}`,
  }));
}

describe('matching a quote against a large library (timings printed, not asserted)', () => {
  const statements = library(5000);
  const quote = 'On Ukraine we said the sovereignty and trade of all countries may be respected. We oppose it.';

  it.each([
    ['rank', () => rankWithReasons(statements, [], quote).length],
    ['tension', () => findTensions({ text: quote }, statements).length],
    ['altered', () => (findAlteredQuote(quote, statements) ? 1 : 0)],
    ['recycled', () => (findRecycledQuote(statements[12]!.text, statements, '2024-06-01') ? 1 : 0)],
  ] as const)('%s', (name, run) => {
    const t0 = performance.now();
    const first = run();
    const t1 = performance.now();
    const again = run();
    const t2 = performance.now();
    console.log(
      `${name}: ${statements.length} statements, ${(t1 - t0).toFixed(0)} ms cold, ${(t2 - t1).toFixed(0)} ms warm`,
    );
    expect(again).toBe(first);
    expect(first).toBeGreaterThan(0);
  });
});
