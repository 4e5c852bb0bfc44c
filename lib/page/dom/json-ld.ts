/**
 * The one reader of a page's JSON-LD blocks. Pages are untrusted and JSON-LD is whatever they put in a script
 * element, so every use (the page's own description, the ClaimReviews of a fact-check page) reads it within the
 * same limits: a few blocks, each of bounded size and nesting, with no key that could reach a prototype, and a
 * bounded number of nodes out of lists and `@graph`s.
 */
import { isPlainJson } from '@/lib/factcheck/shapes';

/** Limits for what a page's JSON-LD may make the content script parse and walk. */
export const JSON_LD_LIMITS = {
  /** Blocks read per page; real pages carry one to a handful. */
  scripts: 20,
  /** Characters per block; a larger block is skipped whole, unparsed. */
  scriptChars: 200_000,
  /** Nesting of one block; a deeper block is skipped whole. */
  depth: 12,
  /** Nodes listed out of lists and `@graph`s, over the whole page. */
  nodes: 500,
  /** Values looked at while listing them (lists of lists count too). */
  steps: 5_000,
} as const;

type Json = Record<string, unknown>;

/** Which blocks to parse: `mentions` skips, before parsing, every block whose text lacks that word. */
export interface JsonLdOptions {
  mentions?: string;
}

/** Each JSON-LD block of the page that parses as plain data within the limits, as parsed; the rest skipped. */
export function readJsonLdBlocks(doc: Document, options: JsonLdOptions = {}): unknown[] {
  const blocks: unknown[] = [];
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, JSON_LD_LIMITS.scripts);
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > JSON_LD_LIMITS.scriptChars) continue;
    if (options.mentions && !text.includes(options.mentions)) continue;
    try {
      const json: unknown = JSON.parse(text);
      if (isPlainJson(json, JSON_LD_LIMITS.depth)) blocks.push(json);
    } catch {
      // A broken block is common on real sites (and what a hostile page sends): nothing is read from it.
    }
  }
  return blocks;
}

/**
 * The objects of the page's JSON-LD in document order: each block, its list items and its `@graph` nodes, and
 * theirs in turn, at most JSON_LD_LIMITS.nodes in all, looking at no more than JSON_LD_LIMITS.steps values. Walked
 * with a stack (each list pushed in reverse, so the next popped is the next in the document), so a `@graph` nested
 * in itself over and over, or lists of lists, cost no more than the budget.
 */
export function jsonLdNodes(doc: Document): Json[] {
  const nodes: Json[] = [];
  const stack: unknown[] = readJsonLdBlocks(doc).reverse();
  for (let step = 0; step < JSON_LD_LIMITS.steps && stack.length > 0 && nodes.length < JSON_LD_LIMITS.nodes; step++) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = Math.min(value.length, JSON_LD_LIMITS.nodes) - 1; i >= 0; i--) stack.push(value[i]);
    } else if (value !== null && typeof value === 'object') {
      nodes.push(value as Json);
      const graph = (value as Json)['@graph'];
      if (graph !== undefined) stack.push(graph);
    }
  }
  return nodes;
}
