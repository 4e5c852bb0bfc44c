/**
 * How much of a page's running text an element holds. A container holding most of it is the article
 * (or wraps it), whatever its class says: a "layout-with-rail" wrapper or a "sidebar-layout" grid is
 * not furniture when the story is inside it.
 */

/** Paragraph text below this is too little to call anything the article. */
const MIN_ARTICLE_CHARS = 600;

const paragraphs = (root: ParentNode) => root.querySelectorAll('p');

// Reader comments can outweigh a short story; their text never makes a container the article.
const COMMENTS = /comment|disqus|discussion|replies/i;
// "has-comments", "with-comments": a story that allows comments, not the thread.
const ALLOWS_COMMENTS = /(?:^|[-_])(?:has|with|no|allow|allows|enabled|aware|count)(?:$|[-_])/i;

/** True when one class or id name names a comment thread; a BEM modifier ("story--with-comments") never does. */
function commentsName(name: string): boolean {
  const base = name.split('--')[0] ?? '';
  return COMMENTS.test(base) && !ALLOWS_COMMENTS.test(base);
}

/** True when `p` sits in a comment thread at or below `top`. */
function inComments(p: Element, top: Element | null): boolean {
  for (let e: Element | null = p.parentElement; e; e = e.parentElement) {
    if (`${e.id} ${e.getAttribute('class') ?? ''}`.split(/\s+/).some(commentsName)) return true;
    if (e === top) break;
  }
  return false;
}

function textOf(list: Iterable<Element>, top: Element | null): number {
  let n = 0;
  for (const p of list) if (!inComments(p, top)) n += (p.textContent ?? '').trim().length;
  return n;
}

// Per document: its paragraph text, remembered while the number of paragraphs stays the same.
const totals = new WeakMap<Document, { count: number; chars: number }>();

function documentText(doc: Document): number {
  const count = doc.getElementsByTagName('p').length;
  const known = totals.get(doc);
  if (known && known.count === count) return known.chars;
  const chars = textOf(paragraphs(doc), null);
  totals.set(doc, { count, chars });
  return chars;
}

/** True when `el` holds more than half of its document's paragraph text outside comment threads (and enough
 * of it to be a story). */
export function holdsArticle(el: Element): boolean {
  const own = textOf(paragraphs(el), el);
  if (own < MIN_ARTICLE_CHARS) return false;
  return own * 2 > documentText(el.ownerDocument);
}
