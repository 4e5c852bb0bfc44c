/**
 * The page-level entry the extract CLI and tests share: find the article, read its visible text, detect
 * quotations and people in place, and map any span of that text back to DOM text nodes. The content script
 * reads with lib/page/dom/page-read.ts and leaves detection to the background, so it never loads lib/detect.
 */
import { detect } from '@/lib/detect/index';
import type { Detection } from '@/lib/detect/types';
import { type AnalyzeOptions, analysisFrom, type DetectInput, type PageAnalysis, readPage } from './page-read';

export type { AnalyzeOptions, PageAnalysis, TextPiece } from './page-read';

/** Detection in this very context, with the page reader's input: the sync detector for the CLI and tests. */
export function detectHere(input: DetectInput): Detection {
  return detect(input.text, { blockQuotes: input.blockQuotes, lang: input.lang ?? undefined });
}

/** Analyses the article of `doc` (or the given root) synchronously: the one call the CLI and tests make. */
export function analyzePage(doc: Document, root?: Element, opts: AnalyzeOptions = {}): PageAnalysis {
  const read = readPage(doc, root, opts);
  return analysisFrom(read, detectHere(read.input));
}
