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

// The same elements by tag name (SVG and MathML keep lower-case names in HTML documents), for walkers that
// ask about every element and should not parse a selector each time.
const UNTOUCHABLE_TAGS = new Set(
  'PRE CODE KBD SAMP TEXTAREA INPUT SELECT OPTION SCRIPT STYLE NOSCRIPT TEMPLATE svg SVG math MATH'.split(' '),
);

/** True when `el` itself is an untouchable element (for walkers that prune whole subtrees). */
export function isUntouchable(el: Element): boolean {
  if (UNTOUCHABLE_TAGS.has(el.tagName)) return true;
  const editable = el.getAttribute('contenteditable');
  return (editable !== null && editable !== 'false') || el.getAttribute('role') === 'textbox';
}

/** True when a node sits in an untouchable region, or the whole document is in design mode. */
export function insideUntouchable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  if (el.ownerDocument.designMode === 'on') return true;
  return el.closest(UNTOUCHABLE_SELECTOR) !== null || (el as HTMLElement).isContentEditable === true;
}
