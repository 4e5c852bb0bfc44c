/**
 * What the context menu's "save as a quote" needs from the page: the words selected, some text before and
 * after them (to find the quote there again), and the speaker of a highlighted quote the selection lies in.
 * Runs in the content script; reads the page, never the library.
 */
import type { PageInfo, SelectionContext } from '@/lib/core/protocol';

/** How many characters of surrounding text to keep on each side. */
export const CONTEXT_CHARS = 64;

/** Whitespace as a reader sees it: runs collapse to one space. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The selection's surroundings within its block, or empty strings when nothing is selected. */
export function readSelectionContext(doc: Document, selection: Selection | null, page: PageInfo): SelectionContext {
  const empty: SelectionContext = { page, prefix: '', suffix: '', speaker: null };
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return empty;
  const range = selection.getRangeAt(0);
  const block = blockOf(range.commonAncestorContainer) ?? doc.body;
  if (!block) return empty;
  const before = doc.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  const after = doc.createRange();
  after.selectNodeContents(block);
  after.setStart(range.endContainer, range.endOffset);
  return {
    page,
    prefix: squash(before.toString()).trimStart().slice(-CONTEXT_CHARS),
    suffix: squash(after.toString()).trimEnd().slice(0, CONTEXT_CHARS),
    speaker: speakerAround(range.startContainer) ?? speakerAround(range.endContainer),
  };
}

// Paragraph-like containers bound the context: text from the next article on a page says nothing about this one.
const BLOCKS = 'p, li, blockquote, td, dd, figcaption, h1, h2, h3, h4, h5, h6, article, section, main, div';

function blockOf(node: Node): Element | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest(BLOCKS) ?? null;
}

function speakerAround(node: Node): string | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const mark = el?.closest('[data-onrecord="quote"]');
  return mark?.getAttribute('data-onrecord-speaker')?.trim() || null;
}
