/**
 * Pages written without <p>: text and <br>s in a <div>, where two line breaks end a paragraph. Both the
 * article finder and the first look at a page read these lines as the paragraphs they are.
 */

/** Block-level tags: a child of one of these ends a line of running text. */
export const BLOCKS = /^(?:P|DIV|SECTION|ARTICLE|UL|OL|TABLE|BLOCKQUOTE|H[1-6]|FIGURE|ASIDE|NAV|FOOTER|HEADER|LI)$/;

/** The elements (other than <p>) that have <br>s as children, each once, in document order. */
export function brHolders(doc: Document, limit = 2000): Element[] {
  const out = new Set<Element>();
  const brs = doc.body?.getElementsByTagName('br');
  for (let i = 0; brs && i < brs.length && i < limit; i++) {
    const holder = brs[i]?.parentElement;
    if (holder && holder.tagName !== 'P') out.add(holder);
  }
  return [...out];
}

/** The runs of text between <br>s (and child blocks) directly inside `el`. */
export function brParagraphs(el: Element): string[] {
  const runs: string[] = [];
  let run = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && ((n as Element).tagName === 'BR' || BLOCKS.test((n as Element).tagName))) {
      if (run.trim()) runs.push(run);
      run = '';
    } else if (n.nodeType === 3 || n.nodeType === 1) run += n.textContent ?? '';
  }
  if (run.trim()) runs.push(run);
  return runs;
}
