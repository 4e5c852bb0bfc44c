/**
 * The page-level entry the content script and the extract CLI share: find the article, read its
 * visible text, detect quotations and people, and map any span of that text back to DOM text nodes.
 */
import { detect } from '../detect/index';
import type { Detection, Span } from '../detect/types';
import { findArticleRoot } from './article-root';
import { isBoilerplate } from './boilerplate';
import { buildTextMap, segmentsFor, type TextMap } from './text-map';
import { isVisible } from './visibility';

/** A piece of one DOM text node: offsets within node.data, end exclusive. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/** What a page says: its article text, what detection found in it, and the way back to the DOM. */
export interface PageAnalysis {
  /** The article's visible text, blocks separated by "\n\n". */
  text: string;
  detection: Detection;
  /** The DOM text pieces covering a span of `text` (for wrapping highlights). */
  piecesFor(span: Span): TextPiece[];
  root: Element;
}

/** Options for analysing a page. */
export interface AnalyzeOptions {
  /** Use computed style for visibility; by default only where the document has a layout (a real browser). */
  computedStyle?: boolean;
}

/** True when a layout engine renders `doc`, so computed style says what a reader sees (not so in a parser-only DOM). */
function hasLayout(doc: Document): boolean {
  const el = doc.documentElement;
  return !!el && typeof doc.defaultView?.getComputedStyle === 'function' && el.getBoundingClientRect().width > 0;
}

/** The article root, or the whole body when the page is too odd to judge (a DOM may refuse very deep trees). */
function safeArticleRoot(doc: Document): Element {
  try {
    return findArticleRoot(doc);
  } catch {
    return doc.body ?? doc.documentElement;
  }
}

/** The page's headline when it is visible and outside the article root. */
function outsideHeadline(doc: Document, root: Element, computedStyle: boolean): Element | null {
  const h1 = doc.querySelector('h1');
  if (!h1 || root.contains(h1) || h1.contains(root) || !(h1.textContent ?? '').trim()) return null;
  for (let e: Element | null = h1; e; e = e.parentElement) if (isBoilerplate(e)) return null;
  return isVisible(h1, { computedStyle }) ? h1 : null;
}

/** Analyses the article of `doc` (or the given root): the one call the content script and the CLI make. */
export function analyzePage(doc: Document, root?: Element, opts: AnalyzeOptions = {}): PageAnalysis {
  const articleRoot = root ?? safeArticleRoot(doc);
  const computedStyle = opts.computedStyle ?? hasLayout(doc);
  // The headline often sits outside the article body; its quotes belong to the article all the same.
  let map: TextMap;
  try {
    const headline = root ? null : outsideHeadline(doc, articleRoot, computedStyle);
    map = buildTextMap(headline ? [headline, articleRoot] : articleRoot, { computedStyle });
  } catch {
    // A DOM can refuse pathological trees (thousands of levels deep): then the page shows nothing, not an error.
    map = { text: '', segments: [], blockQuotes: [] };
  }
  const detection = detect(map.text, { blockQuotes: map.blockQuotes, lang: doc.documentElement?.lang || undefined });
  return {
    text: map.text,
    detection,
    piecesFor: (span) => segmentsFor(map, span.start, span.end),
    root: articleRoot,
  };
}
