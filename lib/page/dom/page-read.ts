/**
 * The DOM half of page analysis, apart from detection: find the article, read its visible text with the map
 * back to DOM text nodes, and later join that map with a detection made elsewhere. The content script uses
 * it alone (detection runs in the background); lib/page/dom/analyze.ts composes both for the CLI and tests.
 */
import type { Detection, Span } from '@/lib/detect/types';
import { findArticleRoot } from './article-root';
import { boilerplateMemo } from './boilerplate';
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

/** What detection needs of a page: plain data, so it can cross to the background in a message. */
export interface DetectInput {
  text: string;
  blockQuotes: Span[];
  /** The page's declared language, or null when it declares none. */
  lang: string | null;
}

/** Detection as the page reader calls it: in place (CLI, tests) or by message to the background. */
export type Detector = (input: DetectInput) => Detection | Promise<Detection>;

/** A page read but not yet analysed: detection's input and the map back to the DOM. */
export interface PageRead {
  input: DetectInput;
  map: TextMap;
  root: Element;
}

/** True when a layout engine renders `doc`, so computed style says what a reader sees (not so in a parser-only DOM). */
function hasLayout(doc: Document): boolean {
  const el = doc.documentElement;
  return !!el && typeof doc.defaultView?.getComputedStyle === 'function' && el.getBoundingClientRect().width > 0;
}

/** The article root, or the whole body when the page is too odd to judge (a DOM may refuse very deep trees). */
function safeArticleRoot(doc: Document, boilerplate: (el: Element) => boolean): Element {
  try {
    return findArticleRoot(doc, boilerplate);
  } catch {
    return doc.body ?? doc.documentElement;
  }
}

/** The page's headline when it is visible and outside the article root. */
function outsideHeadline(
  doc: Document,
  root: Element,
  computedStyle: boolean,
  boilerplate: (el: Element) => boolean,
): Element | null {
  const h1 = doc.querySelector('h1');
  if (!h1 || root.contains(h1) || h1.contains(root) || !(h1.textContent ?? '').trim()) return null;
  for (let e: Element | null = h1; e; e = e.parentElement) if (boilerplate(e)) return null;
  return isVisible(h1, { computedStyle }) ? h1 : null;
}

/** Reads the article of `doc` (or the given root) into text and its map, synchronously, without detecting. */
export function readPage(doc: Document, root?: Element, opts: AnalyzeOptions = {}): PageRead {
  // One furniture memo for the whole read: the root search and the text walk ask about the same elements.
  const boilerplate = boilerplateMemo();
  const articleRoot = root ?? safeArticleRoot(doc, boilerplate);
  const computedStyle = opts.computedStyle ?? hasLayout(doc);
  // The headline often sits outside the article body; its quotes belong to the article all the same.
  let map: TextMap;
  try {
    const headline = root ? null : outsideHeadline(doc, articleRoot, computedStyle, boilerplate);
    map = buildTextMap(headline ? [headline, articleRoot] : articleRoot, { computedStyle, boilerplate });
  } catch {
    // A DOM can refuse pathological trees (thousands of levels deep): then the page shows nothing, not an error.
    map = { text: '', segments: [], blockQuotes: [] };
  }
  const input = { text: map.text, blockQuotes: map.blockQuotes, lang: doc.documentElement?.lang || null };
  return { input, map, root: articleRoot };
}

/** Joins a read page with the detection made on its text, wherever that ran. */
export function analysisFrom(read: PageRead, detection: Detection): PageAnalysis {
  return {
    text: read.map.text,
    detection,
    piecesFor: (span) => segmentsFor(read.map, span.start, span.end),
    root: read.root,
  };
}
