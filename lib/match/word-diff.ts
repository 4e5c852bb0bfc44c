/**
 * The shape of a word-level difference between a stored quote and the words on a page, as a card renders it
 * (align.ts works it out): runs of equal, inserted, deleted and replaced words, each carrying the words of
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
