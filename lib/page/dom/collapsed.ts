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
 * quotes there. The toggle names the panel in aria-controls, or, without ARIA, says "read more" right beside it;
 * the page's toggles are read once per test, and only when a hidden block with an id is met.
 */
export function storyPanelTest(): (el: Element) => boolean {
  let ids: Set<string> | undefined;
  return (el) => {
    if (!PANEL_TAGS.has(el.tagName)) return false;
    if (el.id !== '') ids ??= collapsedIds(el.ownerDocument);
    const toggled = (el.id !== '' && ids?.has(el.id)) || besideReadMore(el);
    return !!toggled && holdsArticle(el);
  };
}

// Only these hold a story's hidden half; buttons, icons and inputs are hidden too and asked about first.
const PANEL_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE']);

// What a "read more" control says, in the languages read: a page without ARIA names its panel only by this.
const READ_MORE =
  /^(?:read more|continue reading|show more|read the full (?:story|article)|leer más|seguir leyendo|lire la suite|weiterlesen|mehr lesen|continua a leggere|leggi (?:tutto|di più)|ler mais|continuar a ler|czytaj dalej|číst dál|pokračovat ve čtení|читать (?:далее|дальше|полностью))(?!\p{L})/iu;

const CONTROL = 'button, a, [role="button"]';

/** True when the element right before or after `el` is a button or link that says "read more". */
function besideReadMore(el: Element): boolean {
  for (const near of [el.previousElementSibling, el.nextElementSibling]) {
    // The control itself, or a small wrapper around it ("<p class="more"><a>Read more</a></p>").
    if (!near || near.childElementCount > 2) continue;
    const control = near.matches(CONTROL) ? near : near.querySelector(CONTROL);
    if (control && READ_MORE.test((near.textContent ?? '').trim())) return true;
  }
  return false;
}
