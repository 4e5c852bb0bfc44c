/** The sorted word lists the manager's search index answers prefixes from (lib/db/search-index.ts). */

/** A sorted vocabulary with the slots (postings) of each word. */
export class Vocabulary {
  private postings = new Map<string, number[]>();
  private words: string[] = [];
  private lists: number[][] = [];

  /** Bulk loading: postings only, `sort` once at the end. */
  addDoc(words: string[], doc: number): void {
    for (const w of words) {
      const list = this.postings.get(w);
      if (list) list.push(doc);
      else this.postings.set(w, [doc]);
    }
  }

  sort(): void {
    this.words = [...this.postings.keys()].sort();
    this.lists = this.words.map((w) => this.postings.get(w) ?? []);
  }

  /** Adds one posting, inserting the word into the sorted vocabulary when it is new. */
  insert(word: string, doc: number): void {
    const list = this.postings.get(word);
    if (list) {
      list.push(doc);
      return;
    }
    const fresh = [doc];
    this.postings.set(word, fresh);
    const at = this.lowerBound(word);
    this.words.splice(at, 0, word);
    this.lists.splice(at, 0, fresh);
  }

  /** Removes one posting; a word left with none stays in the vocabulary and matches nothing. */
  removePosting(word: string, doc: number): void {
    const list = this.postings.get(word);
    if (list) removeValue(list, doc);
  }

  /** Calls `fn` with every document having a word that starts with `prefix` (repeats across words). */
  eachPrefixed(prefix: string, fn: (doc: number) => void): void {
    const { words, lists } = this;
    for (let i = this.lowerBound(prefix); words[i]?.startsWith(prefix); i++) for (const doc of lists[i] ?? []) fn(doc);
  }

  private lowerBound(word: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.words[mid] ?? '') < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Removes one occurrence of `value`; order does not matter, so the last element fills the gap. */
export function removeValue(list: number[], value: number): void {
  const i = list.lastIndexOf(value);
  if (i < 0) return;
  const last = list.pop();
  if (last !== undefined && i < list.length) list[i] = last;
}
