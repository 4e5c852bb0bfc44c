import { describe, expect, it } from 'vitest';
import { finishInSteps, finishNow, type Steps } from '@/lib/core/in-steps';
import { mergeRuns } from '@/lib/core/merge-runs';
import { seeded } from '@/scripts/bench/synthetic-library';

/** Sums 0..n-1, yielding after every item. */
function* sum(n: number): Steps<number> {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += i;
    yield;
  }
  return total;
}

describe('work in steps', () => {
  it('gives the same result at once and in steps, pausing only once a slice has run its time', async () => {
    let pauses = 0;
    const pause = async () => void pauses++;
    expect(await finishInSteps(sum(500), pause, 0)).toBe(finishNow(sum(500)));
    expect(pauses).toBe(500);
    pauses = 0;
    await finishInSteps(sum(500), pause, 60_000);
    expect(pauses).toBe(0);
  });
});

interface Item {
  key: number;
  at: number;
}

const byKey = (a: Item, b: Item) => a.key - b.key;

/** `count` items with keys among `distinct` values, cut into runs of `size`, each run sorted stably. */
function runsOf(count: number, distinct: number, size: number, seed: number): { items: Item[]; runs: Item[][] } {
  const rand = seeded(seed);
  const items = Array.from({ length: count }, (_, at) => ({ key: Math.floor(rand() * distinct), at }));
  const runs: Item[][] = [];
  for (let i = 0; i < count; i += size) runs.push(items.slice(i, i + size).sort(byKey));
  return { items, runs };
}

describe('merging sorted runs', () => {
  it.each([
    [0, 10, 7],
    [1, 10, 7],
    [50, 3, 7],
    [5000, 40, 333],
    [12_001, 1000, 5000],
    [4100, 1, 100],
  ])('merges %i items (%i distinct keys, runs of %i) as one stable sort would', (count, distinct, size) => {
    const { items, runs } = runsOf(count, distinct, size, count + distinct);
    expect(finishNow(mergeRuns(runs, byKey))).toEqual([...items].sort(byKey));
  });

  it('keeps the earlier run first among equal keys', () => {
    const merged = finishNow(mergeRuns([[{ key: 1, at: 0 }], [{ key: 1, at: 1 }], [{ key: 0, at: 2 }]], byKey));
    expect(merged.map((x) => x.at)).toEqual([2, 0, 1]);
  });
});
