import type { DiffOp } from './word-diff';

/** Which of the two sides' words stand for an omission ("…"): they cost nothing to skip over. */
export type IsGap = (word: string) => boolean;

const noGap: IsGap = () => false;

/**
 * An edit costs far more than a shared word earns, so fewest edits win and most shared words break ties; a
 * replaced word costs a hair less than an added one, so "will fail" -> "will succeed" reads as a swap.
 */
const EDIT = 100_000;
const SUB = EDIT - 1;
const MATCH = -10;

/**
 * Aligns page words with the part of a stored text they quote, at the fewest word edits (each inserted,
 * deleted or replaced word costs one), then the most shared words: stored words before and after the quoted part are free, as are stored
 * words an ellipsis on the page stands for. The runs cover only the quoted part, so applying them to those
 * stored words gives the page words.
 */
export function alignWithin(from: string[], to: string[], key: (w: string) => string, isGap: IsGap = noGap): DiffOp[] {
  const a = from.map(key);
  const b = to.map(key);
  const m = a.length;
  const n = b.length;
  const w = n + 1;
  const table = new Int32Array((m + 1) * w);
  // Cells and words are read only inside the table and the two lists: the fallbacks are never taken.
  const cost = (i: number, j: number) => table[i * w + j] ?? 0;
  const fromWord = (i: number) => from[i] ?? '';
  const toWord = (j: number) => to[j] ?? '';
  const insCost = (j: number) => (isGap(toWord(j - 1)) ? 0 : EDIT);
  // A stored word is free to skip when it is an omission mark, or when the page's last word was one.
  const delCost = (i: number, j: number) => (isGap(fromWord(i - 1)) || (j > 0 && isGap(toWord(j - 1))) ? 0 : EDIT);
  for (let j = 1; j <= n; j++) table[j] = cost(0, j - 1) + insCost(j);
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const diag = cost(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? MATCH : SUB);
      const del = cost(i - 1, j) + delCost(i, j);
      const ins = cost(i, j - 1) + insCost(j);
      table[i * w + j] = Math.min(diag, del, ins);
    }
  }
  let end = 0;
  for (let i = 1; i <= m; i++) if (cost(i, n) < cost(end, n)) end = i;

  const steps: Array<[string | null, string | null]> = [];
  let i = end;
  let j = n;
  while (j > 0) {
    const here = cost(i, j);
    if (i > 0 && a[i - 1] === b[j - 1] && here === cost(i - 1, j - 1) + MATCH) steps.push([fromWord(--i), toWord(--j)]);
    else if (i > 0 && delCost(i, j) === 0 && here === cost(i - 1, j)) steps.push([fromWord(--i), null]);
    else if (i > 0 && here === cost(i - 1, j - 1) + SUB) steps.push([fromWord(--i), toWord(--j)]);
    else if (i > 0 && here === cost(i - 1, j) + EDIT) steps.push([fromWord(--i), null]);
    else steps.push([null, toWord(--j)]);
  }
  return toRuns(steps.reverse(), key);
}

/** Groups single steps into runs: equal words together, and every change between two equal runs as one. */
function toRuns(steps: Array<[string | null, string | null]>, key: (w: string) => string): DiffOp[] {
  const ops: DiffOp[] = [];
  for (const [f, t] of steps) {
    const equal = f !== null && t !== null && key(f) === key(t);
    let last = ops.at(-1);
    if (!last || (last.type === 'equal') !== equal) {
      last = { type: equal ? 'equal' : 'delete', from: [], to: [] };
      ops.push(last);
    }
    if (f !== null) last.from.push(f);
    if (t !== null) last.to.push(t);
    if (!equal) last.type = last.from.length && last.to.length ? 'replace' : last.from.length ? 'delete' : 'insert';
  }
  return ops;
}
