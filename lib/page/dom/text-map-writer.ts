/**
 * The growing text of a text map: collapses white space as a browser renders it, inserts block breaks and keeps
 * every character's way back to its DOM text node.
 */

/** A run of characters copied 1:1 from a text node: text[start, start+length) = node.data[offset, offset+length). */
export interface Segment {
  node: Text;
  start: number;
  offset: number;
  length: number;
}

/** The characters HTML collapses as white space (space, tab, line feed, carriage return, form feed), by code. */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

// A lower-case letter then a capital across an element boundary: two words the page set apart.
const GLUED = /^\p{Ll}\p{Lu}$/u;

/** Accumulates text and segments while the DOM walk feeds it text nodes and block boundaries. */
export class TextMapWriter {
  readonly parts: string[] = [];
  readonly segments: Segment[] = [];
  length = 0;
  pendingBreak: '' | '\n' | '\n\n' = '';
  /** At the start nothing needs a separating space. */
  lastSpace = true;
  /** An element started or ended since the last character. */
  boundary = false;

  /** The text written so far. */
  text(): string {
    return this.parts.join('');
  }

  /** Where a block starting now would begin, counting the break still pending. */
  nextStart(): number {
    return this.length + (this.length > 0 ? this.pendingBreak.length : 0);
  }

  /** Appends `chunk`, copied from node.data at `offset`, after any pending break. */
  private emit(node: Text, offset: number, chunk: string): void {
    if (this.pendingBreak && this.length > 0) {
      this.parts.push(this.pendingBreak);
      this.length += this.pendingBreak.length;
    }
    this.pendingBreak = '';
    const last = this.segments.at(-1);
    if (last && last.node === node && last.start + last.length === this.length && last.offset + last.length === offset)
      last.length += chunk.length;
    else this.segments.push({ node, start: this.length, offset, length: chunk.length });
    this.parts.push(chunk);
    this.length += chunk.length;
  }

  private lastChar(): string {
    return this.parts.at(-1)?.slice(-1) ?? '';
  }

  /** Adds a text node's words, runs of white space collapsed to one space. */
  addText(node: Text): void {
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      let j = i + 1;
      if (isSpace(data.charCodeAt(i))) {
        while (j < data.length && isSpace(data.charCodeAt(j))) j++;
        if (!this.lastSpace && !this.pendingBreak) {
          this.emit(node, i, ' ');
          this.lastSpace = true;
        }
      } else {
        while (j < data.length && !isSpace(data.charCodeAt(j))) j++;
        // "Cortez" in one element and "Alexandria" in the next are two words, not "CortezAlexandria".
        if (this.boundary && !this.lastSpace && !this.pendingBreak && GLUED.test(`${this.lastChar()}${data[i]}`))
          this.pendingBreak = '\n';
        this.boundary = false;
        this.emit(node, i, data.slice(i, j));
        this.lastSpace = false;
      }
      i = j;
    }
  }

  /** Ends the current line (`\n`, a <br>) or block (`\n\n`). */
  breakBlock(kind: '\n' | '\n\n'): void {
    // a trailing space before a block break is not part of the text the reader sees as a line
    const lastPart = this.parts.at(-1);
    if (this.lastSpace && this.length > 0 && lastPart?.endsWith(' ')) {
      this.parts[this.parts.length - 1] = lastPart.slice(0, -1);
      this.length -= 1;
      // a part that ends in a space was written by emit, which always records its segment
      const seg = this.segments.at(-1);
      if (seg) {
        seg.length -= 1;
        if (seg.length === 0) this.segments.pop();
      }
    }
    // Two line breaks in a row (<br><br>) separate paragraphs on pages that use no <p>.
    if (this.length > 0 && this.pendingBreak !== '\n\n')
      this.pendingBreak = kind === '\n' && this.pendingBreak === '\n' ? '\n\n' : kind;
    this.lastSpace = true;
  }
}
