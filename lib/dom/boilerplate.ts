/**
 * Recognises page furniture that is not the article: navigation, related links, promos, share bars,
 * comments, newsletters, footers, ads. Judged from tag, ARIA role and class/id words.
 */

const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'MENU']);
const FURNITURE_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'banner', 'search', 'dialog', 'menu']);
// Words in class/id/data-component names that mark furniture; matched as whole hyphen/underscore-separated words.
const FURNITURE_WORDS =
  /(?:^|[\s_-])(?:nav|navigation|menu|breadcrumbs?|related|recommended|recommendations|promo|promos|promotion|outbrain|taboola|share|sharing|social|comments?|newsletter|subscribe|subscription|signup|footer|sidebar|advert|advertisement|ad-slot|ads|sponsored|popular|most-read|mostread|trending|more-on|tags|byline-share|modal|overlay|transcript|cookie|consent|offer|rail)(?:$|[\s_-])/i;

const PULL_QUOTE = /pull-?quote|blockquote|embed/i;

const FURNITURE_CAMEL = /richlink|relatedlinks?|relatedcontent|onwardjourney|morestories|newsletterSignup/i;
const LINK_BOX_TAGS = new Set(['FIGURE', 'DIV', 'SECTION', 'UL', 'OL']);

const TEASER_LABEL =
  /^\[?\s*(?:related|read more|read|see also|also read|more|watch|listen|recommended|opinion)\s*[:|\-\u2014]/i;

/** A short box that is mostly links (a related-story card, a "read more" teaser). */
function isLinkBox(el: Element): boolean {
  const teaserTag = el.tagName === 'P' || el.tagName === 'LI';
  if ((!LINK_BOX_TAGS.has(el.tagName) && !teaserTag) || (!teaserTag && el.querySelector('p'))) return false;
  const raw = el.textContent ?? '';
  if (raw.length > 2000) return false;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 300) return false;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a')))
    linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  // A paragraph is a teaser only when it is a labelled link ("Related: ...", "[Read: ...]").
  if (teaserTag) return TEASER_LABEL.test(text) && linked / text.length > 0.6;
  return linked / text.length > 0.7 || /\bread more$/i.test(text);
}

/** True when `el` is page furniture rather than article content. */
export function isBoilerplate(el: Element): boolean {
  // A footer or cite inside a quotation or figure is its attribution, not the page footer.
  if (el.tagName === 'FOOTER' && el.parentElement?.closest('blockquote, figure')) return false;
  const role = el.getAttribute('role');
  const names = `${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('data-component') ?? ''} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-spacefinder-role') ?? ''}`;
  const furniture =
    FURNITURE_TAGS.has(el.tagName) ||
    (!!role && FURNITURE_ROLES.has(role)) ||
    (names.length > 2 && (FURNITURE_WORDS.test(names) || FURNITURE_CAMEL.test(names))) ||
    (el.tagName === 'HEADER' && !!el.querySelector('nav'));
  // Pull quotes and embedded posts are often set in an aside but belong to the article.
  if (PULL_QUOTE.test(el.getAttribute('class') ?? '')) return false;
  if (furniture) return !el.querySelector('blockquote');
  return isLinkBox(el);
}
