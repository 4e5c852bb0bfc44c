/**
 * Turns the visible text under an element into one string (blocks separated by "\n\n", whitespace
 * collapsed as a browser renders it) and keeps a map from every character back to its DOM text node.
 */
import { isBoilerplate } from './boilerplate';
import { isUntouchable } from './untouchable';
import { computedStyleOf, hidesContent, type VisibilityOptions } from './visibility';

/** A run of characters copied 1:1 from a text node: text[start, start+length) = node.data[offset, offset+length). */
export interface Segment {
  node: Text;
  start: number;
  offset: number;
  length: number;
}

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
}

const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
/** The characters HTML collapses as white space (space, tab, line feed, carriage return, form feed), by code. */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}
const PULL_QUOTE = /(?:^|[\s_-])(?:pull-?quote|pullquote|quote-?box|blockquote)(?:$|[\s_-])/i;

// A lower-case letter then a capital across an element boundary: two words the page set apart.
const GLUED = /^\p{Ll}\p{Lu}$/u;

/** True when the browser lays `el` out as a block of its own (a <span> or custom element styled as one). */
function displaysAsBlock(el: Element): boolean {
  const display = computedStyleOf(el)?.display ?? '';
  return !!display && !display.startsWith('inline') && display !== 'contents' && display !== 'none';
}

/** Builds the text map of `root` (or of several roots, as blocks in order): what a reader sees, in reading order. */
export function buildTextMap(root: Element | Element[], opts: TextMapOptions = {}): TextMap {
  const skipFurniture = opts.skipBoilerplate ?? true;
  const parts: string[] = [];
  const segments: Segment[] = [];
  const blockQuotes: { start: number; end: number }[] = [];
  let length = 0;
  let pendingBreak: '' | '\n' | '\n\n' = '';
  let lastSpace = true; // at the start nothing needs a separating space
  let boundary = false; // an element started or ended since the last character

  const emit = (node: Text, offset: number, chunk: string) => {
    if (pendingBreak && length > 0) {
      parts.push(pendingBreak);
      length += pendingBreak.length;
    }
    pendingBreak = '';
    const last = segments[segments.length - 1];
    if (last && last.node === node && last.start + last.length === length && last.offset + last.length === offset)
      last.length += chunk.length;
    else segments.push({ node, start: length, offset, length: chunk.length });
    parts.push(chunk);
    length += chunk.length;
  };

  const addText = (node: Text) => {
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      if (isSpace(data.charCodeAt(i))) {
        let j = i + 1;
        while (j < data.length && isSpace(data.charCodeAt(j))) j++;
        if (!lastSpace && !pendingBreak) {
          emit(node, i, ' ');
          lastSpace = true;
        }
        i = j;
      } else {
        let j = i + 1;
        while (j < data.length && !isSpace(data.charCodeAt(j))) j++;
        // "Cortez" in one element and "Alexandria" in the next are two words, not "CortezAlexandria".
        if (boundary && !lastSpace && !pendingBreak && GLUED.test(`${lastChar()}${data[i]}`)) pendingBreak = '\n';
        boundary = false;
        emit(node, i, data.slice(i, j));
        lastSpace = false;
        i = j;
      }
    }
  };

  const lastChar = () => parts[parts.length - 1]?.slice(-1) ?? '';

  const breakBlock = (kind: '\n' | '\n\n') => {
    // a trailing space before a block break is not part of the text the reader sees as a line
    if (lastSpace && length > 0 && parts[parts.length - 1]?.endsWith(' ')) {
      const lastPart = parts[parts.length - 1]!;
      parts[parts.length - 1] = lastPart.slice(0, -1);
      length -= 1;
      const seg = segments[segments.length - 1]!;
      seg.length -= 1;
      if (seg.length === 0) segments.pop();
    }
    // Two line breaks in a row (<br><br>) separate paragraphs on pages that use no <p>.
    if (length > 0 && pendingBreak !== '\n\n') pendingBreak = kind === '\n' && pendingBreak === '\n' ? '\n\n' : kind;
    lastSpace = true;
  };

  const walk = (el: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) addText(child as Text);
      else if (child.nodeType === 1) {
        const e = child as Element;
        // Editable regions, code and the like are not the article's words (and are never highlighted).
        if (hidesContent(e, opts) || isUntouchable(e) || (skipFurniture && isBoilerplate(e))) continue;
        if (e.tagName === 'BR') {
          breakBlock('\n');
          continue;
        }
        const block = BLOCK_TAGS.has(e.tagName) || (!!opts.computedStyle && displaysAsBlock(e));
        boundary = true;
        if (block) breakBlock('\n\n');
        const displayed = e.tagName === 'BLOCKQUOTE' || PULL_QUOTE.test(e.getAttribute('class') ?? '');
        const quoteStart = displayed ? length + (length > 0 ? pendingBreak.length : 0) : -1;
        if (e.tagName === 'DETAILS' && !e.hasAttribute('open')) {
          const summary = e.querySelector(':scope > summary');
          if (summary) walk(summary);
        } else walk(e);
        if (block) breakBlock('\n\n');
        boundary = true;
        if (quoteStart >= 0 && length > quoteStart) blockQuotes.push({ start: quoteStart, end: length });
      }
    }
  };

  for (const r of Array.isArray(root) ? root : [root]) {
    breakBlock('\n\n');
    walk(r);
  }
  return { text: parts.join(''), segments, blockQuotes };
}

/** First segment index whose end is after `pos` (binary search). */
function firstSegmentAfter(segments: Segment[], pos: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (s.start + s.length <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The DOM pieces (node + offsets within node.data) that carry text[start, end). */
export function segmentsFor(map: TextMap, start: number, end: number): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = [];
  for (let i = firstSegmentAfter(map.segments, start); i < map.segments.length; i++) {
    const s = map.segments[i]!;
    if (s.start >= end) break;
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
