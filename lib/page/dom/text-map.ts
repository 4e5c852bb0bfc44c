/**
 * Turns the visible text under an element into one string (blocks separated by "\n\n", whitespace
 * collapsed as a browser renders it) and keeps a map from every character back to its DOM text node.
 */
import { isBoilerplate } from './boilerplate';
import { storyPanelTest } from './collapsed';
import { type Segment, TextMapWriter } from './text-map-writer';
import { isUntouchable } from './untouchable';
import { computedStyleOf, hidesContent, type VisibilityOptions } from './visibility';

export type { Segment } from './text-map-writer';

/** The article text with its DOM mapping and the spans of block quotations. */
export interface TextMap {
  text: string;
  segments: Segment[];
  /** Spans of `text` inside <blockquote> (or pull-quote) elements. */
  blockQuotes: { start: number; end: number }[];
}

/** Options for building a text map. */
export interface TextMapOptions extends VisibilityOptions {
  /** Skip navigation, promos, related links and other furniture inside the root (default true). */
  skipBoilerplate?: boolean;
  /** The furniture test, when the caller shares a memo of it with the article root search of the same read. */
  boilerplate?: (el: Element) => boolean;
}

const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
const PULL_QUOTE = /(?:^|[\s_-])(?:pull-?quote|pullquote|quote-?box|blockquote)(?:$|[\s_-])/i;

/** True when the browser lays `el` out as a block of its own (a <span> or custom element styled as one). */
function displaysAsBlock(el: Element): boolean {
  const style = computedStyleOf(el);
  const display = style?.display ?? '';
  if (!display || display.startsWith('inline') || display === 'contents' || display === 'none') return false;
  // A float is laid out as a block, yet a floated initial (a drop cap's "M") begins the word beside it.
  return !style?.float || style.float === 'none' || (el.textContent ?? '').trim().length > 2;
}

/** Builds the text map of `root` (or of several roots, as blocks in order): what a reader sees, in reading order. */
export function buildTextMap(root: Element | Element[], opts: TextMapOptions = {}): TextMap {
  const skipFurniture = opts.skipBoilerplate ?? true;
  const furniture = opts.boilerplate ?? isBoilerplate;
  const out = new TextMapWriter();
  const blockQuotes: { start: number; end: number }[] = [];
  const storyPanel = storyPanelTest();

  const walk = (el: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out.addText(child as Text);
      else if (child.nodeType === 1) {
        const e = child as Element;
        // Editable regions, code and the like are not the article's words (and are never highlighted).
        if ((hidesContent(e, opts) && !storyPanel(e)) || isUntouchable(e) || (skipFurniture && furniture(e))) continue;
        if (e.tagName === 'BR') {
          out.breakBlock('\n');
          continue;
        }
        const block = BLOCK_TAGS.has(e.tagName) || (!!opts.computedStyle && displaysAsBlock(e));
        out.boundary = true;
        if (block) out.breakBlock('\n\n');
        const displayed = e.tagName === 'BLOCKQUOTE' || PULL_QUOTE.test(e.getAttribute('class') ?? '');
        const quoteStart = displayed ? out.nextStart() : -1;
        if (e.tagName === 'DETAILS' && !e.hasAttribute('open')) {
          const summary = e.querySelector(':scope > summary');
          if (summary) walk(summary);
        } else walk(e);
        if (block) out.breakBlock('\n\n');
        out.boundary = true;
        if (quoteStart >= 0 && out.length > quoteStart) blockQuotes.push({ start: quoteStart, end: out.length });
      }
    }
  };

  for (const r of Array.isArray(root) ? root : [root]) {
    out.breakBlock('\n\n');
    walk(r);
  }
  return { text: out.text(), segments: out.segments, blockQuotes };
}

/** First segment index whose end is after `pos` (binary search). */
function firstSegmentAfter(segments: Segment[], pos: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    // mid < hi <= segments.length, so s is always there
    if (s && s.start + s.length <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The DOM pieces (node + offsets within node.data) that carry text[start, end). */
export function segmentsFor(map: TextMap, start: number, end: number): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = [];
  for (let i = firstSegmentAfter(map.segments, start); i < map.segments.length; i++) {
    const s = map.segments[i];
    if (!s || s.start >= end) break;
    const a = Math.max(start, s.start);
    const b = Math.min(end, s.start + s.length);
    if (b <= a) continue;
    const prev = out[out.length - 1];
    const nodeStart = s.offset + (a - s.start);
    const nodeEnd = s.offset + (b - s.start);
    // Collapsed whitespace inside one node joins back into one piece.
    if (prev && prev.node === s.node && prev.end <= nodeStart && s.node.data.slice(prev.end, nodeStart).trim() === '')
      prev.end = nodeEnd;
    else out.push({ node: s.node, start: nodeStart, end: nodeEnd });
  }
  return out;
}

/** Where DOM position (node, offset) lands in the text, or -1 when that node is not part of the text. */
export function textOffsetOf(map: TextMap, node: Text, offset: number): number {
  for (const s of map.segments) {
    if (s.node !== node) continue;
    if (offset >= s.offset && offset <= s.offset + s.length) return s.start + (offset - s.offset);
  }
  return -1;
}
