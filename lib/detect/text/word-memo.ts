/**
 * Word tests that loop over a lexicon's endings, roles or bodies ("is this a verb form, a German compound
 * title, a feminine title?") answer the same word the same way every time, and a page repeats its words: each
 * answer is kept, per test, so the loop runs once per distinct word. Only pure tests of a word against a fixed
 * lexicon are kept this way, never anything read from a page's text around the word, so an answer kept from
 * one page is the answer for every page; the bound keeps a long-lived background's memory flat.
 */

/** How many words each test keeps: a few pages' vocabulary; later words are judged afresh each time. */
export const WORD_MEMO_LIMIT = 20000;

/** `test`, judging each distinct word once (up to `limit` words kept). `test` must depend on the word alone. */
export function memoWord(test: (w: string) => boolean, limit = WORD_MEMO_LIMIT): (w: string) => boolean {
  const known = new Map<string, boolean>();
  return (w) => {
    const seen = known.get(w);
    if (seen !== undefined) return seen;
    const answer = test(w);
    if (known.size < limit) known.set(w, answer);
    return answer;
  };
}

/** One memo of `test` per key object (a language): for tests that read the language being read as well as the word. */
export function memoWordBy<K extends object>(test: (key: K, w: string) => boolean): (key: K, w: string) => boolean {
  const memos = new WeakMap<K, (w: string) => boolean>();
  // A text is read in one language, so the key rarely changes between calls: the last memo is kept at hand.
  let lastKey: K | undefined;
  let lastMemo: ((w: string) => boolean) | undefined;
  return (key, w) => {
    if (key !== lastKey || !lastMemo) {
      let memo = memos.get(key);
      if (!memo) {
        memo = memoWord((word) => test(key, word));
        memos.set(key, memo);
      }
      lastKey = key;
      lastMemo = memo;
    }
    return lastMemo(w);
  };
}
