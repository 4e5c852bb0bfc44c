/**
 * A word-level diff (longest common subsequence) between a stored quote and the words on a page, in the
 * shape a card renders: runs of equal, inserted, deleted and replaced words, each carrying the words of
 * both sides as written, so applying the runs to the stored words gives the page words exactly.
 */

/** What happened to a run of words between the stored quote and the page. */
export type DiffOpType = 'equal' | 'insert' | 'delete' | 'replace';

/** One run: the stored words it covers (`from`) and the page words it becomes (`to`). */
export interface DiffOp {
  type: DiffOpType;
  from: string[];
  to: string[];
}

/**
 * The diff of two word lists, comparing words by `key` (by default the word itself). Deletions next to
 * insertions become one replacement, so "always" -> "never" reads as a swap.
 */
export function diffWords(from: string[], to: string[], key: (w: string) => string = (w) => w): DiffOp[] {
  const a = from.map(key);
  const b = to.map(key);
  const m = a.length;
  const n = b.length;
  // lcs[i][j]: common words of a[i..] and b[j..], flattened row by row.
  const lcs = new Int32Array((m + 1) * (n + 1));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const at = i * (n + 1) + j;
      lcs[at] = a[i] === b[j] ? lcs[at + n + 2]! + 1 : Math.max(lcs[at + n + 1]!, lcs[at + 1]!);
    }
  }
  const ops: DiffOp[] = [];
  const push = (type: DiffOpType, fromWord: string | null, toWord: string | null) => {
    let last = ops.at(-1);
    if (!last || last.type !== type) {
      last = { type, from: [], to: [] };
      ops.push(last);
    }
    if (fromWord !== null) last.from.push(fromWord);
    if (toWord !== null) last.to.push(toWord);
  };
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    if (i < m && j < n && a[i] === b[j]) push('equal', from[i++]!, to[j++]!);
    else if (j < n && (i === m || lcs[i * (n + 1) + j + 1]! >= lcs[(i + 1) * (n + 1) + j]!))
      push('insert', null, to[j++]!);
    else push('delete', from[i++]!, null);
  }
  return mergeReplacements(ops);
}

/** Joins each delete run and the insert run beside it into one replace run. */
function mergeReplacements(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (const op of ops) {
    const last = out.at(-1);
    const pair =
      last && ((last.type === 'delete' && op.type === 'insert') || (last.type === 'insert' && op.type === 'delete'));
    if (pair) out[out.length - 1] = { type: 'replace', from: [...last.from, ...op.from], to: [...last.to, ...op.to] };
    else out.push(op);
  }
  return out;
}

/** Replays a diff on the stored words; throws when the diff was made from other words. */
export function applyDiff(from: string[], ops: DiffOp[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (const op of ops) {
    for (const w of op.from) {
      if (from[i++] !== w) throw new Error('diff does not fit these words');
    }
    out.push(...op.to);
  }
  if (i !== from.length) throw new Error('diff does not cover these words');
  return out;
}
