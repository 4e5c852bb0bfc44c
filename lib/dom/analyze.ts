/**
 * The page-level entry the content script and the extract CLI share: find the article, read its
 * visible text, detect quotations and people, and map any span of that text back to DOM text nodes.
 */
import { detect } from '../detect/index';
import type { Detection, Span } from '../detect/types';
import { findArticleRoot } from './article-root';
import { buildTextMap, segmentsFor } from './text-map';

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

/** Analyses the article of `doc` (or the given root): the one call the content script and the CLI make. */
export function analyzePage(doc: Document, root?: Element, opts: AnalyzeOptions = {}): PageAnalysis {
  const articleRoot = root ?? findArticleRoot(doc);
  const map = buildTextMap(articleRoot, { computedStyle: opts.computedStyle ?? hasLayout(doc) });
  const detection = detect(map.text, { blockQuotes: map.blockQuotes });
  return {
    text: map.text,
    detection,
    piecesFor: (span) => segmentsFor(map, span.start, span.end),
    root: articleRoot,
  };
}
