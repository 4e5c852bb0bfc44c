/**
 * Panels a page keeps shut: a toggle with aria-expanded="false" names in aria-controls what it hides (a video's
 * transcript, a fact box, a menu). Parsed without layout, such a panel reads like running text; its toggle
 * says a reader does not see it.
 */
import { holdsArticle } from './article-share';

/** The ids of the elements the page's toggles say are collapsed, read once per read of the page. */
export function collapsedIds(doc: Document): Set<string> {
  const ids = new Set<string>();
  for (const toggle of Array.from(doc.querySelectorAll('[aria-expanded="false"][aria-controls]'))) {
    for (const id of (toggle.getAttribute('aria-controls') ?? '').split(/\s+/)) if (id) ids.add(id);
  }
  return ids;
}

/**
 * True when a toggle keeps `el` collapsed and `el` is not the story itself: a "continue reading" toggle over
 * most of the article is one a reader opens, so that text stays.
 */
export function isCollapsedPanel(el: Element, ids: ReadonlySet<string>): boolean {
  return el.id !== '' && ids.has(el.id) && !holdsArticle(el);
}

/**
 * A test for hidden elements that are the rest of the story behind a "read more" toggle (hidden by `display:
 * none` or `hidden` until the reader opens it): those are read, since the reader opens them and finds the
 * quotes there. The page's toggles are read once per test, and only when a hidden element with an id is met.
 */
export function storyPanelTest(): (el: Element) => boolean {
  let ids: Set<string> | undefined;
  return (el) => {
    if (el.id === '' || el.tagName === 'TEMPLATE' || el.tagName === 'DIALOG') return false;
    ids ??= collapsedIds(el.ownerDocument);
    return ids.has(el.id) && holdsArticle(el);
  };
}
