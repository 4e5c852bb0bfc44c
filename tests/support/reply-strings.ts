/**
 * Finds English written straight into a reply a reader may see: an `error:` or `reason:` property, or a
 * thrown Error, given a string or template literal with words in it. Such text must come from t() instead.
 */

/** One literal found, with its line, so a failing test points at it. */
export interface ReplyString {
  line: number;
  text: string;
}

const REPLY = /(?:\b(?:error|reason)\s*:\s*|new Error\(\s*)(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;

/** Literals with at least two words of letters: ids, keys and single tokens pass. */
export function findReplyStrings(source: string): ReplyString[] {
  const found: ReplyString[] = [];
  for (const m of source.matchAll(REPLY)) {
    const text = m[2] ?? '';
    if (!/[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(text.replace(/\$\{[^}]*\}/g, ' '))) continue;
    found.push({ line: source.slice(0, m.index).split('\n').length, text });
  }
  return found;
}
