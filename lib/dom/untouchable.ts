/**
 * Parts of a page OnRecord must never change: what the reader is editing, code, scripts and styles, SVG and
 * MathML text, form fields. Highlighting skips text inside them, and changes inside them never cause a re-scan.
 */

/** Elements whose text is never wrapped in a highlight, nor read as news text. */
export const UNTOUCHABLE_SELECTOR = [
  '[contenteditable]:not([contenteditable="false"])',
  'pre',
  'code',
  'kbd',
  'samp',
  'textarea',
  'input',
  'select',
  'option',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  '[role="textbox"]',
].join(', ');

/** True when `el` itself is an untouchable element (for walkers that prune whole subtrees). */
export function isUntouchable(el: Element): boolean {
  return el.matches(UNTOUCHABLE_SELECTOR) || (el as HTMLElement).isContentEditable === true;
}

/** True when a node sits in an untouchable region, or the whole document is in design mode. */
export function insideUntouchable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  if (el.ownerDocument.designMode === 'on') return true;
  return el.closest(UNTOUCHABLE_SELECTOR) !== null || (el as HTMLElement).isContentEditable === true;
}
