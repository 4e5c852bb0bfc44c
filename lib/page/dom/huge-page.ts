/**
 * A fast path for huge pages (a live blog of thousands of posts): weighing every paragraph to find the
 * article would hold the page up for longer than a frame, so the article is taken from the page's own
 * markup, or the whole body is read part by part (furniture is still skipped inside each part).
 */

/** Above this many elements a page counts as huge. */
export const HUGE_PAGE_ELEMENTS = 8000;

const QUICK_ROOTS = ['[itemprop="articleBody"]', '[property="articleBody"]', 'main', '[role="main"]'];

/** True when `doc` has so many elements that finding its article the careful way would take too long. */
export function isHugePage(doc: Document, limit = HUGE_PAGE_ELEMENTS): boolean {
  // A live collection's length is counted without building a list.
  return doc.getElementsByTagName('*').length > limit;
}

/** The article of a huge page from its markup alone: articleBody, main, a single article, else the body. */
export function quickArticleRoot(doc: Document): Element {
  for (const selector of QUICK_ROOTS) {
    const found = doc.querySelectorAll(selector);
    const only = found[0];
    if (found.length === 1 && only) return only;
  }
  const articles = doc.getElementsByTagName('article');
  const article = articles[0];
  if (articles.length === 1 && article) return article;
  return doc.body ?? doc.documentElement;
}
