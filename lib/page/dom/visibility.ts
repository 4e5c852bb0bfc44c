/**
 * Decides whether a reader can see an element. Works without layout (the extract CLI parses HTML
 * without rendering) from attributes and inline styles, and in a browser also from computed style.
 */

const NEVER_RENDERED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'svg',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'DIALOG',
]);

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|content-visibility\s*:\s*hidden)/i;

/** Options for visibility checks: computed style is used only where a real layout engine provides it. */
export interface VisibilityOptions {
  computedStyle?: boolean;
}

// The text map asks for an element's style twice in a row (is it hidden, is it a block): one read serves both.
// The declaration a browser returns is live, so keeping it never answers with a stale value.
let lastElement: Element | null = null;
let lastStyle: CSSStyleDeclaration | undefined;

/** The computed style of `el` (undefined without a window), read once for consecutive questions about it. */
export function computedStyleOf(el: Element): CSSStyleDeclaration | undefined {
  if (el !== lastElement) {
    lastStyle = el.ownerDocument.defaultView?.getComputedStyle?.(el);
    lastElement = el;
  }
  return lastStyle;
}

/** True when the element itself (not its ancestors) hides its content from a reader. */
export function hidesContent(el: Element, opts: VisibilityOptions = {}): boolean {
  const tag = el.tagName;
  // HTML elements' tag names are upper case already: only a lower-case one (SVG, XML) needs a copy to compare.
  const c = tag.charCodeAt(0);
  if (NEVER_RENDERED.has(tag) || (c >= 97 && c <= 122 && NEVER_RENDERED.has(tag.toUpperCase()))) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.tagName === 'DETAILS' && !el.hasAttribute('open')) return false; // its summary stays visible
  const style = el.getAttribute('style');
  if (style && HIDING_STYLE.test(style)) return true;
  if (opts.computedStyle) {
    const cs = computedStyleOf(el);
    if (cs && (cs.display === 'none' || cs.visibility === 'hidden')) return true;
  }
  return false;
}

/** True when a reader can see the element: neither it nor an ancestor hides it. */
export function isVisible(el: Element, opts: VisibilityOptions = {}): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (hidesContent(e, opts)) return false;
  return true;
}
