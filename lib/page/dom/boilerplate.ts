/**
 * Recognises page furniture that is not the article: navigation, related links, promos, share bars,
 * comments, newsletters, footers, ads. Judged from tag, ARIA role and class/id words.
 */
import { holdsArticle } from './article-share';
import { collapsedIds, isCollapsedPanel } from './collapsed';
import { openingCharacter, textLonger } from './subtree-text';

const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'MENU']);
const FURNITURE_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'banner', 'search', 'dialog', 'menu']);
// Words in class/id/data-component names that mark furniture, matched against whole words of each name.
const FURNITURE_WORDS = new Set(
  'nav navigation menu breadcrumb breadcrumbs related recommended recommendations promo promos promotion outbrain taboola share sharing social comment comments newsletter subscribe subscription signup footer sidebar advert advertisement ads sponsor sponsors sponsored popular mostread trending tags modal overlay transcript cookie consent offer rail paywall contact contacts'.split(
    ' ',
  ),
);
// Two-word furniture names, written as one class ("ad-slot", "most-read", "more-on", "byline-share").
const FURNITURE_PAIRS = /(?:^|-)(?:ad-slot|most-read|more-on|byline-share)(?:$|-)/;
// Words that, ending a class name, make it a layout wrapper ("content-rail-wrapper"), not furniture.
const LAYOUT_WORDS = new Set(
  'layout wrapper wrap container content contents main body page grid column col row inner outer'.split(' '),
);

// Pages repeat the same class names on many elements, so each name is judged once (bounded for odd pages).
const NAME_MEMO = new Map<string, boolean>();

/** furnitureName, remembered per name. */
function isFurnitureName(name: string): boolean {
  let answer = NAME_MEMO.get(name);
  if (answer === undefined) {
    answer = furnitureName(name);
    if (NAME_MEMO.size < 5000) NAME_MEMO.set(name, answer);
  }
  return answer;
}

// Many elements of a page carry the very same class, id and data names: each such string is judged once.
const NAMES_MEMO = new Map<string, boolean>();

/** True when any of the space-separated names says furniture, or they name a known furniture widget. */
function furnitureNames(names: string): boolean {
  let answer = NAMES_MEMO.get(names);
  if (answer === undefined) {
    answer = names.split(/\s+/).some(isFurnitureName) || FURNITURE_CAMEL.test(names);
    if (NAMES_MEMO.size < 5000) NAMES_MEMO.set(names, answer);
  }
  return answer;
}

/** True when one class/id name says furniture: a BEM name by its element part, any name by its own words. */
function furnitureName(name: string): boolean {
  // "layout-with-rail__content-wrapper": the element after "__" says what this node is, not its block.
  const element = name.includes('__') ? name.slice(name.lastIndexOf('__') + 2) : name;
  const part = (element.split('--')[0] ?? '').toLowerCase();
  const words = part.split(/[-_]+/).filter(Boolean);
  const [first, last] = [words[0], words.at(-1)];
  if (!first || !last) return false;
  if (FURNITURE_WORDS.has(first) || FURNITURE_PAIRS.test(words.join('-'))) return true;
  // "page-rail-wrapper" is a wrapper, "comments-container" is comments: the last word names the thing.
  return !LAYOUT_WORDS.has(last) && words.some((w) => FURNITURE_WORDS.has(w));
}

const PULL_QUOTE = /pull-?quote|blockquote|embed/i;

// Furniture that sits over or after the story to sell something (a paywall, a sign-up overlay): a quotation in
// it is a reader's testimonial, never the article's, so unlike a pull-quote aside it stays furniture.
const SALES_WORDS = /(?:^|[\s_-])(?:paywall|overlay|modal|subscribe|subscription|signup|newsletter)(?:$|[\s_-])/i;

/** True when the class/id names or the role mark a box that sells or interrupts rather than quotes. */
function salesBox(el: Element, names: string): boolean {
  return el.getAttribute('role') === 'dialog' || SALES_WORDS.test(names);
}

const FURNITURE_CAMEL =
  /richlink|related(?:links?|content|posts?|stories|articles)|onwardjourney|morestories|newsletterSignup/i;
