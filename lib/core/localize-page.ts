/**
 * Puts the catalogue's words into a static extension page (welcome, the <title> of HTML pages): every element
 * with `data-i18n="key"` gets the message as its content, and `data-i18n-aria-label` / `data-i18n-alt` fill those
 * attributes. Messages may hold a few inline tags (<strong>, <em>, <kbd>, <code>, <a>, <span>), built as elements
 * with text only: a link keeps the href of the element's own link, so no address ever comes from a catalogue.
 */
import { type MessageKey, t, uiLanguage } from './i18n';

const INLINE = /<(strong|em|kbd|code|a|span)>(.*?)<\/\1>/g;

/** Splits a message into text and inline elements: `['Point at it with ', {tag: 'kbd', text: 'Tab'}]`. */
export function inlineParts(message: string): (string | { tag: string; text: string })[] {
  const parts: (string | { tag: string; text: string })[] = [];
  let at = 0;
  for (const m of message.matchAll(INLINE)) {
    if (m.index > at) parts.push(message.slice(at, m.index));
    parts.push({ tag: m[1] ?? 'span', text: m[2] ?? '' });
    at = m.index + m[0].length;
  }
  if (at < message.length) parts.push(message.slice(at));
  return parts;
}

/** Replaces an element's content with a message, reusing its own inline elements (in order) as templates. */
export function fillElement(el: Element, message: string): void {
  const doc = el.ownerDocument;
  const templates = [...el.children];
  const nodes = inlineParts(message).map((part) => {
    if (typeof part === 'string') return doc.createTextNode(part);
    const index = templates.findIndex((x) => x.tagName.toLowerCase() === part.tag);
    const [template] = index >= 0 ? templates.splice(index, 1) : [];
    const node = template ? (template.cloneNode(false) as Element) : doc.createElement(part.tag);
    node.textContent = part.text;
    return node;
  });
  el.replaceChildren(...nodes);
}

/** Localizes every marked element under `root`, and says the page's language for screen readers. */
export function localizePage(root: Document): void {
  root.documentElement.lang = uiLanguage();
  for (const el of root.querySelectorAll('[data-i18n]')) {
    fillElement(el, t(el.getAttribute('data-i18n') as MessageKey));
  }
  for (const attr of ['aria-label', 'alt', 'title']) {
    for (const el of root.querySelectorAll(`[data-i18n-${attr}]`)) {
      el.setAttribute(attr, t(el.getAttribute(`data-i18n-${attr}`) as MessageKey));
    }
  }
}
