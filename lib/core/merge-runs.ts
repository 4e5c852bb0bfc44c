/**
 * Sorted runs merged into one sorted list, in steps a page can spread across tasks: a library read in chunks
 * is sorted chunk by chunk, then merged, rather than sorted whole in one long task.
 */
import type { Steps } from '@/lib/core/in-steps';

/** Items merged between two points where a stepped merge may pause. */
const STEP = 2000;

/**
 * Merges runs, each sorted by `order`, into one list sorted by `order`. Stable: of two equal items the one
 * from the earlier run comes first, so runs in key order give ties in key order, as one stable sort would.
 */
export function* mergeRuns<T>(runs: T[][], order: (a: T, b: T) => number): Steps<T[]> {
  let level = runs.filter((run) => run.length > 0);
  while (level.length > 1) {
    const next: T[][] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i] ?? [];
      const right = level[i + 1];
      next.push(right ? yield* mergeTwo(left, right, order) : left);
    }
    level = next;
  }
  return level[0] ?? [];
}

function* mergeTwo<T>(left: T[], right: T[], order: (a: T, b: T) => number): Steps<T[]> {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const a = left[i] as T;
    const b = right[j] as T;
    if (order(b, a) < 0) {
      out.push(b);
      j++;
    } else {
      out.push(a);
      i++;
    }
    if (out.length % STEP === 0) yield;
  }
  for (; i < left.length; i++) out.push(left[i] as T);
  for (; j < right.length; j++) out.push(right[j] as T);
  return out;
}