const LINK_BOX_TAGS = new Set(['FIGURE', 'DIV', 'SECTION', 'UL', 'OL']);

const TEASER_LABEL =
  /^\[?\s*(?:related|read more|read|see also|also read|more|watch|listen|recommended|opinion)\s*[:|\-\u2014]/i;

/** The characters of `el`'s text that are inside links, whitespace collapsed. */
function linkedLength(el: Element): number {
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a')))
    linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return linked;
}

// The first letters of TEASER_LABEL's words (related, read, see, also, more, watch, listen, opinion), lower case.
const LABEL_INITIALS = new Set(['r', 's', 'a', 'm', 'w', 'l', 'o']);

/** Whether the text under `el` can open with a teaser label: its opening letter starts one of the label's words. */
function mayOpenWithLabel(el: Element): boolean {
  return LABEL_INITIALS.has(openingCharacter(el).toLowerCase());
}

/**
 * A short box that is mostly links (a related-story card, a "read more" teaser). Asked of every element the
 * text map walks, so the cheap tests come first and a large container's text is never read whole: reading it
 * at each level of the tree made the walk quadratic in the page's depth.
 */
function isLinkBox(el: Element): boolean {
  const teaserTag = el.tagName === 'P' || el.tagName === 'LI';
  if (!LINK_BOX_TAGS.has(el.tagName) && !teaserTag) return false;
  // Most paragraphs hold no link at all, and a paragraph without one is never a teaser.
  if (teaserTag && el.querySelector('a') === null) return false;
  // A paragraph or list item that cannot open with a label is decided by its first characters.
  if (teaserTag && !mayOpenWithLabel(el)) return false;
  // Bounded before any search of the subtree: a container holds paragraphs and far more text than a box.
  if (textLonger(el, 2000) || (!teaserTag && el.querySelector('p'))) return false;
  // Bounded first: a list item can hold a whole nested list, and its text is read only below that bound.
  const raw = el.textContent ?? '';
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 300) return false;
  // A paragraph is a teaser only when it is a labelled link ("Related: ...", "[Read: ...]").
  if (teaserTag) return TEASER_LABEL.test(text) && linkedLength(el) / text.length > 0.6;
  return linkedLength(el) / text.length > 0.7 || /\bread more$/i.test(text);
}

/** True when `el` is page furniture rather than article content. */
export function isBoilerplate(el: Element): boolean {
  // A footer or cite inside a quotation or figure is its attribution, not the page footer.
  if (el.tagName === 'FOOTER' && el.parentElement?.closest('blockquote, figure')) return false;
  const role = el.getAttribute('role');
  const names = `${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('data-component') ?? ''} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-spacefinder-role') ?? ''}`;
  const byTag = FURNITURE_TAGS.has(el.tagName) || (el.tagName === 'HEADER' && !!el.querySelector('nav'));
  const byName = (!!role && FURNITURE_ROLES.has(role)) || (names.length > 2 && furnitureNames(names));
  // Pull quotes and embedded posts are often set in an aside but belong to the article.
  if (PULL_QUOTE.test(el.getAttribute('class') ?? '')) return false;
  if (byTag || byName) {
    if (el.querySelector('blockquote') && !salesBox(el, names)) return false;
    // The element holding most of the page's running text is the article, whatever its class or role says;
    // a page footer or navigation never is.
    return el.tagName === 'FOOTER' || el.tagName === 'NAV' || !holdsArticle(el);
  }
  return isLinkBox(el);
}

/**
 * isBoilerplate remembered per element for one read of a page: finding the article root and walking its text
 * ask about the same elements, and the answer cannot change while the page is read synchronously. A panel the
 * page's own toggle keeps collapsed is left out too (its toggles are read once, on the first element with an id).
 */
export function boilerplateMemo(): (el: Element) => boolean {
  const seen = new Map<Element, boolean>();
  let collapsed: Set<string> | undefined;
  return (el) => {
    let answer = seen.get(el);
    if (answer === undefined) {
      answer = isBoilerplate(el);
      if (!answer && el.id) {
        collapsed ??= collapsedIds(el.ownerDocument);
        answer = isCollapsedPanel(el, collapsed);
      }
      seen.set(el, answer);
    }
    return answer;
  };
}
